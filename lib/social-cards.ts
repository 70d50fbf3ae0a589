import { formatDate } from './dates';
import type { Sentiment } from './sentiment';
import { socialCardPath } from './urls';

/*
 * Which share cards a build draws and where each one goes. The drawing itself happens in a build
 * step outside Next's page renderer (scripts/build-cards.ts); this module only decides, from the
 * articles it is given, what every card shows and which file of the exported site it becomes.
 */

/** What a card shows: the props of components/og/social-card.tsx, and the key of its cache entry. */
export interface SocialCardText {
  siteName: string;
  title: string;
  /** Byline and date, already formatted. */
  footer: string;
  sentiment?: Sentiment;
}

/** What planning needs to know of an article. */
export interface CardSubject {
  slug: string;
  /** The content file, named when its card cannot be drawn. */
  contentFile: string;
  title: string;
  /** ISO date of publication. */
  date: string;
  sentiment?: Sentiment;
  /** Byline order. */
  authorNames: string[];
}

export interface CardJob {
  /** The content file the card belongs to. */
  source: string;
  /** Path of the PNG inside the exported site, "/"-separated, as the file system names it. */
  file: string;
  card: SocialCardText;
}

/** The text of an article's card: headline, verdict, and "A and B · 1 May 2026" underneath. */
export function socialCardText(subject: CardSubject, siteName: string): SocialCardText {
  const footer = `${subject.authorNames.join(' and ')} · ${formatDate(subject.date)}`;
  return { siteName, title: subject.title, sentiment: subject.sentiment, footer };
}

/**
 * The file a URL path is served from in a static export: the path without its leading "/", with
 * percent-escapes decoded (a non-Latin slug is a folder named in its own letters, as Next writes it).
 */
export const exportedFileOf = (sitePath: string) => decodeURIComponent(sitePath).replace(/^\//, '');

/** One card per article, at the URL its page's og:image names (lib/urls.ts socialCardPath). */
export function planSocialCards(subjects: CardSubject[], siteName: string): CardJob[] {
  return subjects.map((subject) => ({
    source: subject.contentFile,
    file: exportedFileOf(socialCardPath(subject.slug)),
    card: socialCardText(subject, siteName),
  }));
}
