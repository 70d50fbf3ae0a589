import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { imageSize } from 'image-size';
import type { ContentKind, ContentProblem, RuleContext, SourceFile } from './rules';
import { ARTICLES_DIR, AUTHORS_DIR, PAGES_DIR } from './schema';
import { decodeSourceText, fileSizeProblem } from './source-text';

const SYMLINK_REFUSED = 'symbolic links are not allowed under content/: a link can point outside the repository or dodge the check. Commit the file itself';

/**
 * Reads every MDX file of a content tree, without following symbolic links: a linked file or
 * folder is reported as a refused file, never read through. The content check and the content
 * compile (scripts/compile-content.ts) both read the tree here, so they see the same files, decoded
 * and normalised the same way.
 */
export function readSourceFiles(projectRoot: string, contentDir = 'content'): SourceFile[] {
  const found: SourceFile[] = [];
  const walk = (absoluteDir: string, kind: ContentKind, recursive: boolean) => {
    for (const entry of readdirSync(absoluteDir, { withFileTypes: true })) {
      const absolute = join(absoluteDir, entry.name);
      const path = relative(projectRoot, absolute).split(sep).join('/');
      if (entry.isSymbolicLink()) {
        if (recursive || entry.name.endsWith('.mdx')) found.push({ path, kind, raw: '', refusal: { line: undefined, message: SYMLINK_REFUSED } });
      } else if (entry.isDirectory()) {
        if (recursive) walk(absolute, kind, recursive);
      } else if (entry.isFile() && entry.name.endsWith('.mdx')) {
        found.push(readSourceFile(absolute, path, kind));
      }
    }
  };
  // Authors and pages live directly in their folders (the file name is the slug); articles may be nested.
  for (const [folder, kind, recursive] of [
    [AUTHORS_DIR, 'author', false],
    [PAGES_DIR, 'page', false],
    [ARTICLES_DIR, 'article', true],
  ] as const) {
    const absoluteDir = join(projectRoot, contentDir, folder);
    const stat = lstatOrUndefined(absoluteDir);
    if (stat?.isSymbolicLink()) found.push({ path: `${contentDir}/${folder}`, kind, raw: '', refusal: { line: undefined, message: SYMLINK_REFUSED } });
    else if (stat?.isDirectory()) walk(absoluteDir, kind, recursive);
  }
  return found.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.path.localeCompare(b.path));
}

/** Authors first: the rules index them before reading what refers to them. */
const KIND_ORDER: readonly ContentKind[] = ['author', 'page', 'article'];

function readSourceFile(absolute: string, path: string, kind: ContentKind): SourceFile {
  const tooLarge = fileSizeProblem(statSync(absolute).size);
  if (tooLarge) return { path, kind, raw: '', refusal: tooLarge };
  const decoded = decodeSourceText(readFileSync(absolute));
  return 'problem' in decoded ? { path, kind, raw: '', refusal: decoded.problem } : { path, kind, raw: decoded.text };
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Where a site path such as /images/a.svg lives under `publicDir`, or undefined when the path
 * leaves the folder: `..` segments (written plainly or percent-encoded) or a symbolic link that
 * points elsewhere. Lead images, avatars and body images all go through here.
 */
export function resolvePublicFile(publicDir: string, sitePath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  const segments = decoded.split(/[\\/]/);
  if (!decoded.startsWith('/') || segments.some((segment) => segment === '..' || segment === '.') || decoded.includes('\0')) return undefined;
  try {
    const root = realpathSync(publicDir);
    const real = realpathSync(join(root, ...segments));
    return real.startsWith(root + sep) && statSync(real).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/** `publicFolder` is relative to the project root: see lib/content/folders.ts. */
export function publicFolderContext(projectRoot: string, publicFolder = 'public'): RuleContext {
  const publicDir = join(projectRoot, publicFolder);
  return {
    publicFileExists: (sitePath) => resolvePublicFile(publicDir, sitePath) !== undefined,
    imageProblem: (sitePath) => {
      const file = resolvePublicFile(publicDir, sitePath);
      if (!file) return 'no such file';
      try {
        imageSize(readFileSync(file));
        return undefined;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    },
  };
}

/** What may live under public/: the images articles and authors show. */
const PUBLIC_FILE_TYPES = ['.jpg', '.jpeg', '.png', '.gif', '.webp', '.avif', '.svg'];

/*
 * Markup that makes an SVG a program when it is opened on its own: GitHub Pages sends none of the
 * site's headers, so the file policy (no inline script) does not protect it there. Matched on the
 * text, so any spelling is refused, even one a browser would not run.
 */
const ACTIVE_SVG = /<script|<foreignobject|<iframe|<embed|<object|<!entity|\son[a-z-]+\s*=|javascript:|<(?:set|animate)\b[^>]*\bhref/i;

/**
 * Everything under public/ is copied into the site as it is, and Next's export follows symbolic
 * links while copying: a linked "image" publishes whatever file it points to (a .env, the
 * checkout's .git/config with its access token), and an .html or .js file becomes a page or
 * script of the site's own origin. So public/ holds image files and nothing else.
 */
export function publicFileProblems(projectRoot: string, publicFolder = 'public'): ContentProblem[] {
  const publicDir = join(projectRoot, publicFolder);
  if (!lstatOrUndefined(publicDir)?.isDirectory()) return [];
  const problems: ContentProblem[] = [];
  const walk = (absoluteDir: string) => {
    for (const entry of readdirSync(absoluteDir, { withFileTypes: true })) {
      const absolute = join(absoluteDir, entry.name);
      const file = relative(projectRoot, absolute).split(sep).join('/');
      if (entry.isSymbolicLink()) {
        problems.push({
          file,
          message: 'symbolic links are not allowed under public/: the build would publish whatever the link points to. Commit the image itself',
        });
      } else if (entry.isDirectory()) {
        walk(absolute);
      } else if (!PUBLIC_FILE_TYPES.includes(extname(entry.name).toLowerCase())) {
        problems.push({
          file,
          message: `only images may be put under public/ (${PUBLIC_FILE_TYPES.join(', ')}): every file there is published on the site as it is`,
        });
      } else if (extname(entry.name).toLowerCase() === '.svg' && ACTIVE_SVG.test(readFileSync(absolute, 'utf8'))) {
        problems.push({
          file,
          message:
            'this SVG contains script, event handlers, embedded documents or javascript: links, which would run when the file is opened; export it again as a plain drawing, or use PNG',
        });
      }
    }
  };
  walk(publicDir);
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}
