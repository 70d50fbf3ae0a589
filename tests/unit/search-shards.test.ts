import { describe, expect, it } from 'vitest';
import { planSearchShards, searchShardCount, searchShardOf } from '@/lib/build-plan/search-shards';
import { isSearchShardList } from '@/lib/search-index';

const pages = Array.from({ length: 40 }, (_, index) => `/articles/story-${index}`);
const prints = (changed: Record<string, string> = {}) => ({
  code: 'code-1',
  pages: { ...Object.fromEntries(pages.map((page) => [page, `print-of-${page}`])), ...changed },
});
/** The list a build publishes, as the next build reads it back. */
const published = (shards: ReturnType<typeof planSearchShards>) => ({ shards: shards.map(({ folder, articles, print }) => ({ folder, articles, print })) });

describe('searchShardCount', () => {
  it('is the smallest power of two that keeps shards within their size', () => {
    expect([0, 1, 2500].map((articles) => searchShardCount(articles))).toEqual([1, 1, 1]);
    expect([2501, 5000, 5001, 20_000, 20_001].map((articles) => searchShardCount(articles))).toEqual([2, 2, 4, 8, 16]);
    expect(searchShardCount(40, 8)).toBe(8);
  });

  it('refuses a shard size that is not a whole number of articles', () => {
    for (const size of [0, -1, 2.5, Number.NaN]) expect(() => searchShardCount(10, size), String(size)).toThrow(/whole number/);
  });
});

describe('planSearchShards', () => {
  it('puts every page in exactly one shard, by a hash of its path alone', () => {
    const shards = planSearchShards({ pages, perShard: 8 });
    expect(shards.flatMap((shard) => shard.pages).sort()).toEqual([...pages].sort());
    for (const shard of shards) {
      expect(shard.articles).toBe(shard.pages.length);
      for (const page of shard.pages) expect(searchShardOf(page, 8)).toBe(Number(shard.folder));
    }
    // With several shards, they are not all in one.
    expect(shards.length).toBeGreaterThan(4);
  });

  it('keeps a page in its shard when others are added or deleted', () => {
    const before = planSearchShards({ pages, perShard: 8 });
    const after = planSearchShards({ pages: [...pages.slice(5), '/articles/a-new-story'], perShard: 8 });
    const shardOf = (shards: typeof before, page: string) => shards.find((shard) => shard.pages.includes(page))?.folder;
    for (const page of pages.slice(5)) expect(shardOf(after, page), page).toBe(shardOf(before, page));
  });

  it('keeps only the shards whose pages and code are unchanged since the list in out/', () => {
    const first = planSearchShards({ pages, perShard: 8, prints: prints() });
    const corrected = first[0]!.pages[0]!;
    const second = planSearchShards({ pages, perShard: 8, prints: prints({ [corrected]: 'a corrected print' }), previous: published(first) });
    expect(second.filter((shard) => !shard.keep).map((shard) => shard.folder)).toEqual([first[0]!.folder]);

    const deleted = first[1]!.pages[0]!;
    const withoutOne = planSearchShards({ pages: pages.filter((page) => page !== deleted), perShard: 8, prints: prints(), previous: published(first) });
    expect(withoutOne.filter((shard) => !shard.keep).map((shard) => shard.folder)).toEqual([first[1]!.folder]);

    const newCode = planSearchShards({ pages, perShard: 8, prints: { ...prints(), code: 'code-2' }, previous: published(first) });
    expect(newCode.some((shard) => shard.keep)).toBe(false);
  });

  it('keeps nothing without prints, without a previous list, or for a page with no print', () => {
    const first = planSearchShards({ pages, perShard: 8, prints: prints() });
    expect(planSearchShards({ pages, perShard: 8, previous: published(first) }).some((shard) => shard.keep)).toBe(false);
    expect(planSearchShards({ pages, perShard: 8, prints: prints() }).some((shard) => shard.keep)).toBe(false);
    const unprinted = { ...prints(), pages: Object.fromEntries(Object.entries(prints().pages).slice(1)) };
    const second = planSearchShards({ pages, perShard: 8, prints: unprinted, previous: published(first) });
    const holder = second.find((shard) => shard.pages.includes(pages[0]!))!;
    expect(holder.keep).toBe(false);
    expect(holder.print).toBeUndefined();
    expect(second.filter((shard) => shard !== holder).every((shard) => shard.keep)).toBe(true);
  });

  it('indexes everything again when the archive outgrows its shards, since each then holds other pages', () => {
    const first = planSearchShards({ pages, perShard: 8, prints: prints() });
    const grown = planSearchShards({ pages, perShard: 4, prints: prints(), previous: published(first) });
    expect(grown.length).toBeGreaterThan(first.length);
    for (const shard of grown.filter((candidate) => candidate.keep)) {
      // Only a shard with the very same pages could be kept, and then its files are right.
      expect(shard.pages).toEqual(first.find((old) => old.folder === shard.folder)?.pages);
    }
  });
});

describe('isSearchShardList', () => {
  it('takes a list of shards and refuses anything a browser should not build URLs from', () => {
    expect(
      isSearchShardList({
        shards: [
          { folder: '0', articles: 3, print: 'x' },
          { folder: '5', articles: 1 },
        ],
      }),
    ).toBe(true);
    for (const list of [
      null,
      {},
      { shards: {} },
      { shards: [{ folder: '../x', articles: 1 }] },
      { shards: [{ folder: '0' }] },
      { shards: [{ folder: '0', articles: 1, print: 3 }] },
    ]) {
      expect(isSearchShardList(list), JSON.stringify(list)).toBe(false);
    }
  });
});
