import type { Sentiment } from '../sentiment';
import type { DatedNote } from '../story-notes';
import type { AuthorLinks, AuthorStatus, ImageKind } from './schema';

/*
 * Content as lib/ hands it on: what lib/content/records.ts has checked in the compiled content.
 * Every field typed here is checked when the build reads it, so routes never cast.
 */

/** A lead image with the dimensions the content build measured, so pages reserve its space. */
export interface LeadImage {
  /** A site path under public/, such as /images/port.jpg. */
  src: string;
  alt: string;
  credit?: string;
  /** Names the credit in the caption: "Photo: …", "Illustration: …", "Graphic: …". */
  kind: ImageKind;
  width: number;
  height: number;
}

/** An article as listings, feeds and structured data use it: everything but the body, which pages read on their own. */
export interface Article {
  /** The path an author sees in their pull request: content/articles/2026/x.mdx. */
  contentFile: string;
  slug: string;
  title: string;
  /** ISO 8601 date or date-time. */
  date: string;
  /**
   * When the story last changed: the latest of the frontmatter's `updated`, the last correction and
   * the last update (lib/story-notes.ts), so every page, feed and sitemap reads one value.
   */
  updated?: string;
  /** Author slugs in byline order. */
  authors: string[];
  tags: string[];
  summary?: string;
  image?: string;
  imageAlt?: string;
  imageCredit?: string;
  imageKind?: ImageKind;
  draft?: boolean;
  /** The verdict of the article's <AnalystComment>, absent when it has none. */
  sentiment?: Sentiment;
  /** Who signed the verdict: the comment's `analyst`, else the first author; absent without a comment. */
  analyst?: string;
  /** The comment's own `date`, when it gave one; the verdict is otherwise dated with the article. */
  verdictDate?: string;
  /** The summary, or the opening of the first paragraph when there is none. */
  dek: string;
  readingMinutes: number;
  leadImage?: LeadImage;
  /** Public corrections, newest first. */
  corrections: DatedNote[];
  /** Dated update notes, newest first; a developing story's timeline. */
  updates: DatedNote[];
  /** "developing" while the story unfolds; absent for a normal story. */
  status?: StoryStatus;
  /** Whether readers pay for the story; "free" unless the frontmatter says otherwise. */
  access: StoryAccess;
  /** `true` or a rank (1: the lead story) on the front page; `featured: false` reads as absent. */
  featured?: true | number;
  /** Slug of the series the article is a part of, and that series' title when this part names it. */
  series?: string;
  seriesTitle?: string;
}

export type StoryStatus = 'developing';
export type StoryAccess = 'free' | 'premium';

export interface Author {
  contentFile: string;
  slug: string;
  name: string;
  role?: string;
  avatar?: string;
  links?: AuthorLinks;
  /** Marks an analyst: their page lists the verdicts they signed. */
  analyst?: boolean;
  /** Topics they cover, written like tags. */
  beats?: string[];
  /** Absent for current staff. */
  status?: AuthorStatus;
  /** The bio, as the content build rendered it. */
  body: { html: string };
}

/** A trust page (content/pages/): About, Masthead, standards and the like. */
export interface Page {
  contentFile: string;
  slug: string;
  title: string;
  summary?: string;
  updated?: string;
  order?: number;
  /** The summary, or the opening of the first paragraph when there is none. */
  dek: string;
  /** The body, as the content build rendered it. */
  body: { html: string };
}
