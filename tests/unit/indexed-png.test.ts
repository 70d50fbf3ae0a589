import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeIndexedPng } from '@/lib/indexed-png';

/** An image from a function of (x, y) to RGBA. */
function image(width: number, height: number, colourAt: (x: number, y: number) => [number, number, number, number]) {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rgba.set(colourAt(x, y), (y * width + x) * 4);
  return { rgba, size: { width, height } };
}

/** What any PNG decoder reads back (sharp's is libspng's): RGBA pixels, and the file's header fields. */
async function decode(png: Uint8Array) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { pixels: new Uint8Array(data), width: info.width, height: info.height, bitDepth: png[24], colourType: png[25] };
}

const PAPER: [number, number, number, number] = [253, 252, 250, 255];
const INK: [number, number, number, number] = [23, 24, 26, 255];
const ACCENT: [number, number, number, number] = [163, 20, 28, 255];

describe('indexed PNG encoding', () => {
  it('keeps the colour of every area exactly, and of a lone pixel nearly, at four bits a pixel', async () => {
    // Odd width: the last byte of each row holds one pixel. A one-pixel rule fills an area; dots of ink and a green one do not.
    const dot = (x: number, y: number) => x === 7 && y === 3;
    const { rgba, size } = image(121, 37, (x, y) => (y === 20 ? ACCENT : dot(x, y) ? [0, 128, 0, 255] : (x + y) % 5 === 0 ? INK : PAPER));
    const decoded = await decode(await encodeIndexedPng(rgba, size));
    expect(decoded).toMatchObject({ width: 121, height: 37, bitDepth: 4, colourType: 3 });
    for (let y = 0; y < 37; y++) {
      for (let x = 0; x < 121; x++) {
        const at = (y * 121 + x) * 4;
        const [original, read] = [rgba.subarray(at, at + 4), decoded.pixels.subarray(at, at + 4)];
        if (y === 20 || (x + y) % 5 !== 0) expect(read).toEqual(original);
        else expect(Math.max(...[0, 1, 2, 3].map((channel) => Math.abs(read[channel]! - original[channel]!)))).toBeLessThanOrEqual(2);
      }
    }
  });

  it('keeps transparency in the palette', async () => {
    const { rgba, size } = image(10, 10, (x) => (x < 5 ? [0, 0, 0, 0] : [200, 10, 10, 128])); // two areas
    expect((await decode(await encodeIndexedPng(rgba, size))).pixels).toEqual(rgba);
  });

  it('maps an image of many shades to 16 colours, each pixel near its own', async () => {
    // A grey ramp of 256 shades and a flat band: the band keeps its colour, each shade moves little.
    const { rgba, size } = image(256, 40, (x, y) => (y < 10 ? ACCENT : [x, x, x, 255]));
    const { pixels } = await decode(await encodeIndexedPng(rgba, size));
    const colours = new Set<string>();
    let worst = 0;
    for (let at = 0; at < pixels.length; at += 4) {
      colours.add(pixels.subarray(at, at + 4).join());
      for (let channel = 0; channel < 3; channel++) worst = Math.max(worst, Math.abs(pixels[at + channel]! - rgba[at + channel]!));
    }
    expect(colours.size).toBeLessThanOrEqual(16);
    expect(colours.size).toBeGreaterThan(8);
    expect(pixels.subarray(0, 4)).toEqual(Uint8Array.from(ACCENT));
    expect(worst).toBeLessThanOrEqual(16); // 256 shades in 15 entries: about 8 levels either side
  });

  it('writes the same bytes for the same pixels, and reads bytes that do not start on a four-byte boundary', async () => {
    const { rgba, size } = image(33, 9, (x, y) => ((x * y) % 3 === 0 ? INK : PAPER));
    const shifted = new Uint8Array(rgba.length + 1);
    shifted.set(rgba, 1);
    const first = await encodeIndexedPng(rgba, size);
    expect(await encodeIndexedPng(rgba.slice(), size)).toEqual(first);
    expect(await encodeIndexedPng(shifted.subarray(1), size)).toEqual(first);
  });

  it('refuses pixels that do not fill the size given', async () => {
    await expect(encodeIndexedPng(new Uint8Array(10), { width: 2, height: 2 })).rejects.toThrow('expected 16 bytes of RGBA for 2×2, got 10');
  });
});
