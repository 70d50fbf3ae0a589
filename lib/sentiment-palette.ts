/*
 * The maths that keeps the verdict colours readable: WCAG contrast against the page, and whether
 * two colours stay apart for readers with a colour-vision deficiency. culori parses colours and
 * converts between sRGB, linear RGB and Lab; the simulation itself is the matrix of Machado,
 * Oliveira and Fernandes (2009, "A Physiologically-based Model for Simulation of Color Vision
 * Deficiency"), at full severity, applied in linear RGB as the model is defined.
 */
import { converter, differenceCiede2000, formatHex, parse, wcagContrast, type Color } from 'culori';

export const VISIONS = ['typical', 'protanopia', 'deuteranopia', 'tritanopia'] as const;
export type Vision = (typeof VISIONS)[number];

type Matrix = readonly [readonly [number, number, number], readonly [number, number, number], readonly [number, number, number]];

/** Machado et al. 2009, severity 1.0 (dichromacy), rows give linear r, g, b. */
const MACHADO: Record<Exclude<Vision, 'typical'>, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** A verdict colour must stand out this much from the page behind it (WCAG 1.4.11, non-text contrast). */
export const MIN_MARK_CONTRAST = 3;
/** Text such as the badge label needs this much against its wash (WCAG 1.4.3, AA). */
export const MIN_TEXT_CONTRAST = 4.5;
/**
 * Two verdict colours count as distinguishable when their CIEDE2000 difference is at least this,
 * in every simulation. About 2 is a just-noticeable difference on large swatches; thin bars and
 * small legend squares need several times that to be told apart at a glance.
 */
export const MIN_DIFFERENCE = 12;

const toLinear = converter('lrgb');
const deltaE = differenceCiede2000();
const clamp = (value: number) => Math.min(1, Math.max(0, value));

function read(colour: string): Color {
  const parsed = parse(colour);
  if (!parsed) throw new Error(`"${colour}" is not a CSS colour`);
  return parsed;
}

/** WCAG 2 contrast ratio, 1 (none) to 21 (black on white). */
export function contrastRatio(foreground: string, background: string): number {
  return wcagContrast(read(foreground), read(background));
}

/** The colour as a reader with the given vision sees it, as #rrggbb. */
export function simulate(colour: string, vision: Vision): string {
  if (vision === 'typical') return formatHex(read(colour));
  const { r, g, b } = toLinear(read(colour));
  const [red, green, blue] = MACHADO[vision].map(([kr, kg, kb]) => clamp(kr * r + kg * g + kb * b));
  return formatHex({ mode: 'lrgb', r: red!, g: green!, b: blue! });
}

/** CIEDE2000 difference between two colours as a reader with the given vision sees them. */
export function difference(a: string, b: string, vision: Vision = 'typical'): number {
  return deltaE(simulate(a, vision), simulate(b, vision));
}

export interface PaletteCheck {
  /** The colours that must be told apart, by name (the verdicts). */
  marks: Record<string, string>;
  /** Every background the marks are drawn on. */
  backgrounds: Record<string, string>;
}

/**
 * What is wrong with a set of chart colours, one sentence per problem (none when it passes):
 * each mark at least 3:1 against each background, and every pair at least MIN_DIFFERENCE apart
 * in typical vision and each simulation. Every pair, not only neighbours in the legend: when a
 * verdict has no articles, any two others end up side by side in a bar.
 */
export function paletteProblems({ marks, backgrounds }: PaletteCheck): string[] {
  const problems: string[] = [];
  for (const [name, mark] of Object.entries(marks)) {
    for (const [backgroundName, background] of Object.entries(backgrounds)) {
      const ratio = contrastRatio(mark, background);
      if (ratio < MIN_MARK_CONTRAST)
        problems.push(`${name} ${mark} on ${backgroundName} ${background}: contrast ${ratio.toFixed(2)}, needs ${MIN_MARK_CONTRAST}`);
    }
  }
  const entries = Object.entries(marks);
  for (const [index, [nameA, a]] of entries.entries()) {
    for (const [nameB, b] of entries.slice(index + 1)) {
      for (const vision of VISIONS) {
        const apart = difference(a, b, vision);
        if (apart < MIN_DIFFERENCE) problems.push(`${nameA} ${a} and ${nameB} ${b} in ${vision}: ΔE2000 ${apart.toFixed(1)}, needs ${MIN_DIFFERENCE}`);
      }
    }
  }
  return problems;
}
