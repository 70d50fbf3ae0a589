import { BEHAVIOUR_SCRIPT_ID } from '@/lib/client-runtime';
import { COPY_LINK_ATTRIBUTE } from './copy-link-button';
import { SITE_MENU_ID } from './header-menu';
import { HEADER_SEARCH_INPUT_ID, PAGE_SEARCH_INPUT_SELECTOR } from './search/header-search';
import { THEME_STORAGE_KEY } from './theme-script';
import { THEME_INPUT_NAME } from './theme-toggle';

/** What the script finds its controls by: the markup's own constants, passed in as its argument. */
const HOOKS = {
  menuId: SITE_MENU_ID,
  themeInputName: THEME_INPUT_NAME,
  themeStorageKey: THEME_STORAGE_KEY,
  headerSearchId: HEADER_SEARCH_INPUT_ID,
  pageSearchSelector: PAGE_SEARCH_INPUT_SELECTOR,
  copyLinkAttribute: COPY_LINK_ATTRIBUTE,
};

/**
 * Everything the site does in the browser outside the search page: the header menu, the theme
 * choice, the "/" search shortcut and the copy-link button. The markup is rendered on the server
 * and this one small script works it, so no page needs React in the browser, and the build drops
 * the framework's runtime and the page's hydration payload from every page that renders no client
 * component (scripts/build/drop-client-runtime.ts): about 135 kB of JavaScript and 40 kB of HTML
 * an article.
 *
 * The function is written into the page as its source text, so it may use nothing from this
 * module's scope, only its argument: the bundler renames imports, and a captured name would be
 * undefined in the browser. The browser tests (tests/e2e) work every control on a built site.
 */
function attachBehaviours(hooks: typeof HOOKS) {
  const root = document.documentElement;
  const isPinned = (theme: unknown): theme is 'light' | 'dark' => theme === 'light' || theme === 'dark';

  // The theme: the head script applied the stored choice before the first paint, so the page is the truth.
  const showTheme = () => {
    const current = isPinned(root.dataset.theme) ? root.dataset.theme : 'system';
    for (const radio of document.querySelectorAll<HTMLInputElement>(`input[name="${hooks.themeInputName}"]`)) radio.checked = radio.value === current;
  };
  const applyTheme = (choice: string | null) => {
    if (isPinned(choice)) root.dataset.theme = choice;
    else delete root.dataset.theme;
    showTheme();
  };
  document.addEventListener('change', (event) => {
    const radio = event.target;
    if (!(radio instanceof HTMLInputElement) || radio.name !== hooks.themeInputName) return;
    applyTheme(radio.value);
    try {
      // "System" stores nothing: the page then follows prefers-color-scheme through CSS alone.
      if (isPinned(radio.value)) localStorage.setItem(hooks.themeStorageKey, radio.value);
      else localStorage.removeItem(hooks.themeStorageKey);
    } catch {
      // Private browsing can refuse storage; the theme still changes for this page.
    }
  });
  // Another tab's choice.
  window.addEventListener('storage', (event) => {
    if (event.key === hooks.themeStorageKey) applyTheme(event.newValue);
  });
  showTheme();

  // The phone header's menu: its button toggles it, Escape and a tap outside close it. Its elements
  // are looked up at each event, so a page whose tree React renders again (search) keeps a working menu.
  const menuButton = () => document.querySelector<HTMLButtonElement>(`button[aria-controls="${hooks.menuId}"]`);
  const menu = () => document.getElementById(hooks.menuId);
  const menuIsOpen = () => menuButton()?.getAttribute('aria-expanded') === 'true';
  const setMenuOpen = (open: boolean) => {
    menuButton()?.setAttribute('aria-expanded', String(open));
    menu()?.toggleAttribute('data-open', open);
  };
  document.addEventListener('pointerdown', (event) => {
    const target = event.target;
    if (menuIsOpen() && target instanceof Node && !menu()?.contains(target) && !menuButton()?.contains(target)) setMenuOpen(false);
  });

  const isTyping = (target: EventTarget | null) =>
    target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menuIsOpen()) {
      setMenuOpen(false);
      menuButton()?.focus();
      return;
    }
    // "/" focuses the search box in view, as on most news and documentation sites: the search
    // page's own box there, the header's elsewhere, opening the phone menu that holds it first.
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const input = document.querySelector<HTMLInputElement>(hooks.pageSearchSelector) ?? document.getElementById(hooks.headerSearchId);
    if (!input) return;
    event.preventDefault();
    if (!input.checkVisibility()) setMenuOpen(true);
    input.focus();
  });

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest(`button[aria-controls="${hooks.menuId}"]`)) {
      setMenuOpen(!menuIsOpen());
      return;
    }
    // Copy link: the label says it was copied, the status (announced without moving focus) says either way.
    const button = target?.closest<HTMLButtonElement>(`button[${hooks.copyLinkAttribute}]`);
    const url = button?.getAttribute(hooks.copyLinkAttribute);
    if (!button || !url) return;
    const [label, status] = button.children;
    const show = (copied: boolean) => {
      if (label) label.textContent = copied ? 'Link copied' : 'Copy link';
      if (status) status.textContent = copied ? 'Link copied to clipboard' : 'Could not copy the link';
    };
    // Outside a secure context there is no navigator.clipboard: that fails in the chain too, and says so.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(url))
      .then(
        () => show(true),
        () => show(false),
      );
  });
}

/** `<` escaped, so no value can close the script element. */
const source = `(${attachBehaviours.toString()})(${JSON.stringify(HOOKS).replaceAll('<', '\\u003c')})`;

/**
 * The behaviour script, inline: the hosting step puts its hash in every page's script policy. The
 * layout renders it last in <body>, after the controls it works, and the build finds where Next's
 * own scripts begin by it.
 */
export function SiteBehaviours() {
  return <script id={BEHAVIOUR_SCRIPT_ID} dangerouslySetInnerHTML={{ __html: source }} />;
}
