/*
 * html-validate for every exported page (npm run test:html). We start from the recommended
 * preset and fix our own markup (components/, app/) when it breaks a rule. The only rules relaxed
 * are about markup React and Next.js write into every page, which we cannot change, plus the
 * length of titles, which is the authors' headline; each says why below.
 */
const config = {
  extends: ['html-validate:recommended'],
  rules: {
    // React's server renderer writes void elements self-closed (<meta/>, <link/>, <img/>):
    // expect that style everywhere rather than the preset's omitted end tags.
    'void-style': ['error', { style: 'selfclose' }],

    // React writes boolean and empty attributes with an empty value (async="", hidden="").
    'attribute-boolean-style': ['error', { style: 'empty' }],
    'attribute-empty-style': ['error', { style: 'empty' }],

    // React writes a few attributes under their DOM property names: charSet, fetchPriority and
    // noModule in Next.js's <head>, dateTime on every <time>. HTML attribute names are
    // case-insensitive, so camelCase is allowed besides lowercase; UPPERCASE still fails.
    'attr-case': ['error', { style: ['lowercase', 'camelcase'] }],

    // Next.js gives its runtime <script> the id "_R_". HTML allows any id without whitespace;
    // relaxed mode keeps checking that (and empty ids), not that an id starts with a letter.
    'valid-id': ['error', { relaxed: true }],

    // Not Next.js but the content: an article's <title> is its headline plus " | Newsdesk", and
    // the content contract (docs/content-format.md) sets no length on headlines. Search engines cut
    // long titles by pixel width when they show them; Open Graph carries the headline whole.
    'long-title': 'off',
  },
};

export default config;
