import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { imageSize } from 'image-size';
import type { Root } from 'mdast';
import readingTime from 'reading-time';
import type { VFile } from 'vfile';
import { bodyComponents } from '../../../components/body-components';
import { bodyHtmlPipeline } from '../body-html';
import { analyzeMdx, analyzeMdxTree, type MdxAnalysis } from '../mdx-analysis';
import { slugOf } from '../rules';
import { articleFields, ARTICLES_DIR, authorFields, AUTHORS_DIR, pageFields, PAGES_DIR } from '../schema';
import { PREVIEW_VARIABLE, publicFolder } from '../folders';
import { resolvePublicFile } from '../source-files';
import { isSentiment } from '../../sentiment';
import { truncateAtWord } from '../../text';
import { CONTENT_DIR } from './output';

/** Listings and feeds show a dek of about two lines when the author wrote no summary. */
const FALLBACK_SUMMARY_LENGTH = 180;

function imageDimensions(sitePath: string): { width: number; height: number } {
  // The same resolution as the content check: never a file outside public/, even in a preview
  // that runs without the check.
  const file = resolvePublicFile(join(process.cwd(), publicFolder()), sitePath);
  if (!file) throw new Error(`the lead image ${sitePath} is not a file under ${publicFolder()}/`);
  const { width = 0, height = 0 } = imageSize(readFileSync(file));
  return { width, height };
}

/*
 * Parsing MDX is the largest part of compiling an article. The body pipeline parses each file once
 * and records what the computed fields need, keyed by file; they fall back to parsing the body
 * themselves should contentlayer ever resolve them without running the pipeline.
 */
const analyses = new Map<string, MdxAnalysis>();
const recordAnalysis = () => (tree: Root, file: VFile) => {
  // contentlayer puts the document's raw data on every file it hands to the pipeline.
  const source = (file.data as { rawDocumentData?: { sourceFilePath: string } }).rawDocumentData?.sourceFilePath;
  if (source) analyses.set(source, analyzeMdxTree(tree));
};
const analysisOf = (sourceFilePath: string, body: string) => analyses.get(sourceFilePath) ?? analyzeMdx(body);

/*
 * The `doc` the resolvers get is typed from contentlayer2's own generated types only after a
 * content build, so type checking would depend on one; here it is loosely typed instead. What the
 * resolvers produce is checked field by field when lib/ reads it (lib/content/records.ts).
 */

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: `${ARTICLES_DIR}/**/*.mdx`,
  // MDX files, compiled by our own pipeline to HTML (see `markdown` below), not to JavaScript.
  contentType: 'markdown',
  fields: articleFields,
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.sourceFileName) },
    sentiment: {
      type: 'string',
      description: 'From the <AnalystComment> block: the single source of truth for the badge',
      resolve: (doc) => {
        const sentiment = analysisOf(doc._raw.sourceFilePath, doc.body.raw).analystComments[0]?.sentiment;
        return isSentiment(sentiment) ? sentiment : undefined;
      },
    },
    analyst: {
      type: 'string',
      description: 'Who signs the verdict: the comment\'s analyst="…", else the first author',
      resolve: (doc) => {
        const comment = analysisOf(doc._raw.sourceFilePath, doc.body.raw).analystComments[0];
        // A list field reaches resolvers as an Effect-TS Chunk, which is iterable but not indexable.
        const [firstAuthor] = doc.authors as Iterable<string>;
        return comment ? (comment.analyst ?? firstAuthor) : undefined;
      },
    },
    verdictDate: {
      type: 'string',
      description: 'The comment\'s own date="…", when it gives one',
      resolve: (doc) => analysisOf(doc._raw.sourceFilePath, doc.body.raw).analystComments[0]?.date,
    },
    dek: {
      type: 'string',
      resolve: (doc) => doc.summary ?? truncateAtWord(analysisOf(doc._raw.sourceFilePath, doc.body.raw).leadParagraph, FALLBACK_SUMMARY_LENGTH),
    },
    readingMinutes: {
      type: 'number',
      resolve: (doc) => Math.max(1, Math.round(readingTime(doc.body.raw).minutes)),
    },
    leadImage: {
      type: 'json',
      resolve: (doc) =>
        doc.image
          ? { src: doc.image, alt: doc.imageAlt, credit: doc.imageCredit, kind: doc.imageKind ?? 'photo', ...imageDimensions(doc.image) }
          : undefined,
    },
  },
}));

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: `${AUTHORS_DIR}/*.mdx`,
  contentType: 'markdown',
  fields: authorFields,
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.sourceFileName) },
  },
}));

/** Trust pages: About, Masthead, standards and the like, published under /about. */
export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: `${PAGES_DIR}/*.mdx`,
  contentType: 'markdown',
  fields: pageFields,
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.sourceFileName) },
    dek: {
      type: 'string',
      resolve: (doc) => doc.summary ?? truncateAtWord(analysisOf(doc._raw.sourceFilePath, doc.body.raw).leadParagraph, FALLBACK_SUMMARY_LENGTH),
    },
  },
}));

export default makeSource({
  contentDirPath: CONTENT_DIR,
  documentTypes: [Article, Author, Page],
  /*
   * contentlayer's MDX mode bundles every body with esbuild into JavaScript that each page then
   * evaluates, renders and hydrates; at 2,000 articles the bundling alone was a quarter of the
   * content compile. Bodies use Markdown and one component, so they are rendered to HTML here,
   * once, with the components the site uses (lib/content/body-html.ts).
   */
  markdown: bodyHtmlPipeline(bodyComponents, { inspect: recordAnalysis }),
  // A build never gets here with a broken file (the content check runs first and stops it). The
  // preview (scripts/dev.ts sets the variable) leaves such a file out and compiles the rest, so
  // authors keep seeing every other story while the page lists the broken file's problems.
  onMissingOrIncompatibleData: process.env[PREVIEW_VARIABLE] === '1' ? 'skip-warn' : 'fail',
  onExtraFieldData: process.env[PREVIEW_VARIABLE] === '1' ? 'ignore' : 'fail',
  // tsconfig maps contentlayer/generated with `paths` alone: TypeScript 7 has no baseUrl.
  disableImportAliasWarning: true,
});
