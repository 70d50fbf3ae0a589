import { createHash } from 'node:crypto';
import type { SearchShard, SearchShardList } from '../search-index';
import { fingerprint } from './fingerprint';

/*
 * Which article pages each shard of the search index holds, and which shards a build must index
 * again. Pagefind has no incremental mode: a run indexes every page it is given (32-36 s for 20,000
 * articles). Split into shards, a correction indexes only the shard holding the corrected story.
 *
 * A page's shard is a hash of its path, so a story keeps its shard whatever else is published,
 * deleted or backdated. The number of shards is the smallest power of two that keeps each under
 * ARTICLES_PER_SEARCH_SHARD on average. It changes only when the archive crosses such a size, either
 * way, and that build indexes everything: it must follow from the content alone, or an incremental
 * build could differ from a full one. Every shard is one more small request when a reader first searches (the
 * shards share the first one's WebAssembly), which is why they are not smaller.
 */

/** About 4 s of Pagefind a shard on two cores; 8 shards at 20,000 articles. */
export const ARTICLES_PER_SEARCH_SHARD = 2500;

/** How many shards an index of `articles` pages has. */
export function searchShardCount(articles: number, perShard = ARTICLES_PER_SEARCH_SHARD): number {
  if (!Number.isInteger(perShard) || perShard < 1) throw new Error(`A search shard must hold a whole number of articles, at least 1 (not ${perShard}).`);
  let count = 1;
  while (count * perShard < articles) count *= 2;
  return count;
}

/** The shard a page belongs to among `count`: the same for the same path, whatever the build. */
export function searchShardOf(page: string, count: number): number {
  return createHash('sha256').update(page).digest().readUInt32BE(0) % count;
}

export interface SearchShardInputs {
  /** The article pages to index (plan keys: "/articles/<slug>"). */
  pages: readonly string[];
  perShard?: number;
  /**
   * This build's fingerprints: its code's, and each page's. Without them (no build plan) no shard
   * gets a print, so none is ever kept by a later build.
   */
  prints?: { code: string; pages: Readonly<Record<string, string>> };
  /** The shards in out/, when the build plan lets this build take files from out/. */
  previous?: SearchShardList;
}

export interface PlannedSearchShard extends SearchShard {
  pages: string[];
  /** Its files in out/ were made from the same pages and code: taken as they are. */
  keep: boolean;
}

/**
 * The shards of this build's index, each with its pages in path order (shards with no page are
 * left out). A shard is kept when the previous list records the same print: the same code indexed
 * the same pages, each with the same fingerprint, so the files are the ones this build would write.
 */
export function planSearchShards({ pages, perShard, prints, previous }: SearchShardInputs): PlannedSearchShard[] {
  const count = searchShardCount(pages.length, perShard);
  const members: string[][] = Array.from({ length: count }, () => []);
  for (const page of [...pages].sort()) members[searchShardOf(page, count)]!.push(page);
  const before = new Map(previous?.shards.map((shard) => [shard.folder, shard.print]));
  return members.flatMap((shardPages, index) => {
    if (shardPages.length === 0) return [];
    const folder = String(index);
    const print = prints && shardPrint(shardPages, prints);
    return [{ folder, articles: shardPages.length, print, pages: shardPages, keep: print !== undefined && before.get(folder) === print }];
  });
}

/** The shard's print, or undefined when a page has no fingerprint (it is then always indexed). */
function shardPrint(pages: readonly string[], prints: NonNullable<SearchShardInputs['prints']>): string | undefined {
  const pagePrints = pages.map((page) => prints.pages[page]);
  if (pagePrints.some((print) => print === undefined)) return undefined;
  return fingerprint({ code: prints.code, pages, pagePrints });
}
