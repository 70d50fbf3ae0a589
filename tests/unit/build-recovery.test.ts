import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PublishFolders, publishFolders, recoverInterruptedPublish, snapshotOut } from '@/scripts/build/publish';

/* Each test leaves the folders as a build killed at one moment would, then runs the next build's recovery. */
let root: string;
let folders: PublishFolders;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'newsdesk-recover-'));
  folders = publishFolders(root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function site(dir: string, home: string) {
  mkdirSync(join(dir, 'articles'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), home);
  writeFileSync(join(dir, 'articles', 'a.html'), `${home}: article`);
}
const home = () => readFileSync(join(folders.out, 'index.html'), 'utf8');
const leftovers = () => readdirSync(join(root, '.publish'));

describe('recovery from a killed build', () => {
  it('with nothing left behind, does nothing', () => {
    site(folders.out, 'old');
    expect(recoverInterruptedPublish(folders)).toEqual([]);
    expect(home()).toBe('old');
  });

  it('killed while the steps ran: removes staging and the snapshot, and leaves out/ itself alone', () => {
    site(folders.out, 'old');
    const inode = statSync(join(folders.out, 'index.html')).ino;
    snapshotOut(folders);
    site(folders.staging, 'half-built');
    mkdirSync(folders.partialSnapshot, { recursive: true });
    expect(recoverInterruptedPublish(folders)).toEqual([
      'removed the unfinished .publish/staging',
      'removed the unfinished .publish/snapshot.partial',
      'removed the snapshot an interrupted build took',
    ]);
    expect(statSync(join(folders.out, 'index.html')).ino).toBe(inode);
    expect(leftovers()).toEqual([]);
  });

  it('killed after a step deleted out/: puts out/ back from the snapshot', () => {
    site(folders.out, 'old');
    snapshotOut(folders);
    rmSync(folders.out, { recursive: true });
    site(folders.out, 'half-exported');
    rmSync(join(folders.out, 'articles'), { recursive: true });
    expect(recoverInterruptedPublish(folders)).toEqual(['restored out/ from the snapshot an interrupted build took']);
    expect(home()).toBe('old');
    expect(readFileSync(join(folders.out, 'articles', 'a.html'), 'utf8')).toBe('old: article');
    expect(leftovers()).toEqual([]);
  });

  it('killed between the two renames of the swap: puts the previous site back as out/', () => {
    site(folders.out, 'old');
    snapshotOut(folders);
    site(folders.staging, 'new');
    renameSync(folders.snapshot, folders.discarded);
    renameSync(folders.out, folders.retired);
    expect(recoverInterruptedPublish(folders)).toEqual([
      'removed the unfinished .publish/staging',
      'removed the unfinished .publish/discarded',
      'put back out/, which an interrupted publish had moved aside',
    ]);
    expect(home()).toBe('old');
    expect(leftovers()).toEqual([]);
  });

  it('killed after the swap, before tidying up: keeps the new site', () => {
    site(folders.retired, 'old');
    site(folders.out, 'new');
    expect(recoverInterruptedPublish(folders)).toEqual(['finished the previous publish (removed the retired site)']);
    expect(home()).toBe('new');
    expect(existsSync(folders.retired)).toBe(false);
  });

  it('killed while restoring after a failure (out/ already moved aside): finishes the restore', () => {
    site(folders.out, 'old');
    snapshotOut(folders);
    renameSync(folders.out, folders.discarded);
    expect(recoverInterruptedPublish(folders)).toEqual([
      'removed the unfinished .publish/discarded',
      'restored out/ from the snapshot an interrupted build took',
    ]);
    expect(home()).toBe('old');
    expect(leftovers()).toEqual([]);
  });
});
