// @vitest-environment node
// The lint rule that keeps Node out of the browser code (eslint.config.js): a `node:` import, the tools
// and `process` fail in lib/, data/ and components; the same code passes in tools/.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const CODE = 'import { readFileSync } from \'node:fs\'\nimport { ROOT } from \'../tools/shared/paths\'\n\nexport const probe = readFileSync(process.argv[1] ?? ROOT, \'utf8\')\n'

describe('browser code cannot use Node', () => {
  it('fails a node: import, an import of tools/ and process in lib/, and passes them in tools/', async () => {
    const eslint = new ESLint()
    const [browser] = await eslint.lintText(CODE, { filePath: 'lib/probe.ts' })
    expect(browser!.messages.map(message => message.ruleId)).toEqual(['no-restricted-imports', 'no-restricted-imports', 'no-restricted-globals'])
    const [tool] = await eslint.lintText(CODE.replace('../tools/shared/paths', './shared/paths'), { filePath: 'tools/probe.ts' })
    expect(tool!.messages).toEqual([])
  }, 60_000)
})
