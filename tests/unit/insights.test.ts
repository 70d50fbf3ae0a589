import { describe, expect, it } from 'vitest';
import { formatNetTone, mixByGroup, sentimentByMonth, sentimentMix } from '@/lib/insights';

// A small corpus whose numbers are easy to check by hand.
const corpus = [
  { date: '2026-01-05T00:00:00Z', sentiment: 'positive' },
  { date: '2026-01-20T00:00:00Z', sentiment: 'negative' },
  { date: '2026-01-31T23:59:00Z', sentiment: 'positive' },
  { date: '2026-03-01T00:00:00Z', sentiment: 'mixed' },
  { date: '2026-03-15T00:00:00Z' },
  { date: '2026-03-16T00:00:00Z', sentiment: 'neutral' },
];

describe('insights', () => {
  it('counts verdicts and leaves articles without one out of the mix', () => {
    expect(sentimentMix(corpus)).toEqual({
      counts: { positive: 2, negative: 1, neutral: 1, mixed: 1 },
      total: 5,
      netTone: 0.2,
    });
    expect(sentimentMix([])).toEqual({ counts: { positive: 0, negative: 0, neutral: 0, mixed: 0 }, total: 0, netTone: 0 });
  });

  it('counts by month in UTC, keeping empty months', () => {
    expect(sentimentByMonth(corpus)).toEqual([
      { month: '2026-01', counts: { positive: 2, negative: 1, neutral: 0, mixed: 0 }, total: 3 },
      { month: '2026-02', counts: { positive: 0, negative: 0, neutral: 0, mixed: 0 }, total: 0 },
      { month: '2026-03', counts: { positive: 0, negative: 0, neutral: 1, mixed: 1 }, total: 2 },
    ]);
  });

  it('crosses year ends', () => {
    const months = sentimentByMonth([
      { date: '2025-12-10T00:00:00Z', sentiment: 'positive' },
      { date: '2026-01-10T00:00:00Z', sentiment: 'positive' },
    ]).map((row) => row.month);
    expect(months).toEqual(['2025-12', '2026-01']);
  });

  it('ranks groups by judged articles and drops groups with none', () => {
    const groups = mixByGroup(
      [
        { name: 'Energy', path: '/tags/energy', articles: corpus.slice(0, 2) },
        { name: 'AI', path: '/tags/ai', articles: corpus },
        { name: 'Space', path: '/tags/space', articles: [corpus[4]!] },
      ],
      5,
    );
    expect(groups.map((group) => [group.name, group.total, group.netTone])).toEqual([
      ['AI', 5, 0.2],
      ['Energy', 2, 0],
    ]);
  });

  it('formats net tone with a sign', () => {
    expect([0.254, -0.5, 0].map(formatNetTone)).toEqual(['+25%', '−50%', '0%']);
  });
});
