/*
 * Every colour convention in app/sentiment-colors.css, in both themes, checked with the palette
 * maths: chart marks 3:1 on the page and apart in each colour-vision simulation, badge text 4.5:1,
 * and each convention true to its name.
 */
import { readFileSync } from 'node:fs';
import { converter } from 'culori';
import { describe, expect, it } from 'vitest';
import { contrastRatio, MIN_TEXT_CONTRAST, paletteProblems } from '@/lib/sentiment-palette';
import { SENTIMENT_COLOR_CONVENTIONS, SENTIMENTS } from '@/lib/sentiment';

const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];
type Tokens = Record<string, Record<Theme, string>>;

const css = (file: string) => readFileSync(new URL(`../../app/${file}`, import.meta.url), 'utf8');

/** `--color-NAME: light-dark(#light, #dark);` declarations of one block of CSS. */
function tokens(block: string): Tokens {
  const found: Tokens = {};
  for (const [, name, light, dark] of block.matchAll(/--color-([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\);/gi)) {
    found[name!] = { light: light!, dark: dark! };
  }
  return found;
}

const blockAfter = (source: string, opener: string) => {
  const start = source.indexOf(opener);
  if (start < 0) throw new Error(`no block "${opener}"`);
  return source.slice(start, source.indexOf('}', start));
};

const sentimentCss = css('sentiment-colors.css');
const page = tokens(blockAfter(css('globals.css'), '@theme {'));
const western = tokens(blockAfter(sentimentCss, '@theme {'));
/** A convention's tokens: western's, overridden by the convention's own block. */
const convention = (name: string): Tokens =>
  name === 'western' ? western : { ...western, ...tokens(blockAfter(sentimentCss, `:root[data-sentiment-colors='${name}'] {`)) };

const oklch = converter('oklch');
const looksRed = (colour: string) => {
  const { c, h = 0 } = oklch(colour)!;
  return c > 0.05 && (h < 45 || h > 345);
};
const looksGreen = (colour: string) => {
  const { c, h = 0 } = oklch(colour)!;
  return c > 0.05 && h >= 120 && h <= 200;
};

describe('verdict colours', () => {
  it('define ink, wash and mark for every verdict in the default set', () => {
    expect(Object.keys(western).sort()).toEqual(SENTIMENTS.flatMap((s) => [`${s}-ink`, `${s}-mark`, `${s}-wash`]).sort());
  });

  for (const name of SENTIMENT_COLOR_CONVENTIONS) {
    for (const theme of THEMES) {
      const colours = convention(name);
      const backgrounds = { paper: page.paper![theme], surface: page.surface![theme] };

      it(`${name}, ${theme}: chart marks stand out from the page and from each other in every simulation`, () => {
        const marks = Object.fromEntries(SENTIMENTS.map((s) => [s, colours[`${s}-mark`]![theme]]));
        expect(paletteProblems({ marks, backgrounds })).toEqual([]);
      });

      it(`${name}, ${theme}: badge text is readable on its wash and on the page`, () => {
        for (const s of SENTIMENTS) {
          const ink = colours[`${s}-ink`]![theme];
          expect(contrastRatio(ink, colours[`${s}-wash`]![theme]), `${s} ink on wash`).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
          expect(contrastRatio(ink, backgrounds.paper), `${s} ink on paper`).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
        }
      });
    }
  }

  it('western: green is positive and red negative; east-asian: the other way round', () => {
    for (const theme of THEMES) {
      for (const token of ['mark', 'ink']) {
        expect(looksGreen(western[`positive-${token}`]![theme]), `western positive ${token}`).toBe(true);
        expect(looksRed(western[`negative-${token}`]![theme]), `western negative ${token}`).toBe(true);
        const eastAsian = convention('east-asian');
        expect(looksRed(eastAsian[`positive-${token}`]![theme]), `east-asian positive ${token}`).toBe(true);
        expect(looksGreen(eastAsian[`negative-${token}`]![theme]), `east-asian negative ${token}`).toBe(true);
      }
    }
  });

  it('neutral: no verdict colour is red or green', () => {
    const neutral = convention('neutral');
    const reddish = Object.entries(neutral).flatMap(([token, pair]) =>
      THEMES.filter((t) => looksRed(pair[t]) || looksGreen(pair[t])).map((t) => `${token} ${t} ${pair[t]}`),
    );
    expect(reddish).toEqual([]);
  });
});
