import { expect, test } from '@playwright/test';
import { gfmArticle, plainText, tagPath } from './helpers/content';

test.use({ viewport: { width: 375, height: 812 } });

const gfm = gfmArticle();

const PAGES: Record<string, string> = {
  home: '/',
  'article with a GFM table': `/articles/${gfm.slug}`,
  author: `/authors/${gfm.authors[0]}`,
  tag: tagPath(gfm.tags[0]!),
  'tags index': '/tags',
  sentiment: `/sentiment/${gfm.comment!.sentiment}`,
};

test('every page type fits a 375px screen with its headline in view', async ({ page }) => {
  test.slow(); // six pages
  for (const [name, path] of Object.entries(PAGES)) {
    await page.goto(path);
    const headline = page.getByRole('heading', { level: 1 });
    // Soft, so one run reports every page that overflows.
    await expect.soft(headline, `${name} headline`).toBeVisible();
    await expect.soft(headline, `${name} headline`).toBeInViewport();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect.soft(scrollWidth, `horizontal page scroll on ${name} (${path})`).toBeLessThanOrEqual(clientWidth);
  }
});

test('GitHub-flavoured Markdown renders as real elements', async ({ page }) => {
  await page.goto(`/articles/${gfm.slug}`);
  const body = page.locator('main .article-body');
  const lines = gfm.body.split('\n');

  // Table: header row, separator, data rows.
  const tableLines = lines.filter((line) => line.trim().startsWith('|'));
  const headers = tableLines[0]!
    .split('|')
    .map((cell) => cell.trim())
    .filter(Boolean);
  const table = body.locator('table');
  await expect(table).toHaveCount(1);
  await expect(table.locator('thead th')).toHaveText(headers);
  await expect(table.locator('tbody tr')).toHaveCount(tableLines.length - 2);
  await expect(table).toBeVisible();

  // Footnote reference and its definition.
  const definition = lines.find((line) => /^\[\^[^\]]+\]:/.test(line))!;
  const footnotes = body.locator('section.footnotes');
  await expect(footnotes).toHaveCount(1);
  await expect(footnotes.locator('li')).toContainText(plainText(definition.replace(/^\[\^[^\]]+\]:/, '')));
  const reference = body.locator('sup a[href^="#"]').first();
  const target = (await reference.getAttribute('href'))!;
  await expect(footnotes.locator(`[id="${target.slice(1)}"]`)).toHaveCount(1);

  // Task list.
  const tasks = lines.filter((line) => /^\s*[-*] \[[ xX]\]/.test(line));
  const checkboxes = body.locator('input[type="checkbox"]');
  await expect(checkboxes).toHaveCount(tasks.length);
  const checked = await checkboxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).checked));
  expect(checked).toEqual(tasks.map((line) => /\[[xX]\]/.test(line)));

  // Strikethrough.
  const struck = [...gfm.body.matchAll(/~~([^~]+)~~/g)].map((m) => m[1]!);
  expect(struck.length, 'the fixture article uses ~~strikethrough~~').toBeGreaterThan(0);
  await expect(body.locator('del')).toHaveText(struck);
});
