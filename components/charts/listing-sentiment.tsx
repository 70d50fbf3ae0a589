import { SentimentIcon } from '@/components/sentiment-icon';
import { explainNetTone, sentimentByMonth, sentimentMix, sharePercent, type SentimentMix } from '@/lib/insights';
import { SENTIMENT_META, SENTIMENTS } from '@/lib/sentiment';
import { siteConfig } from '@/site.config';
import { MonthlySentimentChart } from './monthly-sentiment-chart';
import { SentimentMixBar } from './sentiment-mix-bar';
import { SentimentSwatch } from './sentiment-patterns';

/**
 * A tag's or author's verdicts at the top of their listing: the numbers in words and figures
 * (count and share of each verdict, net tone explained), the mix bar they describe, and the
 * monthly trend. The figures are the primary signal; bar and chart only draw them.
 */
export function ListingSentiment({ id, name, articles }: { id: string; name: string; articles: Array<{ date: string; sentiment?: string }> }) {
  const mix = sentimentMix(articles);
  if (mix.total === 0) return null;
  return (
    <section aria-labelledby={`${id}-tone`} className="mt-6 max-w-3xl space-y-3" data-tone-section>
      <h2 id={`${id}-tone`} className="font-display text-xl font-bold">
        Analyst verdicts on {name}
      </h2>
      <div className="grid gap-6 sm:grid-cols-2">
        <div className="space-y-3">
          <p className="text-sm" data-net-tone>
            {mix.total} {mix.total === 1 ? 'article has' : 'articles have'} an analyst verdict. {explainNetTone(mix)}
          </p>
          <SentimentMixBar id={`${id}-mix`} mix={mix} label={`Verdicts on ${name}`} />
          <VerdictBreakdown id={`${id}-mix`} mix={mix} />
        </div>
        <MonthlySentimentChart id={`${id}-months`} title={`Verdicts per month: ${name}`} months={sentimentByMonth(articles, siteConfig.timeZone)} compact />
      </div>
    </section>
  );
}

/** The bar's legend and its numbers at once: each verdict's texture, icon, name, count and share. */
function VerdictBreakdown({ id, mix }: { id: string; mix: SentimentMix }) {
  return (
    <ul className="max-w-72 space-y-1 text-sm">
      {SENTIMENTS.map((sentiment) => (
        <li key={sentiment} className="flex items-center gap-1.5" data-sentiment={sentiment}>
          <SentimentSwatch chartId={`${id}-key`} sentiment={sentiment} />
          <SentimentIcon sentiment={sentiment} className="size-3.5 shrink-0" />
          <span>{SENTIMENT_META[sentiment].label}</span>
          <span className="ml-auto whitespace-nowrap tabular-nums" data-count>
            {mix.counts[sentiment]} · {sharePercent(mix.counts[sentiment], mix.total)}%
          </span>
        </li>
      ))}
    </ul>
  );
}
