import { browserScript } from '@/lib/browser-script';
import { SEARCH_SCRIPT_FILE } from '@/lib/urls';

export const dynamic = 'force-static';
export const dynamicParams = false;

/*
 * The search page's script at /search/search.js. A parameter, not a folder named search.js: Next's
 * generate mode (an incremental build's Next step) reads every path of its output ending in .js as
 * a file, and a route folder of that name stopped it (EISDIR).
 */
export function generateStaticParams() {
  return [{ script: SEARCH_SCRIPT_FILE }];
}

export function GET() {
  return new Response(browserScript('components/search/search-client.ts'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
