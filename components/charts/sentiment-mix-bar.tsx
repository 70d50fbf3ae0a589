import { formatNetTone, type SentimentMix } from '@/lib/insights';
import { SENTIMENT_META, SENTIMENTS } from '@/lib/sentiment';
import { SENTIMENT_SWATCH } from './sentiment-colors';

/** One 100% bar of a group's verdicts, with the counts spelled out for screen readers. */
export function SentimentMixBar({ mix, label }: { mix: SentimentMix; label: string }) {
  const described = SENTIMENTS.map((sentiment) => `${mix.counts[sentiment]} ${SENTIMENT_META[sentiment].label.toLowerCase()}`).join(', ');
  return (
    <div className="flex items-center gap-3">
      <div role="img" aria-label={`${label}: ${described}; net tone ${formatNetTone(mix.netTone)}`} className="flex h-3 min-w-24 flex-1 overflow-hidden rounded-full bg-surface">
        {SENTIMENTS.map((sentiment) =>
          mix.counts[sentiment] > 0 ? (
            <span key={sentiment} className={SENTIMENT_SWATCH[sentiment]} style={{ width: `${(mix.counts[sentiment] / mix.total) * 100}%` }} />
          ) : null,
        )}
      </div>
      <span className="w-12 text-right text-sm tabular-nums text-muted" aria-hidden="true">
        {formatNetTone(mix.netTone)}
      </span>
    </div>
  );
}
