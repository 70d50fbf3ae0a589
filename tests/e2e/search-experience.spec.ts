/*
 * Search that feels finished: excerpts from the story's text (no tags, no headline) with an
 * ellipsis where cut, "/" for the box on the page in view, helpful empty and no-result states,
 * filters folded on a phone, and two distinctly named search landmarks.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { author, plainText, publishedArticles, tagPath, tagSlug } from './helpers/content';
import { bodyWord } from './helpers/pages';

const EXCERPT_WORDS = 32;
const resultItems = (page: Page) => page.getByRole('region', { name: 'Search results' }).getByRole('listitem');
const storyText = (body: string) => plainText(body.replace(/<[^>]+>/g, ' '));

test("a filter-only search shows each story's opening words, never its tags or headline, cut with an ellipsis", async ({ page }) => {
  const story = publishedArticles()[0]!;
  const name = author(story.authors[0]!).name;
  await page.goto(`/search?author=${encodeURIComponent(name)}`);
  await expect(resultItems(page).first()).toBeVisible();
  const byTitle = new Map(publishedArticles().map((article) => [article.title, article]));
  for (const item of await resultItems(page).all()) {
    const title = (await item.getByRole('heading').textContent())!.trim();
    const article = byTitle.get(title);
    expect(article, `result "${title}" is a published story`).toBeDefined();
    const excerpt = (await item.locator('p').textContent())!.trim();
    expect(excerpt, 'no headline in the excerpt').not.toContain(title);
    for (const tag of article!.tags) expect(excerpt.startsWith(tag), `excerpt starts with tag "${tag}"`).toBe(false);
    expect(excerpt.startsWith('…'), 'the opening of the story is not cut').toBe(false);
    if (storyText(article!.body).split(/\s+/).length > EXCERPT_WORDS + 10) expect(excerpt, 'a long story is cut with an ellipsis').toMatch(/…$/);
  }
});

test('a word from the middle of a story gives an excerpt marked with ellipses at both cuts', async ({ page }) => {
  const titles = publishedArticles().map((article) => article.title.toLowerCase());
  const bodies = publishedArticles().map((article) => storyText(article.body).toLowerCase());
  let found: { word: string; title: string } | undefined;
  for (const article of publishedArticles()) {
    const words = storyText(article.body).split(/\s+/);
    const word = words.slice(60, -60).find((candidate) => {
      if (!/^[a-z]{7,}$/.test(candidate)) return false;
      const pattern = new RegExp(`\\b${candidate}`, 'i');
      return bodies.filter((body) => pattern.test(body)).length === 1 && !titles.some((title) => pattern.test(title));
    });
    if (word) {
      found = { word, title: article.title };
      break;
    }
  }
  test.skip(!found, 'no story is long enough to have a word in its middle');
  await page.goto(`/search?q=${found!.word}`);
  const item = resultItems(page).filter({ has: page.getByRole('heading', { name: found!.title }) });
  const excerpt = item.locator('p');
  await expect(excerpt).toHaveText(/^….*…$/);
  await expect(excerpt.locator('mark').first()).toBeVisible();
});

test('"/" on the search page focuses the page\'s own box, not the header\'s', async ({ page }) => {
  await page.goto('/search');
  const own = page.getByRole('search', { name: 'Search and filters' }).getByRole('searchbox');
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(own).toBeFocused({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(page.getByRole('search', { name: 'Site search' }).getByRole('searchbox')).not.toBeFocused();
});

test('an empty search page offers the busiest topics', async ({ page }) => {
  await page.goto('/search');
  const suggestions = page.getByRole('region', { name: 'Or start from a busy topic' }).getByRole('link');
  await expect(suggestions.first()).toBeVisible();
  const counts = new Map<string, number>();
  for (const article of publishedArticles()) for (const slug of new Set(article.tags.map(tagSlug))) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const shown: number[] = [];
  for (const link of await suggestions.all()) {
    const href = (await link.getAttribute('href'))!;
    const slug = decodeURIComponent(href.split('/').pop()!);
    expect(href.endsWith(tagPath(slug)), `${href} is a topic page`).toBe(true);
    shown.push(counts.get(slug)!);
    await expect(link).toContainText(String(counts.get(slug)));
  }
  expect(shown, 'busiest first').toEqual([...shown].sort((a, b) => b - a));
  const hidden = [...counts.values()].sort((a, b) => b - a).slice(shown.length);
  for (const count of hidden) expect(count, 'no busier topic left out').toBeLessThanOrEqual(Math.min(...shown));
});

test('a search that finds nothing shows the query and suggests a way on', async ({ page }) => {
  const query = 'qzxvbnoword';
  await page.goto(`/search?q=${query}`);
  await expect(page.getByRole('status')).toHaveText(`No articles found for “${query}”.`);
  await expect(page.getByText(`Nothing matches ${query}`)).toBeVisible();
  await expect(page.getByText(/Check the spelling/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Busiest topics' }).getByRole('link').first()).toBeVisible();
});

test('the two search forms are distinct, named landmarks (axe landmark-unique)', async ({ page }) => {
  await page.goto(`/search?q=${bodyWord()}`);
  await expect(page.getByRole('search')).toHaveCount(2);
  await expect(page.getByRole('search', { name: 'Site search' })).toHaveCount(1);
  await expect(page.getByRole('search', { name: 'Search and filters' })).toHaveCount(1);
  const { violations } = await new AxeBuilder({ page }).withRules(['landmark-unique', 'landmark-no-duplicate-banner']).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the filters wait behind a button and the first result is in view', async ({ page }) => {
    await page.goto(`/search?q=${bodyWord()}`);
    await expect(resultItems(page).first().getByRole('heading')).toBeInViewport();
    const verdict = page.getByLabel('Analyst verdict');
    await expect(verdict).toBeHidden();
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(async () => {
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
    await expect(verdict).toBeVisible();
    // In the form: the page also holds the (hidden) topic suggestions of its empty and no-result states.
    const form = page.getByRole('search', { name: 'Search and filters' });
    await expect(form.getByLabel('Topic')).toBeVisible();
    await expect(form.getByLabel('Author')).toBeVisible();
  });
});
