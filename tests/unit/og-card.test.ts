import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { createElement } from 'react';
import satori from 'satori';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SOCIAL_CARD_SIZE, SocialCard } from '@/components/og/social-card';
import { CARD_FONT_FAMILY, everySocialCardFont } from '@/lib/og-fonts';
import { drawImage, drawSvg } from '@/lib/og-image';

/*
 * next/og asked Google Fonts (and a CDN, for emoji) for any glyph the given fonts lacked. The
 * build has no network, so every way out of the process is blocked here and counted.
 */
const attempts: string[] = [];
const refuse =
  (what: string) =>
  (...args: unknown[]) => {
    attempts.push(`${what} ${String(args[0]).slice(0, 120)}`);
    throw new Error(`network blocked in tests: ${what}`);
  };

const realFetch = globalThis.fetch;
/** A `data:` URL is read in memory (Satori's layout engine loads itself that way): not network. */
const fetchWithoutNetwork = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).startsWith('data:') ? realFetch(input, init) : refuse('fetch')(input);

beforeAll(() => {
  vi.stubGlobal('fetch', vi.fn(fetchWithoutNetwork));
  vi.spyOn(http, 'request').mockImplementation(refuse('http.request'));
  vi.spyOn(http, 'get').mockImplementation(refuse('http.get'));
  vi.spyOn(https, 'request').mockImplementation(refuse('https.request'));
  vi.spyOn(https, 'get').mockImplementation(refuse('https.get'));
  vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(refuse('socket.connect'));
});
afterEach(() => expect(attempts).toEqual([]));
afterAll(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};
/** The IHDR chunk's bit depth and colour type (3 is indexed: a palette; 2 and 6 are true colour). */
const pngFormat = (png: Uint8Array) => ({ bitDepth: png[24], colourType: png[25] });

describe('share card drawing', () => {
  it('draws Latin, CJK, emoji and scripts without a bundled font into a PNG without touching the network', async () => {
    const png = await drawImage(
      createElement(SocialCard, {
        siteName: 'Newsdesk',
        title: 'Łódź and Zürich 网站安全 人工智能 ひらがな 🔓 👩‍👩‍👧 ⵜⴰⵎⴰⵣⵉⵖⵜ ሰላም',
        footer: 'Lin Wei 林伟 · 12 November 2026',
        sentiment: 'mixed',
      }),
      SOCIAL_CARD_SIZE,
    );
    expect(attempts).toEqual([]);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual(SOCIAL_CARD_SIZE);
  }, 60_000);

  it.each([
    ['negative', 'Rates held for a third month'],
    ['positive', 'Regulators weigh a new round of rules for chip exports'],
    ['mixed', 'Łódź and Zürich 网站安全 人工智能 ひらがな'],
    ['neutral', 'Ferry operator fined over timetable claims after a two-year inquiry into late sailings and the refunds it owed'],
    [undefined, '“Quoted” — dashes… and 123,456.78 figures'],
  ] as const)(
    'writes a 16-colour PNG that keeps every flat colour and coarsens only the edges of letters (%s)',
    async (sentiment, title) => {
      const card = createElement(SocialCard, { siteName: 'Newsdesk', title, footer: 'Ana Ruiz · 3 May 2026', sentiment });
      const png = await drawImage(card, SOCIAL_CARD_SIZE);
      expect(pngFormat(png)).toEqual({ bitDepth: 4, colourType: 3 });
      const svg = await satori(card, { ...SOCIAL_CARD_SIZE, fonts: await everySocialCardFont() });
      const pixels = (image: Buffer | Uint8Array) => sharp(image).removeAlpha().raw().toBuffer();
      const [indexed, trueColour] = await Promise.all([pixels(png), pixels(Buffer.from(svg))]);
      expect(indexed.length).toBe(trueColour.length);
      const { width, height } = SOCIAL_CARD_SIZE;
      const at = (image: Buffer, x: number, y: number) => image.readUIntBE((y * width + x) * 3, 3);
      // A pixel is flat when its eight neighbours have its colour in the true-colour drawing.
      const isFlat = (x: number, y: number) => [-1, 0, 1].every((dy) => [-1, 0, 1].every((dx) => at(trueColour, x + dx, y + dy) === at(trueColour, x, y)));
      let flatMoved = 0;
      let withinFive = 0;
      for (let y = 1; y < height - 1; y++) {
        for (let x = 1; x < width - 1; x++) {
          const i = (y * width + x) * 3;
          const moved = Math.max(...[0, 1, 2].map((channel) => Math.abs(indexed[i + channel]! - trueColour[i + channel]!)));
          if (moved <= 5) withinFive += 1;
          else if (isFlat(x, y)) flatMoved += 1;
        }
      }
      expect(flatMoved).toBe(0);
      expect(withinFive / ((width - 2) * (height - 2))).toBeGreaterThan(0.98);
    },
    60_000,
  );

  it.each([
    ['Latin', 'Rates held for a third month', 'Ana Ruiz · 3 May 2026'],
    ['Chinese among Latin', 'Łódź and Zürich 网站安全 人工智能', 'Lin Wei 林伟 · 12 November 2026'],
    ['kana, CJK punctuation and full-width forms', 'ひらがな、カタカナ。「引用」ＡＢＣ１２３', 'Sato 佐藤'],
    ['emoji, Greek, Cyrillic and scripts no font has', '🔓 👩‍👩‍👧 🇯🇵 Ελλάδα Москва ⵜⴰⵎⴰⵣⵉⵖⵜ ሰላም', 'Writer · 1 May 2026'],
  ])(
    'draws %s exactly as with every bundled font loaded up front',
    async (_case, title, footer) => {
      // Cards load CJK slices only for text the serif lacks: the drawing must not change.
      const card = createElement(SocialCard, { siteName: 'Newsdesk', title, footer, sentiment: 'mixed' });
      const everyFont = await satori(card, { ...SOCIAL_CARD_SIZE, fonts: await everySocialCardFont() });
      expect(await drawSvg(card, SOCIAL_CARD_SIZE)).toBe(everyFont);
    },
    60_000,
  );

  it.each([
    ['a 100,000-character title', 'Long '.repeat(20_000)],
    ['control characters', 'Bell\u0007 escape\u001B[31m red\u0000 nul\u0085'],
    ['bidi overrides', '\u202Eelif.exe\u202C \u2067isolate\u2069 \u200Fmark'],
    ['lone surrogates', 'half \uD83D pair \uDC00 here \uD800'],
    ['only emoji', '🔓🛠️👩‍👩‍👧🇯🇵'],
    ['an empty title', ''],
  ])(
    'draws a card whose title holds %s',
    async (_case, title) => {
      const png = await drawImage(
        createElement(SocialCard, { siteName: 'Newsdesk', title, footer: `${'Author '.repeat(5_000)}\u202E· 1 May 2026` }),
        SOCIAL_CARD_SIZE,
      );
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(pngSize(png)).toEqual(SOCIAL_CARD_SIZE);
    },
    60_000,
  );
});

describe('bundled fonts', () => {
  // One character drawn alone: a character no font has comes out as the same empty box as any other.
  const glyph = async (character: string) =>
    satori(createElement('div', { style: { display: 'flex', fontFamily: CARD_FONT_FAMILY, fontSize: 40, fontWeight: 700 } }, character), {
      width: 80,
      height: 60,
      fonts: await everySocialCardFont(),
    });

  it('have a glyph for Latin, Greek, Cyrillic, Vietnamese, Chinese and Japanese kana', async () => {
    const box = await glyph('\u2D5C'); // Tifinagh, which no bundled font covers
    expect(await glyph('\u1230')).toBe(box); // nor Ethiopic: the comparison does tell a missing glyph
    const missing: string[] = [];
    for (const character of 'AzÉøßŁźŒ€“”Ελλάδα Москва ệƯ网站安全人工智能林伟國際ひらがなカタカナ、。') {
      if (character !== ' ' && (await glyph(character)) === box) missing.push(character);
    }
    expect(missing).toEqual([]);
  }, 60_000);
});
