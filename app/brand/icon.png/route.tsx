import { ImageResponse } from 'next/og';
import { BrandMark } from '@/components/og/brand-mark';
import { socialCardFonts } from '@/lib/og-fonts';
import { siteConfig } from '@/site.config';

export const dynamic = 'force-static';

export async function GET() {
  return new ImageResponse(<BrandMark size={512} siteName={siteConfig.name} />, {
    width: 512,
    height: 512,
    fonts: await socialCardFonts(),
  });
}
