import { describe, expect, it } from 'vitest';
import { indexArticles } from '@/lib/articles';
import { type FrontPageFacts, frontPage, type FrontPageSettings, sectionTags } from '@/lib/front-page';
import { collectTags } from '@/lib/tags';

type Story = FrontPageFacts & { authors: string[]; tags: string[] };
const IMAGE = { src: '/images/lead.svg' };
/** Day `n` of March 2026: a larger n is newer. */
const story = (slug: string, day: number, tags: string[], extra: Partial<Story> = {}): Story => ({
  slug,
  date: `2026-03-${String(day).padStart(2, '0')}T09:00:00Z`,
  tags,
  authors: ['ada'],
  ...extra,
});
const newestFirst = (stories: Story[]) => [...stories].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));

const SETTINGS: FrontPageSettings = { sections: [], busiestSections: 2, storiesPerSection: 2, secondaryStories: 2, picks: 2, perPage: 5 };

function build(stories: Story[], settings: Partial<FrontPageSettings> = {}) {
  const articles = newestFirst(stories);
  const front = frontPage(articles, collectTags(articles), indexArticles(articles).byTag, { ...SETTINGS, ...settings });
  return {
    lead: front.lead?.slug,
    secondary: front.secondary.map((a) => a.slug),
    picks: front.picks.map((a) => a.slug),
    river: front.river.map((a) => a.slug),
    sections: front.sections.map(({ tag, articles: listed }) => [tag.name, listed.map((a) => a.slug)]),
  };
}

const ARCHIVE = [
  story('s20', 20, ['Markets']),
  story('s19', 19, ['Energy'], { leadImage: IMAGE }),
  story('s18', 18, ['Markets']),
  story('s17', 17, ['Markets'], { leadImage: IMAGE }),
  story('s16', 16, ['Energy', 'Markets']),
  story('s15', 15, ['Energy']),
  story('s14', 14, ['Markets'], { leadImage: IMAGE }),
  story('s13', 13, ['Energy']),
  story('s12', 12, ['Policy']),
  story('s11', 11, ['Markets']),
];

describe('frontPage', () => {
  it('leads with the newest story that has a lead image; secondary prefers images from the first page, newest first; the river is the rest of that page', () => {
    expect(build(ARCHIVE)).toEqual({
      lead: 's19',
      secondary: ['s20', 's17'],
      picks: [],
      river: ['s18', 's16'],
      sections: [
        ['Markets', ['s14', 's11']],
        ['Energy', ['s15', 's13']],
      ],
    });
  });

  it('places every story once across lead, picks, secondary, river and sections', () => {
    const withPicks = ARCHIVE.map((a) => (a.slug === 's18' ? { ...a, featured: true as const } : a.slug === 's13' ? { ...a, featured: 2 } : a));
    const front = build(withPicks);
    const all = [front.lead, ...front.secondary, ...front.picks, ...front.river, ...front.sections.flatMap(([, slugs]) => slugs as string[])];
    expect(all).toEqual([...new Set(all)]);
    expect(front.picks).toEqual(['s13', 's18']);
    expect(front.river).toEqual(['s16']);
  });

  it('featured: 1 takes the lead even when older; picks order ranks first, then true, newest first among equals', () => {
    const stories = [
      ...ARCHIVE,
      story('old-lead', 2, ['Policy'], { leadImage: IMAGE, featured: 1 }),
      story('pick-true-new', 9, ['Policy'], { featured: true }),
      story('pick-true-old', 3, ['Policy'], { featured: true }),
      story('pick-rank-5', 4, ['Policy'], { featured: 5 }),
      story('pick-rank-3', 5, ['Policy'], { featured: 3 }),
    ];
    const front = build(stories, { picks: 4 });
    expect(front.lead).toBe('old-lead');
    expect(front.picks).toEqual(['pick-rank-3', 'pick-rank-5', 'pick-true-new', 'pick-true-old']);
    expect(build(stories, { picks: 1 }).picks).toEqual(['pick-rank-3']);
  });

  it('of two rank-1 stories the newer leads and the older is the first pick', () => {
    const front = build([
      story('a', 5, ['X'], { leadImage: IMAGE, featured: 1 }),
      story('b', 6, ['X'], { leadImage: IMAGE, featured: 1 }),
      story('c', 7, ['X']),
    ]);
    expect([front.lead, front.picks]).toEqual(['b', ['a']]);
  });

  it('with no lead image anywhere the newest story leads; with no stories there is no lead', () => {
    expect(build([story('a', 1, ['X']), story('b', 2, ['X'])]).lead).toBe('b');
    expect(build([])).toEqual({ lead: undefined, secondary: [], picks: [], river: [], sections: [] });
  });

  it('configured sections come in their order, by name or slug, and skip tags no story carries', () => {
    expect(build(ARCHIVE, { sections: ['policy', 'Unknown Topic', 'Energy', 'energy'] }).sections).toEqual([
      ['Policy', ['s12']],
      ['Energy', ['s15', 's13']],
    ]);
  });

  it('reads a bounded part of a large archive: 20,000 stories give the same slot sizes as 20', () => {
    const big = Array.from({ length: 20_000 }, (_, i) => story(`n${i}`, 1, [`T${i % 50}`], i % 7 === 0 ? { leadImage: IMAGE } : {}));
    const front = build(big.map((a, i) => ({ ...a, date: new Date(Date.UTC(2026, 0, 1) - i * 60_000).toISOString() })));
    expect([front.lead, front.secondary.length, front.river.length, front.sections.length]).toEqual(['n0', 2, 2, 2]);
  });
});

describe('sectionTags', () => {
  const tags = collectTags(newestFirst(ARCHIVE));
  it('falls back to the busiest tags when none are configured', () => {
    expect(sectionTags(tags, { sections: [], busiestSections: 3 }).map((t) => t.name)).toEqual(['Markets', 'Energy', 'Policy']);
  });
});
