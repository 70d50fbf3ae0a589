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
 *   and CJK punctuation, matched to the serif. @fontsource splits it into ~120 WOFF slices per
 *   weight, 6 MB a weight; a card reads only the slices its text needs (cjkFontsFor).
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
 * The package's own list of slices ("[0]" … "[119]", each with the characters it covers) names
 * the files; the Latin, Cyrillic and Vietnamese subsets it also carries are left out, as Source
 * Serif draws those.
 */
interface Face {
  name: string;
  file: (weight: Weight) => string;
}

interface CjkSlice extends Face {
  /** The code point ranges the slice was cut for, as its CSS unicode-range gives them. */
  ranges: Array<[number, number]>;
}

const parseRanges = (unicodeRange: string): Array<[number, number]> =>
  unicodeRange.split(',').map((range) => {
    const [first, last = first] = range.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(first!, 16), parseInt(last!, 16)];
  });

let slices: CjkSlice[] | undefined;
const cjkSlices = (): CjkSlice[] =>
  (slices ??= Object.entries(
    JSON.parse(readFileSync(join(process.cwd(), 'node_modules', '@fontsource', 'noto-serif-sc', 'unicode.json'), 'utf8')) as Record<string, string>,
  ).flatMap(([key, unicodeRange]) => {
    const slice = /^\[(\d+)\]$/.exec(key)?.[1];
    if (slice === undefined) return [];
    const file = (weight: Weight) => fontsourceFile('noto-serif-sc', `noto-serif-sc-${slice}-${weight}-normal.woff`);
    return [{ name: `Noto Serif SC ${slice}`, file, ranges: parseRanges(unicodeRange) }];
  }));

/** Every font file a card can be drawn with, for the card cache's fingerprint. */
export const socialCardFontFiles = () => [...serifFaces, ...cjkSlices()].flatMap((face) => WEIGHTS.map((weight) => face.file(weight)));

const loadFaces = (faces: readonly Face[]) =>
  Promise.all(
    faces.flatMap((face) => WEIGHTS.map(async (weight) => ({ name: face.name, data: await readFile(face.file(weight)), weight, style: 'normal' as const }))),
  );

let serifFonts: ReturnType<typeof loadFaces> | undefined;
let everyFont: ReturnType<typeof loadFaces> | undefined;

/*
 * The same array every time: Satori keeps parsed fonts per array object, and parsing them again
 * for every card made a card cost three times as much (measured: 113 ms of CPU against 35 ms).
 * Only the serif's files: parsing the 240 CJK slices (12 MB) as well made a worker's first card
 * cost a second more, and most cards need none of them (see cjkFontsFor).
 */
export function socialCardFonts() {
  serifFonts ??= loadFaces(serifFaces);
  return serifFonts;
}

/** The serif and every CJK slice: what a card could ever be drawn with (tests compare against it). */
export function everySocialCardFont() {
  everyFont ??= loadFaces([...serifFaces, ...cjkSlices()]);
  return everyFont;
}

const loadedSlices = new Map<CjkSlice, ReturnType<typeof loadFaces>>();

/**
 * The CJK slices covering any character of `text`, in the package's order: Satori asks for them
 * (its loadAdditionalAsset) with the text the serif lacks a glyph for, as a browser picks slices
 * by their unicode-range. A character no slice covers is drawn as the serif's empty box.
 */
export async function cjkFontsFor(text: string) {
  const codePoints = [...text].map((character) => character.codePointAt(0)!);
  const covering = cjkSlices().filter((slice) => codePoints.some((point) => slice.ranges.some(([first, last]) => point >= first && point <= last)));
  const fonts = await Promise.all(covering.map((slice) => loadedSlices.get(slice) ?? loadedSlices.set(slice, loadFaces([slice])).get(slice)!));
  return fonts.flat();
}
