import { slug as githubSlug } from 'github-slugger';

export interface Tag {
  slug: string;
  /** The spelling authors use most often ("AI" wins over a stray "ai"). */
  name: string;
  count: number;
}

/**
 * A tag's URL slug: lowercase, spaces to hyphens, punctuation dropped, letters of every script
 * kept ("Venture Capital" → "venture-capital", "人工智能" stays as it is). Because it lowercases,
 * tags that differ only in letter case share one slug, and so one page.
 */
export function tagSlug(tag: string): string {
  let slug = slugCache.get(tag);
  if (slug === undefined) {
    slug = githubSlug(tag.trim());
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
  return [...counts].map(([slug, count]) => ({ slug, count, name: mostUsedSpelling(spellings.get(slug)!) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

function mostUsedSpelling(forms: Map<string, number>): string {
  return [...forms].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))[0]![0];
}
