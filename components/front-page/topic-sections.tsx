import Link from '@/components/link';
import type { ArticleSummary } from '@/lib/content/queries';
import type { Tag } from '@/lib/tags';
import { tagPath } from '@/lib/urls';
import { CompactStoryList } from './compact-story-list';

/** A block per busy (or configured) topic, each linking on to the topic's own page. */
export function TopicSections({ sections }: { sections: Array<{ tag: Tag; articles: ArticleSummary[] }> }) {
  if (sections.length === 0) return null;
  return (
    <div className="mt-12 grid gap-x-8 gap-y-10 sm:grid-cols-2">
      {sections.map(({ tag, articles }, index) => (
        <section key={tag.slug} aria-labelledby={`section-${index}`} data-front="section" data-tag={tag.slug}>
          <h2 id={`section-${index}`} className="border-b-2 border-ink pb-2 font-display text-2xl font-bold">
            <Link href={tagPath(tag.slug)} className="text-ink hover:underline">
              {tag.name}
            </Link>
          </h2>
          <CompactStoryList articles={articles} idPrefix={`section-${index}`} />
          <p className="mt-2 text-sm">
            <Link href={tagPath(tag.slug)} className="inline-flex min-h-6 items-center font-semibold">
              More in {tag.name}
            </Link>
          </p>
        </section>
      ))}
    </div>
  );
}
