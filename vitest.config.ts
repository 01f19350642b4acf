import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { deckModules } from './tools/vite/deck-modules.ts'

// One Vitest config, grouped by what the tests read and what they start:
//   generated  the generated files are current (fonts, map shapes)
//   rules      the build's rules on small made-up decks
//   unit       the source in Node: data modules, lib/ and tools/ helpers, the preview server
//   components what a component renders (happy-dom, Slidev's slide context mocked)
//   deck       rules over the real deck: content, content accessibility, colour contrast
//   mistakes   a lecturer's mistakes in copies of the deck, through real `slidev build` and dev servers
//   artifacts  built files and exported PDFs (`npm test` builds and exports first; the
//              determinism check runs a second export of the PDFs, so timeouts are generous)
//   lint       the lint config's rules do what they say (part of `npm run lint`)
// `npm run test:unit` runs the first five in one process (no build, no server); `npm run
// test:mistakes` and `npm run test:artifacts` run two more (docs/testing.md).
//
// Speed (issue 21): only the component files pay for a DOM, the Slidev mock and the Vue plugin. The
// Node projects share one module cache per worker (isolate: false, in QUICK): they import the deck parser,
// data and tools once per worker instead of once per file. They may do so because none of them
// changes shared state without restoring it (process.env in browser.test.ts is put back after each
// test). The component files run the same way, with restoreMocks. The lint config's own test is part
// of `npm run lint` (project lint), not of the quick run: it loads the whole lint config, about 4 s.

/** Files that mount components or use the DOM. */
const COMPONENT_TESTS = [
  'tests/unit/components/**/*.test.ts',
  'tests/unit/chapter-agenda.test.ts',
  'tests/unit/publication-dates.test.ts',
  'tests/unit/setup-main.test.ts',
  'tests/unit/source-tags.test.ts',
]
const GENERATED_TESTS = ['tests/unit/fonts.test.ts', 'tests/unit/places.test.ts']
const RULE_TESTS = ['tests/unit/slide-checks.test.ts']
/** The quick projects: one module cache per worker (isolate: false), and workers as threads, which start faster than processes. */
const QUICK = { isolate: false, pool: 'threads' } as const

export default defineConfig({
  test: {
    // project-times.ts: each project's time, for `npm test` (several projects share one run).
    reporters: ['default', './tests/project-times.ts'],
    environment: 'node',
    // A guard against a hang, not a speed limit: a test of 2 s on a quiet 2-core machine takes over 5 s
    // (Vitest's default) when other jobs share the cores. Projects may ask for more (artifacts).
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'generated', include: GENERATED_TESTS, ...QUICK },
      },
      {
        extends: true,
        test: { name: 'rules', include: RULE_TESTS, ...QUICK },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...COMPONENT_TESTS, ...GENERATED_TESTS, ...RULE_TESTS],
          ...QUICK,
        },
      },
      {
        extends: true,
        // deckModules: the build-time modules components read (virtual:deck/citations).
        plugins: [vue(), deckModules()],
        test: {
          name: 'components',
          include: COMPONENT_TESTS,
          environment: 'happy-dom',
          setupFiles: ['tests/unit/setup.ts'],
          ...QUICK,
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'deck',
          include: ['tests/deck/**/*.test.ts'],
          exclude: ['tests/deck/mistakes.test.ts'],
          ...QUICK,
        },
      },
      {
        extends: true,
        // Part of `npm run lint`: the lint config's own behaviour, which costs a load of the whole config (4 s).
        test: { name: 'lint', include: ['tests/lint/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'mistakes',
          include: ['tests/deck/mistakes.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'artifacts',
          include: ['tests/artifacts/**/*.test.ts'],
          globalSetup: ['tests/artifacts/inputs.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
