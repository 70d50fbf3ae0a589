import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@/lib/security/headers';
import { addPagePolicy, scriptHashSource, scriptsInFragment } from '@/lib/security/page-policy';

// SHA-256 in base64, computed outside the code under test (printf '%s' TEXT | openssl dgst -sha256 -binary | base64).
const HASH = {
  'alert(1)': "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
  'theme()': "'sha256-Rfr3GgHZFiXm+TmNr+li+0sZ4J9FGllo8jsXcJF5XZ8='",
  'a&amp;b': "'sha256-+1ybHSHBpXiIvGQfHqcLunD0cVfaUhdNPRv1ysBDBm4='",
  'x\ny': "'sha256-mrneJXaKwXIjXhGbdjYuzdrTOHj+mneSzd2+RyNvmoc='",
};

/** A page shaped like Next's export: charset first, a theme script in <head>, payload scripts and JSON-LD in <body>. */
const page = (body = '<script>alert(1)</script>') =>
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>' +
  '<script src="/_next/static/chunks/main.js" async=""></script><script>theme()</script></head>' +
  `<body><h1>Title</h1><script type="application/ld+json">{"@type":"NewsArticle"}</script>${body}</body></html>`;

const metaOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html)?.[1];

describe('addPagePolicy', () => {
  it('hashes every inline script of the page, once each, and no script with a src or of a JSON type', () => {
    const { scriptHashes } = addPagePolicy(page('<script>alert(1)</script><script>a&amp;b</script><script>alert(1)</script>'));
    expect(scriptHashes).toEqual([HASH['theme()'], HASH['alert(1)'], HASH['a&amp;b']]);
  });

  it('writes the page meta policy right after <meta charset>, before any script, and changes nothing else', () => {
    const input = page();
    const { html, scriptHashes } = addPagePolicy(input);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.pageMeta(scriptHashes)}"/>`;
    expect(html).toBe(input.replace('<meta charSet="utf-8"/>', `<meta charSet="utf-8"/>${meta}`));
  });

  it('allows the hashed scripts and nothing inline besides, and leaves header-only directives out', () => {
    const policy = metaOf(addPagePolicy(page()).html)!;
    const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc).toBe(`script-src 'self' 'wasm-unsafe-eval' ${HASH['theme()']} ${HASH['alert(1)']}`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('frame-ancestors');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-src 'none'");
  });

  it('hashes a script with CRLF line endings as the browser sees it, with LF', () => {
    expect(addPagePolicy(page('<script>x\r\ny</script>')).scriptHashes).toContain(HASH['x\ny']);
    expect(scriptHashSource('x\ny')).toBe(HASH['x\ny']);
  });

  it('gives no hash to a script nested in the page, where rendered content goes, and reports it', () => {
    const nested = '<main><article><p>Text</p><script>a&amp;b</script><template><script>alert(1)</script></template></article></main>';
    const { scriptHashes, strayScripts } = addPagePolicy(page(nested));
    expect(scriptHashes).toEqual([HASH['theme()']]);
    expect(strayScripts).toEqual(['a&amp;b', 'alert(1)']);
    expect(addPagePolicy(page()).strayScripts).toEqual([]);
  });

  it('puts the meta first in <head> when there is no leading charset', () => {
    const { html } = addPagePolicy('<!DOCTYPE html><html><head><script>theme()</script><title>t</title></head><body></body></html>');
    expect(html).toMatch(/^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="[^"]+"\/><script>theme\(\)<\/script>/);
  });

  it('places the meta by source positions read from far into the page when its head opens with more than the first parse reads', () => {
    const comment = `<!--${'x'.repeat(5000)}-->`;
    const longHead = page().replace('<head>', `<head>${comment}`);
    expect(addPagePolicy(longHead).html).toMatch(
      new RegExp(`<head>${comment}<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="[^"]+"/><meta name="viewport"`),
    );
    const longScript = `<script>${'theme();'.repeat(1000)}</script>`;
    const { html } = addPagePolicy(`<!DOCTYPE html><html><head>${longScript}<title>t</title></head><body></body></html>`);
    expect(html).toMatch(
      new RegExp(`^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="[^"]+"/>${longScript.replace(/[()]/g, '\\$&')}<title>`),
    );
    expect(addPagePolicy(addPagePolicy(longHead).html).html).toBe(addPagePolicy(longHead).html);
  });

  it('replaces its own meta when run again, so a rebuilt folder gets one policy, with current hashes', () => {
    const once = addPagePolicy(page()).html;
    expect(addPagePolicy(once).html).toBe(once);
    const edited = once.replace('<script>alert(1)</script>', '<script>a&amp;b</script>');
    const again = addPagePolicy(edited);
    expect(again.html.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
    expect(again.scriptHashes).toEqual([HASH['theme()'], HASH['a&amp;b']]);
  });

  it('refuses a page that carries a policy meta of its own elsewhere in <head>', () => {
    const html = page().replace('<script>theme()</script>', '<meta http-equiv="content-security-policy" content="script-src *"/><script>theme()</script>');
    expect(() => addPagePolicy(html)).toThrow('already has a Content-Security-Policy meta');
  });

  it('refuses a page whose <head> is empty, rather than ship it without a policy', () => {
    expect(() => addPagePolicy('<p>no head</p><script>alert(1)</script>')).toThrow('empty <head>');
  });
});

describe('scriptsInFragment', () => {
  it('finds every script element of a compiled body, however written, inside templates too', () => {
    const body = '<p>a</p><div><SCRIPT>one()</SCRIPT></div><template><script src="/x.js"></script></template><script type="application/ld+json">{}</script>';
    expect(scriptsInFragment(body)).toEqual(['one()', '/x.js', '{}']);
  });

  it("leaves the site's JSON-LD out when asked, and only that", () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
    expect(scriptsInFragment(`<main>${jsonLd}<p>Story</p></main>`, { exceptDataBlocks: true })).toEqual([]);
    expect(scriptsInFragment(`<main>${jsonLd}<script>alert(1)</script></main>`, { exceptDataBlocks: true })).toEqual(['alert(1)']);
    expect(scriptsInFragment(`<main>${jsonLd}</main>`)).toEqual(['{"@type":"NewsArticle"}']);
  });

  it('finds none in text or attributes that merely spell one', () => {
    expect(scriptsInFragment('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><img alt="<script>x</script>"/>')).toEqual([]);
    expect(scriptsInFragment('<p>Plain</p>')).toEqual([]);
  });
});
