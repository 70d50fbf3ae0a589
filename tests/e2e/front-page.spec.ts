import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { listingPages, publishedArticles, tagSlug } from './helpers/content';
import { expectedLead, expectedPicks, FRONT, firstPage } from './helpers/front-page';
import { cardSlugs } from './helpers/listing';

const published = publishedArticles();
const lead = expectedLead(published)!;
const picks = expectedPicks(published);
if (!lead?.image) throw new Error('the content needs a published story with a lead image to lead the front page');

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } };

const slugOf = (href: string | null) => decodeURIComponent((href ?? '').replace(/^\/articles\//, ''));
/** Story links of one front-page region, top to bottom, from the links in their headings. */
const headlineSlugs = async (page: Page, selector: string) =>
  (await page.locator(`${selector} :is(h2, h3) > a[href^="/articles/"]`).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).map(slugOf);

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`front page on a ${device}`, () => {
    test.use({ viewport });

    test('lead, secondary row, picks, river and sections, each story once', async ({ page }) => {
      await page.goto('/');
      const leadBlock = page.locator('[data-front="lead"]');
      expect(await headlineSlugs(page, '[data-front="lead"]'), 'the lead').toEqual([lead.slug]);
      await expect(leadBlock.getByRole('heading', { level: 2 })).toHaveText(lead.title);
      if (lead.summary) await expect(leadBlock).toContainText(lead.summary);
      if (lead.comment) await expect(leadBlock.locator(`a[href="/sentiment/${lead.comment.sentiment}"]`)).toBeVisible();
      const leadImage = leadBlock.locator('img');
      await expect(leadImage).toHaveAttribute('src', lead.image!);
      for (const size of ['width', 'height']) await expect(leadImage).toHaveAttribute(size, /^[1-9]\d*$/);

      const secondary = await headlineSlugs(page, '[data-front="secondary"]');
      expect(secondary.length).toBeLessThanOrEqual(FRONT.secondaryStories);
      for (const thumbnail of await page.locator('[data-front="secondary"] img').all()) {
        for (const size of ['width', 'height']) await expect(thumbnail).toHaveAttribute(size, /^[1-9]\d*$/);
      }

      const picked = await headlineSlugs(page, '[data-front="picks"]');
      expect(picked, "Editor's picks, by rank").toEqual(picks.map((a) => a.slug));
      if (picks.length > 0) await expect(page.getByRole('heading', { name: 'Editor’s picks' })).toBeVisible();

      const river = await headlineSlugs(page, '[data-front="river"]');
      const sectionBlocks = await page.locator('[data-front="section"]').all();
      const sectioned: string[] = [];
      for (const block of sectionBlocks) {
        const tag = (await block.getAttribute('data-tag'))!;
        await expect(block.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute('href', `/tags/${encodeURIComponent(tag)}`);
        const stories = (await block.locator(':is(h3) > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).map(slugOf);
        expect(stories.length, `section ${tag}`).toBeGreaterThan(0);
        expect(stories.length).toBeLessThanOrEqual(FRONT.storiesPerSection);
        for (const slug of stories) expect(published.find((a) => a.slug === slug)!.tags.map(tagSlug), `${slug} in section ${tag}`).toContain(tag);
        sectioned.push(...stories);
      }
      if (FRONT.sections.length === 0) expect(sectionBlocks.length).toBeLessThanOrEqual(FRONT.busiestSections);

      const everything = [lead.slug, ...secondary, ...picked, ...river, ...sectioned];
      expect(everything, 'no story twice').toEqual([...new Set(everything)]);
      for (const story of firstPage(published)) expect(everything, `${story.slug} of the first page`).toContain(story.slug);
      // The river is the first page less what sits above it, newest first.
      expect(river).toEqual(
        firstPage(published)
          .map((a) => a.slug)
          .filter((slug) => !everything.slice(0, 1 + secondary.length + picked.length).includes(slug)),
      );
    });

    test('the lead headline is the largest, and the lead starts near the top', async ({ page }) => {
      await page.goto('/');
      const sizes = await page
        .locator('main :is(h2, h3)')
        .evaluateAll((headings) => headings.map((h) => ({ lead: h.closest('[data-front="lead"]') !== null, size: parseFloat(getComputedStyle(h).fontSize) })));
      const leadSize = sizes.find((s) => s.lead)!.size;
      for (const { size } of sizes.filter((s) => !s.lead)) expect(size).toBeLessThan(leadSize);
      const box = (await page.locator('[data-front="lead"]').boundingBox())!;
      expect(box.y, 'the lead begins in the first screen').toBeLessThan(viewport.height / 3);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(viewport.width);
      if (picks.length > 0) {
        const picksBox = (await page.locator('[data-front="picks"]').boundingBox())!;
        if (device === 'desktop') expect(picksBox.x, 'picks beside the lead').toBeGreaterThan(box.x + box.width);
        else expect(picksBox.y, 'picks below the lead').toBeGreaterThan(box.y + box.height);
      }
    });

    test('no serious or critical axe violations, light and dark', async ({ browser, baseURL }) => {
      test.slow(); // two axe runs
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ baseURL, viewport, colorScheme });
        const page = await context.newPage();
        await page.goto('/');
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(
          violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`),
          colorScheme,
        ).toEqual([]);
        await context.close();
      }
    });
  });
}

test('images below the lead are reserved in the layout: nothing shifts as they load', async ({ page }) => {
  await page.goto('/');
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 1000);
      }),
  );
  expect(shift).toBeLessThan(0.01);
});

test('every archive page stays the plain river', async ({ page }) => {
  const archive = listingPages('/', published)[1];
  test.skip(!archive, 'the content fits on the landing page');
  await page.goto(archive!.path);
  await expect(page.locator('[data-front]')).toHaveCount(0);
  expect(await cardSlugs(page)).toEqual(archive!.items.map((a) => a.slug));
});
