import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { headTags } from '@/lib/seo/head-tags';
import { pageMetadata } from '@/lib/seo/metadata';
import { siteMetadata } from '@/lib/seo/site-metadata';
import { fillShell, shellOf } from '@/scripts/build/direct-render/page-shell';

const page = (preloads: string, head: string, main: string) =>
  `<html><head><meta charSet="utf-8"/>${preloads}<link rel="stylesheet" href="/s.css"/>${head}<script>theme</script></head><body><header>Site</header><main>${main}<!--$--><!--/$--></main><footer>Foot</footer></body></html>`;

describe('the article page shell', () => {
  const template = { preloads: '', head: '<title>One | Site</title>', main: '<article>One</article>' };
  const shell = shellOf(page(template.preloads, template.head, template.main), template);

  it('puts another article’s parts where the template’s were', () => {
    const other = { preloads: '<link rel="preload" href="/a.png" as="image"/>', head: '<title>Two | Site</title>', main: '<article>Two</article>' };
    expect(fillShell(shell, other)).toBe(page(other.preloads, other.head, other.main));
    expect(fillShell(shell, template)).toBe(page(template.preloads, template.head, template.main));
  });

  it('refuses a template whose parts are not as this build renders them', () => {
    expect(() => shellOf(page('', '<title>One</title>', template.main), template)).toThrow(/head tags .* not found in the page Next rendered/);
    expect(() => shellOf(page('', template.head, '<article>One!</article>'), template)).toThrow(/story markup .* not found/);
    expect(() => shellOf(page('', template.head, template.main + template.main), template)).toThrow(/story markup .* found more than once/);
    expect(() => shellOf(page('<link rel="preload"/>', template.head, template.main), { ...template, preloads: '<link rel="preload" as="image"/>' })).toThrow(
      /preloads/,
    );
  });
});

describe('head tags', () => {
  const html = (metadata: Parameters<typeof headTags>[0]) => renderToStaticMarkup(createElement(Fragment, null, ...headTags(metadata, siteMetadata)));

  it('write a page’s metadata in Next’s order, with URLs made absolute and the title templated', () => {
    const metadata = pageMetadata({
      title: 'Rates & "bonds"',
      description: 'A <b> dek',
      path: '/articles/rates',
      openGraph: { type: 'article', tags: ['Markets'] },
    });
    const written = html({ ...metadata, other: { 'fediverse:creator': ['@ada@example.social'] } });
    const order = [...written.matchAll(/<(title|meta|link)[^>]*?(?:name|property|rel)="([^"]+)"|<(title)>/g)].map((match) => match[2] ?? match[3]);
    expect(order).toEqual([
      'title',
      'description',
      'fediverse:creator',
      'canonical',
      'alternate',
      'alternate',
      'alternate',
      'og:title',
      'og:description',
      'og:url',
      'og:site_name',
      'og:locale',
      'og:image',
      'og:image:width',
      'og:image:height',
      'og:image:alt',
      'og:type',
      'article:tag',
      'twitter:card',
      'twitter:title',
      'twitter:description',
      'twitter:image',
      'icon',
      'apple-touch-icon',
    ]);
    expect(written).toContain('<title>Rates &amp; &quot;bonds&quot; | Newsdesk</title>');
    expect(written).toContain('<link rel="canonical" href="http://localhost:3000/articles/rates"/>');
    expect(written).toContain('<meta name="description" content="A &lt;b&gt; dek"/>');
  });

  it('refuse a field they do not write, rather than leave it out of the page', () => {
    expect(() => html({ title: 'x', robots: { index: false } })).toThrow(/page\.robots is not written/);
    expect(() => html({ title: 'x', openGraph: { title: 'x', videos: ['/v.mp4'] } })).toThrow(/openGraph\.videos/);
  });
});

describe('the direct render’s routes', () => {
  it('include every route whose params go through templateOnly, which Next renders only the template of', async () => {
    const { DIRECT_ROUTES } = await import('@/scripts/build/direct-render/routes');
    const templated = readdirSync('app', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('page.tsx') && /getListingPageParams|getArticlePageParams/.test(readFileSync(join('app', file), 'utf8')))
      .map((file) => dirname(file))
      .sort();
    expect(templated.length).toBeGreaterThan(5);
    expect(DIRECT_ROUTES.map((route) => route.route).sort()).toEqual(templated);
  });
});
