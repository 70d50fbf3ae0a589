import { closestMatch } from './closest-match';
import type { FieldDef, FieldDefs } from './field-format';
import type { FrontmatterText } from './frontmatter';
import { tagSlug } from '../tags';
import { MAX_AUTHORS_PER_ARTICLE, MAX_FEATURED_RANK, MAX_ORDER, MAX_SLUG_BYTES, MAX_TAGS_PER_ARTICLE, MAX_TEXT_LENGTH } from './limits';
import { unsafeTextReason } from './source-text';

/** A problem with one frontmatter field; `line` when it is more precise than the field's own line. */
export interface FieldProblem {
  field: string;
  message: string;
  line?: number;
}

/**
 * Unknown fields, missing required fields and values of the wrong type, against the schema. A
 * misspelt field ("tittle") is reported once, on its own line with the field it resembles; the
 * required field it was meant to be is then not reported missing as well.
 */
export function checkFields(data: Record<string, unknown>, fields: FieldDefs): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const known = Object.keys(fields);
  const meant = new Set<string>();
  for (const name of Object.keys(data)) {
    if (Object.hasOwn(fields, name)) continue;
    const suggestion = closestMatch(name, known);
    if (suggestion) meant.add(suggestion);
    const hint = suggestion ? `did you mean "${suggestion}"?` : `allowed fields are ${known.join(', ')}`;
    problems.push({ field: name, message: `unknown field "${name}"; ${hint}` });
  }
  for (const [name, def] of Object.entries(fields)) {
    const value = data[name];
    if (value === undefined || value === null) {
      if (def.required && !meant.has(name)) problems.push({ field: name, message: `missing required field "${name}" (${def.description})` });
      continue;
    }
    const expected = Object.hasOwn(VALUE_RULES, name) ? VALUE_RULES[name]!(value) : checkFieldType(def, value);
    if (expected) problems.push({ field: name, message: `"${name}" must be ${expected}` });
  }
  return problems;
}

/**
 * Fields whose values no field type describes (they are `json` in ./schema.ts): what each must be,
 * or undefined when the value fits.
 */
const VALUE_RULES: Readonly<Record<string, (value: unknown) => string | undefined>> = {
  featured: (value) =>
    typeof value === 'boolean' || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_FEATURED_RANK)
      ? undefined
      : `true or a whole-number rank from 1 to ${MAX_FEATURED_RANK} (1 makes the story the lead; the others order the Editor's picks)`,
};

/** Returns what the field should have been, or undefined when the value fits its definition. */
function checkFieldType(def: FieldDef, value: unknown): string | undefined {
  switch (def.type) {
    case 'string':
      return typeof value === 'string' && value.trim() !== '' ? undefined : 'a non-empty text';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'true or false';
    case 'date':
      return isValidDate(value) ? undefined : 'an ISO 8601 date or date-time in the years 1000 to 9999, such as 2026-11-03 or 2026-11-03T09:30:00Z';
    case 'list': {
      // Lists of maps (corrections, updates) have their entries checked in notes-rules.ts.
      const item = 'of' in def ? def.of : undefined;
      if (item && 'type' in item && item.type === 'json') {
        return Array.isArray(value) && value.length > 0 ? undefined : 'a list of at least one entry, each with a "date" and a "text"';
      }
      const ok = Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && item.trim() !== '');
      return ok ? undefined : 'a list of at least one non-empty text, for example [first, second]';
    }
    case 'enum':
      return typeof value === 'string' && def.options.includes(value) ? undefined : enumExpectation(def.options, value);
    case 'json':
      return typeof value === 'object' && !Array.isArray(value) ? undefined : 'a map of names to values';
    case 'number':
      // Only page `order` is a number: a position, so a small whole number.
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_ORDER
        ? undefined
        : `a whole number from 0 to ${MAX_ORDER}, such as 10`;
    default:
      throw new Error(`The content rules do not know field type "${(def as { type: string }).type}"`);
  }
}

/** `"developing" (or left out)`, `one of "free", "premium"`; with the option a misspelt value resembles. */
function enumExpectation(options: readonly string[], value: unknown): string {
  const expected = options.length === 1 ? `"${options[0]}" (or left out)` : `one of ${options.map((option) => `"${option}"`).join(', ')}`;
  const suggestion = typeof value === 'string' ? closestMatch(value, options) : undefined;
  return suggestion ? `${expected}; did you mean "${suggestion}"?` : expected;
}

/**
 * Text every reader sees must be text: no control, bidirectional-override or invisible
 * characters and no half characters, wherever they appear in the frontmatter.
 */
export function checkTexts(texts: readonly FrontmatterText[]): FieldProblem[] {
  return texts.flatMap(({ field, value, line }) => {
    const reason = unsafeTextReason(value);
    return reason ? [{ field, line, message: `"${field}" ${reason}` }] : [];
  });
}

/** Sizes no newsroom reaches, so a hostile file cannot stall the build or flood every page. */
export function checkLimits(data: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, max] of Object.entries(MAX_TEXT_LENGTH)) {
    const value = data[field];
    if (typeof value === 'string' && [...value].length > max) {
      problems.push({ field, message: `"${field}" is ${[...value].length} characters long; at most ${max} are allowed` });
    }
  }
  const lists: Array<[field: string, max: number]> = [
    ['tags', MAX_TAGS_PER_ARTICLE],
    ['authors', MAX_AUTHORS_PER_ARTICLE],
    ['beats', MAX_TAGS_PER_ARTICLE],
  ];
  for (const [field, max] of lists) {
    const value = data[field];
    if (Array.isArray(value) && value.length > max) problems.push({ field, message: `"${field}" lists ${value.length} entries; at most ${max} are allowed` });
  }
  if (data.links && typeof data.links === 'object' && !Array.isArray(data.links)) {
    for (const [key, url] of Object.entries(data.links)) {
      if (typeof url === 'string' && [...url].length > MAX_TEXT_LENGTH.link!) {
        problems.push({ field: 'links', message: `link "${key}" is ${[...url].length} characters long; at most ${MAX_TEXT_LENGTH.link} are allowed` });
      }
    }
  }
  // An author's beats are tags too (they link to tag pages), so they have a tag's limits.
  for (const field of ['tags', 'beats']) {
    const list = data[field];
    if (!Array.isArray(list)) continue;
    for (const tag of list) {
      if (typeof tag !== 'string') continue;
      if ([...tag].length > MAX_TEXT_LENGTH.tag!) {
        problems.push({ field, message: `the tag "${tag.slice(0, 30)}…" is longer than ${MAX_TEXT_LENGTH.tag} characters; tags name topics in a few words` });
      } else if (utf8Bytes(tagSlug(tag)) > MAX_SLUG_BYTES) {
        problems.push({
          field,
          message: `the tag "${tag.slice(0, 30)}…" makes a page address of ${utf8Bytes(tagSlug(tag))} bytes (symbols and emoji are spelled out); at most ${MAX_SLUG_BYTES} are allowed, so use words`,
        });
      }
    }
  }
  return problems;
}

export const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;

/** Time-zone offsets in use run from -12:00 to +14:00. */
const MAX_OFFSET_HOURS = 14;

/**
 * Years a story can carry: feeds and JSON-LD write four-digit years, so 9999-12-31 at -14:00
 * (year 10000 in UTC) would publish an invalid date, and year 1 is a typo, not an archive.
 */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

/**
 * An ISO 8601 date or date-time that names a real calendar day, time and time-zone offset (no
 * 30 February, no +99:99), so the content compile and every later step read the same instant.
 */
export function isValidDate(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  const match = typeof value === 'string' ? ISO_8601.exec(value.trim()) : null;
  if (!match) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const [offsetHours = 0, offsetMinutes = 0] = match.slice(8, 10).map((part) => Number(part ?? 0));
  const calendarDay = new Date(Date.UTC(year!, month! - 1, day!));
  return (
    calendarDay.getUTCMonth() === month! - 1 &&
    calendarDay.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= MAX_OFFSET_HOURS &&
    offsetMinutes <= 59 &&
    yearInRange(Date.parse(value as string))
  );
}

/** The instant, in UTC, falls within the years feeds and structured data can write. */
function yearInRange(time: number): boolean {
  const year = new Date(time).getUTCFullYear();
  return !Number.isNaN(time) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

export function toTime(value: unknown): number {
  return value instanceof Date ? value.getTime() : Date.parse(String(value));
}
