/*
 * A throwaway copy of the project with a content tree of its own, for tests that must run the real
 * build on content that must never be committed as sample content (hostile files, fixtures).
 * node_modules is linked, not copied; build output stays inside the copy.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What a copy does not take from the project: outputs, caches, history, and the content itself. */
const LEFT_OUT = new Set(['node_modules', '.git', '.next', '.newsdesk', 'out', 'content', 'test-results', 'playwright-report']);

export interface ScratchProject {
  root: string;
  run: (command: string, env?: Record<string, string>) => SpawnSyncReturns<string>;
  remove: () => void;
}

/** Copies the project without its content, puts `contentDir` in its place and lays `publicOverlay` over public/. */
export function scratchProject(contentDir: string, publicOverlay?: string): ScratchProject {
  const root = mkdtempSync(join(tmpdir(), 'newsdesk-scratch-'));
  for (const entry of readdirSync(PROJECT_ROOT)) {
    if (!LEFT_OUT.has(entry) && !entry.startsWith('.newsdesk'))
      cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true, verbatimSymlinks: true });
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
  cpSync(contentDir, join(root, 'content'), { recursive: true });
  if (publicOverlay) cpSync(publicOverlay, join(root, 'public'), { recursive: true });
  return {
    root,
    run: (command, env = {}) =>
      spawnSync('bash', ['-c', command], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
        maxBuffer: 64 * 1024 * 1024,
      }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
