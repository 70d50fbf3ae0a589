/**
 * Scaffolds a new article or author from flags, asking for what is missing when run in a
 * terminal.
 *
 *   npm run new:article -- --title "Headline" --author maya-okafor --tags "AI, Markets"
 *   npm run new:author -- --name "Ada Quill" --role "Markets reporter"
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ScaffoldError, scaffoldArticle, scaffoldAuthor } from '../lib/authoring/scaffold';
import { readSourceFiles } from '../lib/content/source-files';
import { withBasePath } from '../lib/urls';

const root = process.cwd();
const [kind, ...args] = process.argv.slice(2);
const { values } = parseArgs({
  args,
  options: {
    title: { type: 'string' },
    author: { type: 'string', multiple: true },
    tags: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
  },
});

const terminal = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

/** A flag's value, or the answer to a prompt in a terminal; undefined elsewhere (CI, scripts). */
async function ask(value: string | undefined, question: string): Promise<string | undefined> {
  if (value !== undefined || !terminal) return value;
  return (await terminal.question(`${question}: `)).trim() || undefined;
}

const list = (text: string | undefined) => (text ?? '').split(',').map((item) => item.trim()).filter(Boolean);

try {
  const existing = readSourceFiles(root);
  if (kind === 'article') {
    const title = await ask(values.title, 'Headline');
    if (!title) throw new ScaffoldError('Give the headline with --title "…".');
    const authors = values.author?.flatMap(list) ?? list(await ask(undefined, 'Author slugs, comma-separated (for example maya-okafor)'));
    const tags = list(await ask(values.tags, 'Tags, comma-separated (for example AI, Markets)'));
    const result = scaffoldArticle(root, existing, { title, authors, tags, now: new Date() });
    console.log(`Created ${result.path}\nPreview it with npm run dev at http://localhost:3000${withBasePath(result.previewPath)}`);
  } else if (kind === 'author') {
    const name = await ask(values.name, 'Name');
    if (!name) throw new ScaffoldError('Give the name with --name "…".');
    const role = await ask(values.role, 'Role (optional, for example "Energy correspondent")');
    const result = scaffoldAuthor(root, existing, { name, role });
    console.log(`Created ${result.path}\nPreview it with npm run dev at http://localhost:3000${withBasePath(result.previewPath)}`);
  } else {
    throw new ScaffoldError('Usage: tsx scripts/new-content.ts article|author [flags]');
  }
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  terminal?.close();
}
