import Link from '@/components/link';
import type { ArticleSummary } from '@/lib/content/queries';
import { articlePath } from '@/lib/urls';
import { Byline } from '../byline';
import { StoryImage } from './story-image';
import { StoryMeta } from './story-meta';

/**
 * The front page's lead: its largest headline, the lead image, the dek and the verdict. On a wide
 * screen the image is cropped wider (21:9), so the row of secondary stories still shows in the
 * first screen.
 */
export function LeadStory({ article }: { article: ArticleSummary }) {
  return (
    <article aria-labelledby="lead-story" data-front="lead" className="flex flex-col gap-3">
      {article.leadImage ? <StoryImage image={article.leadImage} priority className="lg:aspect-[21/9]" /> : null}
      <div className="flex flex-col gap-3">
        <StoryMeta article={article} />
        <h2 id="lead-story" className="font-display text-3xl leading-tight font-bold text-balance sm:text-4xl">
          <Link href={articlePath(article.slug)} className="text-ink hover:underline">
            {article.title}
          </Link>
        </h2>
        <p className="font-serif text-lg leading-relaxed text-ink">{article.dek}</p>
        <p className="text-sm text-muted">
          <Byline authors={article.authors} />
        </p>
      </div>
    </article>
  );
}
