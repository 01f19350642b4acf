// Lint gate (`npm run lint`): typescript-eslint's recommended rules for TypeScript and JavaScript,
// eslint-plugin-vue's recommended rules for components, parsed by vue-eslint-parser with the
// typescript-eslint parser inside <script lang="ts">.
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'
import vueParser from 'vue-eslint-parser'

export default tseslint.config(
  {
    // Build output, exports, caches, test and bench results: generated, not written by us.
    ignores: [
      'dist/**',
      'dist-*/**',
      'exports/**',
      'node_modules/**',
      '.slidev/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      'bench/results/**',
      '**/*.local',
    ],
  },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: {
        parser: tseslint.parser,
        ecmaVersion: 'latest',
        sourceType: 'module',
        extraFileExtensions: ['.vue'],
      },
    },
  },
  {
    files: ['**/*.vue'],
    rules: {
      // Slidev resolves components by file name (global-top.vue, slide-bottom.vue, Cite.vue):
      // single-word and kebab-case names are the framework's convention here.
      'vue/multi-word-component-names': 'off',
      // Layout rules: attribute wrapping and inline text are left to the author. Inline templates such
      // as `<time>…</time><template v-if>(KST)</template>` must stay on one line to control whitespace.
      'vue/max-attributes-per-line': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/singleline-html-element-content-newline': 'off',
    },
  },
  {
    // Tests and tools read Slidev's untyped frontmatter, pdf.js destinations and Playwright/axe results.
    files: ['tests/**/*.ts', 'tools/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      // Test stubs stand in for Slidev's built-in components under their real names (e.g. <Link>).
      'vue/multi-word-component-names': 'off',
      'vue/no-reserved-component-names': 'off',
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
  {
    // The generic validator accepts entries of any shape before zod has checked them.
    files: ['data/validate.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
)
