/** Shortens text to at most `max` characters, cutting at a word boundary and marking the cut. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  // Look one character past the room left for "…": a word ending exactly there still fits.
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  const base = lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut.slice(0, max - 1);
  return `${base.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** "Maya Okafor" → "MO": shown in place of a missing portrait. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const picked = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return picked.map((word) => [...word][0]!.toUpperCase()).join('');
}

/**
 * Keeps the characters the share-card font covers (Latin scripts, punctuation, currency and
 * letter-like symbols). next/og would otherwise fetch emoji images and fallback fonts from the
 * network at build time, which fails offline; the full title still travels in og:title.
 */
export function shareCardText(text: string): string {
  return text
    .replace(/[^\u0000-\u024F\u1E00-\u1EFF\u2000-\u200A\u2010-\u205F\u20A0-\u20CF\u2100-\u214F]/gu, '')
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
