/*
 * Smoke test of the sample content: the browser and site tests run against the fixture site
 * (tests/support/fixture-site.ts), so this checks that what content/ holds today builds into a
 * whole site. `npm run test:sample` builds it first and runs the HTML and link checks beside this.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { CONTENT_DIR, OUT_DIR, publishedArticles, unpublishedArticles } from '../e2e/helpers/content';

const problems: string[] = [];
const published = publishedArticles();
if (published.length === 0) problems.push(`${CONTENT_DIR} has no published article`);

const page = (slug: string) => join(OUT_DIR, 'articles', `${slug}.html`);
for (const { slug } of published) if (!existsSync(page(slug))) problems.push(`no page for the published article ${slug}`);
for (const { slug } of unpublishedArticles()) if (existsSync(page(slug))) problems.push(`the unpublished article ${slug} has a page`);

const newest = published[0];
if (newest) {
  const home = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
  if (!home.includes(`/articles/${newest.slug}"`)) problems.push(`the home page does not link the newest article ${newest.slug}`);
  const rss = await new Parser().parseString(readFileSync(join(OUT_DIR, 'feed.xml'), 'utf8'));
  const atom = await new Parser().parseString(readFileSync(join(OUT_DIR, 'atom.xml'), 'utf8'));
  const json = JSON.parse(readFileSync(join(OUT_DIR, 'feed.json'), 'utf8')) as { items: Array<{ url: string }> };
  const feedLinks = {
    'feed.xml': rss.items.map((item) => item.link),
    'atom.xml': atom.items.map((item) => item.link),
    'feed.json': json.items.map((item) => item.url),
  };
  for (const [feed, links] of Object.entries(feedLinks)) {
    if (!links.some((link) => link?.endsWith(`/articles/${newest.slug}`))) problems.push(`${feed} does not carry the newest article ${newest.slug}`);
  }
}

if (problems.length > 0) {
  console.error(`✗ The sample content did not build into a whole site:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`✓ Sample site: ${published.length} published articles have pages, unpublished ones none, and the home page and feeds carry the newest.`);
