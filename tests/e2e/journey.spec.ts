import { expect, type Page, test } from '@playwright/test';
import { type Article, article, author, gfmArticle, pathListing, publishedArticles, sentimentLabel, tagPath, withSentiment, withTag } from './helpers/content';
import { expectedLead } from './helpers/front-page';
import { cardFor } from './helpers/listing';

/**
 * The listing the reader has just opened lists the story: on its landing page, or, for an older
 * story such as a featured lead, on the archive page the story's date puts it on.
 */
async function expectListed(page: Page, basePath: string, listed: Article[], slug: string) {
  const path = pathListing(basePath, listed, slug);
  expect(path, `${basePath} lists ${slug}`).toBeDefined();
  if (path !== basePath) await page.goto(path!);
  await expect(cardFor(page.locator('main > header ~ ol'), slug)).toBeVisible();
}

test('reader journey: home → article → author → tag → sentiment', async ({ page }) => {
  test.slow(); // six page visits
  await page.goto('/');
  const firstCardLink = page.locator('[data-front="lead"]').getByRole('heading').getByRole('link');
  const title = (await firstCardLink.textContent())!.trim();
  await firstCardLink.click();

  // The article page.
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+$/);
  const slug = new URL(page.url()).pathname.split('/').pop()!;
  const expected = article(slug);
  expect(slug, 'the lead story of the front page').toBe(expectedLead()!.slug);
  expect(title).toBe(expected.title);

  const header = page.locator('main article > header');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const published = header.locator('time[datetime]').first();
  await expect(published).toBeVisible();
  expect(Date.parse((await published.getAttribute('datetime'))!), 'publication <time datetime>').toBe(expected.date.getTime());
  await expect(header).toContainText(/\b\d+ min read\b/);

  const tagList = header.getByRole('list').filter({ has: page.locator('a[href^="/tags/"]') });
  for (const tag of expected.tags) {
    await expect(tagList.locator(`a[href="${tagPath(tag)}"]`), `tag ${tag}`).toHaveText(tag, { ignoreCase: true });
  }
  const bylineLinks = header.locator('a[rel="author"]');
  await expect(bylineLinks).toHaveText(expected.authors.map((slug) => author(slug).name));

  // The byline leads to the author's page, which lists the article.
  const firstAuthor = author(expected.authors[0]!);
  await bylineLinks.first().click();
  await expect(page).toHaveURL(new RegExp(`/authors/${firstAuthor.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstAuthor.name);
  await expect(page.locator('main > header')).toContainText(firstAuthor.bio.slice(0, 80));
  await expectListed(
    page,
    `/authors/${firstAuthor.slug}`,
    publishedArticles().filter((story) => story.authors.includes(firstAuthor.slug)),
    slug,
  );

  // Back on the article, a tag leads to the tag page, which lists it.
  await page.goto(`/articles/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const firstTag = expected.tags[0]!;
  await tagList.locator(`a[href="${tagPath(firstTag)}"]`).click();
  await expect(page).toHaveURL((url) => url.pathname === tagPath(firstTag));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTag, { ignoreCase: true });
  await expectListed(page, tagPath(firstTag), withTag(publishedArticles(), firstTag), slug);

  // And its sentiment badge leads to the sentiment page, which lists it too.
  await page.goto(`/articles/${slug}`);
  const sentiment = expected.comment?.sentiment;
  expect(sentiment, `${slug} has an analyst comment`).toBeTruthy();
  const badge = header.locator(`a[href="/sentiment/${sentiment}"]`);
  await expect(badge).toContainText(sentimentLabel(sentiment!));
  await badge.click();
  await expect(page).toHaveURL(new RegExp(`/sentiment/${sentiment}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${sentimentLabel(sentiment!)} news`);
  await expectListed(page, `/sentiment/${sentiment}`, withSentiment(publishedArticles(), sentiment!), slug);
});

test('an unknown URL gets the 404 page with a way home', async ({ page }) => {
  const response = await page.goto('/articles/no-such-story');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/could not find/i);
  const home = page.getByRole('main').getByRole('link', { name: /latest news/i });
  await expect(home).toHaveAttribute('href', '/');
  await home.click();
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expect(page.locator('[data-front="lead"]')).toHaveCount(1);
});

test.describe('share links', () => {
  const slug = gfmArticle().slug;

  async function canonicalUrl(page: import('@playwright/test').Page) {
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical, 'the article has an absolute canonical URL').toMatch(new RegExp(`^https?://[^/]+/articles/${slug}$`));
    return canonical!;
  }

  test('X, LinkedIn and email links carry the absolute article URL, encoded', async ({ page }) => {
    await page.goto(`/articles/${slug}`);
    const url = await canonicalUrl(page);
    const share = page.getByRole('region', { name: 'Share' });

    const x = (await share.getByRole('link', { name: 'Share on X' }).getAttribute('href'))!;
    expect(x).toContain(`url=${encodeURIComponent(url)}`);
    expect(new URL(x).searchParams.get('url')).toBe(url);
    expect(new URL(x).searchParams.get('text')).toBe(article(slug).title);

    const linkedin = (await share.getByRole('link', { name: 'Share on LinkedIn' }).getAttribute('href'))!;
    expect(linkedin).toContain(`url=${encodeURIComponent(url)}`);
    expect(new URL(linkedin).searchParams.get('url')).toBe(url);

    const email = (await share.getByRole('link', { name: 'Share by email' }).getAttribute('href'))!;
    expect(email).toMatch(/^mailto:/);
    expect(email).toContain(`body=${encodeURIComponent(url)}`);
  });

  test('copy link copies the article URL and says so', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(`/articles/${slug}`);
    const url = await canonicalUrl(page);
    const button = page.getByRole('region', { name: 'Share' }).getByRole('button');
    await expect(button).toHaveText('Copy link');
    await button.click();
    await expect(button).toContainText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await context.close();
  });
});
