import { formatNetTone, type SentimentMix } from '@/lib/insights';
import { SENTIMENT_META, SENTIMENTS } from '@/lib/sentiment';
import { patternFill, SentimentPatternDefs } from './sentiment-patterns';

/** Each verdict's share of the bar, left to right, in percent. */
function segments(mix: SentimentMix) {
  let start = 0;
  return SENTIMENTS.filter((sentiment) => mix.counts[sentiment] > 0).map((sentiment) => {
    const width = (mix.counts[sentiment] / mix.total) * 100;
    const segment = { sentiment, x: start, width };
    start += width;
    return segment;
  });
}

/**
 * One 100% bar of a group's verdicts, each share in its verdict's colour and texture, with the
 * counts spelled out for screen readers. SVG without a viewBox, so widths are percentages of the
 * bar and the textures keep their size however wide the bar is drawn; no style attribute needed.
 */
export function SentimentMixBar({ id, mix, label }: { id: string; mix: SentimentMix; label: string }) {
  const described = SENTIMENTS.map((sentiment) => `${mix.counts[sentiment]} ${SENTIMENT_META[sentiment].label.toLowerCase()}`).join(', ');
  const parts = segments(mix);
  return (
    <div
      role="img"
      aria-label={`${label}: ${described}; net tone ${formatNetTone(mix.netTone)}`}
      className="h-3.5 min-w-24 overflow-hidden rounded-sm bg-surface"
    >
      <svg width="100%" height="100%" className="block" aria-hidden="true" focusable="false" data-chart="mix">
        <SentimentPatternDefs chartId={id} />
        {parts.map(({ sentiment, x, width }) => (
          <rect key={sentiment} x={`${x}%`} width={`${width}%`} height="100%" fill={patternFill(id, sentiment)} data-sentiment={sentiment} />
        ))}
        {/* A gap in the page colour between neighbouring shares, so no boundary depends on a colour change. */}
        {parts.slice(1).map(({ sentiment, x }) => (
          <line key={sentiment} x1={`${x}%`} x2={`${x}%`} y1="0" y2="100%" className="stroke-paper" strokeWidth={2} />
        ))}
      </svg>
    </div>
  );
}
