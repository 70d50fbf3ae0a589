/**
 * Compiles a content tree into the store (./compiled-store.ts), recompiling only what changed.
 *
 * Each catalog entry records the hash of the text it was compiled from and of every file it read
 * besides (a lead image, for its dimensions). A file whose text and images hash the same as its
 * entry, under the same compile code, keeps its entry; everything else is compiled again, and the
 * entries of deleted files go. So a correction in an archive of 20,000 articles compiles one file.
 * Content hashes, not modification times: a fresh checkout touches every file and changes none.
 *
 * Nothing is written when a file fails, so the store always describes a tree that compiled. In
 * the preview a failing file is left out instead and the rest is compiled (lib/content/folders.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../../write-atomically';
import type { ContentKind, SourceFile } from '../rules';
import { resolvePublicFile } from '../source-files';
import type { MdxAnalysis } from '../mdx-analysis';
import type { CompileResult, SourceDocument } from './compile-document';
import {
  BODIES_DIR,
  bodyFileName,
  bodyFileNameProblem,
  bodyPath,
  type Catalog,
  catalogFile,
  COMPILED_DIR,
  type CatalogEntry,
  DOCUMENT_TYPES,
  type DocumentType,
  readCatalog,
} from '../compiled-store';

const TYPE_OF: Record<ContentKind, DocumentType> = { article: 'Article', author: 'Author', page: 'Page' };

/** Compiles documents: in this process or in workers, as the caller decides (compile-pool.ts). */
export type CompileMany = (sources: SourceDocument[]) => Promise<CompileResult[]>;

export interface CompileOptions {
  root: string;
  /** Every content file, read and decoded (lib/content/source-files.ts). */
  files: SourceFile[];
  /** Fingerprint of the code that compiles: entries compiled by other code are never reused. */
  code: string;
  /** The folder lead images live in, relative to `root` (lib/content/folders.ts). */
  publicFolder: string;
  compileMany: CompileMany;
  /** Leave failing files out instead of failing (the preview). A compile with `check` never does. */
  skipFailures: boolean;
  /**
   * The content check, run after compiling and before writing anything: given the analysis of every
   * body this compile parsed (by content file), it returns every problem of the tree, and any fails
   * the compile. A file it finds nothing wrong with keeps the compile's own problem, if it has one.
   */
  check?: (analyses: ReadonlyMap<string, MdxAnalysis>) => Promise<FileProblem[]>;
}

export interface FileProblem {
  file: string;
  line: number | undefined;
  message: string;
}

export interface CompileReport {
  compiled: number;
  reused: number;
  removed: number;
  /** Files that failed: the compile wrote nothing, unless it skips failures. */
  problems: FileProblem[];
}

const hashOf = (data: string | Buffer) => createHash('sha256').update(data).digest('base64url');

export async function compileContent({ root, files, code, publicFolder, compileMany, skipFailures, check }: CompileOptions): Promise<CompileReport> {
  const previous = new Map<string, CatalogEntry>();
  let everyCatalogCurrent = true;
  for (const type of DOCUMENT_TYPES) {
    const catalog = readCatalog(type, root);
    if (catalog?.code === code) for (const entry of catalog.documents) previous.set(entry.contentFile, entry);
    else everyCatalogCurrent = false;
  }
  const publicDir = join(root, publicFolder);
  const imageHashes = new Map<string, string>();
  /** A site path's file hash; a path that is no file hashes as missing (the compile then fails on it). */
  const imageHash = (sitePath: string) => {
    if (!imageHashes.has(sitePath)) {
      const file = resolvePublicFile(publicDir, sitePath);
      imageHashes.set(sitePath, file ? hashOf(readFileSync(file)) : 'missing');
    }
    return imageHashes.get(sitePath)!;
  };
  const stillCurrent = (entry: CatalogEntry | undefined, source: string): entry is CatalogEntry =>
    entry?.source === source && Object.entries(entry.reads ?? {}).every(([sitePath, hash]) => imageHash(sitePath) === hash);

  const problems: FileProblem[] = [];
  const entries: CatalogEntry[] = [];
  const toCompile: (SourceDocument & { source: string })[] = [];
  for (const file of files) {
    if (file.refusal) {
      problems.push({ file: file.path, ...file.refusal });
      continue;
    }
    // The one problem only the file's path can have: its body file's name would be too long.
    const tooLong = TYPE_OF[file.kind] === 'Article' ? bodyFileNameProblem(file.path) : undefined;
    if (tooLong) {
      problems.push({ file: file.path, line: undefined, message: tooLong });
      continue;
    }
    const source = hashOf(file.raw);
    const entry = previous.get(file.path);
    if (stillCurrent(entry, source)) entries.push(entry);
    else toCompile.push({ contentFile: file.path, type: TYPE_OF[file.kind], text: file.raw, source });
  }

  const results = await compileMany(toCompile);
  const fresh: { entry: CatalogEntry; bodyHtml: string }[] = [];
  const analyses = new Map<string, MdxAnalysis>();
  results.forEach((result, index) => {
    const { contentFile, type, source } = toCompile[index]!;
    if (result.analysis) analyses.set(contentFile, result.analysis);
    if ('problem' in result) {
      problems.push({ file: contentFile, ...result.problem });
      return;
    }
    const image = (result.fields.leadImage as { src?: string } | undefined)?.src;
    const reads = image ? { [image]: imageHash(image) } : undefined;
    const entry: CatalogEntry = { contentFile, type, source, reads, fields: result.fields };
    // Named by the code as well as the text: see lib/content/compiled-store.ts.
    if (type === 'Article') entry.bodyFile = bodyFileName(contentFile, hashOf(`${code}\n${source}`));
    else entry.bodyHtml = result.bodyHtml;
    fresh.push({ entry, bodyHtml: result.bodyHtml });
  });

  const stored = new Set([...entries, ...fresh.map(({ entry }) => entry)].map((entry) => entry.contentFile));
  const removed = [...previous.keys()].filter((file) => !stored.has(file)).length;
  const report = { compiled: fresh.length, reused: entries.length, removed, problems: check ? withChecked(problems, await check(analyses)) : problems };
  if (report.problems.length > 0 && (check !== undefined || !skipFailures)) return report;
  // Nothing to write when nothing changed: at 20,000 articles the catalog is tens of megabytes.
  if (fresh.length > 0 || removed > 0 || !everyCatalogCurrent) writeStore(root, code, [...entries, ...fresh.map(({ entry }) => entry)], fresh);
  return report;
}

/** The check's problems, and the compile's own for files the check found nothing wrong with. */
function withChecked(compiled: FileProblem[], checked: FileProblem[]): FileProblem[] {
  const checkedFiles = new Set(checked.map((problem) => problem.file));
  return [...checked, ...compiled.filter((problem) => !checkedFiles.has(problem.file))];
}

/** Bodies first, then the catalogs that name them, then the bodies no catalog names any more. */
function writeStore(root: string, code: string, entries: CatalogEntry[], fresh: { entry: CatalogEntry; bodyHtml: string }[]) {
  mkdirSync(join(root, COMPILED_DIR, BODIES_DIR), { recursive: true });
  for (const { entry, bodyHtml } of fresh) if (entry.bodyFile) writeFileSync(bodyPath(entry.bodyFile, root), bodyHtml);
  for (const type of DOCUMENT_TYPES) {
    const documents = entries.filter((entry) => entry.type === type).sort((a, b) => (a.contentFile < b.contentFile ? -1 : 1));
    const catalog: Catalog = { code, documents };
    writeFileAtomically(catalogFile(type, root), JSON.stringify(catalog));
  }
  const named = new Set(entries.map((entry) => entry.bodyFile));
  for (const name of readdirSync(join(root, COMPILED_DIR, BODIES_DIR))) {
    if (!named.has(name)) rmSync(join(root, COMPILED_DIR, BODIES_DIR, name), { force: true });
  }
}
