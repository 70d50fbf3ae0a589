/*
 * Typography as readers get it: curly quotes and dashes in headlines and bodies (never in code or
 * addresses), inline code without backticks, task lists without bullets, numeric columns aligned,
 * CJK characters in serif faces, automatic summaries cut at a boundary, captions that say what a
 * picture is, and body images that load lazily without preloads. Each test finds its subject in
 * the content the build used (tests/e2e/helpers/content.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { type Article, publishedArticles } from './helpers/content';

function find(what: string, matches: (article: Article) => boolean): Article {
  const found = publishedArticles().find(matches);
  if (!found) throw new Error(`No published article ${what} in the content the build used`);
  return found;
}

const bodyImages = (article: Article) => article.body.match(/!\[[^\]]*\]\([^)]+\)/g) ?? [];
/** Curly and straight marks as one, to compare typeset text with what was written. */
const unquoted = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/–/g, '--').replace(/…/g, '...');

const body = (page: Page) => page.locator('[data-article-body]');

test('headlines, verdicts and body text are typeset; code and addresses stay as written', async ({ page }) => {
  const story = find(
    'with straight quotes in its headline, inline code and a link shown as its address',
    (article) => /["']/.test(article.rawTitle) && /`[^`\n]*["'-][^`\n]*`/.test(article.body) && /https:\/\/\S*--/.test(article.body),
  );
  await page.goto(`/articles/${story.slug}`);
  const h1 = (await page.locator('h1').textContent())!;
  expect(h1).not.toMatch(/["']/);
  expect(unquoted(h1)).toBe(story.rawTitle);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', h1);

  for (const code of story.body.match(/`([^`\n]+)`/g)!) await expect(body(page).locator('code', { hasText: code.slice(1, -1) })).toHaveCount(1);
  const address = /https:\/\/\S*--[\w/-]*/.exec(story.body)![0];
  await expect(body(page).getByRole('link', { name: address, exact: true })).toHaveAttribute('href', address);
  const prose = (await body(page).locator('p').first().textContent())!;
  expect(prose).not.toMatch(/["']/);
  if (story.comment?.headline) await expect(page.getByRole('complementary', { name: 'Analyst comment' })).toContainText(story.comment.headline);
});

test('inline code has no backticks, task lists no bullets, numeric columns line up', async ({ page }) => {
  const story = find(
    'with inline code, a task list and a right-aligned table column',
    (article) => /`[^`\n]+`/.test(article.body) && /^- \[[ x]\] /m.test(article.body) && /^\|[ :|-]*-:/m.test(article.body),
  );
  await page.goto(`/articles/${story.slug}`);
  const code = body(page).locator('p code').first();
  expect(await code.evaluate((element) => [getComputedStyle(element, '::before').content, getComputedStyle(element, '::after').content])).toEqual([
    'none',
    'none',
  ]);

  const item = body(page).locator('li.task-list-item').first();
  expect(await item.evaluate((element) => getComputedStyle(element).listStyleType)).toBe('none');
  const box = await item.locator('input[type="checkbox"]').boundingBox();
  const fontSize = await item.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  // The size of the text: at least 16 px, not the browser's 13 px default.
  expect(box!.width).toBeGreaterThanOrEqual(16);
  expect(box!.width).toBeCloseTo(fontSize * 1.1, 0);

  const cell = body(page).locator('td.align-right').first();
  expect(await cell.evaluate((element) => [getComputedStyle(element).textAlign, getComputedStyle(element).fontVariantNumeric])).toEqual([
    'right',
    'lining-nums tabular-nums',
  ]);
  await expect(body(page).locator('td', { hasText: /^-\d/ })).toHaveCount(0);
});

test('CJK characters in headlines and bodies are set in serif faces, never the sans-serif fallback', async ({ page }) => {
  const story = find('with Chinese in its headline', (article) => /\p{Script=Han}/u.test(article.title));
  await page.goto(`/articles/${story.slug}`);
  for (const selector of ['h1', '[data-article-body] p']) {
    const family = await page
      .locator(selector)
      .first()
      .evaluate((element) => getComputedStyle(element).fontFamily);
    const faces = family.split(',').map((face) => face.trim().replace(/^["']|["']$/g, ''));
    const generic = faces.indexOf('serif');
    expect(generic, `${selector}: ${family}`).toBe(faces.length - 1);
    for (const face of ['Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'SimSun']) {
      expect(faces.indexOf(face), `${selector} lists ${face}`).toBeGreaterThan(0);
    }
    expect(
      faces.filter((face) => /Sans|Gothic|YaHei|PingFang/.test(face)),
      selector,
    ).toEqual([]);
  }
});

test('an automatic summary ends at a sentence or after a whole word with an ellipsis', async ({ page }) => {
  const story = find('without a summary and with a long first paragraph', (article) => !article.summary && /^[^\n#!|<-][^\n]{200,}$/m.test(article.body));
  await page.goto(`/articles/${story.slug}`);
  const dek = (await page.locator('header h1 + p').textContent())!;
  const lead = unquoted(story.body.split('\n').find((line) => line.length > 200)!);
  expect(dek.length).toBeLessThanOrEqual(180);
  if (dek.endsWith('…')) {
    const kept = unquoted(dek.slice(0, -1));
    expect(lead.startsWith(kept)).toBe(true);
    // The next character of the paragraph starts a new word (or is punctuation after this one).
    expect(lead.charAt(kept.length)).toMatch(/[\s,;:.]/);
  } else {
    expect(dek).toMatch(/[.!?]$/);
    expect(lead.startsWith(unquoted(dek))).toBe(true);
  }
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', dek);
});

test('a lead image is captioned as what it is', async ({ page }) => {
  const story = find(
    'with an illustration or graphic as its credited lead image',
    (article) => ['illustration', 'graphic'].includes(article.imageKind ?? '') && !!article.imageCredit,
  );
  await page.goto(`/articles/${story.slug}`);
  const label = story.imageKind === 'illustration' ? 'Illustration' : 'Graphic';
  await expect(page.locator('figure figcaption').first()).toHaveText(`${label}: ${story.imageCredit}`);
});

test('body images load lazily and are never preloaded; only the page’s first image may be', async ({ page }) => {
  const story = find('with two body images and no lead image', (article) => !article.image && bodyImages(article).length >= 2);
  await page.goto(`/articles/${story.slug}`);
  const images = body(page).locator('img');
  await expect(images).toHaveCount(bodyImages(story).length);
  const loading = await images.evaluateAll((elements) => elements.map((img) => [img.getAttribute('loading'), img.getAttribute('decoding')]));
  expect(loading).toEqual([[null, 'async'], ...loading.slice(1).map(() => ['lazy', 'async'])]);
  const firstSrc = await images.first().getAttribute('src');
  const preloads = await page.locator('link[rel="preload"][as="image"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(preloads.filter((href) => href !== firstSrc)).toEqual([]);

  const illustrated = find('with a lead image and a body image', (article) => !!article.image && bodyImages(article).length >= 1);
  await page.goto(`/articles/${illustrated.slug}`);
  expect(
    await body(page)
      .locator('img')
      .evaluateAll((elements) => elements.map((img) => img.getAttribute('loading'))),
  ).toEqual(bodyImages(illustrated).map(() => 'lazy'));
  const bodySources = await body(page)
    .locator('img')
    .evaluateAll((elements) => elements.map((img) => img.getAttribute('src')));
  const preloaded = await page.locator('link[rel="preload"][as="image"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(preloaded.filter((href) => bodySources.includes(href))).toEqual([]);
});
