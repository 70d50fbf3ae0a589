/**
 * `npm run build`: runs every build step (scripts/build/steps.ts) into a staging folder and
 * replaces out/ only when all of them passed. A failed or interrupted build names its step, exits
 * non-zero and leaves out/ as it was. Run a single step with its own script (`npm run build:feeds`).
 *
 * An incremental build renders only the pages whose content changed (scripts/build/plan-build.ts);
 * `--full` renders every page.
 *
 * Usage: tsx scripts/build.ts [--full]
 */
import { publicFolder } from '../lib/content/folders';
import { siteUrlWarning } from '../lib/site-url-warning';
import { siteConfig } from '../site.config';
import { BuildFailure, buildAndPublish, runCommand } from './build/run-build';
import { buildSteps } from './build/steps';

const stop = new AbortController();
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
for (const name of Object.keys(SIGNAL_EXIT_CODES) as Array<keyof typeof SIGNAL_EXIT_CODES>) {
  // The running step gets the signal too (or is sent one); the build then restores out/ and ends.
  process.on(name, () => stop.abort(name));
}

try {
  await buildAndPublish({
    root: process.cwd(),
    steps: (stagingDir) => buildSteps(stagingDir, publicFolder(), { full: process.argv.includes('--full') }),
    run: runCommand,
    signal: stop.signal,
  });
  // Last, where a build log is read: the published site would link to this machine.
  const warning = siteUrlWarning(process.env, siteConfig.url);
  if (warning) console.error(warning);
} catch (error) {
  if (!(error instanceof BuildFailure)) throw error;
  console.error(`\n✗ ${error.message}`);
  process.exitCode = stop.signal.aborted ? SIGNAL_EXIT_CODES[stop.signal.reason as keyof typeof SIGNAL_EXIT_CODES] : 1;
}
