/*
 * The phone header: one sticky bar at most 64 px tall (brand, search, menu) whose menu is a
 * disclosure holding the nav, the theme choice and the search box; it works without JavaScript.
 * The desktop header keeps everything in its bar.
 */
import { expect, test, type Page } from '@playwright/test';
import { siteConfig } from '@/site.config';
import { samplePages } from './helpers/pages';

const banner = (page: Page) => page.getByRole('banner');
const menuButton = (page: Page) => banner(page).getByRole('button', { name: 'Menu' });
const headerHeight = (page: Page) => banner(page).evaluate((header) => header.getBoundingClientRect().height);

/** The behaviour script works the button from the moment the page has loaded: one click opens the menu. */
async function openMenu(page: Page) {
  await menuButton(page).click();
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
}

for (const width of [320, 390]) {
  test.describe(`a ${width} px phone`, () => {
    test.use({ viewport: { width, height: 760 }, hasTouch: true, isMobile: true });

    test('the header is one bar of brand, search and menu, at most 64 px tall, on every page type', async ({ page }) => {
      for (const [name, path] of Object.entries(samplePages())) {
        await page.goto(path);
        expect.soft(await headerHeight(page), `header height on ${name}`).toBeLessThanOrEqual(64);
        await expect.soft(banner(page).getByRole('link', { name: siteConfig.name }), name).toBeInViewport();
        await expect.soft(banner(page).getByRole('link', { name: 'Search', exact: true }), name).toBeInViewport();
        await expect.soft(menuButton(page), name).toBeInViewport();
        await expect.soft(page.getByRole('navigation', { name: 'Main' }), `nav folded away on ${name}`).toBeHidden();
      }
    });

    test('the menu is a disclosure with the nav, the theme choice and the search box; Escape closes it', async ({ page }) => {
      await page.goto('/');
      const button = menuButton(page);
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      const panelId = (await button.getAttribute('aria-controls'))!;
      const panel = page.locator(`[id="${panelId}"]`);
      await expect(panel).toBeHidden();

      await openMenu(page);
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(['Latest', 'Topics', 'Authors', 'Insights']);
      await expect(panel.getByRole('group', { name: 'Theme' }).getByRole('radio')).toHaveCount(3);
      await expect(panel.getByRole('searchbox', { name: 'Search articles' })).toBeVisible();
      // A touch screen has no "/" key to advertise.
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'the context emulates a touch screen').toBe(true);
      await expect(panel.locator('kbd')).toBeHidden();
      expect(await headerHeight(page), 'the open panel overlays the page; the bar keeps its height').toBeLessThanOrEqual(64);

      await page.keyboard.press('Escape');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(panel).toBeHidden();
      await expect(button).toBeFocused();
    });

    test('the header stays in view as the reader scrolls', async ({ page }) => {
      await page.goto(samplePages().article);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
      await expect(menuButton(page)).toBeInViewport();
      expect(await banner(page).evaluate((header) => header.getBoundingClientRect().top)).toBe(0);
    });

    test('with a keyboard, "/" opens the menu and focuses its search box', async ({ page }) => {
      await page.goto('/tags');
      const box = banner(page).getByRole('searchbox', { name: 'Search articles' });
      await expect(async () => {
        await page.keyboard.press('/');
        await expect(box).toBeFocused({ timeout: 1_000 });
      }).toPass({ timeout: 10_000 });
      await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ viewport: { width: 390, height: 760 }, javaScriptEnabled: false });

  test('the phone header is as short, and its menu link opens the same panel', async ({ page }) => {
    await page.goto('/');
    expect(await headerHeight(page)).toBeLessThanOrEqual(64);
    await expect(menuButton(page)).toBeHidden();
    const menuLink = banner(page).getByRole('link', { name: 'Menu' });
    await menuLink.click();
    await expect(page).toHaveURL(/#site-menu$/);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeVisible();
    await nav.getByRole('link', { name: 'Topics' }).click();
    await expect(page).toHaveURL(/\/tags$/);
  });
});

test.describe('a 1366 px desktop', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('keeps nav, search and theme in the bar, with no menu button, and advertises "/" to a mouse', async ({ page }) => {
    await page.goto('/');
    await expect(menuButton(page)).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(banner(page).getByRole('searchbox', { name: 'Search articles' })).toBeVisible();
    await expect(banner(page).getByRole('group', { name: 'Theme' })).toBeVisible();
    await expect(banner(page).locator('kbd')).toHaveText('/');
    await expect(banner(page).locator('kbd')).toBeVisible();
    expect(await headerHeight(page), 'one row').toBeLessThanOrEqual(80);
  });
});
