import type { FieldDefs } from './field-format';

/**
 * Frontmatter fields of docs/content-format.md, written once (./field-format.ts): the content
 * compile (lib/content/compile/) converts values by them and the content rules
 * (lib/content/rules.ts) validate raw files against the same definitions.
 */
export const articleFields = {
  title: { type: 'string', required: true, description: 'headline' },
  date: { type: 'date', required: true, description: 'publication time' },
  updated: { type: 'date', description: 'last substantive update' },
  authors: { type: 'list', of: { type: 'string' }, required: true, description: 'author slugs' },
  tags: { type: 'list', of: { type: 'string' }, required: true, description: 'topics' },
  summary: { type: 'string', description: 'dek' },
  image: { type: 'string', description: 'lead image path under public/' },
  imageAlt: { type: 'string', description: 'lead image alt text' },
  imageCredit: { type: 'string', description: 'lead image credit' },
  imageKind: { type: 'enum', options: ['photo', 'illustration', 'graphic'], description: 'what the lead image is; its credit says so' },
  draft: { type: 'boolean', description: 'keeps the article out of production builds' },
  // Corrections and updates: lists of `date` + `text` maps, checked entry by entry in notes-rules.ts.
  corrections: { type: 'list', of: { type: 'json' }, description: 'public corrections, each a date and a text' },
  updates: { type: 'list', of: { type: 'json' }, description: 'dated update notes, each a date and a text' },
  status: { type: 'enum', options: ['developing'], description: 'a story still unfolding' },
  access: { type: 'enum', options: ['free', 'premium'], description: 'whether readers pay for the story (structured data)' },
  // The front page and series (docs/content-format.md, "The front page" and "Series").
  featured: { type: 'json', description: "true or a rank from 1 (the lead story) for the front page's Editor's picks" },
  series: { type: 'string', description: 'slug of the series this article is a part of' },
  seriesTitle: { type: 'string', description: "the series' title" },
} satisfies FieldDefs;

/** What a lead image is: its caption reads "Photo: …", "Illustration: …" or "Graphic: …". */
export const IMAGE_KINDS = articleFields.imageKind.options;
export type ImageKind = (typeof IMAGE_KINDS)[number];

export const AUTHOR_LINK_KEYS = ['website', 'x', 'linkedin', 'github', 'mastodon', 'email'] as const;
export type AuthorLinkKey = (typeof AUTHOR_LINK_KEYS)[number];
export type AuthorLinks = Partial<Record<AuthorLinkKey, string>>;

/** Authors who are not current staff keep their pages, labelled. */
export const AUTHOR_STATUSES = ['guest', 'former'] as const;
export type AuthorStatus = (typeof AUTHOR_STATUSES)[number];

export const authorFields = {
  name: { type: 'string', required: true, description: 'display name' },
  role: { type: 'string', description: 'for example "Technology writer and analyst"' },
  avatar: { type: 'string', description: 'portrait path under public/' },
  links: { type: 'json', description: `map of ${AUTHOR_LINK_KEYS.join(', ')} to strings` },
  // Trust fields (docs/content-format.md, "Analysts, beats and former authors").
  analyst: { type: 'boolean', description: 'marks an analyst, whose author page lists their verdicts' },
  beats: { type: 'list', of: { type: 'string' }, description: 'topics the author covers, written like tags' },
  status: { type: 'string', description: `${AUTHOR_STATUSES.join(' or ')}; absent for current staff` },
} satisfies FieldDefs;

/** Trust pages (About, Masthead, standards…): content/pages/<slug>.mdx, published at /about and /about/<slug>. */
export const pageFields = {
  title: { type: 'string', required: true, description: 'page heading' },
  summary: { type: 'string', description: "one sentence for the page description and the About page's list" },
  updated: { type: 'date', description: 'when the page last changed, shown as "Last updated"' },
  order: { type: 'number', description: 'position in the footer and the About list, lowest first' },
} satisfies FieldDefs;

export const ARTICLES_DIR = 'articles';
export const AUTHORS_DIR = 'authors';
export const PAGES_DIR = 'pages';

/**
 * Slugs are file names: lowercase letters (of any script; scripts without case such as Chinese
 * count as lowercase), digits and single hyphens.
 */
export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Nd}]+)*$/u;

/** A content file's slug: its file name without `.mdx`. */
export function slugOf(path: string): string {
  return path
    .split('/')
    .pop()!
    .replace(/\.mdx$/, '');
}
