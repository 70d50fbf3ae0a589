/*
 * Preloaded into contentlayer2's CLI (`node --import`, package.json's `contentlayer` script): two
 * fixes for archives of thousands of articles, each found by profiling and each harmless should
 * a later contentlayer2 no longer need it, and the guard that makes contentlayer2 read content
 * files exactly as the content check does (3, below).
 */
import { promises as fs, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { require as tsRequire } from 'tsx/cjs/api';

/*
 * 1. Effect-TS execution tracing off. contentlayer2's first import switches it on, and it records
 * a stack of trace entries for every fiber, one fiber per document and more. Profiled at 5,000
 * articles, copying those traces was the largest single cost of the content compile and grew
 * faster than the archive: 43 of 234 CPU seconds. Content errors never reach contentlayer (the
 * content check runs first), so its internal traces buy us nothing. The switch is read once,
 * when Effect's runtime module loads: loading it here first and turning it off means the CLI's
 * own import of it changes nothing.
 */
try {
  await import('@effect-ts/system/Tracing/Enable');
  const { disableTracing } = await import('@effect-ts/system/Tracing/Global');
  disableTracing();
} catch {
  // Not installed: contentlayer2 no longer uses Effect-TS.
}

/*
 * 2. At most a few hundred files open at once. contentlayer2 writes every generated document
 * file at the same time. Once an archive has more documents than the process may open files
 * (`ulimit -n`: 20,000 on our machines, often 1,024 on a laptop), every write past the limit
 * fails with EMFILE and the compile degrades into minutes of retries and gigabytes of memory:
 * 10,000 articles took 58 s in 1.1 GB with room to open them all, and crashed out of memory
 * after 188 s with a limit of 8,000. Queueing the writes keeps it linear.
 */
const MAX_OPEN_FILES = 256;
let open = 0;
const waiting = [];

async function withFileSlot(task) {
  while (open >= MAX_OPEN_FILES) await new Promise((resolve) => waiting.push(resolve));
  open += 1;
  try {
    return await task();
  } finally {
    open -= 1;
    waiting.shift()?.();
  }
}

/*
 * 3. Content files are untrusted input. contentlayer2 hands each file to gray-matter, which runs
 * frontmatter opened with `---js` as JavaScript while reading it. Every read of a content file
 * therefore goes through the same decoding and frontmatter rules as the content check
 * (lib/content/source-text.ts, lib/content/frontmatter.ts): UTF-8, LF line endings, NFC, a first
 * line of exactly `---`, no symbolic links. A file that fails is an error naming the file and
 * line, and gray-matter's JavaScript engines are replaced by ones that refuse, so no path is left
 * to them even if a file slipped past.
 */
const require = createRequire(import.meta.url);
const grayMatterEngines = require('gray-matter/lib/engines.js');
for (const name of ['js', 'javascript', 'coffee', 'coffeescript', 'cson']) {
  grayMatterEngines[name] = () => {
    throw new Error(`Frontmatter in ${name} is refused: content frontmatter is YAML only`);
  };
}

// Loaded with tsx's require, not its tsImport: tsImport registers ESM loader hooks that then sit
// in front of every module contentlayer2 imports afterwards (0.6 s of a 5.5 s compile at 1,000
// articles); require's hook only sees these files.
const { decodeSourceText } = tsRequire('../source-text.ts', import.meta.url);
const { parseFrontmatter } = tsRequire('../frontmatter.ts', import.meta.url);
const { prescanBody } = tsRequire('../body-prescan.ts', import.meta.url);
const { CONTENT_DIR } = tsRequire('./output.ts', import.meta.url);
const contentRoot = join(process.cwd(), CONTENT_DIR);

async function readContentFile(readFile, path) {
  const file = relative(process.cwd(), path).split(sep).join('/');
  const refuse = (line, message) => {
    const text = `${file}${line ? `:${line}` : ''}: ${message} (run npm run check:content for every problem)`;
    // contentlayer2 prints the error as JSON, which shows only enumerable properties.
    throw Object.assign(new Error(text), { problem: text });
  };
  // A link anywhere below content/ (the file or a folder) makes the real path differ; links
  // above it (a checkout under a linked home folder) do not matter.
  if (realpathSync(path) !== join(realpathSync(contentRoot), relative(contentRoot, resolve(path)))) refuse(undefined, 'symbolic links are not allowed under content/');
  const decoded = decodeSourceText(await readFile(path));
  if ('problem' in decoded) refuse(decoded.problem.line, decoded.problem.message);
  const frontmatter = parseFrontmatter(decoded.text);
  if ('problem' in frontmatter) refuse(frontmatter.problem.line, frontmatter.problem.message);
  // The body shapes that would make parsing take minutes, refused before contentlayer2 parses
  // them: in \`npm run dev\` no content check runs first.
  const tooComplex = prescanBody(frontmatter.body);
  if (tooComplex) refuse(tooComplex.line + frontmatter.bodyStartLine - 1, tooComplex.message);
  return decoded.text;
}

const isContentFile = (path) => typeof path === 'string' && resolve(path).startsWith(contentRoot + sep) && path.endsWith('.mdx');

const originalReadFile = fs.readFile;
fs.readFile = (path, ...args) =>
  withFileSlot(() => (isContentFile(path) ? readContentFile(originalReadFile.bind(fs), path) : originalReadFile.call(fs, path, ...args)));
const originalWriteFile = fs.writeFile;
fs.writeFile = (...args) => withFileSlot(() => originalWriteFile.apply(fs, args));
