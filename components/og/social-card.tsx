import { CARD_FONT_FAMILY } from '@/lib/og-fonts';
import { cardText } from '@/lib/og-text';
import { SENTIMENT_META, type Sentiment } from '@/lib/sentiment';
import { OG_COLORS, OG_SENTIMENT_COLORS } from './palette';

export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 };

/*
 * How much text a card shows, in columns (a CJK character counts two): four lines of the title
 * at its smaller size, one line of footer. Longer text is cut with "…"; the line clamps below
 * only catch what the column count misjudges, such as a title of wide Latin capitals.
 */
const TITLE_COLUMNS = 140;
const FOOTER_COLUMNS = 70;
const LONG_TITLE = 80;

interface SocialCardProps {
  siteName: string;
  title: string;
  /** Byline and date, already formatted. */
  footer: string;
  sentiment?: Sentiment;
}

/** The 1200×630 share image of an article (and, without a sentiment, of the site). Satori supports flexbox only. */
export function SocialCard({ siteName, title: rawTitle, footer: rawFooter, sentiment }: SocialCardProps) {
  const tone = sentiment ? OG_SENTIMENT_COLORS[sentiment] : undefined;
  const title = cardText(rawTitle, TITLE_COLUMNS);
  const footer = cardText(rawFooter, FOOTER_COLUMNS);
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        background: OG_COLORS.paper,
        color: OG_COLORS.ink,
        fontFamily: CARD_FONT_FAMILY,
      }}
    >
      {/* Bars, not borders: Satori draws a border through clipping paths over the whole card, and rasterising those cost 0.6 ms a card. */}
      <div style={{ height: 16, background: OG_COLORS.accent }} />
      <div style={{ display: 'flex', flexGrow: 1, flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px' }}>
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
        <div style={{ display: 'block', fontSize: title.length > LONG_TITLE ? 56 : 68, fontWeight: 700, lineHeight: 1.12, lineClamp: 4 }}>{title}</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ height: 2, background: OG_COLORS.rule }} />
          <div style={{ display: 'block', fontSize: 30, color: OG_COLORS.muted, paddingTop: 24, lineClamp: 1 }}>{footer}</div>
        </div>
      </div>
    </div>
  );
}
