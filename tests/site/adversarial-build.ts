/**
 * The adversarial corpus, built: content that passes the check but is full of markup-like text,
 * symbols, odd encodings and hostile attribute values (tests/fixtures/adversarial/escaped/) is
 * built in a scratch copy of the project, and every output that carries it is read back with a
 * real parser: the page (<title>, meta tags, JSON-LD, body), the author page, tag pages, RSS, Atom,
 * JSON Feed, the sitemap and the search index. Each must say exactly what the author wrote, and
 * nothing the author wrote may become markup or script.
 *
 * Then the files that must never build: JavaScript frontmatter handed straight to the content
 * compile (no marker may appear), and the same file through `npm run build`, which must fail and leave the
 * previous out/ exactly as it was.
 *
 * Usage: tsx tests/site/adversarial-build.ts   (npm test runs it)
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Element, Root, RootContent } from 'hast';
import { selectAll, select } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import Parser from 'rss-parser';
import { create } from 'xmlbuilder2';
import { tagSlug } from '../../lib/tags';
import { typeset } from '../../lib/typography';
import { FIXTURES } from '../support/adversarial-tree';
import { scratchProject } from './scratch-project';

// As written, typeset as readers get them (curly quotes: lib/typography.ts); escaping must keep the rest.
const TITLE = typeset(`Tom & Jerry <script>alert('title')</script> say "hi" </title><b>bold</b>`);
const SUMMARY = typeset('Editors typed <b>, & and "quotes" into headlines, and a stray');
const AUTHOR = `Eve "Quote" <O'Brien> & Co`;
const SITE_URL = 'https://news.example.com';

/** The JSON Feed fields these checks read. */
interface JsonFeedItem {
  url: string;
  title: string;
  summary: string;
  content_html: string;
  authors: Array<{ name: string }>;
}

const results: Array<{ name: string; error?: unknown }> = [];
function check(name: string, test: () => void) {
  try {
    test();
    results.push({ name });
  } catch (error) {
    results.push({ name, error });
  }
}
function equal<T>(actual: T, expected: T, what: string) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
function ok(condition: unknown, what: string) {
  if (!condition) throw new Error(what);
}

const html = (source: string) => unified().use(rehypeParse).parse(source) as Root;
const fragment = (source: string) => unified().use(rehypeParse, { fragment: true }).parse(source) as Root;
const text = (node: Root | RootContent | undefined): string =>
  !node ? '' : node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '';
const attribute = (node: Element | undefined, name: string) => (node ? String(node.properties[name] ?? '') : '');

/** Inline scripts a page may carry: Next's payload (data inside a string), its bootstrap and the theme script. */
function injectedScripts(tree: Root): Element[] {
  return selectAll('script:not([src])', tree).filter((script) => {
    const code = text(script);
    if (script.properties.type === 'application/ld+json') return false;
    return code.includes('alert(') && !code.startsWith('self.__next_f.push');
  });
}

const project = scratchProject(join(FIXTURES, 'adversarial/escaped/content'), join(FIXTURES, 'site/public'));
const out = join(project.root, 'out');
const read = (path: string) => readFileSync(join(out, path), 'utf8');

try {
  const build = project.run('npm run build', { NEWSDESK_SITE_URL: SITE_URL });
  if (build.status !== 0) throw new Error(`The build of the escaped corpus failed:\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);

  const page = html(read('articles/escaped-everywhere.html'));
  check('article <title> carries the headline as text', () => equal(text(select('title', page)), `${TITLE} | Newsdesk`, '<title>'));
  check('article <h1> is the headline as text, with no element inside', () => {
    equal(text(select('h1', page)), TITLE, '<h1>');
    equal(selectAll('h1 *', page).length, 0, 'elements inside <h1>');
  });
  check('Open Graph and Twitter titles are the headline', () => {
    equal(attribute(select('meta[property="og:title"]', page), 'content'), TITLE, 'og:title');
    equal(attribute(select('meta[name="twitter:title"]', page), 'content'), TITLE, 'twitter:title');
    equal(attribute(select('meta[name="description"]', page), 'content'), SUMMARY, 'description');
  });
  check('JSON-LD parses and names the headline and author', () => {
    const blocks = selectAll('script[type="application/ld+json"]', page).map((script) => JSON.parse(text(script)));
    const article = blocks.flatMap((block) => (Array.isArray(block) ? block : (block['@graph'] ?? [block]))).find((node) => node.headline);
    equal(article?.headline, TITLE, 'headline');
    ok(JSON.stringify(article).includes(JSON.stringify(AUTHOR).slice(1, -1)), 'author name in JSON-LD');
  });
  check('no script from the content runs on the article page', () => equal(injectedScripts(page).length, 0, 'injected scripts'));
  check("text that looks like Next's scripts or the hydration mark neither keeps the runtime nor is cut", () => {
    const scripts = selectAll('script', page);
    equal(scripts.filter((script) => attribute(script, 'src').includes('/_next/')).length, 0, 'scripts from /_next/');
    equal(scripts.filter((script) => text(script).includes('__next_f')).length, 0, 'hydration payload scripts');
    ok(text(page).includes('<script id="site-behaviours"></script><script src="/_next/static/chunks/main.js"></script>'), 'the code span, whole');
    ok(text(page).includes('<div data-hydrated="">'), 'the mark, as text');
  });
  check('body text, attributes and code keep what the author wrote', () => {
    const body = select('article', page) ?? page;
    ok(text(body).includes("</script><script>alert('code')</script>"), 'code span text');
    equal(attribute(select('abbr', body), 'title'), '"><script>alert("attr")</script>', 'abbr title');
    ok(select('#user-content-__next_f', body), 'the author id carries the user-content- prefix');
    ok(!select('#__next_f', page), 'no element with the bare id __next_f');
    ok(select('td.align-right', body), 'right-aligned column as a class');
    equal(selectAll('[style]', body).length, 0, 'style attributes in the article');
  });
  check('the byline and the credit are text', () => {
    ok(text(page).includes(AUTHOR), 'author name');
    ok(text(page).includes(`Photo: ${typeset("Credit </figcaption><script>alert('credit')</script>")}`), 'image credit');
  });
  check('an illustration is captioned so, its credit as text', () => {
    const illustrated = html(read('articles/illustration-credit.html'));
    equal(
      text(select('figcaption', illustrated)),
      `Illustration: ${typeset("Drawn by </figcaption><script>alert('illustrator')</script> & Co")}`,
      'figcaption',
    );
    equal(injectedScripts(illustrated).length, 0, 'injected scripts');
  });

  // Share cards are drawn after the export by their own step (scripts/build-cards.ts), from the same hostile titles.
  check('every article has a 1200×630 share card, hostile headlines and bylines included', () => {
    for (const slug of ['escaped-everywhere', 'corrected-markup', 'illustration-credit', 'byte-order-mark', 'windows-line-endings']) {
      const png = readFileSync(join(out, 'articles', slug, 'social-card.png'));
      equal([png.subarray(1, 4).toString(), png.readUInt32BE(16), png.readUInt32BE(20)], ['PNG', 1200, 630], `${slug}/social-card.png`);
    }
  });

  const authorPage = html(read('authors/eve-quote.html'));
  check('author page: name and role are text, links are safe', () => {
    equal(text(select('h1', authorPage)), AUTHOR, 'author <h1>');
    ok(text(authorPage).includes(typeset("Writes </script><script>alert('role')</script> for a living")), 'role');
    equal(injectedScripts(authorPage).length, 0, 'injected scripts');
    ok(
      selectAll('a', authorPage).some((a) => a.properties.href === 'https://social.example/@eve'),
      'Mastodon handle becomes its profile URL',
    );
  });

  // Signed verdicts, trust pages, beats and the masthead: every trust field comes out as text.
  check("the verdict is signed with the analyst's name as text", () => {
    const signature = select('[data-verdict-signature]', page);
    equal(text(select('a', signature)), AUTHOR, 'analyst name');
    equal(attribute(select('a', signature), 'href'), '/authors/eve-quote', 'analyst link');
  });
  const MAL = "Mal </a><script>alert('masthead')</script> Beats";
  const trustPage = html(read('about/escaped-page.html'));
  check('a trust page: title and summary are text, the masthead names authors as text, nothing runs', () => {
    equal(text(select('h1', trustPage)), `Standards </title><script>alert('page title')</script> & "quotes"`, 'page <h1>');
    equal(attribute(select('meta[name="description"]', trustPage), 'content'), 'A summary with <b>markup</b> & "quotes"', 'description');
    ok(
      selectAll('[data-masthead-list] a', trustPage).some((link) => text(link) === MAL),
      'guest analyst on the masthead',
    );
    ok(text(trustPage).includes("</script><script>alert('page code')</script>"), 'code span text');
    equal(injectedScripts(trustPage).length, 0, 'injected scripts');
  });
  const malPage = html(read('authors/mal-beats.html'));
  check("an author's beats and labels are text", () => {
    equal(text(select('h1', malPage)), MAL, 'author <h1>');
    ok(text(malPage).includes('Never Tagged <script>'), 'an untagged beat as text');
    ok(
      selectAll('a', malPage).some((link) => text(link) === '<b>Markup</b> & Co' && attribute(link, 'href') === '/tags/bmarkupb-and-co'),
      'a beat linked to its tag page',
    );
    equal(text(select('[data-author-labels]', malPage)), 'AnalystGuest contributor', 'labels');
    equal(injectedScripts(malPage).length, 0, 'injected scripts');
  });

  const tags = ['C++', 'C#', 'F#', '.NET', 'AI', '📈', '<b>Markup</b> & Co', 'Café'];
  check('each tag has its own page and feed, with a non-empty slug', () => {
    const slugs = tags.map(tagSlug);
    equal(new Set(slugs).size, tags.length, 'distinct slugs');
    equal(slugs.slice(0, 6), ['c-plus-plus', 'c-sharp', 'f-sharp', 'dot-net', 'ai', 'u-1f4c8'], 'slugs');
    for (const slug of slugs) {
      ok(existsSync(join(out, 'tags', `${slug}.html`)), `tags/${slug}.html`);
      ok(existsSync(join(out, 'tags', slug, 'feed.xml')), `tags/${slug}/feed.xml`);
    }
    ok(!existsSync(join(out, 'tags/feed.xml')), 'no feed for an empty slug');
  });
  check('Café typed two ways is one tag page listing both stories', () => {
    const cafe = read(`tags/${'Café'.normalize('NFC').toLowerCase()}.html`);
    ok(cafe.includes('Saved on Windows') && cafe.includes('Byte-order mark'), 'both stories on one page');
    equal(readdirSync(join(out, 'tags')).filter((file) => file !== file.normalize('NFC')).length, 0, 'files named in another normalisation');
  });
  check('CRLF and BOM files built with clean titles', () => {
    equal(text(select('h1', html(read('articles/windows-line-endings.html')))), 'Saved on Windows', 'CRLF title');
    equal(text(select('h1', html(read('articles/byte-order-mark.html')))), 'Byte-order mark', 'BOM title');
  });

  const corrected = html(read('articles/corrected-markup.html'));
  const CORRECTION = "Correction </script><script>alert('correction')</script> & <b>not bold</b>";
  check('corrections and updates are text on the page and in JSON-LD, with no element or script from them', () => {
    const notes = selectAll('[data-correction], [data-update]', corrected);
    equal(notes.length, 3, 'notes on the page');
    ok(text(notes[0]).endsWith(`: ${CORRECTION}`), 'correction text');
    ok(text(notes[1]).includes(`Update </li></ol><script>alert('update')</script> & "quoted"`), 'newest update first, as text');
    ok(text(notes[2]).includes("First update <img src=x onerror=alert('img')>"), 'oldest update last, as text');
    equal(selectAll('[data-correction] script, [data-update] script, [data-update] img, [data-correction] b', corrected).length, 0, 'elements inside notes');
    equal(injectedScripts(corrected).length, 0, 'injected scripts');
    const ld = selectAll('script[type="application/ld+json"]', corrected).flatMap((script) => [JSON.parse(text(script))].flat());
    const news = ld.find((node) => node['@type'] === 'NewsArticle');
    equal(news?.correction, [{ '@type': 'CorrectionComment', text: CORRECTION, datePublished: '2026-03-03T08:00:00.000Z' }], 'JSON-LD correction');
    equal([news?.dateModified, news?.isAccessibleForFree], ['2026-03-03T08:00:00.000Z', false], 'JSON-LD dateModified and access');
    ok(text(corrected).includes('Developing story'), 'developing label');
  });
  check('the corrections page lists the correction as text', () => {
    const page = html(read('corrections.html'));
    ok(text(page).includes(CORRECTION), 'correction text on /corrections');
    equal(injectedScripts(page).length, 0, 'injected scripts');
    ok(existsSync(join(out, 'corrections/feed.xml')), 'corrections feed');
  });

  // rss-parser (xml2js underneath) reads RSS and Atom as feed readers do, entities decoded.
  const feedReader = new Parser({ customFields: { item: ['description', 'summary'] } });
  const rss = await feedReader.parseString(read('feed.xml'));
  const rssItem = rss.items.find((item) => item.link?.endsWith('/escaped-everywhere'));
  check('RSS: title is the text, description shows the summary as written', () => {
    equal(rssItem?.title, TITLE, 'RSS title');
    equal(text(fragment(String(rssItem?.description))), SUMMARY, 'RSS description read as HTML');
    equal(selectAll('script', fragment(String((rssItem as Record<string, unknown> | undefined)?.['content:encoded']))).length, 0, 'scripts in content:encoded');
  });
  const atom = await feedReader.parseString(read('atom.xml'));
  const atomEntry = atom.items.find((item) => item.link?.endsWith('/escaped-everywhere'));
  check('Atom: title and summary are the text as written', () => {
    equal(atomEntry?.title, TITLE, 'Atom title');
    equal(typeof atomEntry?.summary === 'object' ? (atomEntry.summary as { _: string })._ : atomEntry?.summary, SUMMARY, 'Atom summary');
  });
  const jsonItem = (JSON.parse(read('feed.json')) as { items: JsonFeedItem[] }).items.find((item) => item.url.endsWith('/escaped-everywhere'))!;
  check('JSON Feed: title and summary are the text, content has no script', () => {
    equal(jsonItem.title, TITLE, 'title');
    equal(jsonItem.summary, SUMMARY, 'summary');
    equal(selectAll('script', fragment(jsonItem.content_html)).length, 0, 'scripts in content_html');
    equal(jsonItem.authors[0]?.name, AUTHOR, 'author');
  });
  check('sitemap is well-formed XML and lists every tag page', () => {
    const sitemap = create(read('sitemap.xml')).end({ format: 'object' }) as { urlset: { url: Array<{ loc: unknown }> } };
    const urls = sitemap.urlset.url.map((entry) => String(entry.loc));
    for (const slug of tags.map(tagSlug)) ok(urls.includes(`${SITE_URL}/tags/${encodeURIComponent(slug)}`), `sitemap has /tags/${slug}`);
  });
  check('search index holds the headline as text', () => {
    const fragmentFiles = readdirSync(join(out, 'pagefind'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.pf_fragment'));
    const fragments = fragmentFiles.map((file) =>
      JSON.parse(
        gunzipSync(readFileSync(join(out, 'pagefind', file)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ),
    );
    const entry = fragments.find((candidate) => String(candidate.url).includes('escaped-everywhere'));
    equal(entry?.meta?.title, TITLE, 'pagefind title');
  });

  // Files that must never build.
  const jsFixture = join(FIXTURES, 'adversarial/refused/articles/js-frontmatter.mdx');
  const marker = join(project.root, 'ran-javascript');
  const before = treeHash(out);
  copyFileSync(jsFixture, join(project.root, 'content/articles/js-frontmatter.mdx'));
  // The compile alone, as the preview runs it with no check in front (the build's step checks first).
  const compiled = project.run('node --import tsx scripts/compile-content.ts', { NEWSDESK_ADVERSARIAL_MARKER: marker });
  check('the content compile refuses JavaScript frontmatter, naming the file, and runs none of it', () => {
    ok(compiled.status !== 0, 'the compile failed');
    ok(
      `${compiled.stdout}${compiled.stderr}`.includes('content/articles/js-frontmatter.mdx:1: a content file must start with a line of exactly ---'),
      'message names file and line',
    );
    ok(!existsSync(marker), 'no marker written');
  });
  const failed = project.run('npm run build', { NEWSDESK_ADVERSARIAL_MARKER: marker, NEWSDESK_SITE_URL: SITE_URL });
  check('a failed build leaves the previous out/ exactly as it was', () => {
    ok(failed.status !== 0, 'the build failed');
    ok(!existsSync(marker), 'no marker written');
    equal(treeHash(out), before, 'out/ after the failed build');
  });
} catch (error) {
  results.push({ name: 'build the escaped corpus', error });
} finally {
  // NEWSDESK_KEEP_SCRATCH=1 leaves the built copy for a look at what failed.
  if (process.env.NEWSDESK_KEEP_SCRATCH) console.log(`Scratch copy kept at ${project.root}`);
  else project.remove();
}

/** One hash over every file's path and bytes. */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
    const path = join(dir, file);
    hash.update(file);
    try {
      hash.update(readFileSync(path));
    } catch {
      // A folder.
    }
  }
  return hash.digest('hex');
}

for (const { name, error } of results)
  console.log(`${error ? '✗' : '✓'} ${name}${error ? `\n    ${error instanceof Error ? error.message : String(error)}` : ''}`);
const failures = results.filter((result) => result.error).length;
console.log(`\nadversarial build: ${results.length - failures} passed, ${failures} failed`);
process.exit(failures > 0 ? 1 : 0);
