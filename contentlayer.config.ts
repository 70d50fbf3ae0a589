import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { imageSize } from 'image-size';
import readingTime from 'reading-time';
import { bodyComponents } from './components/body-components';
import { bodyHtmlPipeline } from './lib/content/body-html';
import { analyzeMdx } from './lib/content/mdx-analysis';
import { slugOf } from './lib/content/rules';
import { articleFields, ARTICLES_DIR, authorFields, AUTHORS_DIR } from './lib/content/schema';
import { isSentiment } from './lib/sentiment';
import { truncateAtWord } from './lib/text';

/** Listings and feeds show a dek of about two lines when the author wrote no summary. */
const FALLBACK_SUMMARY_LENGTH = 180;

function imageDimensions(sitePath: string): { width: number; height: number } {
  const { width = 0, height = 0 } = imageSize(readFileSync(join(process.cwd(), 'public', sitePath)));
  return { width, height };
}

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
        const sentiment = analyzeMdx(doc.body.raw).analystComments[0]?.sentiment;
        return isSentiment(sentiment) ? sentiment : undefined;
      },
    },
    dek: {
      type: 'string',
      resolve: (doc) => doc.summary ?? truncateAtWord(analyzeMdx(doc.body.raw).leadParagraph, FALLBACK_SUMMARY_LENGTH),
    },
    readingMinutes: {
      type: 'number',
      resolve: (doc) => Math.max(1, Math.round(readingTime(doc.body.raw).minutes)),
    },
    leadImage: {
      type: 'json',
      resolve: (doc) =>
        doc.image
          ? { src: doc.image, alt: doc.imageAlt, credit: doc.imageCredit, ...imageDimensions(doc.image) }
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

export default makeSource({
  contentDirPath: 'content',
  documentTypes: [Article, Author],
  /*
   * contentlayer's MDX mode bundles every body with esbuild into JavaScript that each page then
   * evaluates, renders and hydrates; at 2,000 articles the bundling alone was a quarter of the
   * content compile. Bodies use Markdown and one component, so they are rendered to HTML here,
   * once, with the components the site uses (lib/content/body-html.ts).
   */
  markdown: bodyHtmlPipeline(bodyComponents),
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  // tsconfig maps contentlayer/generated with `paths` alone: TypeScript 7 has no baseUrl.
  disableImportAliasWarning: true,
});
