import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A static folder (out/) that any static host or CDN can serve.
  output: 'export',
  // Static hosting has no image optimiser; images ship as authored, with their measured size.
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
