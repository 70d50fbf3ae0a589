import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planSocialCards } from '@/lib/social-cards';
import { drawInWorkers } from '@/scripts/cards/draw-pool';

/*
 * The share-card step's workers, for real: each card drawn on a worker thread lands at its path,
 * and a card that cannot be finished fails the step naming its content file.
 */
const scratch = mkdtempSync(join(tmpdir(), 'card-pool-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const jobs = planSocialCards(
  ['一', 'two', 'three'].map((word, index) => ({
    slug: `pool-${index}`,
    contentFile: `content/articles/2026/pool-${index}.mdx`,
    // A title no earlier run drew, so the workers draw rather than read the cache.
    title: `Pool test ${word} ${process.pid} ${Date.now()}`,
    date: '2026-05-01T08:00:00.000Z',
    authorNames: ['Ana Ruiz'],
  })),
  'Newsdesk',
);

const pngSize = (file: string) => {
  const png = readFileSync(file);
  return { signature: png.subarray(1, 4).toString(), width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

describe('share card workers', () => {
  it('draw every planned card into the site folder, at its path', async () => {
    const site = join(scratch, 'site');
    await drawInWorkers(jobs, site, 2);
    for (const job of jobs) expect(pngSize(join(site, job.file)), job.file).toEqual({ signature: 'PNG', width: 1200, height: 630 });
  }, 120_000);

  it('fail with the content file of a card that could not be written', async () => {
    // A file where the card's folder should be: the worker cannot write it.
    const site = join(scratch, 'blocked');
    writeFileSync(site, 'not a folder');
    await expect(drawInWorkers(jobs.slice(1, 2), site, 1)).rejects.toThrow(
      /^content\/articles\/2026\/pool-1\.mdx: its share card could not be written: ENOTDIR/,
    );
  }, 120_000);
});
