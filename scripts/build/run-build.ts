/**
 * Runs the build steps into the staging folder and publishes the result onto out/ only when every
 * step passed. Whatever fails, or stops the build, out/ is left as it was and the error names the
 * step. How a step is run is passed in: a child process for `npm run build` (runCommand), a
 * measured one for the benchmark, small stand-ins in the tests.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { BUILD_TIME_VARIABLE, buildTime } from '../../lib/build-clock';
import { forgetBuildState, keepBuildState } from './build-state';
import { abandonBuild, changedPaths, fingerprint, publishFolders, recoverInterruptedPublish, removeRetiredSite, snapshotOut, swapInStaging } from './publish';
import { type BuildStep, describeCommand } from './steps';

/**
 * Runs one step in `cwd`; rejects (with the exit code or signal in the message) when it fails.
 * `signal` aborts when the build stops or a step of the same stage has failed.
 */
export type StepRunner = (step: BuildStep, cwd: string, signal: AbortSignal) => Promise<void>;

export class BuildFailure extends Error {
  constructor(
    message: string,
    /** The step that failed, if a step did. */
    readonly step?: BuildStep,
  ) {
    super(message);
    this.name = 'BuildFailure';
  }
}

export interface BuildOptions {
  root: string;
  /** The steps, given the staging folder relative to `root`. */
  steps: (stagingDir: string) => BuildStep[];
  run: StepRunner;
  /** Aborting stops the running step and the build; the reason should name the signal. */
  signal?: AbortSignal;
  log?: (line: string) => void;
}

/** When the new site was in out/, and when the build had also deleted the previous one, in seconds from its start. */
export interface PublishTimes {
  publishedSeconds: number;
  finishedSeconds: number;
}

/** Builds and publishes; on failure throws a BuildFailure after putting out/ back as it was. */
export async function buildAndPublish({ root, steps, run, signal, log = console.log }: BuildOptions): Promise<PublishTimes> {
  const buildStarted = performance.now();
  const time = fixedBuildTime();
  const folders = publishFolders(root);
  for (const line of recoverInterruptedPublish(folders)) log(`Recovered from an interrupted build: ${line}.`);
  const stagingDir = relative(root, folders.staging);
  const list = withBuildTime(steps(stagingDir), time);
  const snapshotting = performance.now();
  const outBefore = snapshotOut(folders);
  log(`✓ out/ kept aside, for a failed build to put back, in ${secondsSince(snapshotting)}`);

  const fail = (message: string, step?: BuildStep): never => {
    const { restored } = abandonBuild(folders, outBefore);
    const hadSite = outBefore.size > 0;
    const outcome = !restored
      ? 'out/ was not touched.'
      : hadSite
        ? 'out/ was restored to the site it held before this build.'
        : 'out/, which a step created, was removed again: there was none before this build.';
    throw new BuildFailure(`${message}\n${outcome}`, step);
  };

  for (const stage of stagesOf(list)) {
    const names = stage.map((step) => `${list.indexOf(step) + 1}`).join(', ');
    const position = `step${stage.length > 1 ? 's' : ''} ${names} of ${list.length}, ${stage.map((step) => step.name).join(' and ')}`;
    if (signal?.aborted) fail(`Build stopped by ${String(signal.reason)} before ${position}.`);
    for (const step of stage) log(`\n▶ [${list.indexOf(step) + 1}/${list.length}] ${step.name}: ${describeCommand(step)}`);
    const failure = await runStage(
      stage,
      async (step, stepSignal) => {
        const started = performance.now();
        await run(step, root, stepSignal);
        log(`✓ ${step.name} in ${secondsSince(started)}`);
      },
      signal,
    );
    if (failure) {
      const { step, error } = failure;
      const at = `step ${list.indexOf(step) + 1} of ${list.length}, ${step.name}`;
      const reason = signal?.aborted ? `stopped by ${String(signal.reason)}` : `failed: ${error.message}`;
      fail(`Build ${reason}\n  at ${at} (${describeCommand(step)}).`, step);
    }
  }
  /*
   * Once, after the last step: every file and folder of out/ against the fingerprint taken before
   * the first. Checking out/'s folders after each stage as well named the stage, but cost 0.6 s a
   * stage at 20,000 articles (4 s of a correction), for a mistake in our own steps that this check
   * catches anyway, and the snapshot undoes.
   */
  const guarding = performance.now();
  const changed = changedPaths(outBefore, fingerprint(folders.out));
  if (changed.length > 0) {
    fail(
      `Build failed: a step changed out/ instead of writing into ${stagingDir} (${changed.map((path) => `out/${path}`).join(', ')}); out/ must change only when the build publishes.`,
    );
  }
  log(`✓ out/ untouched by the steps (checked in ${secondsSince(guarding)})`);
  if (!existsSync(folders.staging)) fail(`Build failed: the steps left no site in ${stagingDir}, so there is nothing to publish.`);
  const swapping = performance.now();
  // The kept build state must always describe out/ (scripts/build/build-state.ts).
  forgetBuildState(root);
  swapInStaging(folders);
  keepBuildState(root);
  log(`✓ ${stagingDir} swapped in and the build state kept, in ${secondsSince(swapping)}`);
  const publishedSeconds = (performance.now() - buildStarted) / 1000;
  log(`\n✓ Built and published in ${publishedSeconds.toFixed(1)} s: ${stagingDir} replaced out/.`);
  const removing = performance.now();
  try {
    removeRetiredSite(folders);
    log(`✓ Previous site deleted in ${secondsSince(removing)}.`);
  } catch (error) {
    // The new site is published; what is left of the old one, the next build's recovery deletes.
    log(`The previous site was not all deleted (${(error as Error).message}); the next build will finish deleting it.`);
  }
  return { publishedSeconds, finishedSeconds: (performance.now() - buildStarted) / 1000 };
}

/** The build's steps in stages: a step that runs with the previous one joins that step's stage. */
export function stagesOf(steps: BuildStep[]): BuildStep[][] {
  const stages: BuildStep[][] = [];
  for (const step of steps) {
    const current = stages.at(-1);
    if (step.withPrevious && current) current.push(step);
    else stages.push([step]);
  }
  return stages;
}

/**
 * Runs a stage's steps at once and returns the failure to report, if any. When a step fails, the
 * steps listed after it are stopped, and those listed before it run to the end and are reported
 * instead if they fail too: the failure reported is the first listed, whichever step trips first.
 */
async function runStage(
  stage: BuildStep[],
  run: (step: BuildStep, signal: AbortSignal) => Promise<void>,
  buildSignal?: AbortSignal,
): Promise<{ step: BuildStep; error: Error } | undefined> {
  const stops = stage.map(() => new AbortController());
  const outcomes = await Promise.all(
    stage.map((step, index) => {
      const signal = buildSignal ? AbortSignal.any([buildSignal, stops[index]!.signal]) : stops[index]!.signal;
      return run(step, signal).then(
        () => undefined,
        (error: unknown) => {
          for (const later of stops.slice(index + 1)) later.abort(`${step.name} failed`);
          return error instanceof Error ? error : new Error(String(error));
        },
      );
    }),
  );
  const index = outcomes.findIndex((outcome) => outcome !== undefined);
  return index === -1 ? undefined : { step: stage[index]!, error: outcomes[index]! };
}

const secondsSince = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

function fixedBuildTime(): string {
  try {
    return buildTime().toISOString();
  } catch (error) {
    throw new BuildFailure(`Build not started: ${(error as Error).message}\nout/ was not touched.`);
  }
}

/**
 * Every step gets the same build time (lib/build-clock.ts): the one this build was given in
 * NEWSDESK_BUILD_TIME, or the time it started. It is part of each step's command line, so a
 * failed step copied from the log runs again as of the same moment.
 */
export function withBuildTime(steps: BuildStep[], time: string): BuildStep[] {
  return steps.map((step) => ({ ...step, env: { [BUILD_TIME_VARIABLE]: time, ...step.env } }));
}

/**
 * The environment a step runs in: this process's, the step's own, the project's tools first on the
 * PATH, and PWD set to the folder it runs in. Some tools take the project folder from PWD before
 * process.cwd(), as contentlayer2 did; a shell (npm run) sets PWD, but a program started directly
 * inherits ours, and the benchmark's steps then compiled the content of the folder it was started in.
 */
export function stepEnvironment(step: BuildStep, cwd: string): NodeJS.ProcessEnv {
  return { ...process.env, ...step.env, PWD: cwd, PATH: `${join(cwd, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };
}

/** Runs a step as a child process in its environment (stepEnvironment); stops it on abort. */
export function runCommand(step: BuildStep, cwd: string, signal?: AbortSignal): Promise<void> {
  const [program, ...args] = step.command;
  const env = stepEnvironment(step, cwd);
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error(`not started: ${String(signal.reason)}`));
    const child = spawn(program!, args, { cwd, env, stdio: 'inherit' });
    const stop = () => child.kill('SIGTERM');
    signal?.addEventListener('abort', stop, { once: true });
    child.on('error', reject);
    child.on('close', (code, killedBy) => {
      signal?.removeEventListener('abort', stop);
      if (code === 0) resolve();
      else reject(new Error(killedBy ? `killed by ${killedBy}` : `exit code ${code}`));
    });
  });
}
