import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthorProfile } from '@/components/author-profile';
import { ListingSentiment } from '@/components/charts/listing-sentiment';
import { JsonLd } from '@/components/json-ld';
import { ListingPage } from '@/components/listing-page';
import { listingMetadata, loadListing } from '@/lib/content/listing';
import { authorFacts, getArticlesByAuthor, getAuthor, getListingPageParams } from '@/lib/content/queries';
import { profilePageLd } from '@/lib/seo/json-ld';
import { authorPath } from '@/lib/urls';

type Props = { params: Promise<{ slug: string; pagination?: string[] }> };

export const dynamicParams = false;
export const generateStaticParams = () => getListingPageParams('author').map(({ key, pagination }) => ({ slug: key, pagination }));

async function load(params: Props['params']) {
  const { slug, pagination } = await params;
  const author = getAuthor(slug);
  if (!author) notFound();
  const listing = loadListing({ name: author.name, basePath: authorPath(author.slug), articles: getArticlesByAuthor(author.slug), pagination });
  return { author, listing };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { author, listing } = await load(params);
  return listingMetadata(listing, author.role ? `${author.name}, ${author.role}` : `Articles by ${author.name}`, { type: 'profile' });
}

export default async function AuthorPage({ params }: Props) {
  const { author, listing } = await load(params);
  return (
    <ListingPage eyebrow="Author" title={author.name} description={author.role} listing={listing}>
      <JsonLd data={profilePageLd(authorFacts(author))} />
      {listing.page === 1 ? (
        <>
          <AuthorProfile author={author} />
          <ListingSentiment id="author" name={author.name} articles={getArticlesByAuthor(author.slug)} />
        </>
      ) : null}
    </ListingPage>
  );
}
