import { describe, expect, it } from 'vitest';
import { isProductionBuild, siteUrlWarning } from '@/lib/site-url-warning';

const LOCAL = 'http://localhost:3000';

describe('isProductionBuild', () => {
  it.each([
    [{ CI: 'true' }, true],
    [{ CI: '1' }, true],
    [{ CI: 'false' }, false],
    [{ NODE_ENV: 'production' }, true],
    [{ NODE_ENV: 'production', npm_lifecycle_event: 'build' }, true],
    [{ NODE_ENV: 'production', npm_lifecycle_event: 'prestart' }, false],
    [{ NODE_ENV: 'production', npm_lifecycle_event: 'start' }, false],
    [{ CI: 'true', npm_lifecycle_event: 'prestart' }, true],
    [{ NODE_ENV: 'development' }, false],
    [{}, false],
  ])('%j → %s', (env, expected) => expect(isProductionBuild(env)).toBe(expected));
});

describe('siteUrlWarning', () => {
  it('names the variable, the address and everything it ends up in, for a CI build without it', () => {
    const warning = siteUrlWarning({ CI: 'true' }, LOCAL);
    expect(warning).toContain('NEWSDESK_SITE_URL is not set: this production build is for http://localhost:3000');
    for (const place of ['canonical links', 'Open Graph', 'JSON-LD', 'RSS, Atom and JSON feeds', 'sitemap.xml', 'robots.txt', 'share links']) {
      expect(warning).toContain(place);
    }
    expect(warning).toContain('NEWSDESK_SITE_URL=https://news.example.org npm run build');
  });

  it('also warns when the variable itself points at this machine', () => {
    expect(siteUrlWarning({ CI: 'true', NEWSDESK_SITE_URL: 'http://127.0.0.1:8080' }, 'http://127.0.0.1:8080')).toContain(
      'NEWSDESK_SITE_URL is http://127.0.0.1:8080: this production build',
    );
  });

  it('stays quiet for a public address, and for local builds', () => {
    expect(siteUrlWarning({ CI: 'true', NEWSDESK_SITE_URL: 'https://news.example.org' }, 'https://news.example.org')).toBeUndefined();
    expect(siteUrlWarning({}, LOCAL)).toBeUndefined();
    expect(siteUrlWarning({ NODE_ENV: 'production', npm_lifecycle_event: 'prestart' }, LOCAL)).toBeUndefined();
  });
});
