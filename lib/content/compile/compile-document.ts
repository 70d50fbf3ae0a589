/**
 * One content file in, one compiled document out: frontmatter values converted by their declared
 * types (lib/content/schema.ts), the fields worked out from the body, and the body rendered to HTML
 * by the body pipeline (lib/content/body-html.ts). Pure apart from what `imageSize` reads.
 *
 * The content check (lib/content/rules.ts) is what reports every problem of a file to its author;
 * this refuses, naming the file and line, whatever it cannot compile faithfully, since in
 * `npm run dev` it runs without the check in front of it.
 */
import type { Root } from 'mdast';
import readingTime from 'reading-time';
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import type { Components } from 'hast-util-to-jsx-runtime';
import { isSentiment } from '../../sentiment';
import { truncateAtWord } from '../../text';
import { typeset } from '../../typography';
import { bodyHtmlPipeline } from '../body-html';
import { bodyFile } from '../body-images';
import { prescanBody } from '../body-prescan';
import { checkFields } from '../field-rules';
import type { FieldDefs } from '../field-format';
import { fileLineOf, type Frontmatter, parseFrontmatter } from '../frontmatter';
import { recordMismatch } from '../records';
import { analyzeMdxTree, type MdxAnalysis, refusedBody, syntaxIssue } from '../mdx-analysis';
import { articleFields, authorFields, pageFields, slugOf } from '../schema';
import { scriptsInFragment } from '../../security/page-policy';
import type { CompiledDocument, DocumentType } from '../compiled-store';

/** Listings and feeds show a dek of about two lines when the author wrote no summary. */
const FALLBACK_SUMMARY_LENGTH = 180;

/**
 * Texts readers see, typeset here once per compile (curly quotes, dashes, ellipses:
 * lib/typography.ts) rather than by every step that reads the catalog (four seconds each at
 * 20,000 articles), so pages, feeds, JSON-LD and share cards agree. Slugs come from file names,
 * and tags and names are matched as written, so those stay as written.
 */
const PROSE_FIELDS: Record<DocumentType, readonly string[]> = {
  Article: ['title', 'summary', 'imageAlt', 'imageCredit', 'dek'],
  Author: ['role'],
  Page: [],
};

const FIELDS: Record<DocumentType, FieldDefs> = { Article: articleFields, Author: authorFields, Page: pageFields };

export interface SourceDocument {
  /** The path an author sees in their pull request: content/articles/2026/x.mdx. */
  contentFile: string;
  type: DocumentType;
  /** The decoded file (lib/content/source-text.ts), frontmatter included. */
  text: string;
}

export interface CompileProblem {
  line: number | undefined;
  message: string;
}

/** Width and height of a lead image, by its site path (/images/a.jpg); throws when there is no such file. */
export type ImageDimensions = (sitePath: string) => { width: number; height: number };

/**
 * A document compiled, or the problem that stopped it. Either carries the body's analysis once the
 * parser has seen the body (lines counted from the body's first line, as analyzeMdx counts them):
 * the content check reads it rather than parsing the body again (scripts/compile-content.ts --check).
 */
export type CompileResult = (CompiledDocument & { analysis: MdxAnalysis }) | { problem: CompileProblem; analysis?: MdxAnalysis };

export interface DocumentCompiler {
  compile(source: SourceDocument): CompileResult;
}

/**
 * A compiler with its body pipeline built once: `components` render the body's components (the
 * site's own, components/body-components.tsx).
 */
export function documentCompiler(components: Components, imageDimensions: ImageDimensions): DocumentCompiler {
  // The pipeline parses each body once; the inspection hands the Markdown tree's analysis to the fields.
  const inspect = () => (tree: Root, file: VFile) => {
    file.data.analysis = analyzeMdxTree(tree);
  };
  const processor = unified() as unknown as Processor;
  bodyHtmlPipeline(components, { inspect })(processor);
  processor.freeze();

  /** The document's fields: the frontmatter's, converted, and those worked out from its body. */
  const documentFields = (type: DocumentType, contentFile: string, frontmatter: Frontmatter, analysis: MdxAnalysis) => {
    const data = converted(frontmatter.data, FIELDS[type]);
    const slug = slugOf(contentFile);
    const fields =
      type === 'Article'
        ? { ...data, ...articleComputedFields(data, frontmatter.body, analysis, imageDimensions), slug }
        : type === 'Page'
          ? { ...data, slug, dek: dekOf(data, analysis) }
          : { ...data, slug };
    return typesetProse(withoutUndefined(fields), type);
  };

  return {
    compile({ contentFile, type, text }) {
      const frontmatter = parseFrontmatter(text);
      if ('problem' in frontmatter) return { problem: frontmatter.problem };
      const [fieldProblem] = checkFields(frontmatter.data, FIELDS[type]);
      if (fieldProblem) return { problem: { line: fieldProblem.line ?? frontmatter.fieldLines.get(fieldProblem.field), message: fieldProblem.message } };
      // The shapes that would make parsing take minutes, refused before the parser sees them.
      const tooComplex = prescanBody(frontmatter.body);
      if (tooComplex) return { problem: { line: fileLineOf(frontmatter, tooComplex.line), message: tooComplex.message } };

      // The body frontmatter.ts found, the one the check reads (lib/content/body-html.ts says why).
      const file = bodyFile(frontmatter.body, { hasLeadImage: typeof frontmatter.data.image === 'string' && frontmatter.data.image.trim() !== '' });
      try {
        processor.processSync(file);
      } catch (error) {
        // Read but not rendered (a component refusing a value): the analysis stands, and the check
        // says what is wrong. Not even read: the parser's error is the body's one issue, as in analyzeMdx.
        const read = file.data.analysis as MdxAnalysis | undefined;
        if (read) return { problem: { line: undefined, message: error instanceof Error ? error.message : String(error) }, analysis: read };
        const issue = syntaxIssue(error);
        return { problem: { line: fileLineOf(frontmatter, issue.line), message: issue.message }, analysis: refusedBody(issue) };
      }
      const analysis = file.data.analysis as MdxAnalysis;
      const bodyHtml = String(file.value);
      // The sanitiser removes every script; were one to get through, no page would be published with
      // it (pages' script policies are written for the layout's scripts only: scripts/build/page-policies.ts).
      const [script] = scriptsInFragment(bodyHtml);
      if (script !== undefined)
        return { problem: { line: undefined, message: `the body renders a <script> (${JSON.stringify(script)}), which no page may carry` }, analysis };
      try {
        const compiled = { contentFile, fields: documentFields(type, contentFile, frontmatter, analysis), bodyHtml };
        // Only a document every page can read is kept: otherwise a wrong shape inside a field would fail every listing of the preview.
        const misfit = recordMismatch(compiled, type);
        if (misfit) return { problem: { line: lineOf(misfit.field, frontmatter), message: misfit.message }, analysis };
        return { ...compiled, analysis };
      } catch (error) {
        // A lead image that cannot be read, say: the body was read all the same, and the check need not read it again.
        return { problem: { line: undefined, message: error instanceof Error ? error.message : String(error) }, analysis };
      }
    },
  };
}

/** The line of a field given as a path (`corrections[1].date`): its own, its entry's, or its top-level field's. */
function lineOf(field: string, { entryLines, fieldLines }: { entryLines: ReadonlyMap<string, number>; fieldLines: ReadonlyMap<string, number> }) {
  const entry = /^[^.[]+\[\d+\]/.exec(field)?.[0];
  return entryLines.get(field) ?? (entry ? entryLines.get(entry) : undefined) ?? fieldLines.get(field.split(/[.[]/)[0]!);
}

/** Frontmatter values as later steps read them: dates as UTC instants, the rest as written. */
function converted(data: Record<string, unknown>, defs: FieldDefs): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(defs)) {
    const value = data[name];
    if (value === undefined || value === null) continue;
    fields[name] = def.type === 'date' ? new Date(value as string).toISOString() : value;
  }
  return fields;
}

function dekOf(data: Record<string, unknown>, analysis: MdxAnalysis): string {
  return (data.summary as string | undefined) ?? truncateAtWord(analysis.leadParagraph, FALLBACK_SUMMARY_LENGTH);
}

/** What an article's listings, badges and verdicts read besides its frontmatter. */
function articleComputedFields(data: Record<string, unknown>, body: string, analysis: MdxAnalysis, imageDimensions: ImageDimensions) {
  const comment = analysis.analystComments[0];
  const image = data.image as string | undefined;
  return {
    // The first <AnalystComment>: the single source of truth for the badge.
    sentiment: isSentiment(comment?.sentiment) ? comment.sentiment : undefined,
    // Who signs the verdict: the comment's analyst="…", else the first author.
    analyst: comment ? (comment.analyst ?? (data.authors as string[])[0]) : undefined,
    // The comment's own date="…", when it gives one.
    verdictDate: comment?.date,
    dek: dekOf(data, analysis),
    readingMinutes: Math.max(1, Math.round(readingTime(body).minutes)),
    leadImage: image ? { src: image, alt: data.imageAlt, credit: data.imageCredit, kind: data.imageKind ?? 'photo', ...imageDimensions(image) } : undefined,
  };
}

function typesetProse(fields: Record<string, unknown>, type: DocumentType): Record<string, unknown> {
  const typesetFields = { ...fields };
  for (const name of PROSE_FIELDS[type]) if (typeof fields[name] === 'string') typesetFields[name] = typeset(fields[name]);
  const leadImage = fields.leadImage as { alt?: string; credit?: string } | undefined;
  if (leadImage) {
    typesetFields.leadImage = {
      ...leadImage,
      ...(typeof leadImage.alt === 'string' && { alt: typeset(leadImage.alt) }),
      ...(typeof leadImage.credit === 'string' && { credit: typeset(leadImage.credit) }),
    };
  }
  return typesetFields;
}

/** As the document will be read back from JSON, which drops undefined values. */
const withoutUndefined = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
