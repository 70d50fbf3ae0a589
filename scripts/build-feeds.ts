/**
 * Writes every feed into out/ after `next build`: RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the
 * whole site, and RSS for each tag, author and sentiment. It runs after the export because each
 * entry's full text is taken from the exported article page, so a feed never drifts from the
 * page. Drafts and scheduled stories have no page and are not in the queries, so they never
 * reach a feed.
 *
 * Usage: tsx scripts/build-feeds.ts
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderAtom } from '../lib/feeds/atom';
import { listingFeedSources, siteFeedSource } from '../lib/feeds/catalog';
import { createChannelBuilder } from '../lib/feeds/channel';
import { renderJsonFeed } from '../lib/feeds/json-feed';
import { renderRss } from '../lib/feeds/rss';
import { articlePath, SITE_FEEDS } from '../lib/urls';

const outDir = join(process.cwd(), process.argv[2] ?? 'out');

const buildChannel = createChannelBuilder({
  readArticlePage: (slug) => readFileSync(join(outDir, decodeURIComponent(`${articlePath(slug)}.html`)), 'utf8'),
  publicFileSize: (sitePath) => statSync(join(process.cwd(), 'public', sitePath)).size,
  now: new Date(),
});

function write(sitePath: string, contents: string) {
  const file = join(outDir, decodeURIComponent(sitePath));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
}

const site = siteFeedSource();
write(SITE_FEEDS.rss, renderRss(buildChannel(site, SITE_FEEDS.rss)));
write(SITE_FEEDS.atom, renderAtom(buildChannel(site, SITE_FEEDS.atom)));
write(SITE_FEEDS.json, renderJsonFeed(buildChannel(site, SITE_FEEDS.json)));

const listings = listingFeedSources();
for (const source of listings) write(source.rssPath, renderRss(buildChannel(source, source.rssPath)));

console.log(`Feeds: 3 site feeds and ${listings.length} listing feeds written to out/`);
