import { defineConfig } from '@playwright/test';

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
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: {
    command: `node tests/helpers/static-server.mjs ${PORT} ${APP_PATH}`,
    url: `http://127.0.0.1:${PORT}${APP_PATH}`,
    reuseExistingServer: !process.env.CI,
  },
});
