import Link from '@/components/link';
import type { ArticleSummary } from '@/lib/content/queries';
import { articlePath } from '@/lib/urls';
import { StoryImage } from './story-image';
import { StoryMeta } from './story-meta';

/** The row under the lead: headline, verdict and a thumbnail of the lead image where there is one. */
export function SecondaryStories({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="top-stories-heading" data-front="secondary" className="border-t border-rule pt-6">
      <h2 id="top-stories-heading" className="sr-only">
        More top stories
      </h2>
      <ol className="grid gap-6 sm:grid-cols-3">
        {articles.map((article) => (
          <li key={article.slug}>
            <article aria-labelledby={`top-${article.slug}`} className="flex gap-3 sm:flex-col">
              {article.leadImage ? <StoryImage image={article.leadImage} className="w-28 shrink-0 sm:w-full" /> : null}
              <div className="flex flex-col gap-1.5">
                <StoryMeta article={article} readingTime={false} />
                <h3 id={`top-${article.slug}`} className="font-display text-lg leading-snug font-bold text-balance sm:text-xl">
                  <Link href={articlePath(article.slug)} className="text-ink hover:underline">
                    {article.title}
                  </Link>
                </h3>
              </div>
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
