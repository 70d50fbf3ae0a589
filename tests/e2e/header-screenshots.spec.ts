/*
 * Screenshots of the header work for docs/screenshots/: home and an article, phone (390 × 844)
 * and desktop (1366 × 900), light and dark, and the phone menu open. Off unless
 * NEWSDESK_SCREENSHOTS=1, since they describe the sample site rather than test it:
 *   NEWSDESK_SCREENSHOTS=1 E2E_PORT=4102 npx playwright test tests/e2e/header-screenshots.spec.ts
 * The PNGs are re-encoded with a palette (sharp) to stay small in the repository.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { PROJECT_ROOT, publishedArticles } from './helpers/content';

const OUTPUT = join(PROJECT_ROOT, 'docs', 'screenshots');
const DEVICES = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1366, height: 900 } },
} as const;

test.skip(process.env.NEWSDESK_SCREENSHOTS !== '1', 'set NEWSDESK_SCREENSHOTS=1 to refresh docs/screenshots/');

const save = async (name: string, png: Buffer) => {
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(join(OUTPUT, `${name}.png`), await sharp(png).png({ palette: true, compressionLevel: 9 }).toBuffer());
};

const pages = () => ({ home: '/', article: `/articles/${publishedArticles()[0]!.slug}` });

for (const [device, options] of Object.entries(DEVICES)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${device} ${colorScheme}`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ ...options, colorScheme, baseURL });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(pages())) {
        await page.goto(path, { waitUntil: 'networkidle' });
        await save(`${name}-${device}-${colorScheme}`, await page.screenshot());
      }
      await context.close();
    });
  }
}

test('phone menu open', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ ...DEVICES.phone, colorScheme: 'light', baseURL });
  const page = await context.newPage();
  await page.goto('/', { waitUntil: 'networkidle' });
  const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  await expect(async () => {
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await save('home-phone-light-menu-open', await page.screenshot());
  await context.close();
});
