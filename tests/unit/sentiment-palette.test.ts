import { describe, expect, it } from 'vitest';
import { contrastRatio, difference, MIN_DIFFERENCE, paletteProblems, simulate, VISIONS } from '@/lib/sentiment-palette';

describe('sentiment palette maths', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // The classic AA boundary grey on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('rgb(118, 118, 118)', 'white')).toBeCloseTo(4.54, 2);
  });

  it('simulates dichromacy with the Machado et al. matrices in linear RGB', () => {
    // Expected values computed by hand: matrix column for red, clamped, then sRGB-encoded.
    expect(simulate('#ff0000', 'protanopia')).toBe('#6d5f00');
    expect(simulate('#ff0000', 'deuteranopia')).toBe('#a39000');
    expect(simulate('#ff0000', 'tritanopia')).toBe('#ff000f');
    expect(simulate('#ff0000', 'typical')).toBe('#ff0000');
    // Each row sums to one, so greys are seen as they are.
    for (const vision of VISIONS) expect(simulate('#808080', vision)).toBe('#808080');
  });

  it('measures how far apart two colours look, per vision', () => {
    expect(difference('#3366cc', '#3366cc', 'deuteranopia')).toBe(0);
    // A red and a green of equal lightness: far apart in typical vision, close for a red-green dichromat.
    expect(difference('#c0392b', '#5a7d00')).toBeGreaterThan(30);
    expect(difference('#c0392b', '#5a7d00', 'deuteranopia')).toBeLessThan(MIN_DIFFERENCE);
  });

  it('passes a palette that keeps its contrast and its distances', () => {
    const marks = { positive: '#0f7b6c', negative: '#8c1a10', neutral: '#3a3f47', mixed: '#b07000' };
    expect(paletteProblems({ marks, backgrounds: { paper: '#fdfcfa' } })).toEqual([]);
  });

  it('names each problem of the chart colours the site had before (the badge inks)', () => {
    const marks = { positive: '#0d5a2a', negative: '#9a1620', neutral: '#3f4550', mixed: '#7a4a00' };
    const problems = paletteProblems({ marks, backgrounds: { paper: '#fdfcfa' } });
    expect(problems).toContain('positive #0d5a2a and negative #9a1620 in protanopia: ΔE2000 8.1, needs 12');
    expect(problems).toContain('negative #9a1620 and mixed #7a4a00 in deuteranopia: ΔE2000 3.2, needs 12');
    expect(problems.every((problem) => !problem.includes('contrast'))).toBe(true);
  });

  it('refuses a mark too faint for its background', () => {
    const problems = paletteProblems({ marks: { a: '#bbbbbb', b: '#111111' }, backgrounds: { paper: '#ffffff' } });
    expect(problems).toEqual(['a #bbbbbb on paper #ffffff: contrast 1.92, needs 3']);
  });
});
