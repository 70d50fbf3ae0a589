import { describe, expect, it } from 'vitest';
import { cardText } from '@/lib/og-text';

describe('cardText', () => {
  it('keeps Latin, CJK and other scripts, and punctuation the fonts carry', () => {
    expect(cardText('Économie — 5 € «mieux» ™', 100)).toBe('Économie — 5 € «mieux» ™');
    expect(cardText('Q&A: "</script>" Broke Sites (网站安全)', 100)).toBe('Q&A: "</script>" Broke Sites (网站安全)');
    expect(cardText('ⵜⴰⵎⴰⵣⵉⵖⵜ ሰላም مرحبا', 100)).toBe('ⵜⴰⵎⴰⵣⵉⵖⵜ ሰላም مرحبا');
  });

  it('drops emoji, with their modifiers, joiners and flags, and the brackets they leave empty', () => {
    expect(cardText('Sites 🔓 safe (🛠️) 👩🏽‍💻 family 👩‍👩‍👧 🇯🇵 news', 100)).toBe('Sites safe family news');
  });

  it('drops control, bidi-override, zero-width and lone-surrogate characters', () => {
    expect(cardText('Bell\u0007 tab\tline\nbreak\u0085', 100)).toBe('Bell tab line break');
    expect(cardText('\u202Egnp.exe\u202C \u2066isolated\u2069 \u200Bzero\uFEFF', 100)).toBe('gnp.exe isolated zero');
    expect(cardText('half \uD83D pair \uDC00 here', 100)).toBe('half pair here');
  });

  it('composes decomposed accents (NFC)', () => {
    expect(cardText('Cafe\u0301', 100)).toBe('Café');
  });

  it('cuts long text at a space and marks the cut, counting CJK characters as two columns', () => {
    expect(cardText('Central banks hold rates steady as inflation cools', 30)).toBe('Central banks hold rates…');
    expect(cardText('中国人工智能初创企业排队在香港上市', 10)).toBe('中国人工…');
    expect(cardText('x'.repeat(100_000), 140)).toBe(`${'x'.repeat(139)}…`);
    expect(cardText('Short', 140)).toBe('Short');
  });

  it('never cuts inside a grapheme', () => {
    const cut = cardText(`${'a'.repeat(8)}é́é́é́`, 10);
    expect(cut).toBe(`${'a'.repeat(8)}é́…`);
    expect(/\p{Cs}/u.test(cut)).toBe(false);
  });
});

describe('cardText on text longer than it examines', () => {
  it('marks the cut even when what is left after dropping invisible characters fits', () => {
    expect(cardText(`Headline${'\u200B'.repeat(2_000)} hidden tail`, 140)).toBe('Headline…');
  });
});
