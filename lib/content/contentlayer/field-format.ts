/*
 * Frontmatter fields are declared once, in contentlayer2's own field format (lib/content/schema.ts):
 * the document types are built from them and the content rules check raw files against them.
 * The format is contentlayer2's, so it is imported here and nowhere else.
 */
export type { FieldDef, FieldDefs } from 'contentlayer2/source-files';
