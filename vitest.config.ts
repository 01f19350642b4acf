import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { deckModules } from './tools/vite/deck-modules'

// One Vitest config, four projects, grouped by what the tests read and what they start:
//   unit       the source: data modules, components (happy-dom), lib/ and tools/ helpers
//   deck       rules over the real deck: content, content accessibility, colour contrast
//   mistakes   a lecturer's mistakes in copies of the deck, through real `slidev build` and dev servers
//   artifacts  built files and exported PDFs (`npm test` builds and exports first; the
//              determinism check runs a second export of the PDFs, so timeouts are generous)
// `npm run test:unit` runs unit and deck (no build, no server); `npm run test:mistakes` and
// `npm run test:artifacts` run the other two (docs/testing.md).
export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        // deckModules: the build-time modules components read (virtual:deck/citations).
        plugins: [vue(), deckModules()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'deck',
          include: ['tests/deck/**/*.test.ts'],
          exclude: ['tests/deck/mistakes.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'mistakes',
          include: ['tests/deck/mistakes.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'artifacts',
          include: ['tests/artifacts/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/artifacts/inputs.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
