import { isSentiment, type Sentiment } from '../sentiment';
import { ContentFileError } from './content-file-error';
import type { CatalogEntry, DocumentType } from './compiled-store';
import { AUTHOR_LINK_KEYS, AUTHOR_STATUSES, type AuthorLinks, type AuthorStatus, IMAGE_KINDS, type ImageKind } from './schema';
import { type DatedNote, datedNote, lastModified, newestFirst } from '../story-notes';
import type { Article, Author, LeadImage, Page, StoryAccess, StoryStatus } from './types';

/*
 * The compiled content is JSON read back from disk (lib/content/compile/): nothing guarantees its
 * shape but the code that wrote it, which a stale or hand-edited file does not follow. Each record
 * is checked here, once, as the build reads it, and comes out as the types of ./types.ts.
 *
 * Hand-written rather than a schema library: two record types of fifteen-odd flat fields and one
 * nested object need six small checks, and a mismatch can only mean a stale or broken content
 * build (the content check has already refused every bad file), so what matters is a message that
 * names the file and the field, which these give in a line each.
 */

/** Reads one field as a T, or throws a message naming the field. */
type Narrow<T> = (value: unknown, field: string) => T;

class FieldMismatch extends Error {
  constructor(
    /** The field as a path: `corrections[0].date`. */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function mismatch(field: string, expected: string, value: unknown): never {
  throw new FieldMismatch(field, `"${field}" must be ${expected}, got ${JSON.stringify(value) ?? String(value)}`);
}

const text: Narrow<string> = (value, field) => (typeof value === 'string' ? value : mismatch(field, 'a text', value));
/** Text readers see: the compile has typeset it (lib/content/compile/compile-document.ts). */
const prose: Narrow<string> = text;
const flag: Narrow<boolean> = (value, field) => (typeof value === 'boolean' ? value : mismatch(field, 'true or false', value));
const count: Narrow<number> = (value, field) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : mismatch(field, 'a whole number', value);
const date: Narrow<string> = (value, field) =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : mismatch(field, 'an ISO 8601 date', value);
const authorStatus: Narrow<AuthorStatus> = (value, field) =>
  AUTHOR_STATUSES.find((status) => status === value) ?? mismatch(field, AUTHOR_STATUSES.join(' or '), value);
const sentiment: Narrow<Sentiment> = (value, field) => (isSentiment(value) ? value : mismatch(field, 'a verdict', value));
const imageKind: Narrow<ImageKind> = (value, field) => IMAGE_KINDS.find((kind) => kind === value) ?? mismatch(field, `one of ${IMAGE_KINDS.join(', ')}`, value);
const list =
  <T>(item: Narrow<T>): Narrow<T[]> =>
  (value, field) =>
    Array.isArray(value) ? value.map((entry, index) => item(entry, `${field}[${index}]`)) : mismatch(field, 'a list', value);
const optional =
  <T>(narrow: Narrow<T>): Narrow<T | undefined> =>
  (value, field) =>
    value === undefined ? undefined : narrow(value, field);

/** `featured: false` means what leaving it out means. */
const featured: Narrow<true | number | undefined> = (value, field) =>
  value === false
    ? undefined
    : value === true || (typeof value === 'number' && Number.isInteger(value) && value >= 1)
      ? value
      : mismatch(field, 'true or a rank', value);

const object: Narrow<Record<string, unknown>> = (value, field) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : mismatch(field, 'an object', value);

const leadImage: Narrow<LeadImage> = (value, field) => {
  const image = object(value, field);
  return {
    src: text(image.src, `${field}.src`),
    alt: prose(image.alt, `${field}.alt`),
    credit: optional(prose)(image.credit, `${field}.credit`),
    width: count(image.width, `${field}.width`),
    height: count(image.height, `${field}.height`),
    kind: imageKind(image.kind, `${field}.kind`),
  };
};

const note: Narrow<DatedNote> = (value, field) => {
  const entry = object(value, field);
  return datedNote(date(entry.date, `${field}.date`), text(entry.text, `${field}.text`));
};
/** A list of notes, newest first; an absent list is an empty one. */
const notes: Narrow<DatedNote[]> = (value, field) => newestFirst(optional(list(note))(value, field) ?? []);
const storyStatus: Narrow<StoryStatus> = (value, field) => (value === 'developing' ? value : mismatch(field, '"developing"', value));
const storyAccess: Narrow<StoryAccess> = (value, field) => (value === 'free' || value === 'premium' ? value : mismatch(field, '"free" or "premium"', value));

const LINK_KEYS = new Set<string>(AUTHOR_LINK_KEYS);
const authorLinks: Narrow<AuthorLinks> = (value, field) => {
  const links = object(value, field);
  const unknown = Object.keys(links).find((key) => !LINK_KEYS.has(key));
  if (unknown !== undefined) mismatch(field, `keyed by ${AUTHOR_LINK_KEYS.join(', ')}`, links);
  const known: AuthorLinks = {};
  for (const key of AUTHOR_LINK_KEYS) {
    if (key in links) known[key] = text(links[key], `${field}.${key}`);
  }
  return known;
};

/** A document as the catalog gives it: articles come without their body (lib/content/compiled-store.ts). */
export type ListedDocument = Pick<CatalogEntry, 'contentFile' | 'fields' | 'bodyHtml'>;

/** Runs `read` on a document's fields; a mismatch becomes an error naming the content file. */
function narrowed<T>(document: ListedDocument, type: string, read: (fields: Record<string, unknown>) => T): T {
  try {
    return read(document.fields);
  } catch (error) {
    if (!(error instanceof FieldMismatch)) throw error;
    throw new ContentFileError(
      `${document.contentFile}: the content build's output does not fit the ${type} type: ${error.message}. ` +
        'Run "npm run build:content" again; if this persists, lib/content/compile/compile-document.ts and lib/content/records.ts disagree.',
      { cause: error },
    );
  }
}

const READERS: Record<DocumentType, (document: ListedDocument) => unknown> = {
  Article: articleFromDocument,
  Author: authorFromDocument,
  Page: pageFromDocument,
};

/**
 * Why a compiled document cannot be read as its type (the field, as a path, and what it must be),
 * or undefined. The compile asks before it keeps a document: the schema checks `corrections` only
 * as a list, so in the preview, where the content check stops nothing, `corrections: [1, 2]`
 * compiled, and every listing that read the story then failed instead of the one file.
 */
export function recordMismatch(document: ListedDocument, type: DocumentType): { field: string; message: string } | undefined {
  try {
    READERS[type](document);
    return undefined;
  } catch (error) {
    if (error instanceof ContentFileError && error.cause instanceof FieldMismatch) return { field: error.cause.field, message: error.cause.message };
    throw error;
  }
}

/*
 * Every field is named in one literal, none spread in: V8 gave each record built as
 * `{ ...storyNotes(fields), slug, … }` a shape of its own, so building 20,000 of them took 1.3 s
 * and every later read of a field, in the plan, the feeds and every page, went through a lookup
 * that no cache could serve (a synthetic test: a million reads 600 ms against 5 to 34 ms).
 */
export function articleFromDocument(document: ListedDocument): Article {
  return narrowed(document, 'Article', (fields) => {
    const { corrections, updates, updated, status, access } = storyNotes(fields);
    return {
      corrections,
      updates,
      updated,
      status,
      access,
      contentFile: document.contentFile,
      slug: text(fields.slug, 'slug'),
      title: prose(fields.title, 'title'),
      date: date(fields.date, 'date'),
      authors: list(text)(fields.authors, 'authors'),
      tags: list(text)(fields.tags, 'tags'),
      summary: optional(prose)(fields.summary, 'summary'),
      image: optional(text)(fields.image, 'image'),
      imageAlt: optional(prose)(fields.imageAlt, 'imageAlt'),
      imageCredit: optional(prose)(fields.imageCredit, 'imageCredit'),
      imageKind: optional(imageKind)(fields.imageKind, 'imageKind'),
      draft: optional(flag)(fields.draft, 'draft'),
      sentiment: optional(sentiment)(fields.sentiment, 'sentiment'),
      analyst: optional(text)(fields.analyst, 'analyst'),
      verdictDate: optional(date)(fields.verdictDate, 'verdictDate'),
      dek: prose(fields.dek, 'dek'),
      readingMinutes: count(fields.readingMinutes, 'readingMinutes'),
      leadImage: optional(leadImage)(fields.leadImage, 'leadImage'),
      featured: optional(featured)(fields.featured, 'featured'),
      series: optional(text)(fields.series, 'series'),
      seriesTitle: optional(text)(fields.seriesTitle, 'seriesTitle'),
    };
  });
}

/** Corrections, updates and the last-modified time they decide, worked out once, here. */
function storyNotes(fields: Record<string, unknown>) {
  const corrections = notes(fields.corrections, 'corrections');
  const updates = notes(fields.updates, 'updates');
  return {
    corrections,
    updates,
    updated: lastModified(optional(date)(fields.updated, 'updated'), corrections, updates),
    status: optional(storyStatus)(fields.status, 'status'),
    access: optional(storyAccess)(fields.access, 'access') ?? 'free',
  };
}

export function authorFromDocument(document: ListedDocument): Author {
  return narrowed(document, 'Author', (fields) => ({
    contentFile: document.contentFile,
    slug: text(fields.slug, 'slug'),
    name: text(fields.name, 'name'),
    role: optional(prose)(fields.role, 'role'),
    avatar: optional(text)(fields.avatar, 'avatar'),
    links: optional(authorLinks)(fields.links, 'links'),
    analyst: optional(flag)(fields.analyst, 'analyst'),
    beats: optional(list(text))(fields.beats, 'beats'),
    status: optional(authorStatus)(fields.status, 'status'),
    body: { html: text(document.bodyHtml, 'body') },
  }));
}

export function pageFromDocument(document: ListedDocument): Page {
  return narrowed(document, 'Page', (fields) => ({
    contentFile: document.contentFile,
    slug: text(fields.slug, 'slug'),
    title: text(fields.title, 'title'),
    summary: optional(text)(fields.summary, 'summary'),
    updated: optional(date)(fields.updated, 'updated'),
    order: optional(count)(fields.order, 'order'),
    dek: text(fields.dek, 'dek'),
    body: { html: text(document.bodyHtml, 'body') },
  }));
}
