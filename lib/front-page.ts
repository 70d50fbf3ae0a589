import { type Tag, tagSlug } from './tags';

/*
 * The front page: which stories take the lead, the secondary row, the Editor's picks, the river
 * and the topic sections, with every story placed once. The rules are in docs/content-format.md
 * ("The front page"). Each slot reads a bounded number of articles beyond those already placed,
 * so the page costs the same at 20,000 articles as at 20; only finding the featured stories and
 * the lead's image reads the archive, once.
 */

/** The fields the front page reads; lib/content/types.ts's Article has them all. */
export interface FrontPageFacts {
  slug: string;
  date: string;
  tags: readonly string[];
  /** `true` or a rank (1 is the lead) from the frontmatter. */
  featured?: true | number;
  leadImage?: unknown;
}

export interface FrontPageSettings {
  /** Topic sections in order, as tag names or slugs; empty: the busiest tags. */
  sections: readonly string[];
  /** How many of the busiest tags get a section when `sections` is empty. */
  busiestSections: number;
  storiesPerSection: number;
  secondaryStories: number;
  picks: number;
  /** How many of the newest stories the landing page shows (lib/pagination.ts landingSize): its lead, secondary row and river. */
  perPage: number;
}

export interface FrontPageSection<T> {
  tag: Tag;
  articles: T[];
}

export interface FrontPage<T> {
  lead?: T;
  secondary: T[];
  picks: T[];
  river: T[];
  sections: Array<FrontPageSection<T>>;
}

/** The rank that makes a story the lead. */
export const LEAD_RANK = 1;

/** Numbered ranks first, lowest first; `featured: true` after them; newest first among equals (the input order). */
const pickRank = (article: FrontPageFacts) => (article.featured === true ? Infinity : (article.featured ?? Infinity));

/**
 * @param articles every published article, newest first
 * @param tags every tag, busiest first (lib/tags.ts collectTags)
 * @param byTag each tag's articles, newest first, keyed by tag slug
 */
export function frontPage<T extends FrontPageFacts>(
  articles: readonly T[],
  tags: readonly Tag[],
  byTag: ReadonlyMap<string, readonly T[]>,
  settings: FrontPageSettings,
): FrontPage<T> {
  const placed = new Set<string>();
  const place = (article: T) => {
    placed.add(article.slug);
    return article;
  };

  const featured = articles.filter((article) => article.featured !== undefined);
  const lead = featured.find((article) => article.featured === LEAD_RANK) ?? articles.find((article) => article.leadImage) ?? articles[0];
  if (lead) place(lead);

  const picks = featured
    .map((article, order) => ({ article, order }))
    .filter(({ article }) => !placed.has(article.slug))
    .sort((a, b) => pickRank(a.article) - pickRank(b.article) || a.order - b.order)
    .slice(0, settings.picks)
    .map(({ article }) => place(article));

  // The landing page's stories, less what is placed above; the top archive page carries on after them.
  const firstPage = articles.slice(0, settings.perPage).filter((article) => !placed.has(article.slug));
  const withImages = firstPage.filter((article) => article.leadImage).slice(0, settings.secondaryStories);
  const secondaryPicked = new Set([...withImages, ...firstPage.filter((article) => !article.leadImage)].slice(0, settings.secondaryStories));
  const secondary = firstPage.filter((article) => secondaryPicked.has(article)).map(place);
  const river = firstPage.filter((article) => !placed.has(article.slug)).map(place);

  const sections: Array<FrontPageSection<T>> = [];
  for (const tag of sectionTags(tags, settings)) {
    const stories: T[] = [];
    for (const article of byTag.get(tag.slug) ?? []) {
      if (stories.length === settings.storiesPerSection) break;
      if (!placed.has(article.slug)) stories.push(place(article));
    }
    if (stories.length > 0) sections.push({ tag, articles: stories });
  }
  return { lead, secondary, picks, river, sections };
}

/** The configured sections that name a tag in use, in their order, or else the busiest tags. */
export function sectionTags(tags: readonly Tag[], { sections, busiestSections }: Pick<FrontPageSettings, 'sections' | 'busiestSections'>): Tag[] {
  if (sections.length === 0) return tags.slice(0, busiestSections);
  const bySlug = new Map(tags.map((tag) => [tag.slug, tag]));
  const chosen = new Map<string, Tag>();
  for (const entry of sections) {
    const tag = bySlug.get(tagSlug(entry));
    if (tag) chosen.set(tag.slug, tag);
  }
  return [...chosen.values()];
}
