import { describe, expect, it } from 'vitest';
import { analyzeMdx } from '@/lib/content/mdx-analysis';

describe('analyzeMdx', () => {
  it('reads sentiment and headline from the AnalystComment block', () => {
    const { analystComments, issues } = analyzeMdx(
      'Intro paragraph.\n\n<AnalystComment sentiment="negative" headline="Funding gap slows the sector">\nWhy, in **Markdown**.\n</AnalystComment>\n',
    );
    expect(issues).toEqual([]);
    expect(analystComments).toEqual([{ sentiment: 'negative', headline: 'Funding gap slows the sector', expressionAttributes: [], line: 3 }]);
  });

  it('is not fooled by the tag appearing in code or prose', () => {
    const source = [
      'Authors write `<AnalystComment sentiment="positive">` at the end.',
      '',
      '```mdx',
      '<AnalystComment sentiment="mixed">Example</AnalystComment>',
      '```',
    ].join('\n');
    expect(analyzeMdx(source).analystComments).toEqual([]);
  });

  it('finds no comment in an article without one', () => {
    expect(analyzeMdx('Just reporting.\n').analystComments).toEqual([]);
  });

  it('flags attributes written as expressions, which cannot be read at build time', () => {
    const [comment] = analyzeMdx('<AnalystComment sentiment={"positive"}>\nText\n</AnalystComment>\n').analystComments;
    expect(comment).toMatchObject({ sentiment: undefined, expressionAttributes: ['sentiment'] });
  });

  it('uses the first paragraph outside the comment as the lead, as plain text', () => {
    const { leadParagraph } = analyzeMdx('## Heading\n\nThe **first** [paragraph](/x)\nwraps.\n\nSecond.\n');
    expect(leadParagraph).toBe('The first paragraph wraps.');
  });

  it('reports syntax errors with their line instead of throwing', () => {
    const { issues } = analyzeMdx('Fine.\n\n<AnalystComment sentiment="negative">\nNever closed.\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/cannot be parsed/);
    expect(issues[0]!.line).toBeGreaterThan(0);
  });

  it('reports imports and unknown components', () => {
    const { issues } = analyzeMdx('import X from "x"\n\nText <Widget /> here.\n');
    expect(issues.map((issue) => issue.line)).toEqual([1, 3]);
    expect(issues[1]!.message).toMatch(/unknown component <Widget>/);
  });

  it('reports {expressions}, which would be code, but lets {/* comments */} and escaped braces pass', () => {
    const { issues } = analyzeMdx('{/* note */}\n\nCosts \\{rose\\}.\n\nCosts {x}.\n');
    expect(issues.map((issue) => issue.line)).toEqual([5]);
    expect(issues[0]!.message).toMatch(/\{expressions\} are not allowed/);
  });
});
