import { formatDate } from '../dates';
import { fediverseCreators } from '../fediverse';
import { mastheadGroups } from '../masthead';
import { sortPages } from '../pages';
import { ABOUT_PAGE_SLUG, authorPath, METHODOLOGY_PAGE_SLUG, pagePath } from '../urls';
import { signVerdict, type VerdictSignature, verdictsByAnalyst } from '../verdicts';
import { type Article, compiledStamp, type Page, readArticleBodyHtml, readArticleBodyKey, readPages } from './generated-store';
import { getArticleAuthors, getArticles, getAuthor, getAuthors, withBasePathInBody } from './queries';

/*
 * What routes read about the newsroom itself: the trust pages, the masthead, and who signed each
 * verdict. Computed once per build process from the same records as lib/content/queries.ts.
 */

export type { Page };

const isPreview = process.env.NODE_ENV === 'development';

function loadTrust() {
  const pages = sortPages(readPages().map((page) => ({ ...page, body: { html: withBasePathInBody(page.body.html) } })));
  return {
    pages,
    pagesBySlug: new Map(pages.map((page) => [page.slug, page])),
    verdicts: verdictsByAnalyst(getArticles()),
  };
}

let loaded: { stamp: number; trust: ReturnType<typeof loadTrust> } | undefined;

/** Read once per build; in `npm run dev`, again whenever the content compile rewrites a catalog. */
function trust() {
  const stamp = isPreview ? compiledStamp() : 0;
  if (loaded?.stamp !== stamp) loaded = { stamp, trust: loadTrust() };
  return loaded.trust;
}

/** Every trust page in footer order, the About page (published at /about) included. */
export const getPages = (): Page[] => trust().pages;
export const getPage = (slug: string) => trust().pagesBySlug.get(decodeURIComponent(slug));
export const getAboutPage = () => getPage(ABOUT_PAGE_SLUG);
/** The pages /about lists and the footer links besides /about itself. */
export const getOtherPages = (): Page[] => getPages().filter((page) => page.slug !== ABOUT_PAGE_SLUG);

/** Site path of "How we rate the news", when the site has that page. */
export const getMethodologyPath = () => (getPage(METHODOLOGY_PAGE_SLUG) ? pagePath(METHODOLOGY_PAGE_SLUG) : undefined);

/** Who signed an article's verdict, when, and where the methodology is. */
export function verdictSignatureOf(article: Article): VerdictSignature {
  const analyst = article.analyst ? getAuthor(article.analyst) : undefined;
  const date = article.verdictDate ?? article.date;
  return {
    analyst: analyst && { name: analyst.name, path: authorPath(analyst.slug) },
    date,
    dateLabel: formatDate(date),
    methodologyPath: getMethodologyPath(),
  };
}

/** The compiled body with its verdict signed, site paths as written: what feeds read. */
export const readSignedArticleBodyHtml = (article: Article): string => signVerdict(readArticleBodyHtml(article), verdictSignatureOf(article));

/**
 * What the signed body is made from: the compiled body (by its key) and the signature. The base
 * path comes from the site's settings, which the build's code fingerprint covers.
 */
export const articleBodyPrint = (article: Article) => ({ compiled: readArticleBodyKey(article), signature: verdictSignatureOf(article) });

/** The body as the article page inserts it: signed, under the site's base path. */
export const getSignedArticleBodyHtml = (article: Article): string => withBasePathInBody(readSignedArticleBodyHtml(article));

/** The published verdicts an analyst signed, newest first. */
export const getVerdictsBy = (authorSlug: string): Article[] => trust().verdicts.get(authorSlug) ?? [];

/** Current staff and guests, grouped, for <Masthead />. */
export const getMastheadGroups = () => mastheadGroups(getAuthors());

/** `fediverse:creator` values for an article page. */
export const getFediverseCreators = (article: Article): string[] => fediverseCreators(getArticleAuthors(article));
