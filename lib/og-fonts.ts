import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/*
 * Fonts for build-time images, all read from npm packages: the cards are drawn without any
 * network (see lib/og-image.ts), so a script has glyphs only if a font here covers it.
 *
 * - Source Serif 4, the site's type, in every subset it has (Latin with its extensions,
 *   Vietnamese, Greek, Cyrillic);
 * - Noto Serif SC for CJK: Chinese (simplified and most traditional characters), Japanese kana
 *   and CJK punctuation, matched to the serif. @fontsource splits it into ~100 WOFF slices per
 *   weight, 6 MB a weight; they are all read, as a card may need any of them.
 *
 * Satori keeps one font per family name and weight, so every file gets a name of its own; the
 * cards ask for "Source Serif 4" and the others are fallbacks, tried in this order. The paths are
 * built at run time so the bundler leaves the files alone.
 */
const WEIGHTS = [400, 700] as const;
type Weight = (typeof WEIGHTS)[number];

const fontsourceFile = (family: string, file: string) => join(process.cwd(), 'node_modules', '@fontsource', family, 'files', file);

/** The family name the cards' styles use; its Latin file is tried first. */
export const CARD_FONT_FAMILY = 'Source Serif 4';

const SERIF_SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'cyrillic', 'cyrillic-ext'];
const serifFaces = SERIF_SUBSETS.map((subset, index) => ({
  name: index === 0 ? CARD_FONT_FAMILY : `${CARD_FONT_FAMILY} ${subset}`,
  file: (weight: Weight) => fontsourceFile('source-serif-4', `source-serif-4-${subset}-${weight}-normal.woff`),
}));

/*
 * The package's own list of slices ("[0]" … "[119]") names the files; the Latin, Cyrillic and
 * Vietnamese subsets it also carries are left out, as Source Serif draws those.
 */
const cjkSlices = () =>
  Object.keys(JSON.parse(readFileSync(join(process.cwd(), 'node_modules', '@fontsource', 'noto-serif-sc', 'unicode.json'), 'utf8')))
    .map((key) => /^\[(\d+)\]$/.exec(key)?.[1])
    .filter((slice): slice is string => slice !== undefined);

const cjkFaces = () =>
  cjkSlices().map((slice) => ({
    name: `Noto Serif SC ${slice}`,
    file: (weight: Weight) => fontsourceFile('noto-serif-sc', `noto-serif-sc-${slice}-${weight}-normal.woff`),
  }));

let faces: { name: string; file: (weight: Weight) => string }[] | undefined;
const allFaces = () => (faces ??= [...serifFaces, ...cjkFaces()]);

/** Every font file a card can be drawn with, for the card cache's fingerprint. */
export const socialCardFontFiles = () => allFaces().flatMap((face) => WEIGHTS.map((weight) => face.file(weight)));

async function loadFonts() {
  return Promise.all(
    allFaces().flatMap((face) =>
      WEIGHTS.map(async (weight) => ({ name: face.name, data: await readFile(face.file(weight)), weight, style: 'normal' as const })),
    ),
  );
}

let fonts: ReturnType<typeof loadFonts> | undefined;

/*
 * The same array every time: Satori keeps parsed fonts per array object, and parsing them again
 * for every card made a card cost three times as much (measured: 113 ms of CPU against 35 ms).
 */
export function socialCardFonts() {
  fonts ??= loadFonts();
  return fonts;
}
