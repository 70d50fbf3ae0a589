/*
 * Automatic summaries: when an author wrote no summary, listings, feeds and search show the start of
 * the first paragraph. It is cut where a reader expects text to stop: after a whole sentence when
 * one ends late enough, otherwise after a whole word, marked with "…". Words are found with
 * Intl.Segmenter, which knows where words end in scripts written without spaces (Chinese,
 * Japanese, Thai), so a CJK summary is never cut in the middle of a word either.
 */

/** A sentence ending before this share of the room is too short a summary: cut at a word instead. */
const SHORTEST_SENTENCE_CUT = 0.5;

/** Trailing punctuation that reads wrong right before "…": commas, colons, dashes, and their CJK forms. */
const DANGLING = /[\s,;:、，；：–—([“‘「『（-]+$/u;

/**
 * A short capitalised word or initials before a full stop ("Mr.", "Inc.", "U.S."): the segmenter
 * takes it for the end of a sentence; a summary cut there would stop mid-sentence without a mark.
 */
const ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}\p{Ll}{0,3}|(?:\p{L}\.)+\p{L}?)\.$/u;

/**
 * Shortens `text` to at most `max` UTF-16 units: whole sentences when they fill at least half the
 * room, otherwise whole words followed by "…". `locale` picks the segmentation rules (the site's
 * language); text that fits comes back with its white space collapsed and nothing else changed.
 */
export function truncateAtWord(text: string, max: number, locale?: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  return sentenceCut(clean, max, locale) ?? `${wordCut(clean, max - 1, locale)}…`;
}

function sentenceCut(text: string, max: number, locale: string | undefined): string | undefined {
  let end = 0;
  for (const { segment, index } of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)) {
    const sentence = segment.trimEnd();
    if (index + sentence.length > max) break;
    if (!ABBREVIATION.test(sentence)) end = index + sentence.length;
  }
  const cut = text.slice(0, end);
  return end >= max * SHORTEST_SENTENCE_CUT && /[.!?。！？…]["'”’)）」』]*$/u.test(cut) ? cut : undefined;
}

/** The longest run of whole words within `room` units, without dangling punctuation. */
function wordCut(text: string, room: number, locale: string | undefined): string {
  let end = 0;
  for (const { segment, index, isWordLike } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
    if (index + segment.length > room) break;
    if (isWordLike || segment.trim() !== '') end = index + segment.length;
  }
  // One word longer than the room (a long URL or compound): cut between characters instead.
  if (end === 0) end = graphemeEnd(text, room);
  return text.slice(0, end).replace(DANGLING, '');
}

/** The end of the last whole character (emoji and accented letters included) within `room` units. */
function graphemeEnd(text: string, room: number): number {
  let end = 0;
  for (const { segment, index } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    if (index + segment.length > room) break;
    end = index + segment.length;
  }
  return end;
}

/** "Maya Okafor" → "MO": shown in place of a missing portrait. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const picked = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return picked.map((word) => [...word][0]!.toUpperCase()).join('');
}
