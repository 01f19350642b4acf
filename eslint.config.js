// Lint gate (`npm run lint`): @antfu/eslint-config (TypeScript, Vue, sorted imports and the code's
// formatting through ESLint Stylistic), with the project's own rules below. Slidev markdown (slides.md,
// pages/) and the docs are not linted: the markdown rules and formatting fight Slidev's syntax.
import antfu from '@antfu/eslint-config'

export default antfu(
  {
    vue: true,
    typescript: true,
    markdown: false,
    jsonc: false,
    yaml: false,
    toml: false,
    // Not style: performance and regex-safety advice that would change working code (the regexes read
    // this project's own files), left to review.
    e18e: false,
    regexp: false,
    // Build output, exports, caches, test and bench results, generated or vendored files.
    ignores: [
      'dist-*/**',
      'exports/**',
      '.slidev/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      'bench/results/**',
      '**/*.local',
      'lib/map-shapes.ts',
      'tests/schemas/cc11/**',
    ],
  },
  {
    files: ['**/*.vue'],
    rules: {
      // Slidev resolves components by file name (global-top.vue, slide-bottom.vue, Cite.vue):
      // single-word and kebab-case names are the framework's convention here.
      'vue/multi-word-component-names': 'off',
      // Inline templates such as `<time>…</time><template v-if>(KST)</template>` stay on one line:
      // a line break there would become a space in the rendered text.
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
    },
  },
  {
    // Relative imports name the file they load (`./paths.ts`): Vite's coming native config loader (the
    // build warned about each import without one) and Node's own TypeScript support resolve only such paths.
    settings: { node: { typescriptExtensionMap: [['.ts', '.ts']], tryExtensions: ['.ts', '.vue', '.json', '.js'] } },
    rules: {
      'node/file-extension-in-import': ['error', 'always'],
      // The announcer and the tests read the text as a user sees it (innerText), not textContent.
      'unicorn/prefer-dom-node-text-content': 'off',
      // Node code uses the global `process`; browser code may not use it at all (below).
      'node/prefer-global/process': 'off',
    },
  },
  {
    // Test stubs stand in for Slidev's built-in components under their real names (e.g. <Link>).
    files: ['tests/**/*.ts'],
    rules: {
      'vue/no-reserved-component-names': 'off',
      // Test titles are sentences ("SCORM …", "The PDF …"); `${…}` in strings is slide text under test.
      'test/prefer-lowercase-title': 'off',
      'no-template-curly-in-string': 'off',
      // tools/bench/dist.ts measures a build's dist/ folder; it is source, not a built file.
      'antfu/no-import-dist': 'off',
    },
  },
  {
    // Node tooling, tests and configs run in Node: `process` is its global.
    files: ['tools/**/*.ts', 'tests/**/*.ts', '*.config.ts', 'setup/preparser.ts'],
    rules: {
      'node/prefer-global/buffer': 'off',
      'no-console': 'off',
      'antfu/no-import-dist': 'off',
    },
  },
  {
    // Runs in the learning platform's browser, which may be old: ES5 on purpose.
    files: ['tools/teaching/scorm/launch.js'],
    rules: {
      'no-var': 'off',
      'vars-on-top': 'off',
    },
  },
  {
    // Code the browser runs cannot use Node: no `node:` modules, no tools/ (Node tooling), no `process`.
    // (A browser tsconfig without @types/node cannot enforce this: Slidev's client types pull them in.)
    files: ['components/**/*.vue', 'layouts/**/*.vue', '*.vue', 'lib/**/*.ts', 'data/**/*.ts', 'setup/main.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['node:*'], message: 'browser code cannot import Node modules; move this to tools/.' },
        { group: ['**/tools/**'], message: 'browser code cannot import the Node tooling in tools/.' },
      ] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'browser code has no process; read a build-time value through Vite instead.' }],
    },
  },
)
