import { toHtml } from 'hast-util-to-html';
import { create } from 'xmlbuilder2';

/**
 * Characters XML 1.0 cannot carry at all, not even as references: C0 controls other than tab and
 * line breaks, lone surrogates, U+FFFE and U+FFFF. Every feed format drops the same ones, so RSS,
 * Atom and JSON Feed always say the same text. (The content check refuses them in frontmatter;
 * this is what keeps a feed well-formed should one get through.)
 */
const NOT_AN_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function withoutNonXmlCharacters(text: string): string {
  return text.replace(NOT_AN_XML_CHARACTER, '');
}

/**
 * Plain text written so an HTML reader shows it as written: RSS <description> is HTML by
 * convention, so a summary such as `Editors typed <b>, & and "quotes"` must reach it escaped.
 * hast-util-to-html escapes a text node exactly as it would inside a page.
 */
export function plainTextAsHtml(text: string): string {
  return toHtml({ type: 'text', value: withoutNonXmlCharacters(text) }, { characterReferences: { useNamedReferences: true } });
}

/*
 * xmlbuilder2 treats anything in a value that looks like a reference (`&amp;`, `&lt;`, `&nbsp;`,
 * `&#60;`) as markup and writes it through unescaped (oozcitak/xmlbuilder2#117), so a reader would
 * get `&` for an author's `&amp;`, `<b>` for `&lt;b&gt;`, and an undefined `&nbsp;` makes the whole
 * feed ill-formed. Escaping every `&` first leaves it nothing that looks like a reference; it
 * still escapes `<`, `>` (so `]]>` is safe) and quotes itself. The parse-back tests fail if this
 * ever double-escapes.
 */
const literal = (value: string) => withoutNonXmlCharacters(value).replace(/&/g, '&amp;');

/** A node of an xmlbuilder2 document (the package exports no name for its type). */
export type XmlElement = ReturnType<typeof create>;

/** A new XML document whose root element carries the given attributes. */
export function createXmlDocument(rootName: string, attributes: Record<string, string>): XmlElement {
  return create({ version: '1.0', encoding: 'UTF-8' }).ele(rootName, escapeAttributes(attributes));
}

/** Appends an element; its attribute values and text reach an XML reader exactly as given. */
export function addElement(parent: XmlElement, name: string, attributes: Record<string, string> = {}, text?: string): XmlElement {
  const element = parent.ele(name, escapeAttributes(attributes));
  if (text !== undefined) element.txt(literal(text));
  return element;
}

function escapeAttributes(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, literal(value)]));
}
