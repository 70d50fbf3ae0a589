/** The scaffolders' flags, one source for the parser, the prompts and the help text. */
export const FLAGS = {
  article: [
    { flag: 'title', required: true, multiple: false, prompt: 'Headline', help: 'the headline' },
    {
      flag: 'author',
      required: true,
      multiple: true,
      prompt: 'Author slugs, comma-separated (for example maya-okafor)',
      help: 'an author slug from content/authors/; repeat it or separate slugs with commas',
    },
    {
      flag: 'tags',
      required: false,
      multiple: false,
      prompt: 'Tags, comma-separated (for example AI, Markets)',
      help: 'topics, comma-separated (default: News)',
    },
  ],
  author: [
    { flag: 'name', required: true, multiple: false, prompt: 'Name', help: 'the name readers see' },
    {
      flag: 'role',
      required: false,
      multiple: false,
      prompt: 'Role (optional, for example "Energy correspondent")',
      help: 'for example "Energy correspondent"',
    },
  ],
} as const;

export type ContentKind = keyof typeof FLAGS;

const EXAMPLES: Record<ContentKind, string> = {
  article: 'npm run new:article -- --title "Grid Storage Auction Clears a Record" --author maya-okafor --tags "Energy, Markets"',
  author: 'npm run new:author -- --name "Ada Quill" --role "Markets reporter"',
};

/** Every flag of a scaffolder with an example, for runs without a terminal to ask in. */
export function usage(kind: ContentKind): string {
  const width = Math.max(...FLAGS[kind].map(({ flag }) => flag.length));
  const lines = FLAGS[kind].map(({ flag, required, help }) => `  --${flag.padEnd(width)}  ${required ? '(required) ' : ''}${help}`);
  return [`Flags of npm run new:${kind}:`, ...lines, 'For example:', `  ${EXAMPLES[kind]}`].join('\n');
}

/**
 * Why nothing was written: required values are missing, either left blank at the prompts or, with
 * no terminal to ask in (input piped or redirected), not given as flags.
 */
export function missingFlagsMessage(kind: ContentKind, missing: readonly string[], { asked }: { asked: boolean }): string {
  const named = missing.map((flag) => `--${flag}`).join(' and ');
  const why = asked ? '' : ' (there is no terminal to ask in: input is piped or redirected, so give every value as a flag)';
  return `Nothing was written: missing ${named}${why}.\n${usage(kind)}`;
}
