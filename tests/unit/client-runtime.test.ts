import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BEHAVIOUR_SCRIPT_ID, HYDRATED_MARKUP } from '@/lib/client-runtime';
import { dropNavigationPayloads, dropRuntimeFromPages, navigationPayloads, withoutClientRuntime } from '@/scripts/build/drop-client-runtime';

/** A slice of a static export as Next 16 writes it: pages, their payloads, and files that must stay. */
const EXPORTED = [
  'index.html',
  'index.txt',
  '__next._tree.txt',
  '__next._full.txt',
  'articles/a-story.html',
  'articles/a-story.txt',
  'articles/a-story/__next._tree.txt',
  'articles/a-story/__next.articles.$d$slug.__PAGE__.txt',
  'articles/a-story/social-card.png',
  'page/2.html',
  'page/2.txt',
  'page/2/__next.$oc$pagination.__PAGE__.txt',
  '_not-found.html',
  '_not-found.txt',
  'robots.txt',
  'notes.txt',
  '_next/static/chunks/app/robots.txt/route-abc.js',
];

describe('navigationPayloads', () => {
  it('picks each page’s .txt and every segment file, and leaves robots.txt, other text files and assets', () => {
    expect(navigationPayloads(EXPORTED)).toEqual([
      'index.txt',
      '__next._tree.txt',
      '__next._full.txt',
      'articles/a-story.txt',
      'articles/a-story/__next._tree.txt',
      'articles/a-story/__next.articles.$d$slug.__PAGE__.txt',
      'page/2.txt',
      'page/2/__next.$oc$pagination.__PAGE__.txt',
      '_not-found.txt',
    ]);
  });
});

describe('dropNavigationPayloads', () => {
  let folder: string | undefined;
  afterEach(() => folder && rmSync(folder, { recursive: true, force: true }));

  it('deletes the payloads and the folders they leave empty, and nothing else', () => {
    folder = mkdtempSync(join(tmpdir(), 'payloads-'));
    for (const file of EXPORTED) {
      mkdirSync(join(folder, dirname(file)), { recursive: true });
      writeFileSync(join(folder, file), file);
    }
    expect(dropNavigationPayloads(folder)).toBe(9);
    const left = readdirSync(folder, { recursive: true, withFileTypes: true }).map((entry) => join(entry.parentPath, entry.name).slice(folder!.length + 1));
    expect(left.sort()).toEqual(
      [
        '_next',
        '_next/static',
        '_next/static/chunks',
        '_next/static/chunks/app',
        '_next/static/chunks/app/robots.txt',
        '_next/static/chunks/app/robots.txt/route-abc.js',
        '_not-found.html',
        'articles',
        'articles/a-story',
        'articles/a-story.html',
        'articles/a-story/social-card.png',
        'index.html',
        'notes.txt',
        'page',
        'page/2.html',
        'robots.txt',
      ].sort(),
    );
  });

  it('removes a folder emptied together with a folder inside it, and keeps a full parent', () => {
    folder = mkdtempSync(join(tmpdir(), 'payloads-'));
    const files = ['series/grid.html', 'series/grid/__next._tree.txt', 'series/grid/part/__next._tree.txt', 'series/grid/part/__next._full.txt'];
    for (const file of files) {
      mkdirSync(join(folder, dirname(file)), { recursive: true });
      writeFileSync(join(folder, file), file);
    }
    expect(dropNavigationPayloads(folder)).toBe(3);
    expect(readdirSync(join(folder, 'series'))).toEqual(['grid.html']);
  });
});

/** Next's static folder under the fixture's base path. */
const STATIC = '/news/_next/static/';

/** A page shaped as Next 16 exports one (base path /news), cut down: the runtime in <head>, content, the behaviour script, then Next's scripts. */
function nextPage({ content = '<p>The story.</p>', hydrated = false, head = '' } = {}) {
  const chunk = (name: string) => `<script src="/news/_next/static/chunks/${name}.js" async=""></script>`;
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/news/_next/static/css/site.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/news/_next/static/chunks/webpack-1.js"/>',
    chunk('4bd1b696-1'),
    chunk('main-app-1'),
    head,
    "<title>A story | Newsdesk</title><script>(function(){document.documentElement.classList.add('js')})()</script>",
    '<script src="/news/_next/static/chunks/polyfills-1.js" noModule=""></script></head>',
    `<body><main${hydrated ? HYDRATED_MARKUP : ''}>${content}</main><footer>Newsdesk</footer>`,
    `<script id="${BEHAVIOUR_SCRIPT_ID}">(function(h){})({})</script>`,
    '<script src="/news/_next/static/chunks/webpack-1.js" id="_R_" async=""></script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script>self.__next_f.push([1,"1:\\u003cscript\\u003e"])</script>',
    '<script>self.__next_f.push([1,"2:[]"])</script></body></html>',
  ].join('');
}

describe('withoutClientRuntime', () => {
  it('drops the runtime scripts, their preload and the hydration payload, and keeps the styles, the head script and the behaviour script', () => {
    const html = withoutClientRuntime(nextPage(), STATIC);
    expect(html).not.toContain('/_next/static/chunks/');
    expect(html).not.toContain('__next_f');
    expect(html).toContain('<link rel="stylesheet" href="/news/_next/static/css/site.css" data-precedence="next"/>');
    expect(html).toContain("<title>A story | Newsdesk</title><script>(function(){document.documentElement.classList.add('js')})()</script></head>");
    expect(html).toContain(
      `<main><p>The story.</p></main><footer>Newsdesk</footer><script id="${BEHAVIOUR_SCRIPT_ID}">(function(h){})({})</script></body></html>`,
    );
  });

  it('leaves a page that hydrates a client component as it was', () => {
    const page = nextPage({ hydrated: true });
    expect(withoutClientRuntime(page, STATIC)).toBe(page);
  });

  it('never cuts into content, even content that looks like Next’s scripts', () => {
    // Sanitised bodies escape quotes in attributes, but the step must not depend on it.
    const content = `<img alt="<script>self.__next_f.push([1])</script>"/><p>${'<script src="/news/_next/static/chunks/x.js" async=""></script>'}</p>`;
    expect(withoutClientRuntime(nextPage({ content }), STATIC)).toContain(`<main>${content}</main>`);
  });

  it('takes no mark of hydration from content, where it can only be text or an escaped value', () => {
    // A page's text, and an alt text as the body's serialiser escapes it.
    const content = `<p>Write ${HYDRATED_MARKUP} on the root</p><img alt="x&#x22; data-hydrated=&#x22;&#x22;"/>`;
    expect(withoutClientRuntime(nextPage({ content }), STATIC)).not.toContain('__next_f');
  });

  it('leaves an image that merely lives under a folder named _next/static/chunks', () => {
    const head = '<link rel="preload" href="/news/images/_next/static/chunks/lead.png" as="image" fetchPriority="high"/>';
    expect(withoutClientRuntime(nextPage({ head }), STATIC)).toContain(head);
  });

  it('refuses a page it cannot place: no behaviour script, or markup of Next’s it does not know', () => {
    expect(() => withoutClientRuntime(nextPage().replace(`<script id="${BEHAVIOUR_SCRIPT_ID}">`, '<script>'), STATIC)).toThrow(/behaviour script/);
    expect(() => withoutClientRuntime(nextPage().replace('</body>', '<script>self.__next_s=[]</script></body>'), STATIC)).toThrow(/does not expect.*__next_s/);
    expect(() =>
      withoutClientRuntime(nextPage().replace('</head>', '<link rel="modulepreload" href="/news/_next/static/chunks/m.js"/></head>'), STATIC),
    ).toThrow(/does not expect.*modulepreload/);
    // A title may name Next's folder and payload: only tags count.
    const title = nextPage().replace('<title>A story', '<title>Inside /_next/static/chunks/ and self.__next_f');
    expect(withoutClientRuntime(title, STATIC)).toContain('<title>Inside /_next/static/chunks/ and self.__next_f | Newsdesk</title>');
  });
});

describe('dropRuntimeFromPages', () => {
  it('rewrites the pages that hydrate nothing and names a page it cannot place', () => {
    const folder = mkdtempSync(join(tmpdir(), 'runtime-'));
    try {
      mkdirSync(join(folder, 'articles'));
      writeFileSync(join(folder, 'articles/a-story.html'), nextPage());
      writeFileSync(join(folder, 'search.html'), nextPage({ hydrated: true }));
      writeFileSync(join(folder, 'notes.txt'), '__next_f');
      expect(dropRuntimeFromPages(folder, ['articles/a-story.html', 'search.html', 'notes.txt'], STATIC)).toBe(1);
      expect(readFileSync(join(folder, 'articles/a-story.html'), 'utf8')).not.toContain('__next_f');
      expect(readFileSync(join(folder, 'search.html'), 'utf8')).toBe(nextPage({ hydrated: true }));
      writeFileSync(join(folder, 'broken.html'), '<html><body>no head</body></html>');
      expect(() => dropRuntimeFromPages(folder, ['broken.html'], STATIC)).toThrow(/^broken\.html: /);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('client components', () => {
  it('each marks its root as hydrated, so its page keeps the runtime it needs', () => {
    const sources = ['app', 'components'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.tsx?$/.test(file))
        .map((file) => join(dir, file)),
    );
    // The directive comes first, after comments at most.
    const clientComponents = sources.filter((file) => /^(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*['"]use client['"]/.test(readFileSync(file, 'utf8')));
    // None today (the search page is worked by a script of its own); one that hydrates without the mark would lose its runtime.
    expect(clientComponents.filter((file) => !readFileSync(file, 'utf8').includes('[HYDRATED_ATTRIBUTE]'))).toEqual([]);
  });
});
