import type { ArticleSummary } from '@/lib/content/queries';

/*
 * Facts Pagefind stores with an article for filtering and for drawing results. They are empty
 * <data> elements carrying values in attributes, so they add nothing to the indexed text. The
 * title is given here because the article's header, headline included, is left out of the index
 * (data-pagefind-ignore) so that excerpts come from the story alone.
 */
export function SearchIndexFacts({ article }: { article: ArticleSummary }) {
  return (
    <>
      <data value={article.title} data-pagefind-meta="title[value]" />
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
