import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { bodyComponents } from '@/components/body-components';
import { bodyHtmlPipeline } from '@/lib/content/body-html';
import { rewriteBodyUrls } from '@/lib/content/body-urls';

/** The pipeline as the content compile runs it (lib/content/compile/): given the body alone. */
function render(body: string): string {
  const processor = unified();
  bodyHtmlPipeline(bodyComponents)(processor);
  return String(processor.processSync(body));
}

const article = (body: string) => `\n${body}`;

describe('bodyHtmlPipeline', () => {
  it('renders Markdown', () => {
    const html = render(article('Rates **rose** by a [quarter point](/articles/fed).'));
    expect(html).toBe('<p>Rates <strong>rose</strong> by a <a href="/articles/fed">quarter point</a>.</p>');
  });

  it('renders <AnalystComment> with the site component, its Markdown inside', () => {
    const html = render(article('<AnalystComment sentiment="mixed" headline="Cheap power, dear grid">\nWhy, in *Markdown*.\n</AnalystComment>'));
    expect(html).toContain('<aside aria-label="Analyst comment"');
    expect(html).toContain('data-sentiment="mixed"');
    expect(html).toContain('Mixed news</span>: Cheap power, dear grid');
    expect(html).toContain('<p>Why, in <em>Markdown</em>.</p>');
  });

  it('renders GitHub-flavoured Markdown: tables, footnotes, strikethrough and labelled task lists', () => {
    const html = render(article('| a | b |\n| - | - |\n| 1 | 2 |\n\n~~old~~ new[^1]\n\n- [x] done\n- [ ] open\n\n[^1]: The note.'));
    expect(html).toContain('<table>');
    expect(html).toContain('<del>old</del>');
    expect(html).toMatch(/<a href="#user-content-fn-1" id="user-content-fnref-1"[^>]*>1<\/a>/);
    expect(html).toContain('<section data-footnotes="true" class="footnotes">');
    expect(html).toContain('<input type="checkbox" disabled="" aria-label="Done" checked=""/> done');
    expect(html).toContain('<input type="checkbox" disabled="" aria-label="Not done"/> open');
  });

  it('keeps HTML written as tags, and escapes text', () => {
    const html = render(article('A <abbr title="Federal Reserve">Fed</abbr> note: 3 \\< 4 & <q>quotes</q>.'));
    expect(html).toBe('<p>A <abbr title="Federal Reserve">Fed</abbr> note: 3 &lt; 4 &amp; <q>quotes</q>.</p>');
  });

  it('strips hostile URLs from every URL attribute the sanitiser keeps, longdesc included', () => {
    const html = render(article('<img src="/images/a.png" alt="A" longdesc="javascript:alert(1)" />'));
    expect(html).toContain('<img src="/images/a.png" alt="A" decoding="async"/>');
    expect(html).not.toContain('javascript:');
  });

  it('drops {/* comments */}', () => {
    expect(render(article('{/* for the desk only */}\n\nPublished text.')).trim()).toBe('<p>Published text.</p>');
  });
});

describe('rewriteBodyUrls', () => {
  const underNews = (url: string) => (url.startsWith('/') ? `/news${url}` : url);

  it('rewrites links and images, and leaves the rest of the markup alone', () => {
    const html = '<p><a href="/articles/fed">Fed</a> <a href="https://example.com/">out</a> <img src="/images/chart.png" alt="Chart"></p>';
    expect(rewriteBodyUrls(html, underNews)).toBe(
      '<p><a href="/news/articles/fed">Fed</a> <a href="https://example.com/">out</a> <img src="/news/images/chart.png" alt="Chart"></p>',
    );
  });
});
