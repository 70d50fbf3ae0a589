import Link from '@/components/link';
import { SENTIMENT_META, SENTIMENTS } from '@/lib/sentiment';
import { getOtherPages } from '@/lib/content/trust-queries';
import { ABOUT_PATH, pagePath, sentimentPath } from '@/lib/urls';
import { siteConfig } from '@/site.config';
import { SentimentIcon } from './sentiment-icon';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule bg-surface">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 text-sm text-muted sm:grid-cols-2 sm:px-6 lg:grid-cols-3">
        <div>
          <p className="font-display text-xl font-bold text-ink">{siteConfig.name}</p>
          <p className="mt-2 max-w-sm">{siteConfig.description}</p>
        </div>
        <nav aria-label="Browse by sentiment">
          <p className="font-semibold text-ink">Browse by analyst verdict</p>
          <ul className="mt-2 grid grid-cols-2 gap-2">
            {SENTIMENTS.map((sentiment) => (
              <li key={sentiment}>
                <Link href={sentimentPath(sentiment)} className="inline-flex min-h-8 items-center gap-1.5 text-ink hover:underline">
                  <SentimentIcon sentiment={sentiment} />
                  {SENTIMENT_META[sentiment].verdict}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <TrustLinks />
      </div>
    </footer>
  );
}

/** The trust pages (content/pages/): About first, then the rest in their `order`. */
function TrustLinks() {
  const links = [{ href: ABOUT_PATH, title: `About ${siteConfig.name}` }, ...getOtherPages().map((page) => ({ href: pagePath(page.slug), title: page.title }))];
  return (
    <nav aria-label={`About ${siteConfig.name}`}>
      <p className="font-semibold text-ink">About us</p>
      <ul className="mt-2 space-y-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="inline-flex min-h-8 items-center text-ink hover:underline">
              {link.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
