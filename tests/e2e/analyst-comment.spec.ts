import { expect, type Locator, test } from '@playwright/test';
import {
  articleWithoutComment,
  listingPages,
  pathListing,
  publishedArticles,
  SENTIMENTS,
  sentimentLabel,
  tagPath,
  withSentiment,
  withTag,
} from './helpers/content';
import { cardFor, listingSlugs } from './helpers/listing';

const published = publishedArticles();
const withComment = published.filter((a) => a.comment);

/** True when `text` is drawn on screen inside `scope` (not only in screen-reader-only text). */
async function rendersVisibly(scope: Locator, text: string) {
  return scope.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.trim() !== wanted) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      const style = getComputedStyle(node.parentElement!);
      if (box.width > 4 && box.height > 4 && style.visibility === 'visible' && style.clipPath === 'none' && style.clip === 'auto') return true;
    }
    return false;
  }, text);
}

// A few articles per test: enough to share a browser page, few enough to run in parallel.
const BATCH = 4;
for (let start = 0; start < withComment.length; start += BATCH) {
  const batch = withComment.slice(start, start + BATCH);
  test(`analyst comments show "<Sentiment> news: <headline>" and their text (articles ${start + 1}–${start + batch.length})`, async ({ page }) => {
    const scriptErrors: string[] = [];
    page.on('pageerror', (error) => scriptErrors.push(`${page.url()}: ${error.message}`));
    for (const { slug, title, comment } of batch) {
      await page.goto(`/articles/${slug}`, { waitUntil: 'domcontentloaded' });
      // Headlines may hold markup-like text, quotes, emoji and CJK: they must come out verbatim.
      await expect.soft(page.getByRole('heading', { level: 1 }), slug).toHaveText(title);
      const aside = page.getByRole('complementary', { name: 'Analyst comment' });
      const verdict = `${sentimentLabel(comment!.sentiment)} news`;
      // Soft, so one run reports every article that is wrong.
      await expect.soft(aside, slug).toHaveCount(1);
      await expect.soft(aside, slug).toContainText(comment!.headline ? `${verdict}: ${comment!.headline}` : verdict);
      if (!comment!.headline) await expect.soft(aside, `${slug} has no headline`).not.toContainText(`${verdict}:`);
      await expect.soft(aside, slug).toContainText(comment!.text);
      await expect.soft(aside, slug).toHaveAttribute('data-sentiment', comment!.sentiment);
    }
    expect(scriptErrors, 'script errors on article pages').toEqual([]);
  });
}

test('listing badges show their label as text, not colour alone', async ({ page }) => {
  await page.goto('/');
  const onPage = listingPages('/', published)[0]!.items;
  for (const { slug, comment } of onPage) {
    await expect(cardFor(page, slug), `${slug} on the front page`).toHaveCount(1);
    const badge = cardFor(page, slug).locator('a[href^="/sentiment/"]');
    if (!comment) {
      await expect(badge, `${slug} has no badge`).toHaveCount(0);
      continue;
    }
    await expect(badge).toHaveAttribute('href', `/sentiment/${comment.sentiment}`);
    await expect(badge).toBeVisible();
    await expect(badge).toContainText(sentimentLabel(comment.sentiment));
    expect(await rendersVisibly(badge, sentimentLabel(comment.sentiment)), `${slug}: label drawn on screen`).toBe(true);
  }
});

test.describe('an article without an analyst comment', () => {
  // Its absence from every /sentiment/* page is checked with the sentiment lists below.
  const story = articleWithoutComment();
  const slug = story.slug;

  test('has no badge on its page or on its cards in listings', async ({ page }) => {
    test.slow(); // one article page and every listing it appears on
    expect(story.comment, 'the fixture article has no comment').toBeUndefined();
    await page.goto(`/articles/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
    await expect(page.locator('main article > header a[href^="/sentiment/"]')).toHaveCount(0);
    await expect(page.getByRole('complementary', { name: 'Analyst comment' })).toHaveCount(0);

    const byAuthor = published.filter((a) => a.authors.includes(story.authors[0]!));
    const listings = [
      pathListing('/', published, slug)!,
      ...story.tags.map((tag) => pathListing(tagPath(tag), withTag(published, tag), slug)!),
      pathListing(`/authors/${story.authors[0]}`, byAuthor, slug)!,
    ];
    for (const path of listings) {
      await page.goto(path);
      const card = cardFor(page, slug);
      await expect(card, `card on ${path}`).toHaveCount(1);
      await expect(card.locator('a[href^="/sentiment/"]'), `badge on ${path}`).toHaveCount(0);
      await expect(card).not.toContainText(/Analyst verdict/i);
    }
  });
});

test('each /sentiment/<value> page lists exactly the published articles with that verdict', async ({ page }) => {
  test.slow(); // four listings, every page of each
  for (const sentiment of SENTIMENTS) {
    const expected = withSentiment(published, sentiment).map((a) => a.slug);
    const listed = await listingSlugs(page, `/sentiment/${sentiment}`);
    expect.soft(listed, `/sentiment/${sentiment}, newest first`).toEqual(expected);
    expect.soft(listed, `/sentiment/${sentiment} lists an article without a comment`).not.toContain(articleWithoutComment().slug);
  }
});
