import { sentimentByMonth, sentimentMix } from '@/lib/insights';
import { MonthlySentimentChart } from './monthly-sentiment-chart';
import { SentimentMixBar } from './sentiment-mix-bar';

/** A tag's or author's verdict mix and monthly trend, at the top of their listing. */
export function ListingSentiment({ id, name, articles }: { id: string; name: string; articles: Array<{ date: string; sentiment?: string }> }) {
  const mix = sentimentMix(articles);
  if (mix.total === 0) return null;
  return (
    <section aria-label={`Analyst verdicts on ${name}`} className="mt-6 grid max-w-3xl gap-4 sm:grid-cols-2">
      <div className="space-y-2">
        <p className="text-sm font-semibold">Verdict mix and net tone</p>
        <SentimentMixBar mix={mix} label={`Verdicts on ${name}`} />
      </div>
      <MonthlySentimentChart id={`${id}-months`} title={`Verdicts per month: ${name}`} months={sentimentByMonth(articles)} compact />
    </section>
  );
}
