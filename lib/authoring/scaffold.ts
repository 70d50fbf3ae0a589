import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SourceFile } from '../content/rules';
import { ARTICLES_DIR, AUTHORS_DIR, slugOf } from '../content/schema';
import { articlePath, authorPath } from '../urls';
import { slugFromTitle } from './slug';
import { articleTemplate, authorTemplate } from './templates';

export class ScaffoldError extends Error {}

export interface ScaffoldResult {
  /** Relative to the project root. */
  path: string;
  previewPath: string;
}

/** Writes content/articles/<year>/<slug>.mdx, refusing a slug that exists anywhere in the tree. */
export function scaffoldArticle(root: string, existing: SourceFile[], input: { title: string; authors: string[]; tags: string[]; now: Date }): ScaffoldResult {
  const title = input.title.trim();
  const slug = slugFromTitle(title);
  if (!slug) throw new ScaffoldError(`Cannot make a file name from the title "${input.title}"; use words in the title.`);
  const taken = existing.find((file) => file.kind === 'article' && slugOf(file.path) === slug);
  if (taken) throw new ScaffoldError(`An article with the slug "${slug}" already exists: ${taken.path}. Choose a different title.`);

  const knownAuthors = existing.filter((file) => file.kind === 'author').map((file) => slugOf(file.path));
  if (input.authors.length === 0) throw new ScaffoldError(`Name at least one author: one of ${knownAuthors.join(', ')}.`);
  const unknown = input.authors.filter((author) => !knownAuthors.includes(author));
  if (unknown.length > 0) {
    throw new ScaffoldError(`Unknown author ${unknown.join(', ')}; known authors: ${knownAuthors.join(', ')} (add one with npm run new:author).`);
  }
  const tags = input.tags.length > 0 ? input.tags : ['News'];
  const year = String(input.now.getUTCFullYear());
  const path = join('content', ARTICLES_DIR, year, `${slug}.mdx`);
  write(root, path, articleTemplate({ title, date: input.now.toISOString().slice(0, 10), authors: input.authors, tags }));
  return { path, previewPath: articlePath(slug) };
}

/** Writes content/authors/<slug>.mdx, refusing a slug that exists. */
export function scaffoldAuthor(root: string, existing: SourceFile[], input: { name: string; role?: string }): ScaffoldResult {
  const name = input.name.trim();
  const slug = slugFromTitle(name);
  if (!slug) throw new ScaffoldError(`Cannot make a file name from the name "${input.name}".`);
  const path = join('content', AUTHORS_DIR, `${slug}.mdx`);
  if (existing.some((file) => file.path === path)) throw new ScaffoldError(`The author ${path} already exists.`);
  write(root, path, authorTemplate({ name, role: input.role?.trim() || undefined }));
  return { path, previewPath: authorPath(slug) };
}

function write(root: string, path: string, contents: string) {
  const absolute = join(root, path);
  // Belt and braces: never overwrite an author's work, even if the tree changed under us.
  if (existsSync(absolute)) throw new ScaffoldError(`${path} already exists.`);
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, contents, { flag: 'wx' });
}
