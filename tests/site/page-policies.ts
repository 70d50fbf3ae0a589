/*
 * Site check: every page of out/ carries the script policy it needs, and only that. The build
 * writes it into Next's pages alone (scripts/build/page-policies.ts), and the direct render puts
 * every other page into one of their shells, so a page whose own inline scripts differed from its
 * template's (a component that starts writing one) would carry a policy that blocks it. Here
 * every page is read as the build reads Next's: its policy written again must be the one it has,
 * and no script may stand inside its content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addPagePolicy } from '@/lib/security/page-policy';

const OUT = 'out';
const pages = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
const problems: string[] = [];
for (const page of pages) {
  const html = readFileSync(join(OUT, page), 'utf8');
  const { html: policed, strayScripts } = addPagePolicy(html);
  if (policed !== html) problems.push(`${page}: its script policy is missing, misplaced or not the hashes of its inline scripts`);
  if (strayScripts.length > 0) problems.push(`${page}: a script inside its content: ${JSON.stringify(strayScripts[0])}`);
}
for (const problem of problems.slice(0, 20)) console.error(problem);
if (problems.length > 20) console.error(`… and ${problems.length - 20} more`);
if (pages.length === 0) problems.push(`${OUT}/ holds no page: build the site first`);
console.log(`Script policies: ${pages.length} pages checked, ${problems.length} problems.`);
process.exitCode = problems.length > 0 ? 1 : 0;
