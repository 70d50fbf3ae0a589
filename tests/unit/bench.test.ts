import { describe, expect, it } from 'vitest';
import { loadedScriptPaths } from '@/scripts/bench/page-weight';
import { type BenchResult, mergeResults, renderTables, replaceTables, TABLES_END, TABLES_START } from '@/scripts/bench/results';
import { treeResidentKilobytes } from '@/scripts/bench/run-measured';

describe('process tree memory', () => {
  const listing = `
      1     0   5000
    100     1   1000
    101   100   2000
    102   101    300
    200     1   9000
  `;

  it('sums a process and all its descendants, and nothing else', () => {
    expect(treeResidentKilobytes(listing, 100)).toBe(3300);
    expect(treeResidentKilobytes(listing, 102)).toBe(300);
    expect(treeResidentKilobytes(listing, 999)).toBe(0);
  });
});

describe('scripts a modern browser loads', () => {
  it('counts module and classic scripts, not nomodule polyfills or inline scripts', () => {
    const html = `<html><head><script src="/_next/a.js" async></script><script src="/_next/polyfills.js" noModule></script>
      <script>self.x=1</script></head><body><script src="/_next/b.js"></script></body></html>`;
    expect(loadedScriptPaths(html)).toEqual(['/_next/a.js', '/_next/b.js']);
  });
});

const result = (articles: number, totalSeconds: number): BenchResult => ({
  articles,
  steps: { 'npm run check:content': 1, 'next build --webpack': totalSeconds - 1 },
  totalSeconds,
  peakMegabytes: 900,
  outMegabytes: articles * 0.25,
  pages: articles * 2,
  article: { htmlGzipBytes: 15_000, scriptGzipBytes: 139_400 },
  home: { htmlGzipBytes: 61_000, scriptGzipBytes: 137_000 },
  rebuild: { contentSeconds: 2, totalSeconds: 30 },
});

describe('benchmark report', () => {
  it('replaces results for the sizes measured again and keeps the others, smallest first', () => {
    const merged = mergeResults([result(5000, 200), result(200, 20)], [result(1000, 35), result(5000, 150)]);
    expect(merged.map((r) => [r.articles, r.totalSeconds])).toEqual([
      [200, 20],
      [1000, 35],
      [5000, 150],
    ]);
  });

  it('marks each figure against its target', () => {
    const machine = { cpu: 'Test CPU', cores: 2, memoryGigabytes: 24, node: '20.20.2', os: 'Linux', date: '2026-11-25' };
    const tables = renderTables({ machine, results: [result(1000, 35), result(5000, 200)] });
    expect(tables).toContain('| 1,000 | 1.0 s | 34.0 s | 35.0 s ✓ |');
    expect(tables).toContain('3 min 20 s ✗ (target 180)');
    expect(tables).toContain('139.4 kB ✓');
    expect(tables).toContain('61.0 kB ✗');
    expect(tables).toContain('| 250 MB | 262 kB ✗ (target 150) |');
  });

  it('shows out/ per article against its target, and the file count where it was measured', () => {
    const machine = { cpu: 'Test CPU', cores: 2, memoryGigabytes: 24, node: '20.20.2', os: 'Linux', date: '2026-11-25' };
    const lean = { ...result(200, 20), outMegabytes: 25, outFiles: 1_700 };
    expect(renderTables({ machine, results: [lean] })).toContain('| 25 MB, 1,700 files | 131 kB ✓ | 400 |');
  });

  it('says so when a run skipped the rebuild', () => {
    const machine = { cpu: 'Test CPU', cores: 2, memoryGigabytes: 24, node: '20.20.2', os: 'Linux', date: '2026-11-25' };
    const { rebuild: _rebuild, ...coldOnly } = result(20000, 700);
    expect(renderTables({ machine, results: [coldOnly] })).toContain('| 40,000 | not measured |');
  });

  it('rewrites only the text between the markers', () => {
    const document = `# Performance\n\nIntro.\n\n${TABLES_START}\nold\n${TABLES_END}\n\nAnalysis.\n`;
    expect(replaceTables(document, 'new')).toBe(`# Performance\n\nIntro.\n\n${TABLES_START}\nnew\n${TABLES_END}\n\nAnalysis.\n`);
    expect(replaceTables('# Performance\n', 'new')).toBe(`# Performance\n\n${TABLES_START}\nnew\n${TABLES_END}\n`);
  });
});
