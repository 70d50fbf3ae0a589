/*
 * Without NEWSDESK_SITE_URL, site.config.ts falls back to http://localhost:3000, which is right for
 * `npm start` and `npm run dev` and wrong everywhere else: every absolute link the build writes
 * would point at the reader's own machine. A production build says so, in one block a person
 * scrolling a build log cannot miss. The deploy workflows refuse to build without it at all.
 */

export const SITE_URL_VARIABLE = 'NEWSDESK_SITE_URL';

type Environment = Readonly<Record<string, string | undefined>>;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

/** CI=true (GitHub Actions, most CI services), or NODE_ENV=production outside `npm start`, which serves the build locally. */
export function isProductionBuild(env: Environment): boolean {
  const ci = env.CI !== undefined && !['', '0', 'false'].includes(env.CI.toLowerCase());
  const servedLocally = env.npm_lifecycle_event === 'start' || env.npm_lifecycle_event === 'prestart';
  return ci || (env.NODE_ENV === 'production' && !servedLocally);
}

/** The warning a production build prints for a site URL on this machine, or undefined. */
export function siteUrlWarning(env: Environment, siteUrl: string): string | undefined {
  if (!isProductionBuild(env) || !LOCAL_HOSTS.has(new URL(siteUrl).hostname)) return undefined;
  const reason = env[SITE_URL_VARIABLE]?.trim() ? `${SITE_URL_VARIABLE} is ${siteUrl}` : `${SITE_URL_VARIABLE} is not set`;
  return [
    '',
    `!!! ${reason}: this production build is for ${siteUrl} !!!`,
    `!!! Every absolute address it writes points there: canonical links, Open Graph and Twitter tags,`,
    `!!! JSON-LD, the RSS, Atom and JSON feeds, sitemap.xml, news-sitemap.xml, robots.txt and share links.`,
    `!!! Readers, feed readers and search engines following them reach nothing.`,
    `!!! Set it to the public address (with its path for a site under a sub-path), for example:`,
    `!!!   ${SITE_URL_VARIABLE}=https://news.example.org npm run build`,
    '',
  ].join('\n');
}
