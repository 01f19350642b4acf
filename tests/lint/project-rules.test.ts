// @vitest-environment node
// The project's own lint rules (eslint.config.js) do what they say. One ESLint instance: loading the
// whole config costs about 4 s.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()
const rulesIn = (results: ESLint.LintResult[]) => results[0]!.messages.map(message => `${message.ruleId}: ${message.message}`)

// A `node:` import, the tools and `process` fail in lib/, data/ and components; the same code passes in tools/.
const NODE_CODE = 'import { readFileSync } from \'node:fs\'\nimport { ROOT } from \'../tools/shared/paths.ts\'\n\nexport const probe = readFileSync(process.argv[1] ?? ROOT, \'utf8\')\n'

describe('browser code cannot use Node', () => {
  it('fails a node: import, an import of tools/ and process in lib/, and passes them in tools/', async () => {
    const browser = await eslint.lintText(NODE_CODE, { filePath: 'lib/probe.ts' })
    expect(browser[0]!.messages.map(message => message.ruleId)).toEqual(['no-restricted-imports', 'no-restricted-imports', 'no-restricted-globals'])
    const tool = await eslint.lintText(NODE_CODE.replace('../tools/shared/paths.ts', './shared/paths.ts'), { filePath: 'tools/probe.ts' })
    expect(rulesIn(tool)).toEqual([])
  }, 60_000)
})

// Each relative import names its file: Vite's coming native config loader and Node resolve only such paths.
describe('relative imports name their file', () => {
  it('fails an import without its extension and passes it with one', async () => {
    const code = (path: string) => `import { ROOT } from '${path}'\n\nexport const probe = ROOT\n`
    expect(rulesIn(await eslint.lintText(code('./shared/paths'), { filePath: 'tools/probe.ts' })))
      .toEqual(['node/file-extension-in-import: require file extension \'.ts\'.'])
    expect(rulesIn(await eslint.lintText(code('./shared/paths.ts'), { filePath: 'tools/probe.ts' }))).toEqual([])
  }, 60_000)
})
