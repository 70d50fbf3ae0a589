/*
 * The published search index: Pagefind bundles in shards, /pagefind/<folder>/, listed by
 * /pagefind/shards.json. The reader's browser loads the first shard's script and joins the others
 * to it (Pagefind's mergeIndex), so one search covers them all. The build writes them
 * (scripts/build-search.ts, lib/build-plan/search-shards.ts says which articles go where).
 */

/** One shard of the index, as the list records it. */
export interface SearchShard {
  /** Its folder below /pagefind/: a whole number. */
  folder: string;
  /** How many article pages it indexes. */
  articles: number;
  /**
   * A hash of everything its files were made from (the code, and each indexed page's fingerprint):
   * a later build that finds the same hash keeps the shard's files rather than indexing it again.
   * Absent when built without a build plan (`npm run build:search`), which no build then trusts.
   */
  print?: string;
}

export interface SearchShardList {
  shards: SearchShard[];
}

const isShard = (value: unknown): value is SearchShard =>
  typeof value === 'object' &&
  value !== null &&
  'folder' in value &&
  typeof value.folder === 'string' &&
  /^\d+$/.test(value.folder) &&
  'articles' in value &&
  typeof value.articles === 'number' &&
  (!('print' in value) || typeof value.print === 'string');

/** Whether a parsed shards.json is a list of shards (a file from another version is not). */
export const isSearchShardList = (value: unknown): value is SearchShardList =>
  typeof value === 'object' && value !== null && 'shards' in value && Array.isArray(value.shards) && value.shards.every(isShard);
