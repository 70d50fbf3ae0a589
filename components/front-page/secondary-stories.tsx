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
        {articles.map((article) => {
          const besideImage = article.leadImage ? 'col-start-2' : '';
          return (
            <li key={article.slug}>
              {/* A grid on a phone (thumbnail beside the headline), a column from sm up; the headline stays a child of the card. */}
              <article
                aria-labelledby={`top-${article.slug}`}
                className={`grid content-start ${article.leadImage ? 'grid-cols-[7rem_1fr]' : 'grid-cols-1'} gap-x-3 gap-y-1.5 sm:flex sm:flex-col`}
              >
                {article.leadImage ? <StoryImage image={article.leadImage} className="row-span-2 sm:mb-1.5" /> : null}
                <div className={besideImage}>
                  <StoryMeta article={article} readingTime={false} />
                </div>
                <h3 id={`top-${article.slug}`} className={`${besideImage} font-display text-lg leading-snug font-bold text-balance sm:text-xl`}>
                  <Link href={articlePath(article.slug)} className="text-ink hover:underline">
                    {article.title}
                  </Link>
                </h3>
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
