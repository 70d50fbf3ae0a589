import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { METHODOLOGY_PATH, publishedTagSlugs, signedVerdicts, trustAuthors, trustPages } from './helpers/trust';
import { tagSlug } from './helpers/content';

const verdicts = signedVerdicts();
const authors = trustAuthors();
const pages = trustPages();
const authorNamed = (slug: string) => authors.find((author) => author.slug === slug)!;
const hasMethodology = pages.some((page) => page.path === METHODOLOGY_PATH);
if (verdicts.length === 0 || pages.length === 0) throw new Error('the content needs a published verdict and a trust page');

/** The UTC calendar day the site prints ("11 April 2026"). */
const longDate = (date: Date) => new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date);

async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
    [],
  );
}

test('every verdict is signed by its analyst, dated, and links to the methodology', async ({ page }) => {
  // Dozens of article pages in one test (about 25 s alone): it outran the 60 s timeout on a loaded machine.
  // One test a verdict took four times as long in all, each opening its own page.
  test.slow();
  for (const { article, analyst, date } of verdicts) {
    await page.goto(`/articles/${article.slug}`, { waitUntil: 'domcontentloaded' });
    const signature = page.getByRole('complementary', { name: 'Analyst comment' }).locator('[data-verdict-signature]');
    const { name } = authorNamed(analyst);
    await expect.soft(signature, article.slug).toContainText(`Verdict by ${name}, ${longDate(date)}`);
    await expect.soft(signature.getByRole('link', { name, exact: true }), article.slug).toHaveAttribute('href', `/authors/${analyst}`);
    await expect.soft(signature.locator('time'), article.slug).toHaveAttribute('datetime', date.toISOString());
    const methodology = signature.getByRole('link', { name: 'How we rate the news' });
    if (hasMethodology) await expect.soft(methodology, article.slug).toHaveAttribute('href', METHODOLOGY_PATH);
    else await expect.soft(methodology, article.slug).toHaveCount(0);
  }
});

test('a verdict signed by someone outside the byline, on a later day, names them and that day', async ({ page }) => {
  const signedLater = verdicts.find(({ article, analyst, date }) => !article.authors.includes(analyst) && date.getTime() !== article.date.getTime());
  test.skip(!signedLater, 'the content has no verdict signed by a colleague on a later day');
  const { article, analyst, date } = signedLater!;
  await page.goto(`/articles/${article.slug}`);
  const signature = page.locator('[data-verdict-signature]');
  await expect(signature).toHaveText(new RegExp(`^Verdict by ${authorNamed(analyst).name}, ${longDate(date)}`));
  await signature.getByRole('link', { name: authorNamed(analyst).name }).click();
  await expect(page).toHaveURL(new RegExp(`/authors/${analyst}$`));
  await expect(page.locator('[data-analyst-verdicts]').getByRole('link', { name: article.title, exact: true })).toHaveAttribute(
    'href',
    `/articles/${article.slug}`,
  );
});

test('analyst pages list their verdicts and show their labels and beats', async ({ page }) => {
  const tagPages = publishedTagSlugs();
  for (const author of authors) {
    await page.goto(`/authors/${author.slug}`, { waitUntil: 'domcontentloaded' });
    const signed = verdicts.filter((verdict) => verdict.analyst === author.slug);
    const list = page.locator('[data-analyst-verdicts]');
    if (signed.length === 0) await expect.soft(list, author.slug).toHaveCount(0);
    for (const { article } of signed.slice(0, 20)) {
      await expect
        .soft(list.getByRole('link', { name: article.title, exact: true }), `${author.slug}: ${article.slug}`)
        .toHaveAttribute('href', `/articles/${article.slug}`);
    }
    const labels = page.locator('main [data-author-labels]');
    const expected = [...(author.analyst ? ['Analyst'] : []), ...(author.status ? [author.status === 'guest' ? 'Guest contributor' : 'Former staff'] : [])];
    if (expected.length === 0) await expect.soft(labels, author.slug).toHaveCount(0);
    else await expect.soft(labels, author.slug).toHaveText(expected.join(''));
    for (const beat of author.beats) {
      const beats = page.getByRole('region', { name: 'Beats' });
      const link = beats.getByRole('link', { name: beat });
      if (tagPages.has(tagSlug(beat))) await expect.soft(link, `${author.slug}: ${beat}`).toHaveAttribute('href', `/tags/${encodeURIComponent(tagSlug(beat))}`);
      else await expect.soft(beats.getByText(beat, { exact: true }), `${author.slug}: ${beat} as text`).toBeVisible();
    }
  }
});

test("article pages name each author's Mastodon account in fediverse:creator", async ({ page }) => {
  const withAccount = verdicts.map(({ article }) => article).find((article) => article.authors.some((slug) => authorNamed(slug).mastodon));
  test.skip(!withAccount, 'no published article has an author with a Mastodon account');
  await page.goto(`/articles/${withAccount!.slug}`);
  const handles = withAccount!.authors.flatMap((slug) => {
    const link = authorNamed(slug).mastodon;
    if (!link) return [];
    const url = /^https:\/\/([^/]+)\/@([^/]+)\/?$/.exec(link);
    return [url ? `@${url[2]}@${url[1]}` : `@${link.replace(/^@/, '')}`];
  });
  await expect(page.locator('meta[name="fediverse:creator"]')).toHaveCount(handles.length);
  expect(await page.locator('meta[name="fediverse:creator"]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content')))).toEqual(handles);
});

test.describe('trust pages', () => {
  const everyPage = [{ title: undefined, path: '/about', hasMasthead: false }, ...pages.filter((page) => page.path !== '/about')];

  for (const trustPage of everyPage) {
    test(`${trustPage.path}: its heading, no serious axe violations, and a footer link reached with the keyboard`, async ({ page }) => {
      const response = await page.goto(trustPage.path);
      expect(response?.status()).toBe(200);
      const own = pages.find((candidate) => candidate.path === trustPage.path);
      if (own) await expect(page.getByRole('heading', { level: 1 })).toHaveText(own.title);
      await expectNoSeriousAxeViolations(page);

      // The footer links every page; Tab reaches this one's link.
      const footer = page.getByRole('navigation', { name: /^About / });
      await expect(footer.locator(`a[href="${trustPage.path}"]`)).toHaveCount(1);
      await page.locator('body').focus();
      let reached = false;
      for (let presses = 0; presses < 200 && !reached; presses++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(
          (path) => document.activeElement?.closest('footer') !== null && document.activeElement?.getAttribute('href') === path,
          trustPage.path,
        );
      }
      expect(reached, `Tab reaches the footer link to ${trustPage.path}`).toBe(true);
    });
  }

  test('/about lists every other page', async ({ page }) => {
    await page.goto('/about');
    for (const other of pages.filter((candidate) => candidate.path !== '/about')) {
      await expect(page.getByRole('region', { name: /^More about / }).getByRole('link', { name: other.title, exact: true })).toHaveAttribute(
        'href',
        other.path,
      );
    }
  });

  test('the masthead lists current staff and guests from the author files, and no former staff', async ({ page }) => {
    const masthead = pages.find((candidate) => candidate.hasMasthead);
    test.skip(!masthead, 'no page holds <Masthead />');
    await page.goto(masthead!.path);
    const list = page.locator('[data-masthead-list]');
    for (const author of authors) {
      const link = list.getByRole('link', { name: author.name, exact: true });
      if (author.status === 'former') await expect.soft(link, author.slug).toHaveCount(0);
      else await expect.soft(link, author.slug).toHaveAttribute('href', `/authors/${author.slug}`);
    }
  });

  test('the sitemap lists /about and every page', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    for (const path of everyPage.map((trustPage) => trustPage.path)) expect(sitemap, path).toContain(`${path}</loc>`);
  });
});
