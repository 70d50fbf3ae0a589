import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlePath } from '@/lib/urls';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BenchResult, renderTables, stepColumn } from '@/scripts/bench/results';
import { stagesOf } from '@/scripts/build/run-build';
import { buildSteps, CONTENT_COMPILE_STEP, describeCommand, EXPORT_DIR_VARIABLE, SEARCHED_PAGES_FOLDER } from '@/scripts/build/steps';

describe('the build steps', () => {
  const steps = buildSteps('.publish/staging');

  it('run in order, and every step that writes the site writes into the staging folder', () => {
    expect(steps.map(describeCommand)).toEqual([
      'NODE_ENV=production node --import tsx scripts/compile-content.ts --check',
      'NODE_ENV=production node --import tsx scripts/build/plan-build.ts',
      'NODE_ENV=production NEWSDESK_EXPORT_DIR=.publish/render NEWSDESK_BUILD_PLAN=.publish/plan.json NEWSDESK_TEMPLATES_ONLY=1 node --import tsx scripts/build/next-build.ts',
      'NODE_ENV=production node --import tsx scripts/build-feeds.ts .publish/feeds --plan .publish/plan.json',
      'NODE_ENV=production node --import tsx scripts/build-cards.ts --cache-only --plan .publish/plan.json',
      'NODE_ENV=production node --import tsx scripts/build/drop-client-runtime.ts .publish/render',
      'NODE_ENV=production node --import tsx scripts/build/page-policies.ts .publish/render',
      'NODE_ENV=production node --import tsx scripts/build/direct-render/render-pages.ts .publish/render',
      'NODE_ENV=production node --import tsx scripts/build/merge-export.ts .publish/staging',
      'NODE_ENV=production node --import tsx scripts/build-cards.ts .publish/staging --plan .publish/plan.json',
      'NODE_ENV=production node --import tsx scripts/build-search.ts .publish/staging --plan .publish/plan.json',
      'NODE_ENV=production node --import tsx scripts/build-hosting.ts .publish/staging',
    ]);
    expect(steps.map((step) => step.name)).toEqual([
      CONTENT_COMPILE_STEP,
      'build plan',
      'Next build',
      'feeds',
      'card drawing',
      'client runtime',
      'script policy',
      'direct render',
      'merge',
      'share cards',
      'search index',
      'hosting files',
    ]);
  });

  it('run together only where neither reads what the other writes', () => {
    expect(stagesOf(steps).map((stage) => stage.map((step) => step.name))).toEqual([
      [CONTENT_COMPILE_STEP],
      ['build plan'],
      ['Next build', 'feeds', 'card drawing'],
      ['client runtime'],
      ['script policy'],
      ['direct render'],
      ['merge'],
      ['share cards', 'search index'],
      ['hosting files'],
    ]);
  });

  it('index for search only article pages, the only ones that mark what Pagefind should read', () => {
    const marking = readdirSync('.', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(tsx|ts|mdx|html)$/.test(entry.name) && /^(app|components|lib)(\/|$)/.test(entry.parentPath))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'));
    expect(marking).toEqual(['app/articles/[slug]/page.tsx']);
    expect(articlePath('a-story')).toBe(`/${SEARCHED_PAGES_FOLDER}/a-story`);
  });

  it('plan a full build when asked', () => {
    expect(buildSteps('.publish/staging', 'public', { full: true }).find((step) => step.name === 'build plan')?.command).toEqual([
      'node',
      '--import',
      'tsx',
      'scripts/build/plan-build.ts',
      '--full',
    ]);
  });

  it('run what the npm scripts of the same steps run', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    const command = (name: string) => steps.find((step) => step.name === name)!.command.join(' ');
    expect(command(CONTENT_COMPILE_STEP)).toBe(scripts['build:content']);
    expect(command('feeds')).toBe(`${scripts['build:feeds']} .publish/feeds --plan .publish/plan.json`);
    expect(command('search index')).toBe(`${scripts['build:search']} .publish/staging --plan .publish/plan.json`);
    expect(command('hosting files')).toBe(`${scripts['build:hosting']} .publish/staging`);
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
    const addedSince = ['build plan', 'card drawing', 'client runtime', 'script policy', 'direct render', 'merge', 'share cards'];
    // The check and the compile ran side by side as two steps until they became one.
    expect(olderCommands.map(stepColumn)).toEqual([
      'content check',
      'content compile',
      ...buildSteps('staging')
        .map((step) => step.name)
        .filter((name) => name !== CONTENT_COMPILE_STEP && !addedSince.includes(name)),
    ]);
  });

  it('show the check and the compile of older results where the one step that does both stands', () => {
    const machine = { cpu: 'Test CPU', cores: 2, memoryGigabytes: 24, node: '20.20.2', os: 'Linux', date: '2026-11-25' };
    const tables = renderTables({
      machine,
      results: [
        { ...result({ 'hosting files': 2, 'content check': 3, 'content compile': 4 }), articles: 200 },
        { ...result({ 'hosting files': 1, [CONTENT_COMPILE_STEP]: 5 }), articles: 1000 },
      ],
    });
    expect(tables).toContain(`| articles | content check | content compile | ${CONTENT_COMPILE_STEP} | hosting files | total build |`);
    expect(tables).toContain('| 200 | 3.0 s | 4.0 s | – | 2.0 s |');
    expect(tables).toContain('| 1,000 | – | – | 5.0 s | 1.0 s |');
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
