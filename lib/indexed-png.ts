import sharp from 'sharp';
import { paletteOf, type Size, writeIndexedPng } from './png-file';

/*
 * A drawn image (RGBA pixels) as a PNG with a palette of 16 colours, four bits a pixel.
 *
 * sharp writes such PNGs itself, but on a share card most of its 19 ms went on libimagequant
 * reading all 756,000 pixels, where a card has a few hundred distinct colours, nearly all of them
 * in long runs of paper. Here the image is read once, as runs of one colour; libimagequant chooses
 * the palette from one pixel of each colour for every SAMPLE_SHARE of its pixels (at least one: a
 * thin rule or a small badge is never left out of the sample); each colour that fills areas then
 * takes the entry nearest to it, exactly; every colour is mapped to its nearest entry, and the rows,
 * written a run at a time, are compressed with zlib (./png-file.ts). Half a card's rows (paper,
 * the bar, the rule) repeat the row above: found by comparing bytes, they copy its runs and its
 * packed bytes instead of reading pixels.
 *
 * A sample loses what libimagequant reads from a pixel's neighbours (it favours flat areas over
 * the edges of letters), so the colours of areas are not left to it: pinning them keeps them.
 * Against sharp's encoding: on 15 cards of varied titles, scripts and verdicts no pixel of a flat
 * area moved by more than 5 levels (sharp's moved up to 456 on one card); on 25, the worst card
 * kept 98.6% of its pixels within 5 levels of the true-colour drawing (98.2%), the worst pixel
 * was 50 levels off (61), and the files weighed 1% less. Encoding took 10.5 ms of CPU a card
 * against 19-20; the card step at 1,000 articles 38.0 s of CPU against 44.7 (medians of three
 * alternating runs). Repeated rows, typed arrays of runs and zlib's level 5 then took the step to
 * 27.1 s of CPU against 29.4 (three alternating runs each), with every pixel as before.
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

/** The distinct colours of an image, numbered in first-seen order, and the image as runs of one colour within a row. */
interface Colours {
  /** The colour as the four RGBA bytes read as one number (only compared, never taken apart). */
  value: number[];
  /** A pixel that has the colour, where its bytes can be read. */
  firstPixel: number[];
  pixels: number[];
  /** Pixels with the colour on both sides in their row. */
  inAreas: number[];
  runs: Runs;
  /** 1 for each row whose pixels are the row above's (half the rows of a card: paper, the bar, the rule). */
  repeatsRowAbove: Uint8Array;
}

/**
 * Each run's colour number and where it ends (the pixel after its last); a row ends a run. A card
 * has tens of thousands of runs: typed arrays that double when full, since arrays of numbers grew
 * one element at a time.
 */
class Runs {
  colour = new Int32Array(1 << 14);
  end = new Int32Array(1 << 14);
  length = 0;

  push(colour: number, end: number) {
    if (this.length === this.colour.length) {
      const [colours, ends] = [new Int32Array(this.length * 2), new Int32Array(this.length * 2)];
      colours.set(this.colour);
      ends.set(this.end);
      [this.colour, this.end] = [colours, ends];
    }
    this.colour[this.length] = colour;
    this.end[this.length] = end;
    this.length += 1;
  }
}

/** The PNG of `rgba` (four bytes a pixel, rows top to bottom) in 16 colours or fewer. */
export async function encodeIndexedPng(rgba: Uint8Array, { width, height }: Size): Promise<Uint8Array<ArrayBuffer>> {
  if (rgba.length !== width * height * 4) throw new RangeError(`expected ${width * height * 4} bytes of RGBA for ${width}×${height}, got ${rgba.length}`);
  // One 32-bit number a pixel (countColours): a copy when the bytes do not start on a four-byte boundary.
  const bytes = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const colours = countColours(bytes, { width, height });
  const colourBytes = (number: number) => bytes.subarray(colours.firstPixel[number]! * 4, colours.firstPixel[number]! * 4 + 4);
  const palette = await choosePalette(colours);
  pinAreaColours(palette, colours, colourBytes, width * height);
  const paletteIndex = Uint8Array.from(colours.value, (_, number) => nearestEntry(colourBytes(number), palette)!);
  return writeIndexedPng({ width, height }, palette, packRows({ width, height }, colours, paletteIndex));
}

function countColours(bytes: Uint8Array, { width, height }: Size): Colours {
  // Signed: an opaque colour is then a small integer to V8, where unsigned it is a boxed number.
  const pixels = new Int32Array(bytes.buffer, bytes.byteOffset, width * height);
  const numberOf = new Map<number, number>();
  const colours: Colours = { value: [], firstPixel: [], pixels: [], inAreas: [], runs: new Runs(), repeatsRowAbove: new Uint8Array(height) };
  const { runs } = colours;
  const addRun = (number: number, start: number, end: number) => {
    colours.pixels[number]! += end - start;
    colours.inAreas[number]! += Math.max(0, end - start - 2);
    runs.push(number, end);
  };
  let rowAboveRuns = 0;
  for (let y = 0, rowStart = 0; y < height; y++, rowStart += width) {
    const rowRuns = runs.length;
    const rowEnd = rowStart + width;
    if (y > 0 && Buffer.compare(bytes.subarray(rowStart * 4, rowEnd * 4), bytes.subarray((rowStart - width) * 4, rowStart * 4)) === 0) {
      // The row above again: its runs, a row further on, without reading a pixel.
      colours.repeatsRowAbove[y] = 1;
      for (let run = rowAboveRuns, start = rowStart; run < rowRuns; run++) {
        const end = runs.end[run]! + width;
        addRun(runs.colour[run]!, start, end);
        start = end;
      }
    } else {
      for (let start = rowStart; start < rowEnd;) {
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
        addRun(number, start, end);
        start = end;
      }
    }
    rowAboveRuns = rowRuns;
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
function packRows({ width, height }: Size, { runs, repeatsRowAbove }: Colours, paletteIndex: Uint8Array): Uint8Array {
  const rowBytes = 1 + Math.ceil(width / 2);
  const rows = new Uint8Array(rowBytes * height);
  for (let y = 0, run = 0; y < height; y++) {
    const row = y * rowBytes + 1;
    const rowStart = y * width;
    if (repeatsRowAbove[y]) {
      rows.copyWithin(row, row - rowBytes, row - 1);
      while (run < runs.length && runs.end[run]! <= rowStart + width) run += 1;
      continue;
    }
    for (let x = 0; x < width; run++) {
      const stop = runs.end[run]! - rowStart;
      const index = paletteIndex[runs.colour[run]!]!;
      // A run may start on a byte's second pixel, fill whole bytes, and end on a byte's first pixel.
      if (x % 2 === 1) {
        rows[row + (x - 1) / 2]! |= index;
        x += 1;
      }
      const pairsEnd = stop - (stop % 2);
      if (pairsEnd > x) rows.fill(index * 0x11, row + x / 2, row + pairsEnd / 2);
      if (pairsEnd < stop && pairsEnd >= x) rows[row + pairsEnd / 2] = index << 4;
      x = stop;
    }
  }
  return rows;
}
