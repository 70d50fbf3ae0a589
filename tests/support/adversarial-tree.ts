/*
 * The adversarial content tree: the valid fixture site plus every hostile file of
 * tests/fixtures/adversarial/refused/, and the cases that cannot be committed as plain files
 * (symbolic links, invalid UTF-8, a 5 MB file, 10,000 tags, a list nested 1,000 deep).
 */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../fixtures');
const REFUSED = join(FIXTURES, 'adversarial/refused');

const frontmatter = (title: string, extra = '') => `---\ntitle: ${title}\ndate: 2026-03-02\nauthors: [ada-quill]\ntags: [Markets]\n${extra}---\n\n`;

/** Generated hostile files, by path under content/articles/adversarial/. */
export const GENERATED_ARTICLES: Record<string, string | Uint8Array> = {
  'huge-article.mdx': frontmatter('Five megabytes') + 'All work and no play. '.repeat(240_000),
  'ten-thousand-tags.mdx': `---\ntitle: Ten thousand tags\ndate: 2026-03-02\nauthors: [ada-quill]\ntags: [${Array.from({ length: 10_000 }, (_, i) => `tag${i}`).join(', ')}]\n---\n\nTags.\n`,
  // "- - - item" opens a list inside a list on one line: 1,000 levels in 2 kB.
  'list-nested-1000-deep.mdx': `${frontmatter('Deep list')}${'- '.repeat(1000)}bottom\n`,
  // YAML's parser recurses once per level: 6,000 "[" ran V8 out of memory before a problem was named.
  'frontmatter-nested-6000-deep.mdx': `---\ntitle: Deep frontmatter\ndate: 2026-03-02\nauthors: [ada-quill]\ntags: ${'['.repeat(6000)}Markets\n---\n\nText.\n`,
  'frontmatter-blocks-nested-deep.mdx': `---\ntitle: Deep blocks\n${Array.from({ length: 12 }, (_, level) => `${'  '.repeat(level)}- level${level}:`).join('\n')} x\n---\n\nText.\n`,
  'quotes-nested-100000-deep.mdx': `${frontmatter('Deep quotes')}${'>'.repeat(100_000)} bottom\n`,
  // A slug of 210 bytes: Next names files and folders after it (<slug>.segments), so slugs stay well below the 255-byte limit.
  [`${'a'.repeat(210)}.mdx`]: frontmatter('Long file name') + 'Text.\n',
  // Each name is short enough, but the compile's body file for it (articles__adversarial__<folder>__<name>.mdx.<hash>.html) is 283 bytes.
  [`${'f'.repeat(120)}/${'g'.repeat(120)}.mdx`]: frontmatter('Long folder') + 'Text.\n',
  'invalid-utf8.mdx': Buffer.concat([Buffer.from(frontmatter('Latin-1 bytes') + 'Fine line.\n'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])]),
};

/** Copies the fixture site to a scratch folder and adds the whole adversarial corpus to it. */
export function buildAdversarialTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'newsdesk-adversarial-'));
  cpSync(join(FIXTURES, 'site'), root, { recursive: true });
  const articles = join(root, 'content/articles/adversarial');
  cpSync(join(REFUSED, 'articles'), articles, { recursive: true });
  cpSync(join(REFUSED, 'authors'), join(root, 'content/authors'), { recursive: true });
  cpSync(join(REFUSED, 'pages'), join(root, 'content/pages'), { recursive: true });
  for (const [name, contents] of Object.entries(GENERATED_ARTICLES)) {
    mkdirSync(dirname(join(articles, name)), { recursive: true });
    writeFileSync(join(articles, name), contents);
  }
  // Files under public/ that are published as they are: a page, a script, an SVG that runs one, a link out.
  writeFileSync(join(root, 'public/images/page.html'), '<!doctype html><title>x</title><script>alert(document.domain)</script>\n');
  writeFileSync(join(root, 'public/images/app.js'), 'alert(document.domain);\n');
  writeFileSync(join(root, 'public/images/active.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script href="/images/app.js"/></svg>\n');
  symlinkSync(join(root, 'outside.mdx'), join(root, 'public/images/leak.png'));
  // A lead image that exists but is text, not an image.
  writeFileSync(join(root, 'public/images/not-an-image.svg'), 'This is a note, not a picture.\n');
  // A linked file and a linked folder, both pointing outside content/.
  writeFileSync(join(root, 'outside.mdx'), frontmatter('Outside the tree') + 'Two comments.\n');
  symlinkSync(join(root, 'outside.mdx'), join(articles, 'symlinked-file.mdx'));
  mkdirSync(join(root, 'elsewhere'));
  writeFileSync(join(root, 'elsewhere/inside-linked-folder.mdx'), frontmatter('Linked folder') + 'Text.\n');
  symlinkSync(join(root, 'elsewhere'), join(articles, 'symlinked-folder'));
  return root;
}
