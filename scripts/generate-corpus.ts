/**
 * Writes a synthetic corpus into a project copy, for benchmarks and scale checks: N articles of
 * about 800 words with a table and an analyst comment, spread over 20 authors, 100 tags and two
 * years. The output is deterministic for a given N (seeded random numbers).
 *
 * Usage: tsx scripts/generate-corpus.ts <project-root> <articles>
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { SENTIMENTS } from '../lib/sentiment';

const [root, countArgument] = process.argv.slice(2);
const count = Number(countArgument);
if (!root || !Number.isInteger(count) || count < 1) {
  console.error('Usage: tsx scripts/generate-corpus.ts <project-root> <articles>');
  process.exit(1);
}

/** mulberry32: a tiny seeded generator, so every run writes the same corpus. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(count);
const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;

const WORDS = (
  'market grid battery chip policy investor regulator supply demand capacity factory export energy climate ' +
  'price output growth forecast quarter revenue margin contract auction network storage model data cloud ' +
  'security attack insurer hospital satellite launch orbit fund venture round valuation listing exchange ' +
  'inflation rate bond yield currency tariff subsidy plant project permit transmission utility customer'
).split(' ');

const sentence = () => {
  const words = Array.from({ length: 12 + Math.floor(next() * 10) }, () => pick(WORDS));
  return `${words[0]!.charAt(0).toUpperCase()}${words.join(' ').slice(1)}.`;
};
const paragraph = () => Array.from({ length: 5 }, sentence).join(' ');

const authors = Array.from({ length: 20 }, (_, index) => `author-${String(index + 1).padStart(2, '0')}`);
const tags = Array.from({ length: 100 }, (_, index) => `Topic ${index + 1}`);
const start = Date.parse('2024-11-01T00:00:00Z');
const twoYears = 2 * 365 * 24 * 3600 * 1000;

const contentDir = join(root, 'content');
rmSync(contentDir, { recursive: true, force: true });
mkdirSync(join(contentDir, 'authors'), { recursive: true });
for (const slug of authors) {
  writeFileSync(
    join(contentDir, 'authors', `${slug}.mdx`),
    `---\n${yaml.dump({ name: `Writer ${slug.slice(-2)}`, role: 'Correspondent' })}---\n\n${paragraph()}\n`,
  );
}

for (let index = 0; index < count; index += 1) {
  const date = new Date(start + Math.floor(next() * twoYears));
  const slug = `story-${String(index + 1).padStart(6, '0')}`;
  const frontmatter = {
    title: `${sentence().slice(0, 60).replace(/\.$/, '')} ${index + 1}`,
    date: date.toISOString(),
    authors: [pick(authors)],
    tags: [...new Set([pick(tags), pick(tags), pick(tags)])],
    summary: sentence(),
  };
  const table = [
    '| Item | Before | After |',
    '| --- | ---: | ---: |',
    ...Array.from({ length: 4 }, () => `| ${pick(WORDS)} | ${Math.floor(next() * 100)} | ${Math.floor(next() * 100)} |`),
  ].join('\n');
  const body = [
    paragraph(),
    paragraph(),
    '## Background',
    paragraph(),
    paragraph(),
    table,
    '## What comes next',
    paragraph(),
    paragraph(),
    paragraph(),
    `<AnalystComment sentiment="${pick(SENTIMENTS)}" headline="${sentence().slice(0, 50).replace(/\.$/, '')}">\n${paragraph()}\n</AnalystComment>`,
  ].join('\n\n');
  const folder = join(contentDir, 'articles', String(date.getUTCFullYear()));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${slug}.mdx`), `---\n${yaml.dump(frontmatter, { lineWidth: -1 })}---\n\n${body}\n`);
}
console.log(`Wrote ${count} articles by ${authors.length} authors over ${tags.length} tags into ${contentDir}`);
