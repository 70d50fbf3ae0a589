import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { type ContentWatch, runOnEveryChange } from '../../scripts/preview/watch-content';

let folder = '';
let watching: ContentWatch | undefined;
afterEach(async () => {
  await watching?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Waits until `test` holds, for at most `seconds`. */
async function until(test: () => boolean, seconds = 10) {
  const deadline = Date.now() + seconds * 1000;
  while (!test() && Date.now() < deadline) await sleep(50);
}

describe('runOnEveryChange (the preview watchers)', () => {
  it('runs again for a file saved while the first run was under way', async () => {
    folder = mkdtempSync(join(tmpdir(), 'newsdesk-watch-'));
    const story = join(folder, 'story.mdx');
    writeFileSync(story, 'first draft');
    let runs = 0;
    watching = await runOnEveryChange([folder], async () => {
      runs += 1;
      // The author saves after this run has read the files and before it ends.
      if (runs === 1) writeFileSync(story, 'second draft');
      await sleep(50);
    });
    await until(() => runs >= 2);
    expect(runs).toBe(2);
  });

  it('runs one step at a time, and once more for the changes made during a run', async () => {
    folder = mkdtempSync(join(tmpdir(), 'newsdesk-watch-'));
    let runs = 0;
    let atOnce = 0;
    let mostAtOnce = 0;
    watching = await runOnEveryChange([folder], async () => {
      runs += 1;
      atOnce += 1;
      mostAtOnce = Math.max(mostAtOnce, atOnce);
      // The second run lasts well past both saves below, however late a loaded machine reports them.
      await sleep(runs === 2 ? 3000 : 10);
      atOnce -= 1;
    });
    writeFileSync(join(folder, 'one.mdx'), '1');
    await until(() => runs === 2);
    // Saved while the second run is under way, far enough apart to be separate changes.
    for (const name of ['two.mdx', 'three.mdx']) {
      writeFileSync(join(folder, name), name);
      await sleep(400);
    }
    await until(() => runs >= 3 && atOnce === 0);
    await sleep(500);
    expect({ runs, mostAtOnce }).toEqual({ runs: 3, mostAtOnce: 1 });
  });
});
