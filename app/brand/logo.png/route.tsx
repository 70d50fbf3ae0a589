import { BrandLogo } from '@/components/og/brand-mark';
import { drawImage } from '@/lib/og-image';
import { siteConfig } from '@/site.config';

export const dynamic = 'force-static';

export async function GET() {
  // Drawn like the share cards, from bundled fonts only: next/og would fetch missing glyphs.
  const png = await drawImage(<BrandLogo siteName={siteConfig.name} />, { width: 600, height: 60 });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
