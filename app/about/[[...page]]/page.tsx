import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Masthead } from '@/components/masthead';
import { PageBody, TrustPage, TrustPageList } from '@/components/trust-page';
import { contentFileOf, inContentFile } from '@/lib/content/content-file-error';
import { getAboutPage, getMastheadGroups, getOtherPages, getPage, type Page } from '@/lib/content/trust-queries';
import { splitAtMasthead } from '@/lib/pages';
import { pageMetadata } from '@/lib/seo/metadata';
import { ABOUT_PAGE_SLUG, ABOUT_PATH, pagePath } from '@/lib/urls';
import { siteConfig } from '@/site.config';

/*
 * The trust pages of content/pages/ (docs/content-format.md, "Trust pages"). /about is about.mdx
 * followed by a list of the other pages, and exists even without that file, so a site always has
 * the page its footer links; every other page is /about/<slug>.
 */

type Props = { params: Promise<{ page?: string[] }> };

export const dynamicParams = false;
export const generateStaticParams = () => [{ page: [] }, ...getOtherPages().map((page) => ({ page: [page.slug] }))];

async function load(params: Props['params']): Promise<{ page?: Page; isAbout: boolean }> {
  const segments = (await params).page ?? [];
  if (segments.length === 0) return { page: getAboutPage(), isAbout: true };
  const page = segments.length === 1 && segments[0] !== ABOUT_PAGE_SLUG ? getPage(segments[0]!) : undefined;
  if (!page) notFound();
  return { page, isAbout: false };
}

const ABOUT_TITLE = `About ${siteConfig.name}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page, isAbout } = await load(params);
  if (!page) return pageMetadata({ title: ABOUT_TITLE, description: siteConfig.description, path: ABOUT_PATH });
  return pageMetadata({ title: page.title, description: page.dek || page.title, path: isAbout ? ABOUT_PATH : pagePath(page.slug) });
}

/** The body, with the staff list rendered where it wrote <Masthead />. */
function Body({ page }: { page: Page }) {
  const parts = inContentFile(contentFileOf(page), 'its masthead could not be placed', () => splitAtMasthead(page.body.html));
  if (!parts) return <PageBody html={page.body.html} />;
  return (
    <>
      <PageBody html={parts.before} />
      <Masthead groups={getMastheadGroups()} />
      <PageBody html={parts.after} />
    </>
  );
}

export default async function TrustPageRoute({ params }: Props) {
  const { page, isAbout } = await load(params);
  return (
    <TrustPage
      eyebrow={isAbout ? 'About us' : ABOUT_TITLE}
      title={page?.title ?? ABOUT_TITLE}
      description={page ? page.summary : siteConfig.description}
      updated={page?.updated}
    >
      {page ? <Body page={page} /> : null}
      {isAbout ? <TrustPageList siteName={siteConfig.name} pages={getOtherPages()} /> : null}
    </TrustPage>
  );
}
