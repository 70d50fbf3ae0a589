import { defineConfig, devices } from '@playwright/test';
import { CLOSED_NETWORK_FLAGS, systemChromium } from './tests/support/chromium';
import { staticServerCommand, testPort as port } from './tests/support/static-server';

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
      args: CLOSED_NETWORK_FLAGS,
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  // The suite tests the exported site exactly as a static host serves it.
  webServer: {
    command: staticServerCommand(port),
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
