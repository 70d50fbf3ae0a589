import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleHeader } from '@/components/article-header';
import { ArticleList } from '@/components/article-list';
import { AuthorBioBox } from '@/components/author-bio-box';
import { JsonLd } from '@/components/json-ld';
import { LeadImage } from '@/components/lead-image';
import { PrerenderedBody } from '@/components/prerendered-body';
import { SearchIndexFacts } from '@/components/search-index-facts';
import { StoryNotes } from '@/components/story-notes';
import { SeriesLabel, SeriesNavigation } from '@/components/series-navigation';
import { ShareLinks } from '@/components/share-links';
import { contentFileOf, inContentFile } from '@/lib/content/content-file-error';
import {
  getArticle,
  getArticleAuthors,
  getArticlePageParams,
  getArticleStructuredData,
  getRelatedArticles,
  getSeriesPosition,
  summarize,
} from '@/lib/content/queries';
import { getFediverseCreators, getSignedArticleBodyHtml } from '@/lib/content/trust-queries';
import { withFediverseCreators } from '@/lib/fediverse';
import { articleShareImage } from '@/lib/seo/article';
import { pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl, articlePath, authorPath } from '@/lib/urls';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;
export const generateStaticParams = getArticlePageParams;

async function load(params: Props['params']) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load(params);
  // fediverse:creator: Mastodon credits the authors' accounts when the story is shared.
  return inContentFile(contentFileOf(article), 'its page metadata could not be written', () =>
    withFediverseCreators(
      getFediverseCreators(article),
      pageMetadata({
        title: article.title,
        description: article.dek,
        path: articlePath(article.slug),
        image: articleShareImage(article),
        openGraph: {
          type: 'article',
          publishedTime: article.date,
          modifiedTime: article.updated ?? article.date,
          authors: article.authors.map((slug) => absoluteUrl(authorPath(slug))),
          tags: summarize(article).tags.map((tag) => tag.name),
        },
      }),
    ),
  );
}

export default async function ArticlePage({ params }: Props) {
  const article = await load(params);
  // Everything taken from the content is worked out here, so a failure names the article's file.
  const { summary, related, bodyHtml, structuredData, url, authors, seriesPosition } = inContentFile(
    contentFileOf(article),
    'its page could not be rendered',
    () => ({
      summary: summarize(article),
      related: getRelatedArticles(article).map(summarize),
      bodyHtml: getSignedArticleBodyHtml(article),
      structuredData: getArticleStructuredData(article),
      url: absoluteUrl(articlePath(article.slug)),
      authors: getArticleAuthors(article),
      seriesPosition: getSeriesPosition(article),
    }),
  );
  return (
    // Pagefind indexes only what is inside data-pagefind-body: the story, not the page around it.
    <article className="mx-auto max-w-3xl" data-pagefind-body>
      <JsonLd data={structuredData} />
      <SearchIndexFacts article={summary} />
      <ArticleHeader article={summary} />
      <StoryNotes corrections={article.corrections} updates={article.updates} developing={summary.developing} />
      {seriesPosition ? <SeriesLabel position={seriesPosition} /> : null}
      {article.leadImage ? <LeadImage image={article.leadImage} /> : null}
      <PrerenderedBody className="article-body mt-8" data-article-body html={bodyHtml} />
      {seriesPosition ? <SeriesNavigation position={seriesPosition} /> : null}
      <footer className="mt-12 space-y-10" data-pagefind-ignore="all">
        <ShareLinks url={url} title={article.title} />
        <div className="space-y-4">
          {authors.map((author) => (
            <AuthorBioBox key={author.slug} author={author} />
          ))}
        </div>
        {related.length > 0 ? (
          <section aria-labelledby="related-heading">
            <h2 id="related-heading" className="border-b-2 border-ink pb-2 font-display text-2xl font-bold">
              Related coverage
            </h2>
            <ArticleList articles={related} headingLevel={3} />
          </section>
        ) : null}
      </footer>
    </article>
  );
}
