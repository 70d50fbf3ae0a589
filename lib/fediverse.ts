import type { Metadata } from 'next';
import type { AuthorLinks } from './content/schema';

/*
 * `<meta name="fediverse:creator" content="@name@server">` lets Mastodon credit an article's
 * author when it is shared. Author files give Mastodon either as a handle (@name@server) or as a
 * profile URL (https://server/@name); both name the same account.
 */

const HANDLE = /^@?([\p{L}\p{N}._-]+)@([\p{L}\p{N}.-]+\.[\p{L}\p{N}-]+)$/u;
const PROFILE_PATH = /^\/@([\p{L}\p{N}._-]+)\/?$/u;

/** The account as "@name@server", or undefined when the link names none. */
export function fediverseHandle(mastodon: string | undefined): string | undefined {
  const value = mastodon?.trim();
  if (!value) return undefined;
  const handle = HANDLE.exec(value);
  if (handle) return `@${handle[1]}@${handle[2]!.toLowerCase()}`;
  if (!/^https:\/\//i.test(value) || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  const name = PROFILE_PATH.exec(decodeURIComponent(url.pathname));
  return name && !url.search ? `@${name[1]}@${url.hostname}` : undefined;
}

/** The fediverse:creator values of an article, one per author with a Mastodon account, in byline order. */
export function fediverseCreators(authors: ReadonlyArray<{ links?: AuthorLinks }>): string[] {
  return [...new Set(authors.flatMap((author) => fediverseHandle(author.links?.mastodon) ?? []))];
}

/** Page metadata with one `fediverse:creator` meta element per account (none without accounts). */
export function withFediverseCreators(creators: string[], metadata: Metadata): Metadata {
  return creators.length === 0 ? metadata : { ...metadata, other: { ...metadata.other, 'fediverse:creator': creators } };
}
