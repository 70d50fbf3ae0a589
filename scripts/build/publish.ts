/**
 * Replaces out/ with a freshly built site in one step, or not at all.
 *
 * The site is built in `.publish/staging` and moved onto out/ with renames, which are atomic on
 * one filesystem (`.publish/` sits next to out/ in the project root, and is gitignored, so neither
 * git nor Tailwind's source scan sees it). out/ itself is never written while the steps run; as a
 * safety net against a step that writes there anyway (say, an export that lost its staging
 * setting), a hard-linked snapshot of out/ is taken first, so out/ can be put back as it was at no
 * cost in disk space. Hard links share their file's bytes, so what it puts back is every file a
 * step added, removed or replaced; a file rewritten in place stays rewritten, and the build fails
 * saying a step wrote into out/. Every state a killed build can leave behind is recognised and
 * undone by `recoverInterruptedPublish` at the start of the next build.
 */
import { existsSync, lstatSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { linkTree } from './link-tree';

export interface PublishFolders {
  /** The published site. */
  out: string;
  /** The site being built. */
  staging: string;
  /** Hard links to out/ as it was when the build started; complete, or absent. */
  snapshot: string;
  /** A snapshot being made, never trusted. */
  partialSnapshot: string;
  /** The previous out/, moved aside during the swap: the site to fall back to until the swap ends. */
  retired: string;
  /** Anything on its way to deletion; never needed again. */
  discarded: string;
}

export const PUBLISH_DIR = '.publish';

export function publishFolders(root: string): PublishFolders {
  const work = join(root, PUBLISH_DIR);
  return {
    out: join(root, 'out'),
    staging: join(work, 'staging'),
    snapshot: join(work, 'snapshot'),
    partialSnapshot: join(work, 'snapshot.partial'),
    retired: join(work, 'retired'),
    discarded: join(work, 'discarded'),
  };
}

const remove = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** Each file and folder under `dir` with the inode, size and modification time it has now. */
export function fingerprint(dir: string): Map<string, string> {
  const prints = new Map<string, string>();
  if (!existsSync(dir)) return prints;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const stats = lstatSync(path);
    // A folder's own times change whenever an entry is added or removed, which its entries show.
    prints.set(relative(dir, path), entry.isDirectory() ? 'dir' : `${stats.ino}:${stats.size}:${stats.mtimeMs}`);
  }
  return prints;
}

export function sameFingerprint(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([path, print]) => b.get(path) === print);
}

/** What differs between two fingerprints of a folder, as "path added/removed/changed", the first `most` of them. */
export function changedPaths(before: Map<string, string>, after: Map<string, string>, most = 5): string[] {
  const changes: string[] = [];
  for (const [path, print] of after) {
    if (changes.length >= most) return changes;
    if (!before.has(path)) changes.push(`${path} added`);
    else if (before.get(path) !== print) changes.push(`${path} changed`);
  }
  for (const path of before.keys()) {
    if (changes.length >= most) return changes;
    if (!after.has(path)) changes.push(`${path} removed`);
  }
  return changes;
}

/**
 * Snapshots out/ (if there is one) and returns its fingerprint, to tell later whether a step
 * touched it. The snapshot gets its final name only when complete, so a half-made one is never
 * mistaken for the site.
 */
export function snapshotOut(folders: PublishFolders): Map<string, string> {
  remove(folders.partialSnapshot);
  if (!existsSync(folders.out)) return new Map();
  linkTree(folders.out, folders.partialSnapshot);
  renameSync(folders.partialSnapshot, folders.snapshot);
  return fingerprint(folders.out);
}

/** Puts the snapshot back as out/ if out/ no longer matches it; true when it had to. */
function restoreSnapshotIfChanged(folders: PublishFolders, outBefore?: Map<string, string>): boolean {
  if (!existsSync(folders.snapshot)) return false;
  const before = outBefore ?? fingerprint(folders.snapshot);
  const changed = !sameFingerprint(before, fingerprint(folders.out));
  if (changed) {
    remove(folders.discarded);
    if (existsSync(folders.out)) renameSync(folders.out, folders.discarded);
    renameSync(folders.snapshot, folders.out);
  }
  remove(folders.snapshot);
  remove(folders.discarded);
  return changed;
}

/**
 * After a failed build: out/ as it was before the build, the staging folder gone. `outBefore` is
 * out/'s fingerprint from `snapshotOut`; a build that started without out/ ends without one.
 */
export function abandonBuild(folders: PublishFolders, outBefore: Map<string, string>): { restored: boolean } {
  remove(folders.staging);
  if (outBefore.size === 0 && !existsSync(folders.snapshot)) {
    const created = existsSync(folders.out);
    remove(folders.out);
    return { restored: created };
  }
  return { restored: restoreSnapshotIfChanged(folders, outBefore) };
}

/**
 * The staging folder becomes out/. Signal handlers cannot run between these synchronous renames;
 * only a hard kill can stop the swap half-way, which the next build's recovery undoes. The
 * previous site and the snapshot are left aside for `removeRetiredSite`: readers see the new site
 * from the last rename, and deleting 72,000 files (20,000 articles) need not delay that.
 */
export function swapInStaging(folders: PublishFolders) {
  remove(folders.discarded);
  if (existsSync(folders.snapshot)) renameSync(folders.snapshot, folders.discarded);
  remove(folders.retired);
  if (existsSync(folders.out)) renameSync(folders.out, folders.retired);
  renameSync(folders.staging, folders.out);
}

/** After the swap: the previous site and the snapshot are deleted (a killed build's recovery does it otherwise). */
export function removeRetiredSite(folders: PublishFolders) {
  remove(folders.retired);
  remove(folders.discarded);
}

/**
 * Undoes whatever a killed build left: returns what it did, one line each, for the log. Safe to
 * run at any time no build is running, and again after being killed itself.
 */
export function recoverInterruptedPublish(folders: PublishFolders): string[] {
  const done: string[] = [];
  for (const leftover of [folders.staging, folders.partialSnapshot, folders.discarded]) {
    if (existsSync(leftover)) done.push(`removed the unfinished ${relative(join(folders.out, '..'), leftover)}`);
    remove(leftover);
  }
  if (existsSync(folders.retired)) {
    if (existsSync(folders.out)) {
      remove(folders.retired);
      done.push('finished the previous publish (removed the retired site)');
    } else {
      renameSync(folders.retired, folders.out);
      done.push('put back out/, which an interrupted publish had moved aside');
    }
  }
  if (existsSync(folders.snapshot)) {
    const restored = restoreSnapshotIfChanged(folders);
    done.push(restored ? 'restored out/ from the snapshot an interrupted build took' : 'removed the snapshot an interrupted build took');
  }
  return done;
}
