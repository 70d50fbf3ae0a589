/*
 * WCAG 2.5.8 (target size, minimum): every link, button and form control a reader taps is at
 * least 24 × 24 CSS px, on a 320 px and a 390 px phone, menu open or closed. The exception the
 * criterion makes for a link inside a sentence applies only to running text (article bodies and
 * bios), where a link's height is the line's.
 */
import { expect, test, type Page } from '@playwright/test';
import { samplePages } from './helpers/pages';

const MINIMUM = 24;

/** Every visible target under 24 × 24, described as `<tag> "text" width×height`. */
function smallTargets(page: Page) {
  return page.evaluate((minimum) => {
    const inRunningText = (element: Element) => {
      if (element.tagName !== 'A' || !element.closest('.article-body, [class*="prose"]')) return false;
      const block = element.closest('p, li, td, th, dd, blockquote, figcaption');
      return !!block && (block.textContent ?? '').trim().length > (element.textContent ?? '').trim().length;
    };
    // A disabled control (a task list's checkbox) is not a target: nothing happens when it is tapped.
    return (
      [...document.querySelectorAll('a[href], button, select, textarea, input:not([type="hidden"]):not(:disabled), summary')]
        .filter((element) => element.checkVisibility({ visibilityProperty: true }))
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        // Visually hidden until focused (the skip link): 1 px boxes clipped away.
        .filter(({ box }) => box.width > 1 && box.height > 1)
        .filter(({ element }) => !inRunningText(element))
        .filter(({ box }) => box.width < minimum - 0.01 || box.height < minimum - 0.01)
        .map(
          ({ element, box }) =>
            `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().slice(0, 40)}" ${box.width.toFixed(1)}×${box.height.toFixed(1)}`,
        )
    );
  }, MINIMUM);
}

/**
 * Facts lines ("June 3, 2026 · 4 min read") never show a separator at the start of a line: a
 * fact that wraps keeps its "·" in the clipped margin. Returns the facts whose "·" is seen
 * leading a line.
 */
function strayDots(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.meta-line')].flatMap((line) => {
      const visibleLeft = line.getBoundingClientRect().left;
      const facts = [...(line.firstElementChild?.children ?? [])];
      return facts.flatMap((fact, index) => {
        const box = fact.getBoundingClientRect();
        const previous = facts[index - 1]?.getBoundingClientRect();
        const startsLine = !previous || previous.top < box.top - 1;
        const dotShows = box.left >= visibleLeft - 0.5;
        return startsLine && dotShows ? [`"${fact.textContent}" at ${box.left.toFixed(1)} (line starts at ${visibleLeft.toFixed(1)})`] : [];
      });
    }),
  );
}

for (const width of [320, 390]) {
  test.describe(`a ${width} px phone`, () => {
    test.use({ viewport: { width, height: 800 }, hasTouch: true, isMobile: true });

    test('every tap target is at least 24 × 24 px, with the menu closed and open', async ({ page }) => {
      test.slow(); // six pages, twice each
      for (const [name, path] of Object.entries(samplePages())) {
        await page.goto(path);
        if (name === 'search results') await expect(page.getByRole('region', { name: 'Search results' })).toBeVisible();
        if (name === 'empty search') await expect(page.getByRole('heading', { name: /busy topic/ })).toBeVisible();
        expect.soft(await smallTargets(page), `small targets on ${name} (${path})`).toEqual([]);

        const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
        await expect(async () => {
          await menu.click();
          await expect(menu).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 });
        }).toPass({ timeout: 10_000 });
        expect.soft(await smallTargets(page), `small targets on ${name} with the menu open`).toEqual([]);
      }
    });

    test('the date and read-time line never leaves a stray "·", however narrow', async ({ page }) => {
      for (const path of [samplePages().home, samplePages().article]) {
        await page.goto(path);
        expect(await page.locator('.meta-line').count(), `facts lines on ${path}`).toBeGreaterThan(0);
        expect.soft(await strayDots(page), `at ${width} px on ${path}`).toEqual([]);
        // Squeeze every line so each fact wraps on its own (CSSOM styles are not inline markup: the CSP allows them).
        for (const squeeze of [180, 110]) {
          await page.evaluate((px) => document.querySelectorAll<HTMLElement>('.meta-line').forEach((line) => (line.style.maxWidth = `${px}px`)), squeeze);
          expect.soft(await strayDots(page), `squeezed to ${squeeze} px on ${path}`).toEqual([]);
        }
      }
    });
  });
}
