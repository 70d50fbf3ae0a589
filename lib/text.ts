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
