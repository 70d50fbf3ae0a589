import { availableParallelism } from 'node:os';
import { runInWorkers } from '../worker-pool';
import type { MdxAnalysis } from './mdx-analysis';

/*
 * Markdown parsing time can grow much faster than a file: the text scan before parsing
 * (body-prescan.ts) refuses the shapes we know, but a red-team found others (2,400 lines of
 * "- > a" took 7 s, twice that 64 s; emphasis runs exhaust the stack after minutes). So bodies are
 * read in worker threads, one per core, each body against a deadline: a body that takes longer is
 * refused, naming its file, and its worker is replaced. A file can no longer hold the check, or the
 * build behind it, for hours. The build's content compile reads bodies under the same deadline
 * (scripts/compile/compile-pool.ts).
 */

/** Ordinary bodies take milliseconds; this leaves room for a slow, shared machine. */
export const DEFAULT_BODY_DEADLINE_MS = 20_000;

/** The deadline in force: NEWSDESK_CHECK_BODY_DEADLINE_MS shortens it, for tests. */
export const bodyDeadlineMs = () => Number(process.env.NEWSDESK_CHECK_BODY_DEADLINE_MS) || DEFAULT_BODY_DEADLINE_MS;

export interface BodyToAnalyse {
  key: string;
  body: string;
}

const WORKER_FILE = new URL('./analysis-worker.mjs', import.meta.url);

/** The analysis of a body that ran out of time: its one issue says why it is refused. */
export const tooSlow = (deadlineMs: number): MdxAnalysis => ({
  analystComments: [],
  mastheads: [],
  references: [],
  leadParagraph: '',
  issues: [
    {
      line: undefined,
      message: `the body took more than ${deadlineMs / 1000} s to read, so its formatting is too complex to publish safely; simplify nested lists, quotes and emphasis`,
    },
  ],
});

/** Analyses every body in parallel; resolves to one analysis per key. */
export async function analyseBodies(bodies: readonly BodyToAnalyse[], deadlineMs = DEFAULT_BODY_DEADLINE_MS): Promise<Map<string, MdxAnalysis>> {
  // No worker to start (each costs a second of loading) when there is nothing to read.
  if (bodies.length === 0) return new Map();
  const analyses = await runInWorkers<BodyToAnalyse, MdxAnalysis>(WORKER_FILE, bodies, availableParallelism(), {
    deadline: { ms: deadlineMs, output: () => tooSlow(deadlineMs) },
    nameOf: ({ key }) => key,
  });
  return new Map(bodies.map(({ key }, index) => [key, analyses[index]!]));
}
