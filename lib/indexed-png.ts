import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/*
 * A drawn image (RGBA pixels) as a PNG with a palette of 16 colours, four bits a pixel.
 *
 * sharp writes such PNGs itself, but on a share card most of its 19 ms went on libimagequant
 * reading all 756,000 pixels, where a card has a few hundred distinct colours, nearly all of them
 * in long runs of paper. Here the image is read once, as runs of one colour; libimagequant chooses
 * the palette from one pixel of each colour for every SAMPLE_SHARE of its pixels (at least one: a
 * thin rule or a small badge is never left out of the sample); each colour that fills areas then
 * takes the entry nearest to it, exactly; every colour is mapped to its nearest entry, and the rows,
 * written a run at a time, are compressed with zlib at the level sharp uses.
 *
 * A sample loses what libimagequant reads from a pixel's neighbours (it favours flat areas over
 * the edges of letters), so the colours of areas are not left to it: pinning them keeps them.
 * Against sharp's encoding: on 15 cards of varied titles, scripts and verdicts no pixel of a flat
 * area moved by more than 5 levels (sharp's moved up to 456 on one card); on 25, the worst card
 * kept 98.6% of its pixels within 5 levels of the true-colour drawing (98.2%), the worst pixel
 * was 50 levels off (61), and the files weighed 1% less. Encoding took 10.5 ms of CPU a card
 * against 19-20; the card step at 1,000 articles 38.0 s of CPU against 44.7 (medians of three
 * alternating runs).
 * Pixels never enter JavaScript in sharp's encoding; here a card's 3 MB of them do, so nothing
 * else of that size is allocated a card (a 1.5 MB array of colour numbers made V8 collect its
 * whole heap every few cards, which cost what the rest saved).
 */

/** Entries of the palette: four bits a pixel. */
const PALETTE_SIZE = 16;

/** How many pixels of a colour libimagequant sees one of. */
const SAMPLE_SHARE = 32;

/** A colour fills an area when this share of the image's pixels have it on both sides (a run of three or more). */
const AREA_SHARE = 1 / 10_000;

/** zlib's level for the image rows: the level sharp (libpng) writes PNGs with by default. */
const COMPRESSION_LEVEL = 6;

const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const BIT_DEPTH = 4;
const COLOUR_TYPE_INDEXED = 3;

interface Size {
  width: number;
  height: number;
}

/** The distinct colours of an image, numbered in first-seen order, and the image as runs of one colour within a row. */
interface Colours {
  /** The colour as the four RGBA bytes read as one number (only compared, never taken apart). */
  value: number[];
  /** A pixel that has the colour, where its bytes can be read. */
  firstPixel: number[];
  pixels: number[];
  /** Pixels with the colour on both sides in their row. */
  inAreas: number[];
  /** Each run's colour number and where it ends (the pixel after its last); a row ends a run. */
  runColour: number[];
  runEnd: number[];
}

/** The PNG of `rgba` (four bytes a pixel, rows top to bottom) in 16 colours or fewer. */
export async function encodeIndexedPng(rgba: Uint8Array, { width, height }: Size): Promise<Uint8Array<ArrayBuffer>> {
  if (rgba.length !== width * height * 4) throw new RangeError(`expected ${width * height * 4} bytes of RGBA for ${width}×${height}, got ${rgba.length}`);
  // One 32-bit number a pixel: a copy when the bytes do not start on a four-byte boundary.
  const bytes = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const colours = countColours(new Uint32Array(bytes.buffer, bytes.byteOffset, width * height), { width, height });
  const colourBytes = (number: number) => bytes.subarray(colours.firstPixel[number]! * 4, colours.firstPixel[number]! * 4 + 4);
  const palette = await choosePalette(colours);
  pinAreaColours(palette, colours, colourBytes, width * height);
  const paletteIndex = Uint8Array.from(colours.value, (_, number) => nearestEntry(colourBytes(number), palette)!);
  return png({ width, height }, palette, packRows({ width, height }, colours, paletteIndex));
}

function countColours(pixels: Uint32Array, { width, height }: Size): Colours {
  const numberOf = new Map<number, number>();
  const colours: Colours = { value: [], firstPixel: [], pixels: [], inAreas: [], runColour: [], runEnd: [] };
  for (let rowEnd = width; rowEnd <= width * height; rowEnd += width) {
    for (let start = rowEnd - width; start < rowEnd;) {
      const value = pixels[start]!;
      let end = start + 1;
      while (end < rowEnd && pixels[end] === value) end += 1;
      let number = numberOf.get(value);
      if (number === undefined) {
        number = colours.value.length;
        numberOf.set(value, number);
        colours.value.push(value);
        colours.firstPixel.push(start);
        colours.pixels.push(0);
        colours.inAreas.push(0);
      }
      colours.pixels[number]! += end - start;
      colours.inAreas[number]! += Math.max(0, end - start - 2);
      colours.runColour.push(number);
      colours.runEnd.push(end);
      start = end;
    }
  }
  return colours;
}

/** libimagequant's palette for the colours, each weighted by its share of the pixels: RGBA bytes, four an entry. */
async function choosePalette({ value, pixels }: Colours): Promise<Uint8Array> {
  const weights = pixels.map((count) => Math.ceil(count / SAMPLE_SHARE));
  const sample = new Uint32Array(weights.reduce((sum, weight) => sum + weight, 0));
  let at = 0;
  value.forEach((colour, number) => {
    sample.fill(colour, at, at + weights[number]!);
    at += weights[number]!;
  });
  const quantised = await sharp(new Uint8Array(sample.buffer), { raw: { width: sample.length, height: 1, channels: 4 } })
    .png({ palette: true, colours: PALETTE_SIZE, quality: 100, effort: 1, dither: 0, compressionLevel: 0 })
    .toBuffer();
  return paletteOf(quantised);
}

/** Each colour that fills areas, the widest first, replaces the nearest entry no wider colour has taken. */
function pinAreaColours(palette: Uint8Array, { inAreas }: Colours, colourBytes: (number: number) => Uint8Array, pixelCount: number) {
  const areaColours = inAreas.flatMap((count, number) => (count >= pixelCount * AREA_SHARE ? [number] : [])).sort((a, b) => inAreas[b]! - inAreas[a]!);
  const pinned = new Set<number>();
  for (const number of areaColours) {
    const entry = nearestEntry(colourBytes(number), palette, pinned);
    if (entry === undefined) return;
    palette.set(colourBytes(number), entry * 4);
    pinned.add(entry);
  }
}

/** The palette of a PNG sharp wrote: PLTE's colours with tRNS's opacities (opaque where tRNS stops). */
function paletteOf(file: Buffer): Uint8Array {
  let colours: Buffer | undefined;
  let opacities: Buffer | undefined;
  for (let at = PNG_SIGNATURE.length; at < file.length;) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    const data = file.subarray(at + 8, at + 8 + length);
    if (type === 'PLTE') colours = data;
    if (type === 'tRNS') opacities = data;
    at += 12 + length;
  }
  if (!colours) throw new Error('sharp wrote a PNG without a palette');
  const entries = colours.length / 3;
  const palette = new Uint8Array(entries * 4);
  for (let entry = 0; entry < entries; entry++) {
    palette.set(colours.subarray(entry * 3, entry * 3 + 3), entry * 4);
    palette[entry * 4 + 3] = opacities?.[entry] ?? 255;
  }
  return palette;
}

/** The entry closest to `colour` (RGBA bytes) by squared distance over the four channels, leaving out `excluded`; none if all are. */
function nearestEntry(colour: Uint8Array, palette: Uint8Array, excluded?: Set<number>): number | undefined {
  let nearest: number | undefined;
  let nearestDistance = Infinity;
  for (let entry = 0; entry < palette.length / 4; entry++) {
    if (excluded?.has(entry)) continue;
    let distance = 0;
    for (let channel = 0; channel < 4; channel++) distance += (colour[channel]! - palette[entry * 4 + channel]!) ** 2;
    if (distance < nearestDistance) [nearest, nearestDistance] = [entry, distance];
  }
  return nearest;
}

/** PNG's image rows: a filter byte, then two pixels a byte (the first in the high four bits), written a run at a time. */
function packRows({ width, height }: Size, { runColour, runEnd }: Colours, paletteIndex: Uint8Array): Uint8Array {
  const rowBytes = 1 + Math.ceil(width / 2);
  const rows = new Uint8Array(rowBytes * height);
  let start = 0;
  runEnd.forEach((end, run) => {
    const y = Math.floor(start / width);
    const row = y * rowBytes + 1;
    let x = start - y * width;
    const stop = end - y * width;
    const index = paletteIndex[runColour[run]!]!;
    // A run may start on a byte's second pixel, fill whole bytes, and end on a byte's first pixel.
    if (x % 2 === 1) {
      rows[row + (x - 1) / 2]! |= index;
      x += 1;
    }
    const pairsEnd = stop - (stop % 2);
    if (pairsEnd > x) rows.fill(index * 0x11, row + x / 2, row + pairsEnd / 2);
    if (pairsEnd < stop && pairsEnd >= x) rows[row + pairsEnd / 2] = index << 4;
    start = end;
  });
  return rows;
}

/** The file: signature, header, palette (with opacities unless all are opaque), compressed rows, end. */
function png({ width, height }: Size, palette: Uint8Array, rows: Uint8Array): Uint8Array<ArrayBuffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // Then compression, filter method and interlacing: 0 each (zlib, PNG's only filters, none).
  header.set([BIT_DEPTH, COLOUR_TYPE_INDEXED, 0, 0, 0], 8);
  const entries = palette.length / 4;
  const colours = Buffer.alloc(entries * 3);
  const opacities = Buffer.alloc(entries);
  for (let entry = 0; entry < entries; entry++) {
    colours.set(palette.subarray(entry * 4, entry * 4 + 3), entry * 3);
    opacities[entry] = palette[entry * 4 + 3]!;
  }
  const chunks = [chunk('IHDR', header), chunk('PLTE', colours)];
  if (opacities.some((opacity) => opacity !== 255)) chunks.push(chunk('tRNS', opacities));
  chunks.push(chunk('IDAT', deflateSync(rows, { level: COMPRESSION_LEVEL })), chunk('IEND', Buffer.alloc(0)));
  // A copy of its own: Buffer.concat may hand out a slice of Node's shared pool for a small file.
  return new Uint8Array(Buffer.concat([PNG_SIGNATURE, ...chunks]));
}

/** A PNG chunk: length, type, data, and the CRC-32 of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const typeBytes = Buffer.from(type, 'latin1');
  const frame = Buffer.alloc(12 + data.length);
  frame.writeUInt32BE(data.length, 0);
  frame.set(typeBytes, 4);
  frame.set(data, 8);
  frame.writeUInt32BE(crc32(data, crc32(typeBytes)), 8 + data.length);
  return frame;
}
