import { CARD_FONT_FAMILY } from '@/lib/og-fonts';
import { OG_COLORS } from './palette';

/** The site's initial on its accent colour: favicon, feed icon and the publisher logo's mark. */
export function BrandMark({ size, siteName }: { size: number; siteName: string }) {
  return (
    <div
      style={{
        width: size,
        height: size,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: OG_COLORS.accent,
        color: OG_COLORS.paper,
        fontFamily: CARD_FONT_FAMILY,
        fontWeight: 700,
        fontSize: size * 0.7,
        borderRadius: size * 0.12,
      }}
    >
      {Array.from(siteName)[0]}
    </div>
  );
}

/** Google's publisher logo format: at most 600×60, the mark and the name on white. */
export function BrandLogo({ siteName }: { siteName: string }) {
  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', alignItems: 'center', gap: 14, background: '#ffffff' }}>
      <BrandMark size={56} siteName={siteName} />
      <div style={{ display: 'flex', fontFamily: CARD_FONT_FAMILY, fontWeight: 700, fontSize: 44, color: OG_COLORS.ink }}>{siteName}</div>
    </div>
  );
}
