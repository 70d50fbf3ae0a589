/**
 * Writes every feed into the exported site after `next build`: RSS 2.0, Atom 1.0 and JSON Feed 1.1
 * for the whole site, and RSS for each tag, author and sentiment. Each entry's full text is the
 * article's compiled body (the HTML its page inserts), so a feed never drifts from the page and
 * never depends on Next's markup. Which articles are published is decided by the build's clock
 * (lib/build-clock.ts), the same one the pages were rendered with, so no feed links a page that
 * was not rendered.
 *
 * Usage: tsx scripts/build-feeds.ts [OUTPUT_DIR]   (default: out; a staging folder for an atomic build)
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildTime } from '../lib/build-clock';
import { publicFolder } from '../lib/content/folders';
import { getArticleAuthors, getArticleTags, getAuthor, getListings, type Article } from '../lib/content/queries';
import { readSignedArticleBodyHtml } from '../lib/content/trust-queries';
import { renderAtom } from '../lib/feeds/atom';
import { feedSources, type FeedSource } from '../lib/feeds/catalog';
import { createChannelBuilder } from '../lib/feeds/channel';
import { FeedEntryError } from '../lib/feeds/entry-step';
import { renderJsonFeed } from '../lib/feeds/json-feed';
import { renderRss } from '../lib/feeds/rss';
import type { FeedChannel } from '../lib/feeds/types';
import { SITE_FEEDS } from '../lib/urls';
import { siteConfig } from '../site.config';

const outArgument = process.argv[2] ?? 'out';
const outDir = resolve(outArgument);

const buildChannel = createChannelBuilder<Article>({
  site: siteConfig,
  publisher: getAuthor(siteConfig.publisherAuthor),
  authorsOf: getArticleAuthors,
  tagsOf: getArticleTags,
  // The page's body, verdict signed, so a feed entry says who gave the verdict and when.
  readBodyHtml: readSignedArticleBodyHtml,
  publicFileSize: (sitePath) => statSync(join(process.cwd(), publicFolder(), sitePath)).size,
  now: buildTime(),
});

function writeFeed(source: FeedSource<Article>, sitePath: string, render: (channel: FeedChannel) => string) {
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
  const [site, ...listings] = feedSources(getListings(), siteConfig.feedItems);
  writeFeed(site!, SITE_FEEDS.rss, renderRss);
  writeFeed(site!, SITE_FEEDS.atom, renderAtom);
  writeFeed(site!, SITE_FEEDS.json, renderJsonFeed);
  for (const source of listings) writeFeed(source, source.rssPath, renderRss);

  console.log(`Feeds: 3 site feeds and ${listings.length} listing feeds written to ${outArgument}/`);
} catch (error) {
  // The message names the file and step; the cause's stack is for whoever fixes the code.
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof Error && error.cause instanceof Error) console.error(`\nCaused by ${error.cause.stack}`);
  console.error('\nFeeds step failed: fix the file named above and build again.');
  process.exitCode = 1;
}
