/*
 * The HTTP headers the exported site is served with, in one place. Static hosts read them in
 * different formats (lib/security/host-configs.ts renders each), but the policy is this one.
 */
import { SEARCH_INDEX_PATH } from '../urls';

/*
 * The Content-Security-Policy allows no inline script that the build did not put there.
 *
 * Every exported page carries inline scripts: the theme script in <head> and the behaviour
 * script at the end of <body> (components/site-behaviours.tsx), and the search page, which
 * hydrates, its React Server Components payload as <script>self.__next_f.push(…)</script>
 * elements, different on each page. A nonce needs a server that rewrites each response and one header shared by 20,000
 * pages cannot list every page's hashes, so the build hashes each page's inline scripts after
 * the export and writes the page's policy into a <meta http-equiv="Content-Security-Policy">
 * at the top of its <head> (lib/security/page-policy.ts). That works on every static host,
 * GitHub Pages included, which sends no headers of ours at all.
 *
 * A browser enforces every policy it is given, header and meta alike, and a script runs only if
 * each of them allows it. So a page's header must say nothing about scripts (no script-src and
 * no default-src, which script-src falls back to): any source list there would block the hashed
 * scripts too, and adding 'unsafe-inline' to it would let any script run. The header keeps the
 * directives a meta policy cannot carry (frame-ancestors) and repeats the others. Every other
 * response (scripts, images, feeds, Pagefind's worker, whose policy is the one sent with its own
 * script) gets the whole policy with no inline script at all, so an SVG or XML file opened on
 * its own cannot run one either.
 *
 * Beyond scripts: no inline event handler attributes (script-src-attr), no plugins, no frames
 * in either direction, no <base> hijacking, forms post only to us, plain-HTTP requests are
 * upgraded. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it allows no
 * eval(). Pagefind runs its search in a worker from our origin; worker-src says so, as child-src
 * (which it would fall back to) admits no frames. Styles come only from our own style sheets:
 * no page carries a style attribute or element (charts draw their bars as SVG shapes), so a
 * style injected into a page is refused too.
 */
type Directive = readonly [name: string, sources: readonly string[]];

const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

const POLICY: readonly Directive[] = [
  ['default-src', ["'self'"]],
  ['script-src', SCRIPT_SOURCES],
  ['script-src-attr', ["'none'"]],
  ['style-src', ["'self'"]],
  ['style-src-attr', ["'none'"]],
  ['worker-src', ["'self'"]],
  ['frame-src', ["'none'"]],
  ['child-src', ["'none'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  ['frame-ancestors', ["'none'"]],
  ['upgrade-insecure-requests', []],
];

/** Directives a browser ignores in a <meta> policy: they work only as a header. */
export const HEADER_ONLY_DIRECTIVES: ReadonlySet<string> = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** Directives that decide which scripts run: a page's header must leave them to its meta policy. */
const SCRIPT_DECIDING_DIRECTIVES: ReadonlySet<string> = new Set(['default-src', 'script-src', 'script-src-elem']);

const serialise = (directives: readonly Directive[]) => directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

export const CONTENT_SECURITY_POLICY = {
  /** Every response but a page: the whole policy, no inline script at all. */
  file: serialise(POLICY),
  /** The header of a page (an HTML document): everything but the script decisions. */
  pageHeader: serialise(POLICY.filter(([name]) => !SCRIPT_DECIDING_DIRECTIVES.has(name))),
  /**
   * The <meta> policy of one page: the whole policy but the header-only directives, with the
   * page's own inline scripts allowed by their hashes ('sha256-…' sources).
   */
  pageMeta(scriptHashes: readonly string[]): string {
    return serialise(
      POLICY.filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name)).map(([name, sources]): Directive =>
        name === 'script-src' ? [name, [...sources, ...scriptHashes]] : [name, sources],
      ),
    );
  },
} as const;

/** Browser features the site never uses, switched off for it and anything it might embed. */
const DISABLED_FEATURES = ['accelerometer', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment', 'usb'];

/** Sent with every response, beside the Content-Security-Policy of its kind. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // One year, without includeSubDomains or preload: a site served under a sub-path shares its
  // host with others, and those flags would commit every subdomain of it to HTTPS too.
  'Strict-Transport-Security': 'max-age=31536000',
  'X-Content-Type-Options': 'nosniff',
  // frame-ancestors says the same; X-Frame-Options covers browsers that predate it.
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', '),
};

/** A page is an HTML document, which carries its own script policy; anything else is a file. */
export type ResponseKind = 'page' | 'file';

/** The security headers of a response of that kind, Content-Security-Policy first. */
export function securityHeaders(kind: ResponseKind): Record<string, string> {
  return { 'Content-Security-Policy': CONTENT_SECURITY_POLICY[kind === 'page' ? 'pageHeader' : 'file'], ...SECURITY_HEADERS };
}

export const CACHE_CONTROL = {
  /** For files whose names change with their content: a new build never reuses a name. */
  immutable: 'public, max-age=31536000, immutable',
  /**
   * For everything else: pages, feeds, sitemaps, images and Pagefind's entry files keep their
   * names from one publication to the next, so caches may keep them a few minutes, then ask again.
   */
  revalidate: 'public, max-age=300, must-revalidate',
} as const;

/** A set of site paths: those starting with `prefix` and, when given, ending with `suffix`. */
export interface PathPattern {
  prefix: string;
  suffix?: string;
}

/**
 * Where the build writes content-hashed file names: Next's assets and the chunks of each search
 * shard (/pagefind/<shard>/, lib/search-index.ts), which Pagefind names by their contents.
 */
export const HASHED_ASSET_PATHS: readonly PathPattern[] = [
  { prefix: '/_next/static/' },
  ...['.pf_fragment', '.pf_index', '.pf_filter', '.pf_meta'].map((suffix) => ({ prefix: `${SEARCH_INDEX_PATH}/`, suffix })),
];

/**
 * Whether a site path (without the base path) asks for a page: pages are linked without their
 * .html (/articles/x), or with it (/404.html); every other file name has an extension.
 */
export function isPagePath(sitePath: string): boolean {
  const name = sitePath.slice(sitePath.lastIndexOf('/') + 1);
  return name.endsWith('.html') || !name.includes('.');
}

/** The headers of a response for a site path (without the base path), as every host config renders them. */
export function headersFor(sitePath: string): Record<string, string> {
  const hashed = HASHED_ASSET_PATHS.some(({ prefix, suffix = '' }) => sitePath.startsWith(prefix) && sitePath.endsWith(suffix));
  return {
    ...securityHeaders(isPagePath(sitePath) ? 'page' : 'file'),
    'Cache-Control': hashed ? CACHE_CONTROL.immutable : CACHE_CONTROL.revalidate,
  };
}
