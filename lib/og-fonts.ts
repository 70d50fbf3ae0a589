import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/*
 * Fonts for build-time images. Satori (behind next/og) needs the font files themselves and reads
 * WOFF but not WOFF2, so they come from the @fontsource package rather than the network. The
 * path is built at run time so the bundler leaves the files alone.
 */
const fontFile = (weight: 400 | 700) =>
  join(process.cwd(), 'node_modules', '@fontsource', 'source-serif-4', 'files', `source-serif-4-latin-${weight}-normal.woff`);

export const SOCIAL_CARD_FONT_FILES = [fontFile(400), fontFile(700)];

async function loadFonts() {
  const [regular, bold] = await Promise.all([readFile(fontFile(400)), readFile(fontFile(700))]);
  return [
    { name: 'Source Serif 4', data: regular, weight: 400 as const, style: 'normal' as const },
    { name: 'Source Serif 4', data: bold, weight: 700 as const, style: 'normal' as const },
  ];
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
