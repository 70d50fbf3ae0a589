/** localStorage key of the reader's explicit theme choice; absent means "follow the system". */
export const THEME_STORAGE_KEY = 'newsdesk-theme';

/*
 * Runs in <head> before the body is painted, so a reader who chose a theme never sees the other
 * one flash. It also marks the page as scripted, which reveals controls that need JavaScript.
 */
const script = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
