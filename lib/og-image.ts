import type { ReactElement } from 'react';
import satori from 'satori';
import sharp from 'sharp';
import { encodeIndexedPng } from './indexed-png';
import { cjkFontsFor, socialCardFonts } from './og-fonts';

/*
 * Build-time images are drawn with Satori directly rather than through next/og: next/og hands
 * Satori a loader that fetches a Google font (or a CDN emoji picture) for every glyph the given
 * fonts lack, and offers no option to turn it off. Without a loader Satori draws such a glyph from
 * the fallback font (an empty box) and never leaves the process, whatever the text holds. Our
 * loader only hands Satori the bundled CJK slices covering the text the serif has no glyph for.
 * sharp turns the SVG into pixels, as next/og itself does when sharp is installed.
 *
 * The PNG is indexed with a palette of 16 colours, which PNG stores in four bits a pixel. These
 * images are flat colours and anti-aliased text: every flat area keeps its colour (within 5 of
 * 255), and only the edges of letters have fewer shades (98-99% of pixels are within 5 levels of
 * the true-colour drawing). Against a palette of 256 in eight bits, 40 cards of the
 * benchmark's corpus weighed 17 kB instead of 29 kB each and took 41 ms instead of 64 ms to
 * rasterise and encode (medians of three alternating rounds); true colour weighed 64 kB. The
 * palette is chosen from the image's colours counted once (lib/indexed-png.ts), not by reading
 * every pixel again: 10.5 ms of CPU a card instead of 19. Drawn cards are cached (lib/og-cache.ts).
 */

/** The SVG Satori draws for a build-time image, with the bundled fonts only. */
export function drawSvg(element: ReactElement, size: { width: number; height: number }): Promise<string> {
  return socialCardFonts().then((fonts) => satori(element, { ...size, fonts, loadAdditionalAsset: (_language, text) => cjkFontsFor(text) }));
}

/** The PNG bytes of a build-time image drawn with the bundled fonts only. */
export async function drawImage(element: ReactElement, size: { width: number; height: number }): Promise<Uint8Array<ArrayBuffer>> {
  const { data, info } = await sharp(Buffer.from(await drawSvg(element, size)))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return encodeIndexedPng(data, info);
}
