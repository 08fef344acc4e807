/** Benchmarks in real Chromium (`npm run bench`): the same server and browser as the e2e tests. */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'tests/bench',
  testMatch: '*.bench.spec.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 300_000,
});
