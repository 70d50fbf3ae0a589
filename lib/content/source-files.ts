import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentKind, RuleContext, SourceFile } from './rules';
import { ARTICLES_DIR, AUTHORS_DIR } from './schema';

/** Reads every MDX file of a content tree the way contentlayer will see it. */
export function readSourceFiles(projectRoot: string, contentDir = 'content'): SourceFile[] {
  const read = (folder: string, kind: ContentKind, recursive: boolean): SourceFile[] => {
    const dir = join(projectRoot, contentDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
      .map((entry) => {
        const absolute = join(entry.parentPath, entry.name);
        return { path: relative(projectRoot, absolute), kind, raw: readFileSync(absolute, 'utf8') };
      })
      .sort((a, b) => a.path.localeCompare(b.path));
  };
  // Authors live directly in content/authors/ (their file name is the slug); articles may be nested.
  return [...read(AUTHORS_DIR, 'author', false), ...read(ARTICLES_DIR, 'article', true)];
}

export function publicFolderContext(projectRoot: string): RuleContext {
  return { publicFileExists: (sitePath) => existsSync(join(projectRoot, 'public', sitePath)) };
}
