import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthorAvatar } from '@/components/author-avatar';
import { AuthorLinks } from '@/components/author-links';
import { ListingPage } from '@/components/listing-page';
import { MdxContent } from '@/components/mdx-content';
import { listingPage, listingParams } from '@/lib/content/listing';
import { getArticlesByAuthor, getAuthor, getAuthors } from '@/lib/content/queries';
import { pagePath } from '@/lib/pagination';
import { authorPath } from '@/lib/urls';

type Props = { params: Promise<{ slug: string; pagination?: string[] }> };

export const dynamicParams = false;
export const generateStaticParams = () =>
  getAuthors().flatMap((author) =>
    listingParams(getArticlesByAuthor(author.slug)).map((params) => ({ slug: author.slug, ...params })),
  );

async function load(params: Props['params']) {
  const { slug, pagination } = await params;
  const author = getAuthor(slug);
  if (!author) notFound();
  return { author, ...listingPage(getArticlesByAuthor(slug), pagination) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { author, page } = await load(params);
  return {
    title: page > 1 ? `${author.name}, page ${page}` : author.name,
    description: author.role ? `${author.name}, ${author.role}` : `Articles by ${author.name}`,
    alternates: { canonical: pagePath(authorPath(author.slug), page) },
  };
}

export default async function AuthorPage({ params }: Props) {
  const { author, items, page, totalPages } = await load(params);
  return (
    <ListingPage
      eyebrow="Author"
      title={author.name}
      description={author.role}
      articles={items}
      basePath={authorPath(author.slug)}
      page={page}
      totalPages={totalPages}
    >
      {page === 1 ? (
        <div className="mt-6 flex flex-col gap-5 sm:flex-row">
          <AuthorAvatar name={author.name} avatar={author.avatar} size={96} />
          <div className="max-w-2xl space-y-3">
            <div className="prose-newsdesk font-serif text-lg">
              <MdxContent code={author.body.code} />
            </div>
            <AuthorLinks name={author.name} links={author.links} />
          </div>
        </div>
      ) : null}
    </ListingPage>
  );
}
