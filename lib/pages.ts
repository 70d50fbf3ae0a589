import type { MetadataRoute } from 'next';
import { absoluteUrl, pagePath } from './urls';

/*
 * Trust pages (content/pages/): their order, their place in the sitemap, and the <Masthead />
 * slot a page body may hold.
 */

interface OrderedPage {
  slug: string;
  title: string;
  order?: number;
}

/** Footer and About-list order: by `order` (pages without one last), then by title. */
export function sortPages<T extends OrderedPage>(pages: readonly T[]): T[] {
  const position = (page: T) => page.order ?? Number.POSITIVE_INFINITY;
  return [...pages].sort((a, b) => position(a) - position(b) || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug));
}

/** Each page, dated by its `updated` when it has one. */
export function pageSitemapEntries(pages: ReadonlyArray<{ slug: string; updated?: string }>): MetadataRoute.Sitemap {
  return pages.map((page) => ({ url: absoluteUrl(pagePath(page.slug)), lastModified: page.updated }));
}

/** The attribute of the empty element <Masthead /> compiles to (components/body-components.tsx). */
export const MASTHEAD_ATTRIBUTE = 'data-masthead';
/** That element as React writes it; a body cannot write it itself (the sanitiser drops data- attributes). */
const MASTHEAD_SLOT = `<div ${MASTHEAD_ATTRIBUTE}=""></div>`;

/**
 * A page body cut where its <Masthead /> stands, so the page can render the staff list from the
 * current author files between the two halves. The content rules keep the masthead at the top
 * level of the body, so both halves are whole HTML. Undefined when the body has no masthead.
 */
export function splitAtMasthead(bodyHtml: string): { before: string; after: string } | undefined {
  const at = bodyHtml.indexOf(MASTHEAD_SLOT);
  if (at === -1) return undefined;
  return { before: bodyHtml.slice(0, at), after: bodyHtml.slice(at + MASTHEAD_SLOT.length) };
}
