/*
 * How a frontmatter field is declared (lib/content/schema.ts): the compile (lib/content/compile/)
 * converts values by these types and the content rules (field-rules.ts) check raw files against them.
 */

interface FieldBase {
  required?: boolean;
  /** What the field holds, in a few words: error messages quote it. */
  description: string;
}

export type FieldDef =
  | (FieldBase & { type: 'string' | 'boolean' | 'number' | 'json' })
  /** An ISO 8601 date or date-time; compiled to the UTC instant (toISOString). */
  | (FieldBase & { type: 'date' })
  | (FieldBase & { type: 'enum'; options: readonly string[] })
  /** `json` items are maps checked entry by entry (corrections, updates). */
  | (FieldBase & { type: 'list'; of: { type: 'string' | 'json' } });

export type FieldDefs = Record<string, FieldDef>;
