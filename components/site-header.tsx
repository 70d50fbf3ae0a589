import Link from '@/components/link';
import { SEARCH_PATH } from '@/lib/urls';
import { siteConfig } from '@/site.config';
import { HeaderMenu } from './header-menu';
import { HeaderSearch } from './search/header-search';
import { ThemeToggle } from './theme-toggle';

const NAV = [
  { href: '/', label: 'Latest' },
  { href: '/tags', label: 'Topics' },
  { href: '/authors', label: 'Authors' },
  { href: '/insights', label: 'Insights' },
];

/*
 * Below the lg breakpoint the header is one bar, at most 64 px tall and sticky: the brand, a
 * search button and a menu button whose panel holds the nav, the theme choice and the search box.
 * From lg up the same panel sits in the bar itself (the layout rules live in globals.css).
 */
export function SiteHeader() {
  return (
    <header className="site-header border-b border-rule bg-paper">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-ink focus:px-4 focus:py-2 focus:text-paper"
      >
        Skip to content
      </a>
      <div className="mx-auto flex h-14 max-w-5xl items-center gap-x-6 px-4 sm:px-6 lg:h-auto lg:py-4">
        <Link href="/" className="mr-auto min-w-0 truncate font-display text-2xl font-bold tracking-tight text-ink no-underline lg:text-3xl">
          {siteConfig.name}
        </Link>
        <div className="flex items-center gap-1">
          <Link href={SEARCH_PATH} className="header-icon-button lg:hidden">
            <svg viewBox="0 0 20 20" className="size-5" aria-hidden="true" focusable="false">
              <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
              <path d="m12.75 12.75 4.25 4.25" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
            <span className="sr-only">Search</span>
          </Link>
          <HeaderMenu>
            <nav aria-label="Main">
              <ul className="flex flex-col text-base font-semibold lg:flex-row lg:gap-1 lg:text-sm">
                {NAV.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="flex min-h-11 items-center text-ink no-underline hover:underline lg:min-h-9 lg:px-2">
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <HeaderSearch />
            <ThemeToggle />
          </HeaderMenu>
        </div>
      </div>
    </header>
  );
}
