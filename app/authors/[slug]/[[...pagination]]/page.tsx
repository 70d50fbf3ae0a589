import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthorProfile } from '@/components/author-profile';
import { AuthorVerdicts } from '@/components/author-verdicts';
import { ListingSentiment } from '@/components/charts/listing-sentiment';
import { JsonLd } from '@/components/json-ld';
import { ListingPage } from '@/components/listing-page';
import { listingMetadata, loadListing } from '@/lib/content/listing';
import { authorFacts, getArticlesByAuthor, getAuthor, getListingPageParams, getTag } from '@/lib/content/queries';
import { getVerdictsBy } from '@/lib/content/trust-queries';
import { tagSlug } from '@/lib/tags';
import { profilePageLd } from '@/lib/seo/json-ld';
import { authorPath, tagPath } from '@/lib/urls';

/** How many of an analyst's verdicts their page lists: the rest are on the sentiment and search pages. */
const VERDICTS_LISTED = 20;

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

/** An author's beats, linked to their tag pages where those exist. */
const beatsOf = (beats: readonly string[] = []) =>
  beats.map((name) => {
    const tag = getTag(tagSlug(name));
    return { name: tag?.name ?? name, path: tag ? tagPath(tag.slug) : undefined };
  });

function verdictsOf(slug: string) {
  const all = getVerdictsBy(slug);
  const listed = all
    .slice(0, VERDICTS_LISTED)
    .flatMap(({ slug: article, title, sentiment, verdictDate, date }) => (sentiment ? [{ slug: article, title, sentiment, date: verdictDate ?? date }] : []));
  return { listed, total: all.length };
}

export default async function AuthorPage({ params }: Props) {
  const { author, listing } = await load(params);
  const verdicts = listing.page === 'landing' ? verdictsOf(author.slug) : undefined;
  return (
    <ListingPage eyebrow="Author" title={author.name} description={author.role} listing={listing}>
      <JsonLd data={profilePageLd(authorFacts(author))} />
      {listing.page === 'landing' ? (
        <>
          <AuthorProfile author={author} beats={beatsOf(author.beats)} />
          <ListingSentiment id="author" name={author.name} articles={getArticlesByAuthor(author.slug)} />
          {verdicts ? <AuthorVerdicts name={author.name} verdicts={verdicts.listed} total={verdicts.total} /> : null}
        </>
      ) : null}
    </ListingPage>
  );
}
