import Link from '@/components/link';
import type { ArticleSummary } from '@/lib/content/queries';
import { articlePath } from '@/lib/urls';
import { StoryMeta } from './story-meta';

/** Headlines with their verdict and date: Editor's picks and the topic sections. */
export function CompactStoryList({ articles, idPrefix }: { articles: ArticleSummary[]; idPrefix: string }) {
  return (
    <ol className="divide-y divide-rule">
      {articles.map((article) => (
        <li key={article.slug}>
          <article aria-labelledby={`${idPrefix}-${article.slug}`} className="flex flex-col gap-1.5 py-3">
            <h3 id={`${idPrefix}-${article.slug}`} className="font-display text-lg leading-snug font-bold text-balance">
              <Link href={articlePath(article.slug)} className="inline-block min-h-6 text-ink hover:underline">
                {article.title}
              </Link>
            </h3>
            <StoryMeta article={article} readingTime={false} />
          </article>
        </li>
      ))}
    </ol>
  );
}
