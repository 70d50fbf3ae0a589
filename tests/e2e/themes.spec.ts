import { expect, type Page, test } from '@playwright/test';
import { author, gfmArticle, plainText } from './helpers/content';

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** WCAG relative luminance of a computed rgb()/rgba() colour. */
function luminance(colour: string): number {
  const channels = colour
    .match(/[\d.]+/g)
    ?.slice(0, 3)
    .map(Number);
  if (!channels || channels.length < 3) throw new Error(`Cannot read colour "${colour}"`);
  const [r, g, b] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** 'dark' below 0.1 relative luminance, 'light' above 0.8; anything else (or no colour at all) is neither. */
function tone(colour: string): string {
  if (/^rgba\(.*,\s*0\)$|^transparent$/.test(colour)) return `transparent (${colour})`;
  const value = luminance(colour);
  return value < 0.1 ? 'dark' : value > 0.8 ? 'light' : `neither (luminance ${value.toFixed(2)})`;
}

/*
 * Records the theme and the body background as they are at DOMContentLoaded: the head script must
 * have set them before the body was painted. A theme that arrives later would flash.
 */
async function recordThemeAtDomContentLoaded(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __atDcl: unknown }).__atDcl = {
        theme: document.documentElement.dataset.theme ?? null,
        background: getComputedStyle(document.body).backgroundColor,
      };
    });
  });
}
const themeAtDcl = (page: Page) => page.evaluate(() => (window as unknown as { __atDcl: { theme: string | null; background: string } }).__atDcl);

test.describe('theme toggle', () => {
  for (const [system, chosen] of [
    ['light', 'dark'],
    ['dark', 'light'],
  ] as const) {
    test(`a ${system} system gives a ${system} page; choosing ${chosen} sticks across a reload without a flash`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, colorScheme: system });
      const page = await context.newPage();
      await recordThemeAtDomContentLoaded(page);
      await page.goto('/articles/fed-trims-rates-quarter-point');
      expect((await themeAtDcl(page)).theme, 'no data-theme before the reader chooses').toBeNull();
      expect(tone(await bodyBackground(page)), `body background on a ${system} system`).toBe(system);
      const option = page.getByRole('radio', { name: chosen === 'dark' ? 'Dark' : 'Light' });
      await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();
      await option.check();
      await expect(page.locator('html')).toHaveAttribute('data-theme', chosen);
      await expect(option).toBeChecked();
      await expect.poll(async () => tone(await bodyBackground(page)), { message: 'body background after the toggle' }).toBe(chosen);

      await page.reload();
      const atDcl = await themeAtDcl(page);
      expect(atDcl.theme, 'data-theme on <html> at DOMContentLoaded').toBe(chosen);
      expect(tone(atDcl.background), 'body background at DOMContentLoaded').toBe(chosen);
      await expect(page.locator('html')).toHaveAttribute('data-theme', chosen);
      await expect(option).toBeChecked();
      await context.close();
    });
  }
});

test('without JavaScript the article is complete and JS-only controls are hidden', async ({ browser, baseURL }) => {
  const story = gfmArticle();
  const slug = story.slug;
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/articles/${slug}`);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
  const firstParagraph = plainText(story.body.trim().split(/\n\s*\n/)[0]!);
  await expect(page.locator('main .article-body > p').first()).toHaveText(firstParagraph);
  const comment = page.getByRole('complementary', { name: 'Analyst comment' });
  await expect(comment).toBeVisible();
  await expect(comment).toContainText(story.comment!.text);
  const byline = page.locator('main article > header a[rel="author"]');
  await expect(byline).toBeVisible();
  await expect(byline).toHaveText(author(story.authors[0]!).name);

  // Soft, so a failure reports both controls at once.
  await expect.soft(page.getByRole('group', { name: 'Theme' }), 'theme choice without JS').toBeHidden({ timeout: 2_000 });
  await expect.soft(page.getByRole('button', { name: /copy link/i }), 'copy-link button without JS').toBeHidden({ timeout: 2_000 });
  await context.close();
});
