import { SOCIAL_CARD_SIZE, SocialCard } from '@/components/og/social-card';
import { drawImage } from '@/lib/og-image';
import { siteConfig } from '@/site.config';

export const dynamic = 'force-static';

export async function GET() {
  const card = <SocialCard siteName={siteConfig.name} title={siteConfig.tagline} footer={siteConfig.url.replace(/^https?:\/\//, '')} />;
  return new Response(await drawImage(card, SOCIAL_CARD_SIZE), { headers: { 'content-type': 'image/png' } });
}
