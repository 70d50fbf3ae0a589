import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/*
 * Browser downloads are blocked on our build machines, so Playwright drives Debian's Chromium
 * when it is installed; on a laptop with Playwright's own browser, that one is used instead.
 * CHROMIUM_PATH overrides both.
 */
const systemChromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  // Generous limits: CI shares two cores between Chromium, the static server and the tests.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      // Without these, Chromium keeps trying to reach Google's services, which a closed network refuses.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  // The suite tests the exported site exactly as a static host serves it.
  webServer: {
    command: `npx serve out --listen ${port} --no-clipboard`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
