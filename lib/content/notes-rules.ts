import { closestMatch } from './closest-match';
import type { FieldProblem } from './field-rules';
import { isValidDate, toTime } from './field-rules';
import { MAX_NOTE_LENGTH, MAX_NOTES_PER_LIST } from './limits';

/*
 * `corrections` and `updates`: lists of dated notes, each a map of exactly `date` and `text`.
 * The schema (field-rules.ts) only knows they are lists; each entry is checked here and every
 * problem names the entry's own line. The text is plain text: the page, the structured data and
 * the feeds show it as written, so a note cannot carry markup, links or code anywhere.
 */

export const NOTE_LISTS = ['corrections', 'updates'] as const;
export type NoteList = (typeof NOTE_LISTS)[number];
const NOTE_KEYS = ['date', 'text'] as const;

/** What each list is, in an author's words, for messages. */
const NOUN: Record<NoteList, string> = { corrections: 'correction', updates: 'update' };

export interface NoteRuleInput {
  data: Record<string, unknown>;
  /** Frontmatter lines of `corrections[0]` and `corrections[0].text` (lib/content/frontmatter.ts). */
  entryLines: ReadonlyMap<string, number>;
  /** The build's clock: a published story's notes cannot be dated after it. */
  now: Date;
}

const isMapping = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every problem of every entry of `corrections` and `updates`; an absent list has none. */
export function checkNotes({ data, entryLines, now }: NoteRuleInput): FieldProblem[] {
  const published = isValidDate(data.date) && toTime(data.date) <= now.getTime();
  return NOTE_LISTS.flatMap((field) => {
    const entries = data[field];
    // Not a list at all is the schema's problem (field-rules.ts), reported there once.
    if (!Array.isArray(entries)) return [];
    if (entries.length > MAX_NOTES_PER_LIST) {
      return [{ field, message: `"${field}" lists ${entries.length} entries; at most ${MAX_NOTES_PER_LIST} are allowed` }];
    }
    return entries.flatMap((entry, index) => {
      const at = (key?: string) => entryLines.get(`${field}[${index}]${key ? `.${key}` : ''}`) ?? entryLines.get(`${field}[${index}]`);
      const problem = (message: string, key?: string): FieldProblem => ({ field, line: at(key), message: `${NOUN[field]} ${index + 1}: ${message}` });
      if (!isMapping(entry)) {
        return [problem(`each entry of "${field}" is a "date" and a "text", written "- date: 2026-11-03" with "text: …" on the next line, indented to match`)];
      }
      return [
        ...keyProblems(entry, problem),
        ...dateProblems(entry.date, { data, now, published, noun: NOUN[field] }, problem),
        ...textProblems(entry.text, problem),
      ];
    });
  });
}

const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

type ProblemAt = (message: string, key?: string) => FieldProblem;

function keyProblems(entry: Record<string, unknown>, problem: ProblemAt): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const meant = new Set<string>();
  for (const key of Object.keys(entry)) {
    if ((NOTE_KEYS as readonly string[]).includes(key)) continue;
    const suggestion = closestMatch(key, NOTE_KEYS);
    if (suggestion) meant.add(suggestion);
    problems.push(problem(`unknown key "${key}"; ${suggestion ? `did you mean "${suggestion}"?` : 'an entry has only "date" and "text"'}`, key));
  }
  for (const key of NOTE_KEYS) {
    if ((entry[key] === undefined || entry[key] === null) && !meant.has(key)) problems.push(problem(`missing "${key}"`));
  }
  return problems;
}

interface DateContext {
  data: Record<string, unknown>;
  now: Date;
  published: boolean;
  noun: string;
}

function dateProblems(value: unknown, { data, now, published, noun }: DateContext, problem: ProblemAt): FieldProblem[] {
  if (value === undefined || value === null) return [];
  if (!isValidDate(value)) {
    return [problem('"date" must be an ISO 8601 date or date-time in the years 1000 to 9999, such as 2026-11-03 or 2026-11-03T09:30:00Z', 'date')];
  }
  if (isValidDate(data.date) && toTime(value) < toTime(data.date)) {
    return [problem(`"date" ${String(value)} is earlier than the article's "date"; ${withArticle(noun)} comes at or after publication`, 'date')];
  }
  // A scheduled story may be prepared with its notes ahead; a published one only records the past.
  if (published && toTime(value) > now.getTime()) {
    return [
      problem(
        `"date" ${String(value)} is after the time of this build (${now.toISOString()}); a published story cannot carry ${withArticle(noun)} from the future`,
        'date',
      ),
    ];
  }
  return [];
}

function textProblems(value: unknown, problem: ProblemAt): FieldProblem[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'string' || value.trim() === '')
    return [problem('"text" must be a non-empty text; put it in quotes if it starts with a symbol', 'text')];
  const length = [...value].length;
  return length > MAX_NOTE_LENGTH ? [problem(`"text" is ${length} characters long; at most ${MAX_NOTE_LENGTH} are allowed`, 'text')] : [];
}
