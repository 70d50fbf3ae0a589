import type { ReactElement } from 'react';
import satori from 'satori';
import sharp from 'sharp';
import { cjkFontsFor, socialCardFonts } from './og-fonts';

/*
 * Build-time images are drawn with Satori directly rather than through next/og: next/og hands
 * Satori a loader that fetches a Google font (or a CDN emoji picture) for every glyph the given
 * fonts lack, and offers no option to turn it off. Without a loader Satori draws such a glyph from
 * the fallback font (an empty box) and never leaves the process, whatever the text holds. Our
 * loader only hands Satori the bundled CJK slices covering the text the serif has no glyph for.
 * sharp turns the SVG into PNG, as next/og itself does when sharp is installed.
 *
 * The PNG is indexed (a palette of at most 256 colours). These images are flat colours and
 * anti-aliased text, so no pixel moves by more than 5 of 255, and a share card weighs 29 kB
 * instead of 64 kB (out/ held 233 kB per article at 1,000 articles). Quantising costs 7-19 ms a
 * card on top of 18-23 ms of rasterising and encoding, paid once a card: drawn cards are cached
 * (lib/og-cache.ts). Effort 1 without dithering, which flat colours do not need, is the cheapest.
 */
const INDEXED_PNG = { palette: true, quality: 100, effort: 1, dither: 0 } as const;

/** The SVG Satori draws for a build-time image, with the bundled fonts only. */
export function drawSvg(element: ReactElement, size: { width: number; height: number }): Promise<string> {
  return socialCardFonts().then((fonts) => satori(element, { ...size, fonts, loadAdditionalAsset: (_language, text) => cjkFontsFor(text) }));
}

/** The PNG bytes of a build-time image drawn with the bundled fonts only. */
export async function drawImage(element: ReactElement, size: { width: number; height: number }): Promise<Uint8Array<ArrayBuffer>> {
  const png = await sharp(Buffer.from(await drawSvg(element, size)))
    .png(INDEXED_PNG)
    .toBuffer();
  return new Uint8Array(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength)) as Uint8Array<ArrayBuffer>;
}
