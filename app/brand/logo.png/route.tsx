import { ImageResponse } from 'next/og';
import { BrandLogo } from '@/components/og/brand-mark';
import { socialCardFonts } from '@/lib/og-fonts';
import { siteConfig } from '@/site.config';

export const dynamic = 'force-static';

export async function GET() {
  return new ImageResponse(<BrandLogo siteName={siteConfig.name} />, { width: 600, height: 60, fonts: await socialCardFonts() });
}
