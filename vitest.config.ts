import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { deckModules } from './tools/vite/deck-modules'

// One Vitest config, three projects, grouped by what the tests read:
//   unit       the source: data modules, components (happy-dom), lib/ and tools/ helpers
//   deck       rules over the real deck: content, content accessibility, colour contrast
//   artifacts  built files and exported PDFs (`npm test` builds and exports first; the
//              determinism check runs a second export, so timeouts are generous)
// `npm run test:unit` runs unit and deck; `npm run test:artifacts` runs artifacts.
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
          environment: 'node',
        },
      },
      {
        test: {
          name: 'artifacts',
          include: ['tests/artifacts/**/*.test.ts'],
          environment: 'node',
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
