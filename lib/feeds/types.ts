/** A person in a byline, with the absolute URL of their author page. */
export interface FeedPerson {
  name: string;
  url: string;
}

export interface FeedCategory {
  /** The text feed readers show, such as "Venture Capital" or "Negative news". */
  label: string;
  /** A stable machine term, such as the tag slug or the sentiment value. */
  term: string;
  /** The absolute URL of the listing that defines the term: the tags or the sentiment section. */
  scheme: string;
}

export interface FeedImage {
  url: string;
  type: string;
  /** Size in bytes, which an RSS enclosure must state. */
  length: number;
}

export interface FeedEntry {
  /** The absolute permalink, which also serves as the guid/id: articles never move. */
  url: string;
  title: string;
  summary: string;
  /** The article body exactly as the page renders it, with every URL made absolute. */
  contentHtml: string;
  published: Date;
  updated?: Date;
  authors: FeedPerson[];
  tags: FeedCategory[];
  /** The analyst's verdict, when the article has one. */
  sentiment?: FeedCategory;
  image?: FeedImage;
}

/** Tags and the sentiment travel as categories, so readers can filter on either. */
export function entryCategories(entry: FeedEntry): FeedCategory[] {
  return entry.sentiment ? [...entry.tags, entry.sentiment] : entry.tags;
}

export interface FeedChannel {
  title: string;
  description: string;
  language: string;
  /** The HTML page the feed mirrors. */
  siteUrl: string;
  /** The feed's own absolute URL (rel="self"). */
  feedUrl: string;
  iconUrl: string;
  /** When the feed last changed: the newest entry's update, or the build time for an empty feed. */
  updated: Date;
  publisher: FeedPerson;
  /** The WebSub hub the feed advertises (site.config.ts `websubHub`), if any. */
  hubUrl?: string;
  /** Newest first. */
  entries: FeedEntry[];
}
