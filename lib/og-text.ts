/*
 * Text for share cards. The content check refuses control, bidi-override and lone-surrogate
 * characters in frontmatter, but a card is drawn from whatever reaches it, so it cleans again:
 * a card must never crash, run off its edge or show invisible characters as boxes.
 */

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/*
 * Emoji have no glyphs in the bundled fonts, and a box in a headline reads worse than nothing;
 * the full title still travels in og:title. Pictographs that fonts do carry as text (© ® ™ ‼) stay.
 */
const EMOJI = /\p{Emoji_Presentation}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\uFE0F|\u20E3|[\u{1F000}-\u{1FAFF}]/u;

/*
 * Invisible characters: format characters (bidi embeddings, overrides and isolates, zero-width
 * spaces, byte-order marks, tag characters) except the joiners that shape some scripts, lone
 * surrogates, private-use characters, variation selectors and the replacement character.
 */
const INVISIBLE = /(?![\u200C\u200D])[\p{Cf}\p{Cs}\p{Co}\uFE00-\uFE0F\uFFFD]/gu;

/** Characters that take two columns: a CJK title fits half as many of them on a line. */
const WIDE = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\u3000-\u303F\uFF01-\uFF60]/u;

const width = (grapheme: string) => (WIDE.test(grapheme) ? 2 : 1);

/** UTF-16 units looked at per column allowed: room for accents, joiners and dropped emoji. */
const HEAD_PER_COLUMN = 8;

/**
 * `text` as a card can draw it: NFC, one line, without emoji or invisible characters, and at
 * most `maxWidth` columns long (a CJK character counts two), cut at a space where one is near
 * the end and marked with "…".
 */
export function cardText(text: string, maxWidth: number): string {
  // Grapheme segmentation slows down sharply with length (10 s for 100,000 characters), so only
  // a generous head of the text is examined; a text cut here is marked as cut all the same.
  const head = text.slice(0, maxWidth * HEAD_PER_COLUMN);
  const visible = Array.from(graphemes.segment(head.replace(/\p{Cs}/gu, '').normalize('NFC')), ({ segment }) => segment)
    .filter((grapheme) => !EMOJI.test(grapheme))
    .join('')
    .replace(/\p{Cc}/gu, ' ')
    .replace(INVISIBLE, '')
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cutToWidth(visible, maxWidth, head.length < text.length);
}

function cutToWidth(text: string, maxWidth: number, alreadyCut: boolean): string {
  const parts = Array.from(graphemes.segment(text), ({ segment }) => segment);
  let used = 0;
  let fits = 0;
  while (fits < parts.length && used + width(parts[fits]!) <= maxWidth) used += width(parts[fits++]!);
  if (fits === parts.length) {
    if (!alreadyCut) return text;
    if (used < maxWidth) return markCut(parts);
  }
  // Room for the "…", and a cut at a space unless the last space is far from the end.
  const kept = parts.slice(0, Math.max(fits - 1, 0));
  const lastSpace = kept.lastIndexOf(' ');
  return markCut(lastSpace > kept.length * 0.6 ? kept.slice(0, lastSpace) : kept);
}

const markCut = (parts: string[]) => `${parts.join('').replace(/[\s,;:.–—-]+$/u, '')}…`;
