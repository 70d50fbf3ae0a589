import { describe, expect, it } from 'vitest';
import { explainNetTone, formatNetTone, mixByGroup, monthFormatter, monthOf, sentimentByMonth, sentimentMix, sharePercent } from '@/lib/insights';

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
    expect(sentimentByMonth(corpus, 'UTC')).toEqual([
      { month: '2026-01', counts: { positive: 2, negative: 1, neutral: 0, mixed: 0 }, total: 3 },
      { month: '2026-02', counts: { positive: 0, negative: 0, neutral: 0, mixed: 0 }, total: 0 },
      { month: '2026-03', counts: { positive: 0, negative: 0, neutral: 1, mixed: 1 }, total: 2 },
    ]);
  });

  it('crosses year ends', () => {
    const months = sentimentByMonth(
      [
        { date: '2025-12-10T00:00:00Z', sentiment: 'positive' },
        { date: '2026-01-10T00:00:00Z', sentiment: 'positive' },
      ],
      'UTC',
    ).map((row) => row.month);
    expect(months).toEqual(['2025-12', '2026-01']);
  });

  it('counts by month in the site time zone', () => {
    // 23:59 UTC on 31 January is already 1 February in Tokyo and still 31 January in New York.
    expect(monthOf('2026-01-31T23:59:00Z', 'Asia/Tokyo')).toBe('2026-02');
    expect(monthOf('2026-02-01T03:00:00Z', 'America/New_York')).toBe('2026-01');
    expect(sentimentByMonth(corpus, 'Asia/Tokyo').map((row) => [row.month, row.total])).toEqual([
      ['2026-01', 2],
      ['2026-02', 1],
      ['2026-03', 2],
    ]);
  });

  it('labels months with the full year, in the site language', () => {
    expect(['2026-08', '2025-12', '2026-01'].map(monthFormatter({ language: 'en', timeZone: 'UTC' }))).toEqual(['Aug 2026', 'Dec 2025', 'Jan 2026']);
    // The label names the month of the key whatever the zone: no shift into the neighbouring month.
    expect(monthFormatter({ language: 'en', timeZone: 'Pacific/Kiritimati' })('2026-08')).toBe('Aug 2026');
    expect(monthFormatter({ language: 'en', timeZone: 'Pacific/Pago_Pago' })('2026-08')).toBe('Aug 2026');
    expect(monthFormatter({ language: 'de', timeZone: 'UTC' })('2026-03')).toBe('März 2026');
    expect(monthFormatter({ language: 'ja', timeZone: 'UTC' })('2026-08')).toBe('2026年8月');
  });

  it('gives shares in whole percent and explains net tone in words', () => {
    expect([sharePercent(3, 7), sharePercent(2, 7), sharePercent(0, 0)]).toEqual([43, 29, 0]);
    const mix = sentimentMix(corpus);
    expect(explainNetTone(mix)).toBe('Net tone +20%: 40% of verdicts positive minus 20% negative, so more positive verdicts than negative ones.');
    const even = sentimentMix([
      { date: '2026-01-01', sentiment: 'positive' },
      { date: '2026-01-02', sentiment: 'negative' },
    ]);
    expect(explainNetTone(even)).toBe('Net tone 0%: 50% of verdicts positive minus 50% negative, so as many positive verdicts as negative ones.');
    const gloomy = sentimentMix([{ date: '2026-01-01', sentiment: 'negative' }]);
    expect(explainNetTone(gloomy)).toBe('Net tone −100%: 0% of verdicts positive minus 100% negative, so more negative verdicts than positive ones.');
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
