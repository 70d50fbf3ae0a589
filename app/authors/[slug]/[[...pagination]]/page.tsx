import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthorAvatar } from '@/components/author-avatar';
import { AuthorLinks } from '@/components/author-links';
import { JsonLd } from '@/components/json-ld';
import { ListingPage } from '@/components/listing-page';
import { MdxContent } from '@/components/mdx-content';
import { listingPage, listingParams } from '@/lib/content/listing';
import { authorFacts, getArticlesByAuthor, getAuthor, getAuthors } from '@/lib/content/queries';
import { listingFeedLink } from '@/lib/feeds/catalog';
import { pagePath } from '@/lib/pagination';
import { profilePageLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
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
  const basePath = authorPath(author.slug);
  return { author, basePath, feed: listingFeedLink(author.name, basePath), ...listingPage(getArticlesByAuthor(slug), pagination) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { author, basePath, feed, page } = await load(params);
  return pageMetadata({
    title: page > 1 ? `${author.name}, page ${page}` : author.name,
    description: author.role ? `${author.name}, ${author.role}` : `Articles by ${author.name}`,
    path: pagePath(basePath, page),
    feed,
    openGraph: { type: 'profile' },
  });
}

export default async function AuthorPage({ params }: Props) {
  const { author, basePath, feed, items, page, totalPages } = await load(params);
  return (
    <ListingPage
      eyebrow="Author"
      title={author.name}
      description={author.role}
      articles={items}
      basePath={basePath}
      page={page}
      totalPages={totalPages}
      feed={feed}
    >
      <JsonLd data={profilePageLd(authorFacts(author))} />
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
