/**
 * Writes every feed into the exported site after `next build`: RSS 2.0, Atom 1.0 and JSON Feed 1.1
 * for the whole site, and RSS for each tag, author and sentiment. It runs after the export because
 * each entry's full text is taken from the exported article page, so a feed never drifts from the
 * page. Drafts and scheduled stories have no page and are not in the queries, so they never
 * reach a feed.
 *
 * Usage: tsx scripts/build-feeds.ts [OUTPUT_DIR]   (default: out; a staging folder for an atomic build)
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { renderAtom } from '../lib/feeds/atom';
import { listingFeedSources, siteFeedSource, type FeedSource } from '../lib/feeds/catalog';
import { createChannelBuilder } from '../lib/feeds/channel';
import { FeedEntryError } from '../lib/feeds/entry-step';
import { renderJsonFeed } from '../lib/feeds/json-feed';
import { renderRss } from '../lib/feeds/rss';
import type { FeedChannel } from '../lib/feeds/types';
import { articlePath, SITE_FEEDS } from '../lib/urls';

const outArgument = process.argv[2] ?? 'out';
const outDir = resolve(outArgument);

const buildChannel = createChannelBuilder({
  readArticlePage: (slug) => readFileSync(join(outDir, decodeURIComponent(`${articlePath(slug)}.html`)), 'utf8'),
  publicFileSize: (sitePath) => statSync(join(process.cwd(), 'public', sitePath)).size,
  now: new Date(),
});

function writeFeed(source: FeedSource, sitePath: string, render: (channel: FeedChannel) => string) {
  const file = join(outDir, decodeURIComponent(sitePath));
  let contents: string;
  try {
    contents = render(buildChannel(source, sitePath));
  } catch (error) {
    // An entry's error already names its content file; anything else is named by its feed.
    if (error instanceof FeedEntryError) throw error;
    throw new Error(`${sitePath} (the feed of ${source.listingPath}): ${error instanceof Error ? `${error.name}: ${error.message}` : error}`, { cause: error });
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
}

try {
  const site = siteFeedSource();
  writeFeed(site, SITE_FEEDS.rss, renderRss);
  writeFeed(site, SITE_FEEDS.atom, renderAtom);
  writeFeed(site, SITE_FEEDS.json, renderJsonFeed);

  const listings = listingFeedSources();
  for (const source of listings) writeFeed(source, source.rssPath, renderRss);

  console.log(`Feeds: 3 site feeds and ${listings.length} listing feeds written to ${outArgument}/`);
} catch (error) {
  // The message names the file and step; the cause's stack is for whoever fixes the code.
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof Error && error.cause instanceof Error) console.error(`\nCaused by ${error.cause.stack}`);
  console.error('\nFeeds step failed: fix the file named above and build again.');
  process.exitCode = 1;
}
