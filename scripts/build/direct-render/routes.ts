/**
 * The routes whose pages the build renders outside Next (./render-pages.ts): every page of each
 * but the first, its template, which Next renders (lib/build-plan/planned-params.ts
 * templateOnly). Each route's pages are listed here in the order its generateStaticParams lists
 * them, with its params, its site path and what to name when one fails. A unit test checks that
 * every route whose params go through templateOnly is here, so none loses its pages.
 */
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { pageKey } from '../../../lib/build-plan/paths';
import { contentFileOf } from '../../../lib/content/content-file-error';
import { getArticles, getListingPages } from '../../../lib/content/queries';
import type { ListingKind } from '../../../lib/listings';
import { articlePath } from '../../../lib/urls';

/** A page route's module, as Next loads it. */
export interface RouteModule {
  default: (props: { params: Promise<object> }) => Promise<ReactNode>;
  generateMetadata: (props: { params: Promise<object> }) => Promise<Metadata>;
}

export interface DirectPage {
  params: object;
  /** The page's site path, as the build plan keys it. */
  path: string;
  /** What an error names: the article's content file, or the page's path. */
  source: string;
}

export interface DirectRoute {
  /** The route's folder under app/. */
  route: string;
  load: () => Promise<RouteModule>;
  pages: () => DirectPage[];
}

/** A listing route's pages, with its params named as the route names them. */
const listingPages = (kind: ListingKind, params: (key: string, pagination: string[]) => object) => () =>
  getListingPages(kind).map((page) => ({ params: params(page.key, page.pagination), path: page.path, source: page.path }));

export const DIRECT_ROUTES: DirectRoute[] = [
  {
    route: 'articles/[slug]',
    load: () => import('../../../app/articles/[slug]/page') as Promise<RouteModule>,
    pages: () => getArticles().map((article) => ({ params: { slug: article.slug }, path: pageKey(articlePath(article.slug)), source: contentFileOf(article) })),
  },
  {
    route: '[[...pagination]]',
    load: () => import('../../../app/[[...pagination]]/page') as Promise<RouteModule>,
    pages: listingPages('home', (_key, pagination) => ({ pagination })),
  },
  {
    route: 'tags/[tag]/[[...pagination]]',
    load: () => import('../../../app/tags/[tag]/[[...pagination]]/page') as Promise<RouteModule>,
    pages: listingPages('tag', (tag, pagination) => ({ tag, pagination })),
  },
  {
    route: 'authors/[slug]/[[...pagination]]',
    load: () => import('../../../app/authors/[slug]/[[...pagination]]/page') as Promise<RouteModule>,
    pages: listingPages('author', (slug, pagination) => ({ slug, pagination })),
  },
  {
    route: 'sentiment/[sentiment]/[[...pagination]]',
    load: () => import('../../../app/sentiment/[sentiment]/[[...pagination]]/page') as Promise<RouteModule>,
    pages: listingPages('sentiment', (sentiment, pagination) => ({ sentiment, pagination })),
  },
  {
    route: 'corrections/[[...pagination]]',
    load: () => import('../../../app/corrections/[[...pagination]]/page') as Promise<RouteModule>,
    pages: listingPages('corrections', (_key, pagination) => ({ pagination })),
  },
  {
    route: 'series/[[...path]]',
    load: () => import('../../../app/series/[[...path]]/page') as Promise<RouteModule>,
    pages: listingPages('series', (key, pagination) => ({ path: [key, ...pagination] })),
  },
];
