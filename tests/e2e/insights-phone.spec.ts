/*
 * /insights on a phone: chart text stays at least 11 px at 320 px, month labels do not collide,
 * tables either fit or scroll inside their box with the first column fixed and a visible cue,
 * and months read "Aug 2026" (the site's language and time zone) in charts, tables and descriptions.
 */
import { expect, type Page, test } from '@playwright/test';
import { siteConfig } from '../../site.config';
import { busiestAuthor, busiestTag, judgedMonths } from './helpers/verdicts';

const MIN_TEXT_PX = 11;

/** Rendered size of every visible piece of text in the charts and their legends and hints. */
const textSizes = (page: Page) =>
  page.locator('main').evaluate((main) => {
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).display !== 'none';
    };
    const inSvg = [...main.querySelectorAll('svg text')].filter(visible).map((text) => ({
      text: text.textContent,
      // The font size times the SVG's scale on screen: what a reader actually gets.
      px: parseFloat(getComputedStyle(text).fontSize) * (text as SVGTextElement).getScreenCTM()!.a,
    }));
    const inHtml = [...main.querySelectorAll('[data-legend] li, [data-scroll-hint], [data-scroll-table] :is(th, td)')]
      .filter(visible)
      .map((element) => ({ text: element.textContent, px: parseFloat(getComputedStyle(element).fontSize) }));
    return { inSvg, inHtml };
  });

test.describe('/insights at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('chart text is at least 11 px and month labels do not overlap', async ({ page }) => {
    await page.goto('/insights');
    const { inSvg, inHtml } = await textSizes(page);
    expect(inSvg.length, 'visible chart labels').toBeGreaterThan(1);
    expect(inSvg.filter((label) => label.px < MIN_TEXT_PX)).toEqual([]);
    expect(inHtml.filter((label) => label.px < MIN_TEXT_PX)).toEqual([]);

    const chart = page.locator('main svg[data-chart="months"]').first();
    const frame = (await chart.boundingBox())!;
    const labels = await chart
      .locator('[data-month-label]')
      .evaluateAll((texts) =>
        texts.filter((text) => getComputedStyle(text).display !== 'none').map((text) => text.getBoundingClientRect().toJSON() as DOMRect),
      );
    expect(labels.length).toBeGreaterThan(1);
    for (const [index, label] of labels.entries()) {
      expect(label.left, `label ${index} inside the chart`).toBeGreaterThanOrEqual(frame.x - 0.5);
      expect(label.right, `label ${index} inside the chart`).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
      const next = labels[index + 1];
      if (next) expect(label.right, `label ${index} clear of the next`).toBeLessThan(next.left);
    }
  });
});

test.describe('tag and author verdicts at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const [kind, subject] of [
    ['tag', busiestTag],
    ['author', busiestAuthor],
  ] as const) {
    test(`${kind} page: the figures fit the screen and the page does not scroll sideways`, async ({ page }) => {
      await page.goto(subject().path);
      const counts = page.locator('main [data-tone-section] [data-count]');
      await expect(counts).toHaveCount(4);
      for (const count of await counts.all()) {
        const box = (await count.boundingBox())!;
        expect(box.x + box.width, `${await count.textContent()} inside the screen`).toBeLessThanOrEqual(320);
        expect(box.height, 'on one line').toBeLessThan(24);
      }
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
    });
  }
});

for (const width of [320, 390]) {
  test.describe(`/insights tables at ${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    test('each table fits or scrolls in its own box with the first column fixed and a visible cue', async ({ page }) => {
      await page.goto('/insights');
      const page_ = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(page_.scroll, 'the page itself never scrolls sideways').toBeLessThanOrEqual(page_.client);
      const tables = page.locator('main [data-scroll-table]');
      expect(await tables.count()).toBeGreaterThanOrEqual(3);
      let scrolling = 0;
      for (const table of await tables.all()) {
        const region = table.getByRole('region');
        const name = await region.getAttribute('aria-label');
        const overflows = await region.evaluate((box) => box.scrollWidth > box.clientWidth + 1);
        const hint = table.locator('[data-scroll-hint]');
        if (!overflows) {
          await expect(hint, `${name}: no cue when nothing is hidden`).toBeHidden();
          continue;
        }
        scrolling += 1;
        await expect(hint, `${name}: says it scrolls`).toBeVisible();
        await expect(hint).toHaveText(/scroll sideways/i);
        // Scrolled to the end, the last column comes into view while the first stays put.
        await region.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
        const box = (await region.boundingBox())!;
        for (const cell of await region.locator('tr > :first-child').all()) {
          const cellBox = (await cell.boundingBox())!;
          expect(Math.abs(cellBox.x - box.x), `${name}: first column stays at the left edge`).toBeLessThanOrEqual(1);
        }
        const lastHeader = (await region.locator('thead th').last().boundingBox())!;
        expect(lastHeader.x + lastHeader.width, `${name}: last column reachable`).toBeLessThanOrEqual(box.x + box.width + 1);
      }
      expect(scrolling, `tables that need to scroll at ${width} px`).toBeGreaterThan(0);
    });
  });
}

test('on a desktop every table fits and no scroll cue shows', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/insights');
  for (const table of await page.locator('main [data-scroll-table]').all()) {
    expect(await table.getByRole('region').evaluate((box) => box.scrollWidth <= box.clientWidth + 1)).toBe(true);
    await expect(table.locator('[data-scroll-hint]')).toBeHidden();
  }
});

test('months read with the full year in the chart, the table and the description', async ({ page }) => {
  await page.goto('/insights');
  const label = new Intl.DateTimeFormat(siteConfig.language, { month: 'short', year: 'numeric', timeZone: siteConfig.timeZone });
  const months = judgedMonths(siteConfig.timeZone);
  expect(months.length).toBeGreaterThan(1);
  const description = await page.locator('main svg[data-chart="months"] desc').first().textContent();
  for (const month of months) {
    const expected = label.format(new Date(`${month}-15T12:00:00Z`));
    expect(expected, 'the label carries the year in full').toContain(month.slice(0, 4));
    await expect(page.locator(`main tr[data-month="${month}"] > th`)).toHaveText(expected);
    expect(description).toContain(`${expected}: `);
  }
  const shown = await page.locator('main svg[data-chart="months"] [data-month-label]').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  for (const text of shown) expect(text).toMatch(/\b\d{4}\b/);
});
