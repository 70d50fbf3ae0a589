import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/*
 * Next.js's Link, without prefetching. By default every link that scrolls into view fetches and
 * parses the target page's payload at once: a listing page of ten cards set off some twenty
 * requests and kept a phone's main thread busy while it should answer the reader (Lighthouse
 * counted it as blocking time). A click still navigates without a full page load.
 */
export default function Link(props: Omit<ComponentProps<typeof NextLink>, 'prefetch'>) {
  return <NextLink {...props} prefetch={false} />;
}
