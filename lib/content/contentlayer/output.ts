import { readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { contentFolder } from '../folders';

/*
 * Where contentlayer2 writes what it compiled, and what its records look like: the only code
 * that knows. Nothing here knows our fields; lib/content/records.ts narrows them.
 *
 * The output is read from disk when the build runs, not imported from `contentlayer/generated`.
 * An import would make webpack copy every article into the server bundle (about 290 MB at 20,000
 * articles) and every page-rendering worker would hold every article body.
 *
 * tests/unit/contentlayer-adapter.test.ts runs the real CLI on a small tree and pins all of this.
 */

/** The folder contentlayer2 reads (`contentDirPath`), relative to the project root: see lib/content/folders.ts. */
export const CONTENT_DIR = contentFolder();

export type DocumentTypeName = 'Article' | 'Author' | 'Page';

/** One compiled document, without contentlayer2's bookkeeping. */
export interface GeneratedDocument {
  /** The path an author sees in their pull request: content/articles/2026/x.mdx. */
  contentFile: string;
  /** The frontmatter and computed fields, as contentlayer2 wrote them: not yet checked. */
  fields: Record<string, unknown>;
  /** The body as the `markdown` pipeline rendered it. */
  bodyHtml: string;
}

/** Fields contentlayer2 adds to every record; ours never start with "_" and "type" is not one of them. */
const BOOKKEEPING = new Set(['_id', '_raw', 'type', 'body']);

const generatedDir = (projectRoot: string) => join(projectRoot, '.contentlayer', 'generated');
/** Every document of a type, bodies included, in one array. */
const indexFile = (projectRoot: string, type: DocumentTypeName) => join(generatedDir(projectRoot), type, '_index.json');

/**
 * Each document also has a file of its own, named after its `_id` (its path under content/) with
 * "/" as "__" and a leading "_" when it starts with a digit.
 */
export function documentFileName(id: string): string {
  return `${/^[0-9]/.test(id) ? '_' : ''}${id.replaceAll('/', '__')}.json`;
}

/** The name of the file the content build writes for a content file (content/articles/2026/x.mdx). */
export const generatedFileNameOf = (contentFile: string) =>
  documentFileName(contentFile.startsWith(`${CONTENT_DIR}/`) ? contentFile.slice(CONTENT_DIR.length + 1) : contentFile);

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read contentlayer's output ${file}; run "npm run build:content" first (npm run build does).`, { cause: error });
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** contentlayer2's record of one document, reduced to what we use; `where` names the output file when it does not fit. */
function toDocument(record: unknown, where: string): GeneratedDocument {
  const raw = isObject(record) && isObject(record._raw) ? record._raw : undefined;
  const body = isObject(record) && isObject(record.body) ? record.body : undefined;
  if (!isObject(record) || typeof raw?.sourceFilePath !== 'string' || typeof body?.html !== 'string') {
    throw new Error(`${where}: a record without _raw.sourceFilePath or body.html; contentlayer2's output format has changed (see lib/content/contentlayer/)`);
  }
  const fields = Object.fromEntries(Object.entries(record).filter(([name]) => !BOOKKEEPING.has(name)));
  return { contentFile: posix.join(CONTENT_DIR, raw.sourceFilePath), fields, bodyHtml: body.html };
}

/** Every document of a type, in no particular order. */
export function readGeneratedDocuments(type: DocumentTypeName, projectRoot = process.cwd()): GeneratedDocument[] {
  const file = indexFile(projectRoot, type);
  const records = readJson(file);
  if (!Array.isArray(records)) throw new Error(`${file}: expected an array of documents; contentlayer2's output format has changed (see lib/content/contentlayer/)`);
  return records.map((record, index) => toDocument(record, `${file} [${index}]`));
}

/** One document read from its own file, so a page can read its body without every other body. */
export function readGeneratedDocument(type: DocumentTypeName, contentFile: string, projectRoot = process.cwd()): GeneratedDocument {
  const id = posix.relative(CONTENT_DIR, contentFile);
  const file = join(generatedDir(projectRoot), type, documentFileName(id));
  return toDocument(readJson(file), file);
}

/** Changes whenever contentlayer2 rewrites its output, so `npm run dev` can pick up edits. */
export function generatedStamp(projectRoot = process.cwd()): number {
  return Math.max(...(['Article', 'Author', 'Page'] as const).map((type) => statSync(indexFile(projectRoot, type)).mtimeMs));
}
