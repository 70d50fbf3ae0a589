import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';

/*
 * Next's rules (React, React hooks, @next/next, typescript-eslint), with every recommended
 * jsx-a11y rule on top: Next's preset turns on only a handful of them, and readers who use a
 * screen reader or a keyboard are readers too. The plugin itself is registered by Next's preset.
 * ESLint's own recommended rules come first: Next's preset leaves out the core ones (a repeated
 * `case` in a switch went unnoticed until contentlayer2's bundler warned of it).
 */
export default defineConfig([
  js.configs.recommended,
  ...nextVitals,
  ...nextTypescript,
  { rules: jsxA11y.flatConfigs.recommended.rules },
  {
    rules: {
      // `_name` marks an argument a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A static export has no image optimiser (next.config.ts: images.unoptimized), so next/image
      // would only add JavaScript; our <img> elements carry their measured width and height.
      '@next/next/no-img-element': 'off',
      // Content is untrusted: the checks match control characters on purpose, to refuse or escape them.
      'no-control-regex': 'off',
    },
  },
  globalIgnores([
    '.next/**',
    '.newsdesk-preview/**',
    '.publish/**',
    '.newsdesk/**',
    // Left in older checkouts by contentlayer2, the content compiler before ours.
    '.contentlayer/**',
    'out/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'tests/fixtures/**',
  ]),
]);
