import Link from '@/components/link';
import { siteConfig } from '@/site.config';
import { HeaderSearch } from './search/header-search';
import { ThemeToggle } from './theme-toggle';

const NAV = [
  { href: '/', label: 'Latest' },
  { href: '/tags', label: 'Topics' },
  { href: '/authors', label: 'Authors' },
  { href: '/insights', label: 'Insights' },
];

export function SiteHeader() {
  return (
    <header className="border-b border-rule">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-ink focus:px-4 focus:py-2 focus:text-paper"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4 sm:px-6">
        <Link href="/" className="font-display text-3xl font-bold tracking-tight text-ink no-underline">
          {siteConfig.name}
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <nav aria-label="Main">
            <ul className="flex gap-4 text-sm font-semibold">
              {NAV.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="text-ink no-underline hover:underline">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <HeaderSearch />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
