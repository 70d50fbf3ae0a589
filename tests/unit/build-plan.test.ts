import { describe, expect, it } from 'vitest';
import { fingerprint } from '@/lib/build-plan/fingerprint';
import { pageFingerprints, type SiteContent } from '@/lib/build-plan/page-prints';
import { listingPagePath, mainExportFile, pageOfExportFile } from '@/lib/build-plan/paths';
import { BUILD_STATE_VERSION, planBuild, stateOf, type PlanInputs } from '@/lib/build-plan/plan';
import { articlesShownOn } from '@/lib/article-page';
import { everyListing } from '@/lib/listings';
import { indexArticles } from '@/lib/articles';
import { everyListingPage, pageSegments } from '@/lib/pagination';
import { indexSeries } from '@/lib/series';
import { collectTags } from '@/lib/tags';
import { feedFiles, feedSources } from '@/lib/feeds/catalog';

interface TestArticle {
  slug: string;
  title: string;
  date: string;
  authors: string[];
  tags: string[];
  corrections: [];
}
interface TestAuthor {
  slug: string;
  name: string;
  bio: string;
}

const article = (slug: string, date: string, tags: string[], authors = ['ada']): TestArticle => ({
  slug,
  title: `Title of ${slug}`,
  date,
  authors,
  tags,
  corrections: [],
});

/** A small site under the site's own rules (archive numbering, backward-looking related coverage), two stories to a page. */
function site(articles: TestArticle[], authors: TestAuthor[], bodies: Record<string, string> = {}): SiteContent<TestArticle, TestAuthor> {
  const sorted = [...articles].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  const tags = collectTags(sorted);
  const index = indexArticles(sorted);
  const listings = everyListing({ siteName: 'Test', articles: sorted, tags, authors, index });
  const sources = { byTag: index.byTag, series: indexSeries(sorted), relatedLimit: 3 };
  return {
    articles: sorted,
    authorsBySlug: new Map(authors.map((author) => [author.slug, author])),
    tagsBySlug: new Map(tags.map((tag) => [tag.slug, tag])),
    listings,
    listingPages: (listing) => everyListingPage(listing.articles, 2, listing.layout).map((page) => ({ segments: pageSegments(page.id), page })),
    listingExtras: () => undefined,
    bodyPrint: (each) => bodies[each.slug] ?? `<p>Body of ${each.slug}</p>`,
    shownOn: (each) => articlesShownOn(each, sources),
    articlePath: (slug) => `/articles/${encodeURIComponent(slug)}`,
    socialCardPath: (slug) => `/articles/${encodeURIComponent(slug)}/social-card.png`,
    siteWide: { footer: ['about'] },
    feeds: feedFiles(feedSources(listings, 2)),
    feedChannel: { publisher: ada, now: '2026-03-01T00:00:00.000Z' },
    imageBytes: () => undefined,
  };
}

const ada = { slug: 'ada', name: 'Ada', bio: 'Covers ports.' };
const ben = { slug: 'ben', name: 'Ben', bio: 'Covers rates.' };
const base = [
  article('ports-one', '2026-01-01', ['Ports']),
  article('ports-two', '2026-01-02', ['Ports']),
  article('rates-one', '2026-01-03', ['Rates'], ['ben']),
  article('rates-two', '2026-01-04', ['Rates'], ['ben']),
];
const before = pageFingerprints(site(base, [ada, ben]));
const changedPages = (after: Map<string, string>) =>
  [...new Set([...before.keys(), ...after.keys()])].filter((page) => before.get(page) !== after.get(page)).sort();

describe('page fingerprints', () => {
  it('cover every article page, share card, listing page and feed file', () => {
    expect([...before.keys()].sort()).toEqual([
      '/',
      '/articles/ports-one',
      '/articles/ports-one/social-card.png',
      '/articles/ports-two',
      '/articles/ports-two/social-card.png',
      '/articles/rates-one',
      '/articles/rates-one/social-card.png',
      '/articles/rates-two',
      '/articles/rates-two/social-card.png',
      '/atom.xml',
      '/authors/ada',
      '/authors/ada/feed.xml',
      '/authors/ben',
      '/authors/ben/feed.xml',
      '/corrections',
      '/corrections/feed.xml',
      '/feed.json',
      '/feed.xml',
      '/page/1',
      '/sentiment/mixed',
      '/sentiment/mixed/feed.xml',
      '/sentiment/negative',
      '/sentiment/negative/feed.xml',
      '/sentiment/neutral',
      '/sentiment/neutral/feed.xml',
      '/sentiment/positive',
      '/sentiment/positive/feed.xml',
      '/tags/ports',
      '/tags/ports/feed.xml',
      '/tags/rates',
      '/tags/rates/feed.xml',
    ]);
  });

  it('a body correction changes that article page and the feeds that carry its whole text', () => {
    // Two stories to a feed here: the site feed holds the rates stories, not this one.
    expect(changedPages(pageFingerprints(site(base, [ada, ben], { 'ports-one': '<p>Corrected.</p>' })))).toEqual([
      '/articles/ports-one',
      '/authors/ada/feed.xml',
      '/tags/ports/feed.xml',
    ]);
  });

  it('a title change reaches every page that shows the story: its page, card, listing pages, first pages and later related stories', () => {
    const edited = base.map((each) => (each.slug === 'ports-one' ? { ...each, title: 'New title' } : each));
    expect(changedPages(pageFingerprints(site(edited, [ada, ben])))).toEqual([
      '/',
      '/articles/ports-one',
      '/articles/ports-one/social-card.png',
      '/articles/ports-two',
      '/authors/ada',
      '/authors/ada/feed.xml',
      '/page/1',
      '/tags/ports',
      '/tags/ports/feed.xml',
    ]);
  });

  describe('a new story on a topic', () => {
    const topic = Array.from({ length: 6 }, (_, index) => article(`ports-${index + 1}`, `2026-02-0${index + 1}`, ['Ports']));
    const printsOf = (stories: TestArticle[]) => pageFingerprints(site(stories, [ada]));
    const changed = (a: Map<string, string>, b: Map<string, string>) =>
      [...new Set([...a.keys(), ...b.keys()])].filter((page) => a.get(page) !== b.get(page)).sort();
    const six = printsOf(topic);
    const seven = printsOf([...topic, article('ports-7', '2026-02-07', ['Ports'])]);

    it('changes its own page and card and the landing page of each listing it joins, never an older story or an archive page', () => {
      expect(changed(six, seven)).toEqual([
        '/',
        '/articles/ports-7',
        '/articles/ports-7/social-card.png',
        '/atom.xml',
        '/authors/ada',
        '/authors/ada/feed.xml',
        '/feed.json',
        '/feed.xml',
        '/tags/ports',
        '/tags/ports/feed.xml',
      ]);
    });

    it('a correction to a story older than every feed’s newest items changes its page only', () => {
      const corrected = printsOf(topic.map((each) => (each.slug === 'ports-1' ? { ...each, title: 'Ports, corrected' } : each)));
      expect(changed(six, corrected).filter((page) => page.endsWith('.xml') || page.endsWith('.json'))).toEqual([]);
    });

    it('that completes a page adds that archive page and moves the "Newer" link of the one below it', () => {
      const eight = printsOf([...topic, article('ports-7', '2026-02-07', ['Ports']), article('ports-8', '2026-02-08', ['Ports'])]);
      expect(changed(seven, eight)).toEqual([
        '/',
        '/articles/ports-8',
        '/articles/ports-8/social-card.png',
        '/atom.xml',
        '/authors/ada',
        '/authors/ada/feed.xml',
        '/authors/ada/page/2',
        '/authors/ada/page/3',
        '/feed.json',
        '/feed.xml',
        '/page/2',
        '/page/3',
        '/tags/ports',
        '/tags/ports/feed.xml',
        '/tags/ports/page/2',
        '/tags/ports/page/3',
      ]);
    });
  });

  it("an author's bio changes their articles' pages and their own page, not their cards", () => {
    expect(changedPages(pageFingerprints(site(base, [{ ...ada, bio: 'Covers harbours.' }, ben])))).toEqual([
      '/articles/ports-one',
      '/articles/ports-two',
      '/authors/ada',
    ]);
  });

  it('a deleted article drops its pages', () => {
    const after = pageFingerprints(site(base.slice(1), [ada, ben]));
    expect(after.has('/articles/ports-one')).toBe(false);
    expect(after.has('/articles/ports-one/social-card.png')).toBe(false);
  });

  it('are the same for the same content, whatever order object keys come in', () => {
    expect(pageFingerprints(site([...base].reverse(), [ben, ada]))).toEqual(before);
    expect(fingerprint({ a: 1, b: [2, { c: 3 }] })).toBe(fingerprint({ b: [2, { c: 3 }], a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });
});

describe('the build plan', () => {
  const pages = new Map([
    ['/', 'home-2'],
    ['/articles/a', 'a-1'],
    ['/articles/b', 'b-2'],
  ]);
  const previous = stateOf(
    new Map([
      ['/', 'home-1'],
      ['/articles/a', 'a-1'],
      ['/articles/gone', 'gone-1'],
    ]),
    'code-1',
  );
  const published = { ...previous, out: 'folder-1' };
  const inputs: PlanInputs = { pages, code: 'code-1', previous: published, inOut: () => true, outIdentity: 'folder-1', forceFull: false };

  it('renders new and changed pages, keeps unchanged ones and deletes those that are gone', () => {
    expect(planBuild(inputs)).toEqual({ kind: 'partial', render: ['/', '/articles/b'], carry: ['/articles/a'], remove: ['/articles/gone'] });
  });

  it('renders again a page whose file is missing from out/', () => {
    expect(planBuild({ ...inputs, inOut: (page) => page !== '/articles/a' })).toMatchObject({ render: ['/', '/articles/a', '/articles/b'], carry: [] });
  });

  it('is full without a state, without out/ or with another out/, after a code change, for another state format, or when asked', () => {
    expect(planBuild({ ...inputs, previous: undefined })).toEqual({ kind: 'full', reason: 'no state of a previous build' });
    expect(planBuild({ ...inputs, outIdentity: undefined })).toEqual({ kind: 'full', reason: 'no out/ to build on' });
    // out/ written again by something else since (a `next build` by hand), or a state kept before out/ had an identity.
    expect(planBuild({ ...inputs, outIdentity: 'folder-2' })).toEqual({ kind: 'full', reason: 'out/ is not the folder the last build published' });
    expect(planBuild({ ...inputs, previous })).toEqual({ kind: 'full', reason: 'out/ is not the folder the last build published' });
    expect(planBuild({ ...inputs, code: 'code-2' })).toEqual({ kind: 'full', reason: 'the code or configuration changed' });
    expect(planBuild({ ...inputs, previous: { ...published, version: (BUILD_STATE_VERSION + 1) as typeof BUILD_STATE_VERSION } })).toMatchObject({
      kind: 'full',
    });
    expect(planBuild({ ...inputs, forceFull: true })).toEqual({ kind: 'full', reason: 'asked for (--full)' });
  });
});

describe('export files and page paths', () => {
  it('give each of Next’s files the page it belongs to', () => {
    expect(pageOfExportFile('index.html')).toBe('/');
    expect(pageOfExportFile('__next._tree.txt')).toBe('/');
    expect(pageOfExportFile('articles/a.html')).toBe('/articles/a');
    expect(pageOfExportFile('articles/a.txt')).toBe('/articles/a');
    expect(pageOfExportFile('articles/a/__next.articles.$d$slug.__PAGE__.txt')).toBe('/articles/a');
    expect(pageOfExportFile('articles/a/social-card.png')).toBe('/articles/a/social-card.png');
    expect(pageOfExportFile('tags/人工智能/page/2.html')).toBe('/tags/人工智能/page/2');
    expect(pageOfExportFile('tags/a/feed.xml')).toBe('/tags/a/feed.xml');
  });

  it('name listing pages and the file that shows a page was exported', () => {
    expect(listingPagePath('/', [])).toBe('/');
    expect(listingPagePath('/', ['page', '2'])).toBe('/page/2');
    expect(listingPagePath('/tags/%E4%BA%BA', ['page', '3'])).toBe('/tags/人/page/3');
    expect(mainExportFile('/')).toBe('index.html');
    expect(mainExportFile('/tags/a/page/2')).toBe('tags/a/page/2.html');
    expect(mainExportFile('/articles/a/social-card.png')).toBe('articles/a/social-card.png');
  });
});
