import { browserScript } from '@/lib/browser-script';

export const dynamic = 'force-static';

export function GET() {
  return new Response(browserScript('components/search/search-client.ts'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
