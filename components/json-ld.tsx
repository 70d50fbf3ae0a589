import type { Thing, WithContext } from 'schema-dts';
import { serializeJsonLd } from '@/lib/seo/json-ld';

/** Structured data for search engines, serialised so no frontmatter text can close the script element. */
export function JsonLd({ data }: { data: WithContext<Thing> | Array<WithContext<Thing>> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
