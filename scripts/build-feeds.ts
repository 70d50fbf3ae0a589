/**
 * Writes every feed into the exported site after `next build`: RSS 2.0, Atom 1.0 and JSON Feed 1.1
 * for the whole site, and RSS for each tag, author and sentiment. Each entry's full text is the
 * article's compiled body (the HTML its page inserts), so a feed never drifts from the page and
 * never depends on Next's markup. Which articles are published is decided by the build's clock
 * (lib/build-clock.ts), the same one the pages were rendered with, so no feed links a page that
 * was not rendered.
 *
 * Usage: tsx scripts/build-feeds.ts [OUTPUT_DIR] [--plan FILE]   (default: out; a staging folder for an atomic build)
 * --plan: the running build's plan file; an incremental plan names the feeds whose entries changed,
 * and only those are written (lib/build-plan/page-prints.ts says what a feed's fingerprint holds).
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pageKey } from '../lib/build-plan/paths';
import { readPlanFile } from '../lib/build-plan/planned-params';
import { buildTime } from '../lib/build-clock';
import { publicFileBytes, publicFolder } from '../lib/content/folders';
import { getArticleAuthors, getArticleTags, getAuthor, getListings, type Article } from '../lib/content/queries';
import { readSignedArticleBodyHtml } from '../lib/content/trust-queries';
import { renderAtom } from '../lib/feeds/atom';
import { type FeedFile, feedFiles, feedSources } from '../lib/feeds/catalog';
import { createChannelBuilder } from '../lib/feeds/channel';
import { FeedEntryError } from '../lib/feeds/entry-step';
import { renderJsonFeed } from '../lib/feeds/json-feed';
import { renderRss } from '../lib/feeds/rss';
import type { FeedChannel } from '../lib/feeds/types';
import { writeFileAtomically } from '../lib/write-atomically';
import { siteConfig } from '../site.config';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { plan: { type: 'string' } } });
const outArgument = positionals[0] ?? 'out';
const outDir = resolve(outArgument);

const buildChannel = createChannelBuilder<Article>({
  site: siteConfig,
  publisher: getAuthor(siteConfig.publisherAuthor),
  authorsOf: getArticleAuthors,
  tagsOf: getArticleTags,
  // The page's body, verdict signed, so a feed entry says who gave the verdict and when.
  readBodyHtml: readSignedArticleBodyHtml,
  publicFileSize: (sitePath) => {
    const bytes = publicFileBytes(sitePath);
    if (bytes === undefined) throw new Error(`there is no file ${join(publicFolder(), sitePath)}`);
    return bytes;
  },
  now: buildTime(),
});

const RENDERERS: Record<FeedFile<Article>['format'], (channel: FeedChannel) => string> = { rss: renderRss, atom: renderAtom, json: renderJsonFeed };

function writeFeed({ source, path: sitePath, format }: FeedFile<Article>) {
  const file = join(outDir, decodeURIComponent(sitePath));
  let contents: string;
  try {
    contents = RENDERERS[format](buildChannel(source, sitePath));
  } catch (error) {
    // An entry's error already names its content file; anything else is named by its feed.
    if (error instanceof FeedEntryError) throw error;
    throw new Error(`${sitePath} (the feed of ${source.listingPath}): ${error instanceof Error ? `${error.name}: ${error.message}` : error}`, { cause: error });
  }
  // Written under another name and renamed: run by hand on out/, no reader sees half a feed, and
  // a feed that is a hard link into another tree is replaced rather than written through.
  writeFileAtomically(file, contents);
}

/** The feeds an incremental build's plan (--plan) renders; every feed when the plan is full or none is given. */
function plannedFeeds(files: Array<FeedFile<Article>>): Array<FeedFile<Article>> {
  if (!values.plan) return files;
  const { plan } = readPlanFile(values.plan);
  if (plan.kind === 'full') return files;
  const render = new Set(plan.render);
  return files.filter((feed) => render.has(pageKey(feed.path)));
}

try {
  const files = feedFiles(feedSources(getListings(), siteConfig.feedItems));
  const planned = plannedFeeds(files);
  for (const feed of planned) writeFeed(feed);
  const carried = files.length - planned.length;
  console.log(
    `Feeds: ${planned.length} of ${files.length} feed files written to ${outArgument}/${carried > 0 ? `, ${carried} unchanged carried over from out/` : ''}`,
  );
} catch (error) {
  // The message names the file and step; the cause's stack is for whoever fixes the code.
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof Error && error.cause instanceof Error) console.error(`\nCaused by ${error.cause.stack}`);
  console.error('\nFeeds step failed: fix the file named above and build again.');
  process.exitCode = 1;
}
