import { formatNetTone, type SentimentMix } from '@/lib/insights';
import { SENTIMENT_META, SENTIMENTS } from '@/lib/sentiment';
import { SENTIMENT_FILL } from './sentiment-colors';

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
 * One 100% bar of a group's verdicts, with the counts spelled out for screen readers. Drawn as
 * SVG so the data-driven widths are attributes rather than inline styles.
 */
export function SentimentMixBar({ mix, label }: { mix: SentimentMix; label: string }) {
  const described = SENTIMENTS.map((sentiment) => `${mix.counts[sentiment]} ${SENTIMENT_META[sentiment].label.toLowerCase()}`).join(', ');
  return (
    <div className="flex items-center gap-3">
      <div role="img" aria-label={`${label}: ${described}; net tone ${formatNetTone(mix.netTone)}`} className="h-3 min-w-24 flex-1 overflow-hidden rounded-full bg-surface">
        <svg viewBox="0 0 100 1" preserveAspectRatio="none" className="block size-full">
          {segments(mix).map(({ sentiment, x, width }) => (
            <rect key={sentiment} x={x} width={width} height={1} className={SENTIMENT_FILL[sentiment]} />
          ))}
        </svg>
      </div>
      <span className="w-12 text-right text-sm tabular-nums text-muted" aria-hidden="true">
        {formatNetTone(mix.netTone)}
      </span>
    </div>
  );
}
