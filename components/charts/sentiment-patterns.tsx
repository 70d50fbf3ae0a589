import { SENTIMENTS, type Sentiment } from '@/lib/sentiment';
import { SENTIMENT_FILL } from './sentiment-colors';

/**
 * A texture per verdict, the second channel that lets a chart be read without telling colours
 * apart: hatching that rises for positive and falls for negative (like the badge's arrows), both
 * for mixed, and a plain fill for neutral. Drawn in the page colour over the verdict's colour.
 */
export const SENTIMENT_TEXTURE: Record<Sentiment, { name: string; path: string | null }> = {
  positive: { name: 'rising hatching', path: 'M-1 1l2-2M0 6l6-6M5 7l2-2' },
  negative: { name: 'falling hatching', path: 'M-1 5l2 2M0 0l6 6M5-1l2 2' },
  neutral: { name: 'plain', path: null },
  mixed: { name: 'cross-hatching', path: 'M-1 1l2-2M0 6l6-6M5 7l2-2M-1 5l2 2M0 0l6 6M5-1l2 2' },
};

/** Ids are per chart: an id may occur once in a page, and a page can hold many charts. */
export const patternId = (chartId: string, sentiment: Sentiment) => `${chartId}-${sentiment}`;
export const patternFill = (chartId: string, sentiment: Sentiment) => `url(#${patternId(chartId, sentiment)})`;

/** The textures (all four unless `only` names some), to put in the <svg> of the chart that uses them. */
export function SentimentPatternDefs({ chartId, only = SENTIMENTS }: { chartId: string; only?: readonly Sentiment[] }) {
  return (
    <defs>
      {only.map((sentiment) => (
        <pattern
          key={sentiment}
          id={patternId(chartId, sentiment)}
          data-sentiment={sentiment}
          data-texture={SENTIMENT_TEXTURE[sentiment].name}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
        >
          <rect width={6} height={6} className={SENTIMENT_FILL[sentiment]} />
          <Texture path={SENTIMENT_TEXTURE[sentiment].path} />
        </pattern>
      ))}
    </defs>
  );
}

function Texture({ path }: { path: string | null }) {
  return path === null ? null : <path d={path} className="fill-none stroke-paper" strokeWidth={1.5} />;
}

/** A legend key: the verdict's colour and texture in a small box. */
export function SentimentSwatch({ chartId, sentiment }: { chartId: string; sentiment: Sentiment }) {
  return (
    <svg width={18} height={12} className="shrink-0" aria-hidden="true" focusable="false" data-swatch={sentiment}>
      <SentimentPatternDefs chartId={chartId} only={[sentiment]} />
      <rect width={18} height={12} rx={2} fill={patternFill(chartId, sentiment)} />
    </svg>
  );
}
