import type { ArticleSummary } from '@/lib/content/queries';
import { CompactStoryList } from './compact-story-list';

/** The stories editors marked `featured` in their frontmatter, in the order of their ranks. */
export function EditorsPicks({ articles, className = '' }: { articles: ArticleSummary[]; className?: string }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="picks-heading" data-front="picks" className={className}>
      <h2 id="picks-heading" className="border-b-2 border-ink pb-2 text-xs font-bold uppercase tracking-[0.15em] text-accent">
        Editor’s picks
      </h2>
      <CompactStoryList articles={articles} idPrefix="pick" />
    </section>
  );
}
