import type { NextConfig } from 'next';
import { siteConfig } from './site.config';

const nextConfig: NextConfig = {
  // A static folder (out/) that any static host or CDN can serve.
  output: 'export',
  // The sub-path the site is served under, if any (see site.config.ts).
  basePath: siteConfig.basePath,
  // site.config.ts reads the site URL from the environment; inlining it gives browser code the
  // same URL and base path as the server render (Next only inlines NEXT_PUBLIC_ names by itself).
  env: { NEWSDESK_SITE_URL: siteConfig.url },
  // Static hosting has no image optimiser; images ship as authored, with their measured size.
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
