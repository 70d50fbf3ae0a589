import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests start the content check or draw a card in a child process; on a shared two-core
    // machine those take seconds, not the default limit's milliseconds.
    testTimeout: 30_000,
  },
});
