import type { AnchorHTMLAttributes } from 'react';
import { siteConfig } from '@/site.config';
import { withBasePath } from '@/lib/urls';

/*
 * A link to a page of the site: a plain <a>, under the base path. Next's Link would turn a click
 * into a client-side navigation that fetches the target's server-component payload (a .txt file
 * per page, five per article); for pages that are static HTML that saved the reader nothing, and
 * the build no longer writes those files (scripts/build/drop-client-runtime.ts). A click
 * loads the page itself, as with JavaScript off. `href` is a site path from lib/urls.ts.
 */
export default function Link({ href, children, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  // The home page is the base path itself, without a trailing slash, like every other URL.
  return (
    <a href={href === '/' && siteConfig.basePath ? siteConfig.basePath : withBasePath(href)} {...props}>
      {children}
    </a>
  );
}
