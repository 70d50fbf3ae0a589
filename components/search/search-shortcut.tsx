'use client';

import { useEffect } from 'react';
import { REVEAL_HEADER_SEARCH_EVENT } from '../header-menu';

/** The page's own search box (the search page's), which "/" prefers to the header's. */
export const PAGE_SEARCH_INPUT_SELECTOR = 'main form[role="search"] input[type="search"]';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * "/" focuses the search box of the page in view, as on most news and documentation sites: the
 * search page's own box there, the header's elsewhere. On a narrow screen the header's box is in
 * the closed menu, which is opened first.
 */
export function SearchShortcut({ headerInputId }: { headerInputId: string }) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const pageInput = document.querySelector<HTMLInputElement>(PAGE_SEARCH_INPUT_SELECTOR);
      const input = pageInput ?? document.getElementById(headerInputId);
      if (!input) return;
      event.preventDefault();
      if (!input.checkVisibility()) document.dispatchEvent(new Event(REVEAL_HEADER_SEARCH_EVENT));
      input.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [headerInputId]);
  return null;
}
