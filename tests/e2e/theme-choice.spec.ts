/*
 * The theme control shows its state and offers all three: System (follow prefers-color-scheme),
 * Light and Dark. The choice persists; System stores nothing and follows the system live.
 */
import { expect, test, type Page } from '@playwright/test';

const STORAGE_KEY = 'newsdesk-theme';
const radio = (page: Page, name: 'System' | 'Light' | 'Dark') => page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name });
const pageIsDark = (page: Page) =>
  page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
    return r! + g! + b! < 3 * 128;
  });
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/** Checks an option: the behaviour script handles it from the moment the page has loaded. */
async function choose(page: Page, name: 'System' | 'Light' | 'Dark') {
  await radio(page, name).check();
  await expect(radio(page, name)).toBeChecked();
  const expected = name === 'System' ? null : name.toLowerCase();
  expect(await page.locator('html').getAttribute('data-theme')).toBe(expected);
}

test.describe('desktop', () => {
  test.use({ viewport: { width: 1366, height: 900 }, colorScheme: 'light' });

  test('System, Light and Dark are offered, the current one is checked, and the choice persists', async ({ page }) => {
    await page.goto('/');
    for (const name of ['System', 'Light', 'Dark'] as const) await expect(radio(page, name)).toBeVisible();
    await expect(radio(page, 'System')).toBeChecked();
    await expect(radio(page, 'Dark')).not.toBeChecked();

    await choose(page, 'Dark');
    expect(await pageIsDark(page)).toBe(true);
    expect(await stored(page)).toBe('dark');
    await page.reload();
    await expect(radio(page, 'Dark')).toBeChecked();
    expect(await pageIsDark(page)).toBe(true);

    await choose(page, 'Light');
    expect(await pageIsDark(page)).toBe(false);
    expect(await stored(page)).toBe('light');
    // A pinned theme ignores the system's.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await pageIsDark(page)).toBe(false);
  });

  test('System stores nothing and follows prefers-color-scheme as it changes', async ({ page }) => {
    await page.goto('/');
    await choose(page, 'Dark');
    await choose(page, 'System');
    expect(await stored(page)).toBeNull();
    expect(await pageIsDark(page)).toBe(false);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await pageIsDark(page)).toBe(true);
    await page.reload();
    await expect(radio(page, 'System')).toBeChecked();
    expect(await pageIsDark(page)).toBe(true);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme: 'light' });

  test('the theme choice is in the menu, with its options named in full', async ({ page }) => {
    await page.goto('/');
    await expect(radio(page, 'System')).toBeHidden();
    const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
    await expect(async () => {
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
    const group = page.getByRole('group', { name: 'Theme' });
    await expect(group).toContainText('Theme');
    await expect(group).toContainText('System');
    await choose(page, 'Dark');
    expect(await pageIsDark(page)).toBe(true);
  });
});
