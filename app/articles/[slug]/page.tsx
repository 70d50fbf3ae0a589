import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleHeader } from '@/components/article-header';
import { ArticleList } from '@/components/article-list';
import { AuthorBioBox } from '@/components/author-bio-box';
import { LeadImage, type LeadImageData } from '@/components/lead-image';
import { MdxContent } from '@/components/mdx-content';
import { ShareLinks } from '@/components/share-links';
import { getArticle, getArticleAuthors, getArticles, getRelatedArticles, summarize } from '@/lib/content/queries';
import { absoluteUrl, articlePath } from '@/lib/urls';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => getArticles().map((article) => ({ slug: article.slug }));

async function load(params: Props['params']) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load(params);
  return { title: article.title, description: article.dek, alternates: { canonical: articlePath(article.slug) } };
}

export default async function ArticlePage({ params }: Props) {
  const article = await load(params);
  const related = getRelatedArticles(article).map(summarize);
  return (
    <article className="mx-auto max-w-3xl">
      <ArticleHeader article={summarize(article)} />
      {article.leadImage ? <LeadImage image={article.leadImage as LeadImageData} /> : null}
      <div className="article-body mt-8">
        <MdxContent code={article.body.code} />
      </div>
      <footer className="mt-12 space-y-10">
        <ShareLinks url={absoluteUrl(articlePath(article.slug))} title={article.title} />
        <div className="space-y-4">
          {getArticleAuthors(article).map((author) => (
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
