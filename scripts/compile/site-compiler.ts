/**
 * The document compiler with the site's own body components and its images folder: what the
 * compile step runs, in its own process and in each worker (./compile-pool.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imageSize } from 'image-size';
import { bodyComponents } from '../../components/body-components';
import { documentCompiler, type DocumentCompiler } from '../../lib/content/compile/compile-document';
import { publicFolder } from '../../lib/content/folders';
import { resolvePublicFile } from '../../lib/content/source-files';

/** Never throws: an error while compiling a file becomes that file's problem, not the step's crash. */
export function siteCompiler(root = process.cwd()): DocumentCompiler {
  const publicDir = join(root, publicFolder());
  const compiler = documentCompiler(bodyComponents, (sitePath) => {
    // The same resolution as the content check: never a file outside the images folder.
    const file = resolvePublicFile(publicDir, sitePath);
    if (!file) throw new Error(`the lead image ${sitePath} is not a file under ${publicFolder()}/`);
    const { width = 0, height = 0 } = imageSize(readFileSync(file));
    return { width, height };
  });
  return {
    compile(source) {
      try {
        return compiler.compile(source);
      } catch (error) {
        return { problem: { line: undefined, message: error instanceof Error ? error.message : String(error) } };
      }
    },
  };
}
