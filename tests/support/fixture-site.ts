/*
 * The site the browser and site tests run against: tests/fixtures/site, built as of a fixed time,
 * so `npm test` passes whatever content/ holds and time-dependent pages (the News sitemap's
 * two-day window, scheduled stories) come out the same every day. lib/content/folders.ts and
 * lib/build-clock.ts read these variables.
 *
 * Usage: tsx tests/support/fixture-site.ts <command> [args…]   runs the command with this environment.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BUILD_TIME_VARIABLE } from '../../lib/build-clock';
import { CONTENT_DIR_VARIABLE, PUBLIC_DIR_VARIABLE } from '../../lib/content/folders';
import { SEARCH_SHARD_VARIABLE } from '../../scripts/build/steps';

export const FIXTURE_SITE_ENV = {
  [CONTENT_DIR_VARIABLE]: 'tests/fixtures/site/content',
  [PUBLIC_DIR_VARIABLE]: 'tests/fixtures/site/public',
  // Fixture stories are dated up to the day before; a few are scheduled after it.
  [BUILD_TIME_VARIABLE]: '2026-06-15T12:00:00Z',
  // Eight articles a search shard: the fixture's stories make several shards, so the browser tests
  // search across shards as readers of a large archive do (lib/build-plan/search-shards.ts).
  [SEARCH_SHARD_VARIABLE]: '8',
} as const;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error('Usage: tsx tests/support/fixture-site.ts <command> [args…]');
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...FIXTURE_SITE_ENV } });
  process.exit(result.status ?? 1);
}
