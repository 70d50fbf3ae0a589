import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { PER_PAGE, pathListing, publishedArticles } from './helpers/content';
import { cardFor } from './helpers/listing';
import { lastChange, notedArticles } from './helpers/story-notes';

/*
 * Corrections and updates on the page, the "Developing story" label on the article and its card,
 * and the /corrections listing. Subjects come from the content the build used.
 */
const noted = notedArticles();
const corrected = noted.filter((a) => a.corrections.length > 0);
const developing = noted.find((a) => a.developing && a.updates.length >= 2);
const plain = noted.find((a) => !a.developing && a.corrections.length === 0 && a.updates.length === 0);
if (corrected.length === 0 || !developing || !plain) throw new Error('the content needs a corrected story, a developing story with updates and a plain story');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The NewsArticle node of the page's JSON-LD. */
async function newsArticleLd(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((block) => [JSON.parse(block)].flat()).find((node) => node['@type'] === 'NewsArticle');
}

const noSeriousAxeViolations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
};

test('a corrected story shows each correction, labelled, above the story, and says so in its JSON-LD', async ({ page }) => {
  const story = corrected[0]!;
  await page.goto(`/articles/${story.slug}`);
  const section = page.getByRole('region', { name: story.corrections.length === 1 ? 'Correction' : 'Corrections' });
  const items = section.getByRole('listitem');
  await expect(items).toHaveCount(story.corrections.length);
  for (const [index, note] of story.corrections.entries()) {
    await expect(items.nth(index)).toHaveText(new RegExp(`^Correction, .*${note.date.getUTCFullYear()}.*: ${escapeRegExp(note.text)}$`));
    await expect(items.nth(index).locator('time')).toHaveAttribute('datetime', note.date.toISOString());
  }
  // At the top: before the body, so nobody reads the story without seeing what was wrong.
  const before = await section.evaluate((node) => {
    const body = document.querySelector('[data-article-body]')!;
    return Boolean(node.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(before).toBe(true);
  const modified = lastChange(story)!.getTime();
  await expect(page.locator('article > header time').nth(1)).toHaveAttribute('datetime', new Date(modified).toISOString());
  const ld = await newsArticleLd(page);
  expect(Date.parse(ld.dateModified)).toBeGreaterThanOrEqual(modified);
  expect(ld.correction.map((c: { '@type': string; text: string; datePublished: string }) => [c['@type'], c.text, Date.parse(c.datePublished)])).toEqual(
    story.corrections.map((note) => ['CorrectionComment', note.text, note.date.getTime()]),
  );
  expect(typeof ld.isAccessibleForFree).toBe('boolean');
  await noSeriousAxeViolations(page);
});

test('a developing story carries the label in words and a timeline of its updates, newest first', async ({ page }) => {
  await page.goto(`/articles/${developing!.slug}`);
  await expect(page.locator('article > header').getByText('Developing story', { exact: true })).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Timeline, latest first' });
  const entries = timeline.getByRole('listitem');
  await expect(entries).toHaveCount(developing!.updates.length);
  for (const [index, note] of developing!.updates.entries()) {
    await expect(entries.nth(index)).toContainText(note.text);
    await expect(entries.nth(index).locator('time')).toHaveAttribute('datetime', note.date.toISOString());
  }
  await noSeriousAxeViolations(page);
});

test('listing cards label developing stories and no others', async ({ page }) => {
  await page.goto(pathListing('/', publishedArticles(), developing!.slug)!);
  await expect(cardFor(page, developing!.slug).getByText('Developing story', { exact: true })).toBeVisible();
  await page.goto(`/articles/${plain!.slug}`);
  await expect(page.getByText('Developing story')).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^(Correction|Corrections|Update|Updates|Timeline, latest first)$/ })).toHaveCount(0);
});

test('/corrections lists every corrected story, newest correction first, with its corrections and its own feed', async ({ page, request }) => {
  const expected = [...corrected].sort((a, b) => b.corrections[0]!.date.getTime() - a.corrections[0]!.date.getTime() || a.slug.localeCompare(b.slug));
  await page.goto('/corrections');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections');
  const listed = page.locator('[data-corrected-article]');
  await expect(listed).toHaveCount(Math.min(expected.length, PER_PAGE));
  for (const [index, story] of expected.slice(0, PER_PAGE).entries()) {
    const item = listed.nth(index);
    await expect(item.getByRole('link', { name: story.title })).toHaveAttribute('href', `/articles/${story.slug}`);
    for (const note of story.corrections) await expect(item).toContainText(note.text);
  }
  const feedLink = page.getByRole('link', { name: /Subscribe/ });
  await expect(feedLink).toHaveAttribute('href', '/corrections/feed.xml');
  const feed = await request.get('/corrections/feed.xml');
  expect(feed.status()).toBe(200);
  const links = [...(await feed.text()).matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
  expect(links).toEqual(expected.map((story) => `/articles/${story.slug}`));
  await noSeriousAxeViolations(page);
});
