import { slug as githubSlug } from 'github-slugger';

export interface Tag {
  slug: string;
  /** The spelling authors use most often ("AI" wins over a stray "ai"). */
  name: string;
  count: number;
}

/**
 * Symbols that carry meaning in tag names, spelled out so that C++, C# and C are three topics,
 * not one. Other punctuation is dropped, as before ("U.S." and "US" share a page).
 */
const SPELLED_OUT: ReadonlyArray<[pattern: RegExp, words: string]> = [
  [/\+/g, ' plus '],
  [/#/g, ' sharp '],
  [/&/g, ' and '],
  [/@/g, ' at '],
  [/^\./, 'dot '],
];

/**
 * A tag's URL slug: lowercase, spaces to hyphens, letters of every script kept ("Venture Capital"
 * → "venture-capital", "人工智能" stays as it is, "C++" → "c-plus-plus", ".NET" → "dot-net").
 * Tags that differ only in letter case, in how an accent was typed or in width (full-width
 * "ＡＩ" and "C＋＋", compatibility normalisation) share one slug, and so one page. A tag with no letters or digits at all (an emoji) is named by
 * its code points, so no tag ever gets an empty slug.
 */
export function tagSlug(tag: string): string {
  let slug = slugCache.get(tag);
  if (slug === undefined) {
    const words = SPELLED_OUT.reduce((text, [pattern, spelled]) => text.replace(pattern, spelled), tag.normalize('NFKC').trim().toLowerCase());
    slug = githubSlug(words.replace(/\s+/g, ' ').trim()).replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
    if (slug === '') slug = `u-${[...tag.trim()].map((char) => char.codePointAt(0)!.toString(16)).join('-')}`;
    slugCache.set(tag, slug);
  }
  return slug;
}

/** Listings, cards and feeds ask for the same few hundred tags' slugs millions of times in a large build. */
const slugCache = new Map<string, string>();

/** Every tag in use with its article count, most used first. */
export function collectTags(articles: ReadonlyArray<{ tags: readonly string[] }>): Tag[] {
  const spellings = new Map<string, Map<string, number>>();
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const slug of new Set(article.tags.map(tagSlug))) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    for (const tag of article.tags) {
      const slug = tagSlug(tag);
      const forms = spellings.get(slug) ?? new Map<string, number>();
      forms.set(tag.trim(), (forms.get(tag.trim()) ?? 0) + 1);
      spellings.set(slug, forms);
    }
  }
  return [...counts]
    .map(([slug, count]) => ({ slug, count, name: mostUsedSpelling(spellings.get(slug)!) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

function mostUsedSpelling(forms: Map<string, number>): string {
  return [...forms].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))[0]![0];
}
