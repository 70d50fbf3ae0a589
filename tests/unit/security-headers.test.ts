import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL, CONTENT_SECURITY_POLICY, headersFor, SECURITY_HEADERS } from '@/lib/security/headers';
import { NGINX_CONFIG_FILE, renderHeadersFile, renderNginxConfig, renderServeConfig } from '@/lib/security/host-configs';
import { siteConfig } from '@/site.config';

const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((directive) => {
  const [name, ...sources] = directive.split(' ');
  return [name!, sources];
}));

describe('Content-Security-Policy', () => {
  it('allows only our own origin by default, and no plugins, framing, <base> or foreign form targets', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
  });

  it('allows inline scripts (Next inlines each page payload) and WebAssembly (Pagefind), but never eval or handler attributes', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"]);
    expect(directives.get('script-src-attr')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
  });

  it('allows no inline style elements or attributes', () => {
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('style-src-attr')).toEqual(["'none'"]);
  });
});

describe('headersFor', () => {
  it('caches content-hashed files for a year and everything else for minutes', () => {
    for (const path of ['/_next/static/chunks/main-abc123.js', '/pagefind/fragment/en_1a2b3c.pf_fragment', '/pagefind/pagefind.en_5ede30fd89.pf_meta']) {
      expect(headersFor(path)['Cache-Control'], path).toBe(CACHE_CONTROL.immutable);
    }
    for (const path of ['/', '/articles/a', '/feed.xml', '/feed.json', '/sitemap.xml', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      expect(headersFor(path)['Cache-Control'], path).toBe(CACHE_CONTROL.revalidate);
    }
  });

  it('sends the security headers with every response', () => {
    expect(headersFor('/_next/static/x.js')).toMatchObject(SECURITY_HEADERS);
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
  return new Map(blocks.map((block) => {
    const [path, ...lines] = block.trim().split('\n');
    return [path!, lines.map((line) => line.trim())];
  }));
}

describe('_headers for Netlify and Cloudflare Pages', () => {
  it('puts every header on every path under the base path', () => {
    const site = headerBlocks(renderHeadersFile('/news')).get('/news/*')!;
    for (const [name, value] of Object.entries(headersFor('/news/articles/a'))) expect(site).toContain(`${name}: ${value}`);
  });

  it('replaces, not joins, the cache policy of hashed assets, in the syntax both hosts read', () => {
    const blocks = headerBlocks(renderHeadersFile(''));
    expect([...blocks.keys()]).toEqual(['/*', '/_next/static/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*', '/pagefind/*.pf_meta']);
    for (const [path, lines] of [...blocks].slice(1)) {
      expect(lines, path).toEqual(['! Cache-Control', `Cache-Control: ${CACHE_CONTROL.immutable}`]);
    }
  });
});

describe('serve.json for npm start and the browser tests', () => {
  it('sends the site-wide headers for every file and the immutable policy for hashed ones, last rule winning', () => {
    const { headers } = JSON.parse(renderServeConfig()) as { headers: Array<{ source: string; headers: Array<{ key: string; value: string }> }> };
    expect(headers[0]!.source).toBe('**');
    expect(Object.fromEntries(headers[0]!.headers.map(({ key, value }) => [key, value]))).toEqual(headersFor('/index.html'));
    expect(headers.slice(1).map((rule) => rule.source)).toEqual(['_next/static/**', 'pagefind/fragment/**', 'pagefind/index/**', 'pagefind/filter/**', 'pagefind/**/*.pf_meta']);
  });
});

describe('nginx snippet', () => {
  it('repeats every header in each location, because nginx drops inherited add_header lines', () => {
    const config = renderNginxConfig('/news');
    const locations = config.split(/^location /m).slice(1);
    expect(locations).toHaveLength(2);
    for (const location of locations) {
      for (const name of Object.keys(SECURITY_HEADERS)) expect(location).toContain(`add_header ${name} "${SECURITY_HEADERS[name]}" always;`);
    }
    expect(locations[0]).toMatch(/^~ \^\/news\(\?:\/_next\/static\/\|/);
    expect(locations[0]).toContain(`add_header Cache-Control "${CACHE_CONTROL.immutable}" always;`);
    expect(locations[1]).toMatch(/^\/news\/ \{/);
    expect(locations[1]).toContain('try_files $uri $uri.html $uri/index.html =404;');
    expect(config).toContain('error_page 404 /news/404.html;');
  });

  it(`is committed up to date in ${NGINX_CONFIG_FILE} (npm run build:hosting rewrites it)`, () => {
    expect(readFileSync(NGINX_CONFIG_FILE, 'utf8')).toBe(renderNginxConfig(siteConfig.basePath));
  });
});
