'use client';

import { usePathname } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

export const SITE_MENU_ID = 'site-menu';
/** Dispatched on document by the "/" shortcut when the header's search box is inside the closed menu. */
export const REVEAL_HEADER_SEARCH_EVENT = 'newsdesk:reveal-header-search';

/**
 * The phone header's menu: a disclosure button and the panel it opens (nav, theme, search). On a
 * wide screen the button is hidden and the panel's contents sit in the header row (globals.css).
 * Without JavaScript the button is hidden and a plain link to #site-menu opens the panel with
 * :target instead, so the menu still works.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  // The menu remembers the page it was opened on: following a link inside it lands on a new page
  // with the menu closed, without an effect that resets it after the render.
  const [openOn, setOpenOn] = useState<string | undefined>(undefined);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  const open = openOn !== undefined && openOn === pathname;
  const setOpen = useCallback(
    (next: boolean | ((wasOpen: boolean) => boolean)) => {
      setOpenOn((openedOn) => {
        const wasOpen = openedOn !== undefined && openedOn === pathname;
        return (typeof next === 'function' ? next(wasOpen) : next) ? pathname : undefined;
      });
    },
    [pathname],
  );

  useEffect(() => {
    const reveal = () => flushSync(() => setOpen(true));
    document.addEventListener(REVEAL_HEADER_SEARCH_EVENT, reveal);
    return () => document.removeEventListener(REVEAL_HEADER_SEARCH_EVENT, reveal);
  }, [setOpen]);

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    }
    function onPointerDown(event: PointerEvent) {
      const target = event.target;
      if (target instanceof Node && !panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    }
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, setOpen]);

  return (
    <>
      <button
        ref={button}
        type="button"
        data-requires-js
        aria-expanded={open}
        aria-controls={SITE_MENU_ID}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        className="header-icon-button lg:hidden"
      >
        <MenuIcon open={open} />
        <span className="sr-only">Menu</span>
      </button>
      <a href={`#${SITE_MENU_ID}`} data-requires-no-js className="header-icon-button lg:hidden">
        <MenuIcon open={false} />
        <span className="sr-only">Menu</span>
      </a>
      <div ref={panel} id={SITE_MENU_ID} data-open={open || undefined} className="site-menu">
        {children}
      </div>
    </>
  );
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg viewBox="0 0 20 20" className="size-5" aria-hidden="true" focusable="false">
      <path
        d={open ? 'M4.5 4.5l11 11M15.5 4.5l-11 11' : 'M3 5.5h14M3 10h14M3 14.5h14'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}
