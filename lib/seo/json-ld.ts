import type { BreadcrumbList, NewsArticle, Organization, Person, ProfilePage, Thing, WithContext } from 'schema-dts';
import { siteConfig } from '@/site.config';
import { absoluteUrl, BRAND_LOGO_PATH } from '../urls';

/**
 * JSON for a <script type="application/ld+json"> element. JSON.stringify alone is not enough
 * inside HTML: a title containing "</script>" would end the element. Escaping <, > and & as
 * \u sequences keeps the JSON identical once parsed and leaves nothing the HTML parser reacts to;
 * U+2028 and U+2029 are escaped for older JavaScript parsers.
 */
export function serializeJsonLd(data: WithContext<Thing> | Array<WithContext<Thing>>): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface PersonFacts {
  name: string;
  path: string;
  role?: string;
  sameAs?: string[];
}

const personLd = ({ name, path, role, sameAs }: PersonFacts): Person => ({
  '@type': 'Person',
  name,
  url: absoluteUrl(path),
  ...(role ? { jobTitle: role } : {}),
  ...(sameAs && sameAs.length > 0 ? { sameAs } : {}),
});

export const publisherLd = (): Organization => ({
  '@type': 'NewsMediaOrganization',
  name: siteConfig.name,
  url: absoluteUrl('/'),
  logo: { '@type': 'ImageObject', url: absoluteUrl(BRAND_LOGO_PATH), width: '600', height: '60' },
});

export interface ArticleFactsForLd {
  title: string;
  description: string;
  path: string;
  imageUrl: string;
  published: string;
  modified?: string;
  authors: PersonFacts[];
  keywords: string[];
  section?: string;
  /** Public corrections, newest first: schema.org's `correction`, one CorrectionComment each. */
  corrections?: ReadonlyArray<{ date: string; text: string }>;
  /** False for a premium story; structured data says free otherwise. */
  free?: boolean;
}

export function newsArticleLd(article: ArticleFactsForLd): WithContext<NewsArticle> {
  const url = absoluteUrl(article.path);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.description,
    image: [article.imageUrl],
    datePublished: article.published,
    dateModified: article.modified ?? article.published,
    author: article.authors.map(personLd),
    publisher: publisherLd(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    keywords: article.keywords,
    ...(article.section ? { articleSection: article.section } : {}),
    isAccessibleForFree: article.free ?? true,
    ...(article.corrections && article.corrections.length > 0
      ? { correction: article.corrections.map((note) => ({ '@type': 'CorrectionComment' as const, text: note.text, datePublished: note.date })) }
      : {}),
    inLanguage: siteConfig.language,
  };
}

export function profilePageLd(person: PersonFacts): WithContext<ProfilePage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: absoluteUrl(person.path),
    mainEntity: personLd(person),
  };
}

export function breadcrumbLd(trail: Array<{ name: string; path: string }>): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}
