/**
 * Where the content compile (scripts/compile-content.ts) keeps what it compiled, and how lib/
 * reads it back: the only code that knows the layout. Nothing here knows our fields;
 * lib/content/records.ts narrows them.
 *
 * One catalog per document type holds every document's fields. An article's body HTML is a file
 * of its own, read only by the page that renders it: listings, feeds and the plan read the
 * catalog of 20,000 articles without 20,000 bodies in it. Authors and pages keep their bodies in
 * the catalog, since every page that reads them shows them.
 *
 * A body file is named after its content file and a hash of what made it, the file's text and the
 * compile code, so a catalog always names bodies compiled from the text it describes by the code
 * it names, even if a compile was killed between writing bodies and writing the catalog and the
 * code then changed back.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentFolder } from './folders';

/** The compiled content, relative to the project root (gitignored; CI keeps it between builds as a cache). */
export const COMPILED_DIR = '.newsdesk/content';
export const BODIES_DIR = 'bodies';

export type DocumentType = 'Article' | 'Author' | 'Page';
export const DOCUMENT_TYPES: readonly DocumentType[] = ['Article', 'Author', 'Page'];

/** One compiled document, as the compile produces it. */
export interface CompiledDocument {
  /** The path an author sees in their pull request: content/articles/2026/x.mdx. */
  contentFile: string;
  /** The frontmatter and the fields worked out from the body: not yet checked. */
  fields: Record<string, unknown>;
  /** The body as the body pipeline rendered it. */
  bodyHtml: string;
}

/** A document as its catalog lists it. */
export interface CatalogEntry {
  contentFile: string;
  type: DocumentType;
  /** Hash of the content file's text: the compile reuses the entry while it and `reads` match. */
  source: string;
  /** Hashes of the other files the compile read, by site path: an article's lead image, for its size. */
  reads?: Record<string, string>;
  fields: Record<string, unknown>;
  /** Authors and pages: the body HTML itself. */
  bodyHtml?: string;
  /** Articles: the body's file under bodies/. */
  bodyFile?: string;
}

export interface Catalog {
  /** The compile code it was made with: another code compiles everything again. */
  code: string;
  documents: CatalogEntry[];
}

export const catalogFile = (type: DocumentType, projectRoot = process.cwd()) => join(projectRoot, COMPILED_DIR, `${type}.json`);
export const bodyPath = (bodyFile: string, projectRoot = process.cwd()) => join(projectRoot, COMPILED_DIR, BODIES_DIR, bodyFile);

/** Characters of the body's hash in its file name. */
const BODY_HASH_LENGTH = 8;

/**
 * The file name of an article's body: its path below the content folder with "/" as "__", and
 * the start of `bodyHash` (of its source text and the compile code). The content rules keep it
 * within what file systems allow (lib/content/rules.ts).
 */
export function bodyFileName(contentFile: string, bodyHash: string): string {
  const folder = `${contentFolder()}/`;
  const below = contentFile.startsWith(folder) ? contentFile.slice(folder.length) : contentFile;
  return `${below.replaceAll('/', '__')}.${bodyHash.slice(0, BODY_HASH_LENGTH).padEnd(BODY_HASH_LENGTH, '0')}.html`;
}

/** File systems refuse longer names than this, in bytes. */
const MAX_FILE_NAME_BYTES = 255;

/** Why a content file's path is too long for its body file's name, or undefined when it fits. */
export function bodyFileNameProblem(contentFile: string): string | undefined {
  const bytes = Buffer.byteLength(bodyFileName(contentFile, ''), 'utf8');
  if (bytes <= MAX_FILE_NAME_BYTES) return undefined;
  return `the path below content/ is too long for the build: it names a file after it (folders included) of ${bytes} bytes, and file systems allow ${MAX_FILE_NAME_BYTES}; use shorter folder or file names`;
}

/** A type's catalog, or undefined when there is none yet. */
export function readCatalog(type: DocumentType, projectRoot = process.cwd()): Catalog | undefined {
  const file = catalogFile(type, projectRoot);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const catalog = JSON.parse(text) as Catalog;
  if (typeof catalog?.code !== 'string' || !Array.isArray(catalog.documents))
    throw new Error(`${file}: not a catalog of compiled content; delete ${COMPILED_DIR} and compile again`);
  return catalog;
}

/** Body files of the articles listed when the catalog was last read, by content file. */
let bodyFiles = new Map<string, string>();
/** What each of those bodies was compiled from (articleBodyKey). */
let bodyKeys = new Map<string, string>();

/** Every document of a type, in no particular order; articles without their bodies (readArticleBody). */
export function readCompiledDocuments(type: DocumentType, projectRoot = process.cwd()): Pick<CatalogEntry, 'contentFile' | 'fields' | 'bodyHtml'>[] {
  const catalog = readCatalog(type, projectRoot);
  if (!catalog) throw new Error(`No compiled content in ${COMPILED_DIR}; run "npm run build:content" first (npm run build does).`);
  if (type === 'Article') {
    bodyFiles = new Map(catalog.documents.map((entry) => [entry.contentFile, entry.bodyFile!]));
    bodyKeys = new Map(catalog.documents.map((entry) => [entry.contentFile, JSON.stringify([catalog.code, entry.source, entry.reads ?? {}])]));
  }
  return catalog.documents.map(({ contentFile, fields, bodyHtml }) => ({ contentFile, fields, bodyHtml }));
}

/** One article's body HTML, read from its own file. */
export function readArticleBody(contentFile: string, projectRoot = process.cwd()): string {
  const read = () => {
    const file = bodyFiles.get(contentFile);
    return file === undefined ? undefined : readFileOrUndefined(bodyPath(file, projectRoot));
  };
  // A compile since the catalog was read (the preview) renames the bodies it recompiled.
  let body = read();
  if (body === undefined) {
    readCompiledDocuments('Article', projectRoot);
    body = read();
  }
  if (body === undefined) throw new Error(`${contentFile}: no compiled body in ${COMPILED_DIR}; run "npm run build:content" again`);
  return body;
}

/**
 * What an article's compiled body was made from: the compile code, the source text's hash and the
 * hashes of the files it read. The compile keeps a body exactly while these are unchanged
 * (lib/content/compile/compile-content.ts), so equal keys mean equal bodies, and whoever only
 * needs to know whether a body changed (the build plan) need not read 20,000 of them.
 */
export function articleBodyKey(contentFile: string, projectRoot = process.cwd()): string {
  if (!bodyKeys.has(contentFile)) readCompiledDocuments('Article', projectRoot);
  const key = bodyKeys.get(contentFile);
  if (key === undefined) throw new Error(`${contentFile}: not in the compiled catalog in ${COMPILED_DIR}; run "npm run build:content" again`);
  return key;
}

function readFileOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Changes whenever the compile rewrites a catalog, so `npm run dev` can pick up edits. */
export function compiledStamp(projectRoot = process.cwd()): number {
  return Math.max(...DOCUMENT_TYPES.map((type) => statSync(catalogFile(type, projectRoot)).mtimeMs));
}
