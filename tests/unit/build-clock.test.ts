import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILD_TIME_VARIABLE, buildTime, chooseBuildTime, parseBuildTime } from '@/lib/build-clock';
import { BuildFailure, buildAndPublish, withBuildTime } from '@/scripts/build/run-build';
import type { BuildStep } from '@/scripts/build/steps';

const STARTED = new Date('2026-11-23T09:00:00.000Z');
const LATER = new Date('2026-11-23T09:05:00.000Z');

describe('parseBuildTime', () => {
  it('reads an ISO time, with or without a zone offset', () => {
    expect(parseBuildTime('2026-11-23T09:00:00Z').toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(parseBuildTime('2026-11-23T10:00:00+01:00').toISOString()).toBe('2026-11-23T09:00:00.000Z');
  });

  it.each(['', '  ', 'tomorrow', '2026-13-45T99:00:00Z'])('refuses %j, naming the variable', (value) => {
    expect(() => parseBuildTime(value)).toThrow(`NEWSDESK_BUILD_TIME="${value}" is not a date and time`);
  });
});

describe('chooseBuildTime', () => {
  const now = () => LATER;

  it('a fixed time wins, in a build step and in a preview alike', () => {
    for (const preview of [false, true]) {
      expect(chooseBuildTime({ fixed: '2026-01-02T03:04:05Z', preview, processStart: STARTED, now }).toISOString()).toBe('2026-01-02T03:04:05.000Z');
    }
  });

  it('a step run on its own keeps the time it started, however long it runs', () => {
    expect(chooseBuildTime({ fixed: undefined, preview: false, processStart: STARTED, now })).toBe(STARTED);
  });

  it('a preview without a fixed time takes the time of each request', () => {
    expect(chooseBuildTime({ fixed: undefined, preview: true, processStart: STARTED, now })).toBe(LATER);
  });

  it('buildTime() reads NEWSDESK_BUILD_TIME from the environment', () => {
    vi.stubEnv(BUILD_TIME_VARIABLE, '2030-05-06T07:08:09Z');
    try {
      expect(buildTime().toISOString()).toBe('2030-05-06T07:08:09.000Z');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('the build hands every step the same time', () => {
  let root: string | undefined;
  afterEach(() => {
    vi.unstubAllEnvs();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const steps = (staging: string): BuildStep[] => [
    { name: 'content check', command: ['check'] },
    { name: 'Next build', command: ['next', 'build'], env: { NEWSDESK_EXPORT_DIR: staging } },
    { name: 'feeds', command: ['feeds', staging] },
  ];

  it('withBuildTime adds the time to each step and keeps the step’s own variables', () => {
    const timed = withBuildTime(steps('.publish/staging'), '2026-11-23T09:00:00.000Z');
    expect(timed.map((step) => step.env)).toEqual([
      { NEWSDESK_BUILD_TIME: '2026-11-23T09:00:00.000Z' },
      { NEWSDESK_BUILD_TIME: '2026-11-23T09:00:00.000Z', NEWSDESK_EXPORT_DIR: '.publish/staging' },
      { NEWSDESK_BUILD_TIME: '2026-11-23T09:00:00.000Z' },
    ]);
  });

  async function timesSeenBySteps(): Promise<string[]> {
    root = mkdtempSync(join(tmpdir(), 'newsdesk-clock-'));
    const seen: string[] = [];
    await buildAndPublish({
      root,
      steps,
      // Stand-in steps: record the clock they were given; the last one leaves a site to publish.
      run: async (step) => {
        seen.push(step.env?.[BUILD_TIME_VARIABLE] ?? 'none');
        if (step.name === 'feeds') (await import('node:fs')).mkdirSync(join(root!, '.publish', 'staging'), { recursive: true });
      },
      log: () => {},
    });
    return seen;
  }

  it('a given NEWSDESK_BUILD_TIME reaches every step unchanged', async () => {
    vi.stubEnv(BUILD_TIME_VARIABLE, '2026-11-23T09:00:00Z');
    expect(await timesSeenBySteps()).toEqual(Array(3).fill('2026-11-23T09:00:00.000Z'));
  });

  it('without one, every step gets one and the same time', async () => {
    vi.stubEnv(BUILD_TIME_VARIABLE, undefined as unknown as string);
    delete process.env[BUILD_TIME_VARIABLE];
    const seen = await timesSeenBySteps();
    expect(new Set(seen).size).toBe(1);
    expect(Number.isNaN(Date.parse(seen[0]!))).toBe(false);
  });

  it('a time that is not one stops the build before any step runs', async () => {
    vi.stubEnv(BUILD_TIME_VARIABLE, 'next tuesday');
    const error = await timesSeenBySteps().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BuildFailure);
    expect((error as Error).message).toBe(
      'Build not started: NEWSDESK_BUILD_TIME="next tuesday" is not a date and time; give an ISO 8601 time such as 2026-11-23T09:00:00Z.\nout/ was not touched.',
    );
  });
});
