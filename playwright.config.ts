import { defineConfig } from '@playwright/test';
import chromium from './tests/helpers/chromium.json' with { type: 'json' };

// Several checkouts or worktrees may run their end-to-end tests at once: each can pick its own port.
const PORT = Number(process.env.PARLEY_E2E_PORT ?? 4173);
/** The app is served under a sub-path, as a school or newsroom would host it. */
export const APP_PATH = '/hosted/parley/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${APP_PATH}`,
    viewport: { width: 1366, height: 768 },
    // A service worker answers the requests of the pages it controls, out of the reach of
    // page.route(): tests that serve their own dataset would get the real one on a second visit.
    // Only the offline tests (tests/e2e/offline.spec.ts) allow it.
    serviceWorkers: 'block',
    // Debian's Chromium with the flags this machine needs (no browser download works here).
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? chromium.executablePath,
      args: chromium.args,
    },
  },
  webServer: {
    command: `node tests/helpers/static-server.mjs ${PORT} ${APP_PATH}`,
    url: `http://127.0.0.1:${PORT}${APP_PATH}`,
    reuseExistingServer: !process.env.CI,
  },
});
