/*
 * Not a test: refreshes the committed /insights screenshots in docs/screenshots/ (phone 390×844 and
 * desktop 1366×900, light and dark) from whatever site out/ holds, when asked for:
 *   NEWSDESK_SCREENSHOTS=1 E2E_PORT=… npx playwright test tests/e2e/insights-screenshots.spec.ts
 * Without the variable it is skipped, so ordinary runs never rewrite files.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from './helpers/content';

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } };

test.describe('insights screenshots', () => {
  test.skip(!process.env.NEWSDESK_SCREENSHOTS, 'set NEWSDESK_SCREENSHOTS=1 to refresh docs/screenshots/');

  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${device} ${colorScheme}`, async ({ browser, baseURL }) => {
        const context = await browser.newContext({ baseURL, viewport, colorScheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto('/insights', { waitUntil: 'networkidle' });
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // The whole page: the chart with its legend and table, then the topic and author tables.
        await page.screenshot({ path: join(PROJECT_ROOT, 'docs', 'screenshots', `insights-${device}-${colorScheme}.png`), fullPage: true });
        await context.close();
      });
    }
  }
});
