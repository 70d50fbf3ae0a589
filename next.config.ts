import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { EXPORT_DIR_VARIABLE, RENDER_WORKERS_VARIABLE } from './scripts/build/steps';
import { siteConfig } from './site.config';

const nextConfig: NextConfig = {
  // A static folder (out/) that any static host or CDN can serve.
  output: 'export',
  // `npm run build` exports into a staging folder and swaps it onto out/ when every step passed
  // (scripts/build/steps.ts): with output 'export', Next takes a distDir as the export folder.
  ...(process.env[EXPORT_DIR_VARIABLE] ? { distDir: process.env[EXPORT_DIR_VARIABLE] } : {}),
  // The sub-path the site is served under, if any (see site.config.ts).
  basePath: siteConfig.basePath,
  // site.config.ts reads the site URL from the environment; inlining it gives browser code the
  // same URL and base path as the server render (Next only inlines NEXT_PUBLIC_ names by itself).
  env: { NEWSDESK_SITE_URL: siteConfig.url },
  // A static export runs its server code only while building, in Node, which loads these from
  // node_modules as they are: bundling them bought nothing but compile time (Satori alone is 2 MB).
  // At 1,000 articles Next's step took 26.0 s of CPU with them outside the bundle against 29.3 s
  // (medians of three alternating runs). They are the packages the server code imports by name,
  // and what they import comes with them; packages holding client components must stay bundled.
  serverExternalPackages: ['esbuild', 'satori', 'unified', 'rehype-parse', 'hast-util-to-html', 'd3-scale', 'd3-shape', 'yaml'],
  // Static hosting has no image optimiser; images ship as authored, with their measured size.
  images: { unoptimized: true },
  reactStrictMode: true,
  // `npm test` type-checks the code after the build; authors' pull requests change content, not
  // code, so their builds need not pay for a second type check.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // One build ID for every build. Next writes the ID into nearly every exported page and data
  // file, so a fresh random ID made two builds of the same content differ everywhere, and a page
  // rendered today could not sit beside pages rendered yesterday. The ID is not needed to bust
  // caches: chunk and stylesheet file names already carry a hash of their contents.
  generateBuildId: async () => 'newsdesk',
  // A static export runs no server, so nothing reads the file traces (*.nft.json) a webpack build
  // collects for one after its pages render: 12–20 s of CPU on two cores, spent beside page
  // generation. Next 16 has no switch for them (`outputFileTracing: false` went in Next 15;
  // vercel/next.js#66150 asks for one), but its tracer skips every file an exclude matches
  // (next/dist/build/collect-build-traces.js applies the globs of a key that matches
  // "next-server" as ignores), so excluding everything from every trace leaves it nothing to read.
  outputFileTracingExcludes: { '**': ['**'] },
  experimental: {
    // Next compiles in worker processes of its own by default, so the main process need not hold
    // webpack's memory while pages render. Twenty pages render here, and each worker started Next
    // and read the configuration again: at 1,000 articles the step took 22.5 s of CPU in one
    // process against 27.5 s with the workers (medians of three alternating runs, the same
    // pages), peaking at 0.7 GB instead of 0.5.
    webpackBuildWorker: false,
    // Next keeps one core for its main process, which idles while pages render: on a two-core
    // machine that left one worker to render every page. Every core renders instead, unless the
    // build asks for fewer (scripts/build/next-build.ts, for an incremental build's few pages).
    cpus: Number(process.env[RENDER_WORKERS_VARIABLE]) || availableParallelism(),
  },
};

export default nextConfig;
