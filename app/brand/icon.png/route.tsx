import { BrandMark } from '@/components/og/brand-mark';
import { drawImage } from '@/lib/og-image';
import { siteConfig } from '@/site.config';

export const dynamic = 'force-static';

export async function GET() {
  // Drawn like the share cards, from bundled fonts only: next/og would fetch missing glyphs.
  const png = await drawImage(<BrandMark size={512} siteName={siteConfig.name} />, { width: 512, height: 512 });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
