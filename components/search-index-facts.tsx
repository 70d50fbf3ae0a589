import type { ArticleSummary } from '@/lib/content/queries';

/*
 * Facts Pagefind stores with an article for filtering and for drawing results. They are empty
 * <data> elements carrying values in attributes, so they add nothing to the indexed text.
 */
export function SearchIndexFacts({ article }: { article: ArticleSummary }) {
  return (
    <>
      <data value={article.date} data-pagefind-meta="date[value]" />
      <data value={article.dek} data-pagefind-meta="dek[value]" />
      {article.sentiment ? (
        <>
          <data value={article.sentiment} data-pagefind-filter="sentiment[value]" />
          <data value={article.sentiment} data-pagefind-meta="sentiment[value]" />
        </>
      ) : null}
      {article.tags.map((tag) => (
        <data key={tag.slug} value={tag.name} data-pagefind-filter="tag[value]" />
      ))}
      {article.authors.map((author) => (
        <data key={author.slug} value={author.name} data-pagefind-filter="author[value]" />
      ))}
    </>
  );
}
