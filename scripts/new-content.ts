/**
 * Scaffolds a new article or author from flags, asking for what is missing when run in a
 * terminal. Without one (piped or redirected input, CI) every required value must be a flag.
 *
 *   npm run new:article -- --title "Headline" --author maya-okafor --tags "AI, Markets"
 *   npm run new:author -- --name "Ada Quill" --role "Markets reporter"
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ScaffoldError, scaffoldArticle, scaffoldAuthor } from '../lib/authoring/scaffold';
import { type ContentKind, FLAGS, missingFlagsMessage, usage } from '../lib/authoring/usage';
import { readSourceFiles } from '../lib/content/source-files';
import { withBasePath } from '../lib/urls';

const root = process.cwd();
const [kindArgument, ...args] = process.argv.slice(2);
const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function parseFlags(kind: ContentKind): Record<string, string | undefined> {
  const options = Object.fromEntries(FLAGS[kind].map(({ flag, multiple }) => [flag, { type: 'string' as const, multiple }]));
  try {
    const { values } = parseArgs({ args, options });
    // A repeated flag (--author a --author b) joins like a comma-separated one.
    return Object.fromEntries(Object.entries(values).map(([flag, value]) => [flag, Array.isArray(value) ? value.join(',') : value]));
  } catch (error) {
    throw new ScaffoldError(`${(error as Error).message}\n${usage(kind)}`);
  }
}

/** Flags first; in a terminal, a prompt for each value left out. */
async function collect(kind: ContentKind): Promise<Record<string, string | undefined>> {
  const values = parseFlags(kind);
  const terminal = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  try {
    for (const { flag, prompt } of FLAGS[kind]) {
      if (values[flag] === undefined && terminal) values[flag] = (await terminal.question(`${prompt}: `)).trim() || undefined;
    }
  } finally {
    terminal?.close();
  }
  const missing = FLAGS[kind].filter(({ flag, required }) => required && !list(values[flag]).length).map(({ flag }) => flag);
  if (missing.length > 0) throw new ScaffoldError(missingFlagsMessage(kind, missing, { asked: terminal !== undefined }));
  return values;
}

const preview = (path: string) => `Preview it with npm run dev at http://localhost:3000${withBasePath(path)}`;

try {
  if (kindArgument !== 'article' && kindArgument !== 'author') throw new ScaffoldError('Usage: npm run new:article or npm run new:author, with flags');
  const values = await collect(kindArgument);
  const existing = readSourceFiles(root);
  if (kindArgument === 'article') {
    const result = scaffoldArticle(root, existing, { title: values.title!, authors: list(values.author), tags: list(values.tags), now: new Date() });
    console.log(
      `Created ${result.path} as a draft.\n${preview(result.previewPath)}\n` +
        'Replace every line that starts with TODO and choose the verdict, then delete "draft: true" to publish; until then the check refuses the template text outside drafts.',
    );
  } else {
    const result = scaffoldAuthor(root, existing, { name: values.name!, role: values.role });
    console.log(
      `Created ${result.path}.\n${preview(result.previewPath)}\nReplace the TODO line with your bio; the check refuses the template text until you do.`,
    );
  }
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
