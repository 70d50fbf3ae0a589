import Link from '@/components/link';
import type { ArticleSummary } from '@/lib/content/queries';
import { formatDate } from '@/lib/dates';
import { formatNoteTime } from '@/lib/note-time';
import { articlePath } from '@/lib/urls';

/** The corrections page: each corrected story with its corrections, newest first, as the article shows them. */
export function CorrectionList({ articles }: { articles: ArticleSummary[] }) {
  return (
    <ol className="divide-y divide-rule">
      {articles.map((article) => (
        <li key={article.slug} className="py-6" data-corrected-article={article.slug}>
          <h2 className="font-display text-2xl leading-tight font-bold text-balance">
            <Link href={articlePath(article.slug)} className="text-ink hover:underline">
              {article.title}
            </Link>
          </h2>
          <p className="mt-1 text-sm text-muted">
            Published <time dateTime={article.date}>{formatDate(article.date)}</time>
          </p>
          <ul className="mt-3 space-y-2">
            {article.corrections.map((note, index) => (
              <li key={index} className="border-l-4 border-accent pl-3 font-serif leading-relaxed" data-correction>
                <strong>Correction</strong>, <time dateTime={note.date}>{formatNoteTime(note)}</time>: {note.text}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
