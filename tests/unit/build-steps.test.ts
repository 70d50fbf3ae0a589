import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BenchResult, renderTables, stepColumn } from '@/scripts/bench/results';
import { buildSteps, CONTENT_COMPILE_STEP, describeCommand, EXPORT_DIR_VARIABLE } from '@/scripts/build/steps';

describe('the build steps', () => {
  const steps = buildSteps('.publish/staging');

  it('run in order, and every step that writes the site writes into the staging folder', () => {
    expect(steps.map(describeCommand)).toEqual([
      'npm run -s check:content',
      'npm run -s build:content',
      'tsx scripts/build/plan-build.ts',
      'NEWSDESK_EXPORT_DIR=.publish/render NEWSDESK_BUILD_PLAN=.publish/plan.json tsx scripts/build/next-build.ts',
      'tsx scripts/build/drop-navigation-payloads.ts .publish/render',
      'tsx scripts/build/merge-export.ts .publish/staging',
      'tsx scripts/build-cards.ts .publish/staging',
      'npm run -s build:feeds -- .publish/staging',
      'pagefind --site .publish/staging',
      'npm run -s build:hosting -- .publish/staging --carried .publish/carried.json',
    ]);
    expect(steps.map((step) => step.name)).toEqual([
      'content check',
      CONTENT_COMPILE_STEP,
      'build plan',
      'Next build',
      'navigation payloads',
      'merge',
      'share cards',
      'feeds',
      'search index',
      'hosting files',
    ]);
  });

  it('plan a full build when asked', () => {
    expect(buildSteps('.publish/staging', 'public', { full: true }).find((step) => step.name === 'build plan')?.command).toEqual([
      'tsx',
      'scripts/build/plan-build.ts',
      '--full',
    ]);
  });

  it('name only scripts that package.json defines', () => {
    const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts);
    const named = steps.filter((step) => step.command[0] === 'npm').map((step) => step.command[3]);
    expect(named.filter((script) => !scripts.includes(script!))).toEqual([]);
  });
});

describe('next.config.ts', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('exports into the folder the build names, and into out/ (Next’s default) otherwise', async () => {
    vi.stubEnv(EXPORT_DIR_VARIABLE, '.publish/staging');
    expect((await import('@/next.config')).default.distDir).toBe('.publish/staging');
    vi.resetModules();
    vi.stubEnv(EXPORT_DIR_VARIABLE, '');
    expect((await import('@/next.config')).default.distDir).toBeUndefined();
  });
});

describe('benchmark columns', () => {
  const result = (steps: Record<string, number>): BenchResult => ({
    articles: 200,
    steps,
    totalSeconds: 60,
    peakMegabytes: 900,
    outMegabytes: 50,
    pages: 400,
    article: { htmlGzipBytes: 15_000, scriptGzipBytes: 139_400 },
    home: { htmlGzipBytes: 9_000, scriptGzipBytes: 137_000 },
  });

  it('put results keyed by the old commands under the names of today’s steps', () => {
    const olderCommands = [
      'npm run check:content',
      'npm run build:content',
      'next build --webpack',
      'npm run build:feeds',
      'npm run build:search',
      'npm run build:hosting',
    ];
    // Steps added since have no older result to place (share cards were drawn inside `next build` then).
    const addedSince = ['build plan', 'navigation payloads', 'merge', 'share cards'];
    expect(olderCommands.map(stepColumn)).toEqual(
      buildSteps('staging')
        .map((step) => step.name)
        .filter((name) => !addedSince.includes(name)),
    );
  });

  it('show an old result and a new one in the same columns', () => {
    const machine = { cpu: 'Test CPU', cores: 2, memoryGigabytes: 24, node: '20.20.2', os: 'Linux', date: '2026-11-25' };
    const tables = renderTables({
      machine,
      results: [result({ 'npm run build:feeds': 5 }), { ...result({ feeds: 4, 'hosting files': 1 }), articles: 1000 }],
    });
    expect(tables).toContain('| articles | feeds | hosting files | total build |');
    expect(tables).toContain('| 200 | 5.0 s | – | 60.0 s |');
    expect(tables).toContain('| 1,000 | 4.0 s | 1.0 s |');
  });
});
