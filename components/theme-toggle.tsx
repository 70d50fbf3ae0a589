'use client';

import { useEffect, useState } from 'react';
import { THEME_STORAGE_KEY } from './theme-script';

type Theme = 'light' | 'dark';

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Flips between light and dark and remembers the choice; without a choice the system setting rules. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | undefined>(undefined);
  useEffect(() => setTheme(currentTheme()), []);

  function toggle() {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Private browsing can refuse storage; the theme still changes for this page.
    }
    setTheme(next);
  }

  return (
    <button
      type="button"
      data-requires-js
      onClick={toggle}
      aria-pressed={theme === 'dark'}
      className="inline-flex items-center gap-2 rounded border border-rule px-3 py-1.5 text-sm font-medium text-ink hover:border-ink"
    >
      <svg viewBox="0 0 16 16" className="size-4" aria-hidden="true" focusable="false">
        <path d="M13.5 9.5A5.5 5.5 0 0 1 6.5 2.5a5.5 5.5 0 1 0 7 7Z" fill="currentColor" />
      </svg>
      Dark mode
    </button>
  );
}
