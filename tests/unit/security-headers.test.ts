import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CACHE_CONTROL,
  CONTENT_SECURITY_POLICY,
  headersFor,
  HEADER_ONLY_DIRECTIVES,
  isPagePath,
  SECURITY_HEADERS,
  securityHeaders,
} from '@/lib/security/headers';
import { NGINX_CONFIG_FILE, renderHeadersFile, renderNginxConfig, renderServeConfig } from '@/lib/security/host-configs';
import { siteConfig } from '@/site.config';

/** A policy as directive name → its sources, in order. */
const directivesOf = (policy: string) =>
  new Map(
    policy.split('; ').map((directive) => {
      const [name, ...sources] = directive.split(' ');
      return [name!, sources];
    }),
  );

const file = directivesOf(CONTENT_SECURITY_POLICY.file);
const pageHeader = directivesOf(CONTENT_SECURITY_POLICY.pageHeader);
const HASH = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const pageMeta = directivesOf(CONTENT_SECURITY_POLICY.pageMeta([HASH]));

describe('Content-Security-Policy', () => {
  it('allows only our own origin by default, and no plugins, frames, <base> or foreign form targets', () => {
    expect(file.get('default-src')).toEqual(["'self'"]);
    expect(file.get('object-src')).toEqual(["'none'"]);
    expect(file.get('frame-ancestors')).toEqual(["'none'"]);
    expect(file.get('frame-src')).toEqual(["'none'"]);
    expect(file.get('child-src')).toEqual(["'none'"]);
    expect(file.get('base-uri')).toEqual(["'self'"]);
    expect(file.get('form-action')).toEqual(["'self'"]);
    expect(file.get('upgrade-insecure-requests')).toEqual([]);
  });

  it('lets Pagefind start its worker from our origin although child-src admits nothing', () => {
    expect(file.get('worker-src')).toEqual(["'self'"]);
    expect(pageMeta.get('worker-src')).toEqual(["'self'"]);
  });

  it('allows WebAssembly (Pagefind) but never inline script without a hash, eval or handler attributes, in any policy', () => {
    for (const policy of [CONTENT_SECURITY_POLICY.file, CONTENT_SECURITY_POLICY.pageHeader, CONTENT_SECURITY_POLICY.pageMeta([HASH])]) {
      expect(policy).not.toContain("'unsafe-inline'");
      expect(policy).not.toContain("'unsafe-eval'");
      expect(directivesOf(policy).get('script-src-attr'), policy).toEqual(["'none'"]);
    }
    expect(file.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(pageMeta.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", HASH]);
  });

  it('leaves scripts to the meta in a page header: any script source list there would also block the hashed scripts', () => {
    expect(pageHeader.has('script-src')).toBe(false);
    expect(pageHeader.has('script-src-elem')).toBe(false);
    expect(pageHeader.has('default-src')).toBe(false);
  });

  it('splits the policy between page header and meta without losing a directive', () => {
    expect(new Set([...pageHeader.keys(), ...pageMeta.keys()])).toEqual(new Set(file.keys()));
    for (const name of HEADER_ONLY_DIRECTIVES) expect(pageMeta.has(name), name).toBe(false);
    expect(pageHeader.get('frame-ancestors')).toEqual(["'none'"]);
    for (const [name, sources] of pageHeader) expect(file.get(name), name).toEqual(sources);
  });

  it('allows no inline style elements or attributes', () => {
    for (const policy of [file, pageHeader, pageMeta]) {
      expect(policy.get('style-src')).toEqual(["'self'"]);
      expect(policy.get('style-src-attr')).toEqual(["'none'"]);
    }
  });
});

describe('isPagePath', () => {
  it('takes paths without an extension, or with .html, for pages', () => {
    for (const path of ['/', '/articles/a', '/tags/markets', '/404.html', '/page/2']) expect(isPagePath(path), path).toBe(true);
    for (const path of ['/feed.xml', '/articles/a/social-card.png', '/articles/a.txt', '/_next/static/x.js', '/pagefind/pagefind-worker.js']) {
      expect(isPagePath(path), path).toBe(false);
    }
  });
});

describe('headersFor', () => {
  it('caches content-hashed files for a year and everything else for minutes', () => {
    const shardChunks = ['fragment/en_1a2b3c.pf_fragment', 'index/en_104184b.pf_index', 'filter/en_3a8eb8a.pf_filter', 'pagefind.en_5ede30fd89.pf_meta'];
    for (const path of ['/_next/static/chunks/main-abc123.js', ...shardChunks.map((chunk) => `/pagefind/3/${chunk}`)]) {
      expect(headersFor(path)['Cache-Control'], path).toBe(CACHE_CONTROL.immutable);
    }
    for (const path of [
      '/',
      '/articles/a',
      '/feed.xml',
      '/feed.json',
      '/sitemap.xml',
      '/pagefind/shards.json',
      '/pagefind/0/pagefind.js',
      '/pagefind/0/pagefind-entry.json',
    ]) {
      expect(headersFor(path)['Cache-Control'], path).toBe(CACHE_CONTROL.revalidate);
    }
  });

  it('sends the security headers with every response, and the policy of its kind', () => {
    expect(headersFor('/_next/static/x.js')).toMatchObject({ ...SECURITY_HEADERS, 'Content-Security-Policy': CONTENT_SECURITY_POLICY.file });
    expect(headersFor('/articles/a')).toMatchObject({ ...SECURITY_HEADERS, 'Content-Security-Policy': CONTENT_SECURITY_POLICY.pageHeader });
    expect(headersFor('/articles/a')).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(SECURITY_HEADERS['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
    expect(SECURITY_HEADERS['Permissions-Policy']).toContain('camera=()');
  });
});

/** The header blocks of a `_headers` file: path → its lines. */
function headerBlocks(file: string): Map<string, string[]> {
  const blocks = file.split('\n\n').filter((block) => !block.startsWith('#'));
  return new Map(
    blocks.map((block) => {
      const [path, ...lines] = block.trim().split('\n');
      return [path!, lines.map((line) => line.trim())];
    }),
  );
}

describe('_headers for Netlify and Cloudflare Pages', () => {
  const EXTENSIONS = ['js', 'png', 'xml'];

  it('gives every URL under the base path the security headers, with the page policy, which files then replace', () => {
    const blocks = headerBlocks(renderHeadersFile('/news', EXTENSIONS));
    expect(blocks.get('/news/*')).toEqual(Object.entries(headersFor('/articles/a')).map(([name, value]) => `${name}: ${value}`));
    for (const extension of EXTENSIONS) {
      expect(blocks.get(`/news/*.${extension}`), extension).toEqual(['! Content-Security-Policy', `Content-Security-Policy: ${CONTENT_SECURITY_POLICY.file}`]);
    }
  });

  it('replaces, not joins, the cache policy of hashed assets, in the syntax both hosts read', () => {
    const blocks = headerBlocks(renderHeadersFile('', EXTENSIONS));
    expect([...blocks.keys()]).toEqual([
      '/*',
      '/*.js',
      '/*.png',
      '/*.xml',
      '/_next/static/*',
      '/pagefind/*.pf_fragment',
      '/pagefind/*.pf_index',
      '/pagefind/*.pf_filter',
      '/pagefind/*.pf_meta',
    ]);
    for (const [path, lines] of [...blocks].slice(1 + EXTENSIONS.length)) {
      expect(lines, path).toEqual(['! Cache-Control', `Cache-Control: ${CACHE_CONTROL.immutable}`]);
    }
  });
});

describe('serve.json for npm start and the browser tests', () => {
  it('sends the file headers for every file, the page policy for .html files and the immutable policy for hashed ones, last rule winning', () => {
    const { headers } = JSON.parse(renderServeConfig()) as { headers: Array<{ source: string; headers: Array<{ key: string; value: string }> }> };
    const values = (index: number) => Object.fromEntries(headers[index]!.headers.map(({ key, value }) => [key, value]));
    expect(headers[0]!.source).toBe('**');
    expect(values(0)).toEqual(headersFor('/feed.xml'));
    expect(headers[1]!.source).toBe('**/*.html');
    expect({ ...values(0), ...values(1) }).toEqual(headersFor('/index.html'));
    expect(headers.slice(2).map((rule) => rule.source)).toEqual([
      '_next/static/**',
      'pagefind/**/*.pf_fragment',
      'pagefind/**/*.pf_index',
      'pagefind/**/*.pf_filter',
      'pagefind/**/*.pf_meta',
    ]);
  });
});

describe('nginx snippet', () => {
  const locationsOf = (config: string) => config.split(/^location /m).slice(1);
  const head = (location: string | undefined, lines: number) => location!.split('\n').slice(0, lines);

  it('repeats every header in each location, because nginx drops inherited add_header lines', () => {
    const locations = locationsOf(renderNginxConfig('/news'));
    expect(locations).toHaveLength(8);
    for (const location of locations) {
      for (const name of Object.keys(SECURITY_HEADERS)) expect(location).toContain(`add_header ${name} "${SECURITY_HEADERS[name]}" always;`);
    }
  });

  it('sends the page policy for whatever is served from an .html file and the file policy for the rest', () => {
    const config = renderNginxConfig('/news');
    const [hashed, , , , slashed, files, pages, notFound] = locationsOf(config);
    const csp = (kind: 'page' | 'file') => `add_header Content-Security-Policy "${securityHeaders(kind)['Content-Security-Policy']}" always;`;
    expect(hashed).toMatch(/^~ \^\/news\(\?:\/_next\/static\/\|/);
    expect(hashed).toContain(csp('file'));
    expect(hashed).toContain(`add_header Cache-Control "${CACHE_CONTROL.immutable}" always;`);
    expect(head(slashed, 2)).toEqual(['~ ^(/news/.+)/$ {', '    try_files $1/index.html $1.html =404;']);
    expect(slashed).toContain(csp('page'));
    expect(files).toMatch(/^\/news\/ \{\n {4}try_files \$uri @newsdesk_page;/);
    expect(files).toContain(csp('file'));
    expect(pages).toMatch(/^@newsdesk_page \{/);
    expect(pages).toContain('try_files $uri/index.html $uri.html =404;');
    expect(pages).toContain(csp('page'));
    expect(config).toContain('error_page 404 @newsdesk_not_found;');
    expect(head(notFound, 2)).toEqual(['@newsdesk_not_found {', '    rewrite ^ /news/404.html break;']);
    expect(notFound).toContain(csp('page'));
  });

  it('redirects name.html and …/index to the clean URL, as serve does, with a relative Location', () => {
    const [, html, rootIndex, index] = locationsOf(renderNginxConfig('/news'));
    expect(head(html, 3)).toEqual(['~ ^/news/.*\\.html$ {', '    rewrite ^(/news/.*)\\.html$ $1 permanent;', '    absolute_redirect off;']);
    expect(head(rootIndex, 3)).toEqual(['= /news/index {', '    return 301 /news/$is_args$args;', '    absolute_redirect off;']);
    expect(head(index, 3)).toEqual(['~ ^/news/.+/index$ {', '    rewrite ^(/news/.+)/index$ $1 permanent;', '    absolute_redirect off;']);
  });

  it(`is committed up to date in ${NGINX_CONFIG_FILE} (npm run build:hosting rewrites it)`, () => {
    expect(readFileSync(NGINX_CONFIG_FILE, 'utf8')).toBe(renderNginxConfig(siteConfig.basePath));
  });
});
