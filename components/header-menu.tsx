import type { ReactNode } from 'react';

export const SITE_MENU_ID = 'site-menu';

/**
 * The phone header's menu: a disclosure button and the panel it opens (nav, theme, search). On a
 * wide screen the button is hidden and the panel's contents sit in the header row (globals.css).
 * The button is worked by the page's behaviour script (components/site-behaviours.tsx), which sets
 * aria-expanded and the panel's data-open. Without JavaScript the button is hidden and a plain
 * link to #site-menu opens the panel with :target instead, so the menu still works.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  return (
    <>
      <button type="button" data-requires-js aria-expanded="false" aria-controls={SITE_MENU_ID} className="group header-icon-button lg:hidden">
        <MenuIcon />
        <span className="sr-only">Menu</span>
      </button>
      <a href={`#${SITE_MENU_ID}`} data-requires-no-js className="header-icon-button lg:hidden">
        <MenuIcon />
        <span className="sr-only">Menu</span>
      </a>
      <div id={SITE_MENU_ID} className="site-menu">
        {children}
      </div>
    </>
  );
}

/** Three bars, or a cross while the menu is open (the button's aria-expanded, through its group). */
function MenuIcon() {
  return (
    <svg viewBox="0 0 20 20" className="size-5" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
        <path d="M3 5.5h14M3 10h14M3 14.5h14" className="group-aria-expanded:hidden" />
        <path d="M4.5 4.5l11 11M15.5 4.5l-11 11" className="hidden group-aria-expanded:inline" />
      </g>
    </svg>
  );
}
