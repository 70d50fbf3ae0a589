import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { PROJECT_ROOT } from './helpers/content';

/*
 * The front-page screenshots committed under docs/screenshots/, taken from a build of the sample
 * content. Off unless asked for, so the suite never rewrites committed files:
 *   NEWSDESK_SCREENSHOTS=1 npx playwright test tests/e2e/front-page-screenshots.spec.ts
 * The first screen of each, not the whole page: that is where the hierarchy shows, and it keeps
 * each PNG small.
 */
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } };
const OUT = join(PROJECT_ROOT, 'docs/screenshots');

test.skip(!process.env.NEWSDESK_SCREENSHOTS, 'set NEWSDESK_SCREENSHOTS=1 to write docs/screenshots/');

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`front page, ${device}, ${colorScheme}`, async ({ browser, baseURL }) => {
      mkdirSync(OUT, { recursive: true });
      const context = await browser.newContext({ baseURL, viewport, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto('/', { waitUntil: 'networkidle' });
      await page.screenshot({ path: join(OUT, `front-page-${device}-${colorScheme}.png`) });
      await context.close();
    });
  }
}
