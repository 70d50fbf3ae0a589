import { SENTIMENT_META, type Sentiment } from '@/lib/sentiment';
import { OG_COLORS, OG_SENTIMENT_COLORS } from './palette';

export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 };

interface SocialCardProps {
  siteName: string;
  title: string;
  /** Byline and date, already formatted. */
  footer: string;
  sentiment?: Sentiment;
}

/** The 1200×630 share image of an article (and, without a sentiment, of the site). Satori supports flexbox only. */
export function SocialCard({ siteName, title, footer, sentiment }: SocialCardProps) {
  const tone = sentiment ? OG_SENTIMENT_COLORS[sentiment] : undefined;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: OG_COLORS.paper,
        color: OG_COLORS.ink,
        fontFamily: 'Source Serif 4',
        borderTop: `16px solid ${OG_COLORS.accent}`,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <div style={{ fontSize: 44, fontWeight: 700 }}>{siteName}</div>
        {sentiment && tone ? (
          <div
            style={{
              display: 'flex',
              fontSize: 30,
              fontWeight: 700,
              color: tone.ink,
              background: tone.wash,
              padding: '8px 24px',
              borderRadius: 999,
              textTransform: 'uppercase',
              letterSpacing: 2,
            }}
          >
            {SENTIMENT_META[sentiment].verdict}
          </div>
        ) : null}
      </div>
      <div style={{ display: 'flex', fontSize: title.length > 80 ? 56 : 68, fontWeight: 700, lineHeight: 1.12 }}>{title}</div>
      <div style={{ display: 'flex', fontSize: 30, color: OG_COLORS.muted, borderTop: `2px solid ${OG_COLORS.rule}`, paddingTop: 24 }}>
        {footer}
      </div>
    </div>
  );
}
