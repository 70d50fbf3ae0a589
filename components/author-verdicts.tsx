import Link from '@/components/link';
import { formatDate } from '@/lib/dates';
import type { Sentiment } from '@/lib/sentiment';
import { articlePath } from '@/lib/urls';
import { SentimentBadge } from './sentiment-badge';

export interface SignedVerdict {
  slug: string;
  title: string;
  sentiment: Sentiment;
  /** ISO 8601: when the verdict was given. */
  date: string;
}

/** The verdicts an analyst signed, on their author page: the story, the verdict and its date. */
export function AuthorVerdicts({ name, verdicts, total }: { name: string; verdicts: SignedVerdict[]; total: number }) {
  if (verdicts.length === 0) return null;
  return (
    <section aria-labelledby="verdicts-heading" className="mt-8 max-w-3xl" data-analyst-verdicts>
      <h2 id="verdicts-heading" className="font-display text-2xl font-bold">
        Verdicts by {name}
      </h2>
      <p className="mt-1 text-sm text-muted">
        {total === verdicts.length
          ? `${total} ${total === 1 ? 'verdict' : 'verdicts'}, newest first.`
          : `The ${verdicts.length} most recent of ${total} verdicts.`}
      </p>
      <ul className="mt-3 divide-y divide-rule border-y border-rule">
        {verdicts.map((verdict) => (
          <li key={verdict.slug} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3">
            <SentimentBadge sentiment={verdict.sentiment} />
            <Link href={articlePath(verdict.slug)} className="min-h-6 min-w-0 flex-1 font-medium text-ink hover:underline">
              {verdict.title}
            </Link>
            <time dateTime={verdict.date} className="text-sm text-muted">
              {formatDate(verdict.date)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
