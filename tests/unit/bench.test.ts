import { describe, expect, it } from 'vitest';
import { loadedScriptPaths } from '@/scripts/bench/page-weight';
import { type BenchResult, coldRatio, median, mergeResults, renderTables, replaceTables, TABLES_END, TABLES_START } from '@/scripts/bench/results';
import { processListing, treeResidentKilobytes } from '@/scripts/bench/run-measured';

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

  it('lists this process with its parent and its resident memory, as ps does', () => {
    const own = processListing()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number))
      .find(([pid]) => pid === process.pid);
    expect(own?.[1]).toBe(process.ppid);
    // Within a fifth of what Node itself reports (the two are read moments apart).
    expect(Math.abs(own![2]! * 1024 - process.memoryUsage.rss()) / process.memoryUsage.rss()).toBeLessThan(0.2);
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

  it('says so when a run skipped the incremental builds', () => {
    const machine = { cpu: 'Test CPU', cores: 2, memoryGigabytes: 24, node: '20.20.2', os: 'Linux', date: '2026-11-25' };
    const { rebuild: _rebuild, ...coldOnly } = result(20000, 700);
    expect(renderTables({ machine, results: [coldOnly] })).toContain('| 20,000 | not measured | not measured | – |');
  });

  it('marks publishing a correction and a new article against the targets of their archive size', () => {
    const machine = { cpu: 'Test CPU', cores: 2, memoryGigabytes: 24, node: '20.20.2', os: 'Linux', date: '2026-11-25' };
    const results = [
      { ...result(1000, 35), publish: { correctionSeconds: 12, newArticleSeconds: 31 } },
      { ...result(5000, 200), publish: { correctionSeconds: 40, newArticleSeconds: 45 } },
      { ...result(20000, 700), publish: { correctionSeconds: 59, newArticleSeconds: 121 } },
    ];
    const tables = renderTables({ machine, results });
    expect(tables).toContain('| 1,000 | 12.0 s ✓ | 31.0 s ✗ (target 30) | 2.0 s / 30.0 s |');
    // No target was set for 5,000 articles.
    expect(tables).toContain('| 5,000 | 40.0 s | 45.0 s |');
    expect(tables).toContain('| 20,000 | 59.0 s ✓ | 2 min 1 s ✗ (target 120) |');
  });

  it('compares cold builds by their medians, every run shown', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const comparison = { articles: 1000, against: '543d91b', currentSeconds: [70, 60, 65], againstSeconds: [140, 150, 120] };
    expect(coldRatio(comparison)).toBeCloseTo(65 / 140);
    const machine = { cpu: 'Test CPU', cores: 2, memoryGigabytes: 24, node: '20.20.2', os: 'Linux', date: '2026-11-25' };
    const tables = renderTables({ machine, results: [result(1000, 35)], comparisons: [comparison, { ...comparison, currentSeconds: [80, 80, 80] }] });
    expect(tables).toContain('| 1,000 | 543d91b | 65.0 s (70, 60, 65) | 2 min 20 s (140, 150, 120) | 0.46 ✓ |');
    expect(tables).toContain('| 0.57 ✗ (target 0.5) |');
  });

  it('rewrites only the text between the markers', () => {
    const document = `# Performance\n\nIntro.\n\n${TABLES_START}\nold\n${TABLES_END}\n\nAnalysis.\n`;
    expect(replaceTables(document, 'new')).toBe(`# Performance\n\nIntro.\n\n${TABLES_START}\nnew\n${TABLES_END}\n\nAnalysis.\n`);
    expect(replaceTables('# Performance\n', 'new')).toBe(`# Performance\n\n${TABLES_START}\nnew\n${TABLES_END}\n`);
  });
});
