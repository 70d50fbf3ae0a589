/*
 * The HTTP headers the exported site is served with, in one place. Static hosts read them in
 * different formats (lib/security/host-configs.ts renders each), but the policy is this one.
 */

/*
 * Why the script policy allows inline scripts: every exported page carries its React Server
 * Components payload as inline <script>self.__next_f.push(…)</script> elements, different on
 * each page, plus the theme script in <head>. A nonce needs a server that rewrites each
 * response, and per-page hashes cannot go into one header for the whole site, so a static host
 * has to allow inline scripts. Everything else stays shut: scripts only from our own origin, no
 * inline event handler attributes (script-src-attr), no plugins, no <base> hijacking, forms post
 * only to us, and no one may frame the site.
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it allows no eval().
 * Styles come only from our own style sheets: no page carries a style attribute or element
 * (charts draw their bars as SVG shapes), so a style injected into a page is refused too.
 */
const CSP_DIRECTIVES: Array<[directive: string, sources: string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"]],
  ['script-src-attr', ["'none'"]],
  ['style-src', ["'self'"]],
  ['style-src-attr', ["'none'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  ['frame-ancestors', ["'none'"]],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([directive, sources]) => `${directive} ${sources.join(' ')}`).join('; ');

/** Browser features the site never uses, switched off for it and anything it might embed. */
const DISABLED_FEATURES = ['accelerometer', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment', 'usb'];

/**
 * Sent with every response, including scripts: a dedicated worker (Pagefind runs its search in
 * one) is governed by the policy delivered with its own script, not the page's.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // One year, without includeSubDomains or preload: a site served under a sub-path shares its
  // host with others, and those flags would commit every subdomain of it to HTTPS too.
  'Strict-Transport-Security': 'max-age=31536000',
  'X-Content-Type-Options': 'nosniff',
  // frame-ancestors says the same; X-Frame-Options covers browsers that predate it.
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', '),
};

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

/** Where the build writes content-hashed file names: Next's assets and Pagefind's index chunks. */
export const HASHED_ASSET_PATHS: readonly PathPattern[] = [
  { prefix: '/_next/static/' },
  { prefix: '/pagefind/fragment/' },
  { prefix: '/pagefind/index/' },
  { prefix: '/pagefind/filter/' },
  { prefix: '/pagefind/', suffix: '.pf_meta' },
];

/** The headers of a response for a site path (without the base path), as every host config renders them. */
export function headersFor(sitePath: string): Record<string, string> {
  const hashed = HASHED_ASSET_PATHS.some(({ prefix, suffix = '' }) => sitePath.startsWith(prefix) && sitePath.endsWith(suffix));
  return { ...SECURITY_HEADERS, 'Cache-Control': hashed ? CACHE_CONTROL.immutable : CACHE_CONTROL.revalidate };
}
