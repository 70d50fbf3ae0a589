import { expect, test } from '@playwright/test';
import { siteConfig } from '@/site.config';

test("the 404 page has its own title, not the home page's", async ({ page }) => {
  const response = await page.goto('/no-such-page-anywhere');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(`Page not found – ${siteConfig.name}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
});
