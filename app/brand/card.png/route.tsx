import { ImageResponse } from 'next/og';
import { SOCIAL_CARD_SIZE, SocialCard } from '@/components/og/social-card';
import { socialCardFonts } from '@/lib/og-fonts';
import { siteConfig } from '@/site.config';

export const dynamic = 'force-static';

export async function GET() {
  return new ImageResponse(
    <SocialCard siteName={siteConfig.name} title={siteConfig.tagline} footer={siteConfig.url.replace(/^https?:\/\//, '')} />,
    { ...SOCIAL_CARD_SIZE, fonts: await socialCardFonts() },
  );
}
