import { defineConfig } from 'vitest/config'

// `npm run test:export`: checks on the exported PDFs (run `npm run export` first) and on the
// student/lecturer web builds (run `npm run build:student` and `npm run build:lecturer` first).
// The determinism check runs a second export, so timeouts are generous.
export default defineConfig({
  test: {
    include: ['tests/export/**/*.test.ts', 'tests/artifacts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 240_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
})
