import type { Output } from '../../tools/shared/paths.ts'
// @vitest-environment node
// The outputs the test steps read (tools/shared/paths.ts): a missing one is named with the command that
// makes it, and every such command is an npm script of this project, so the advice can be followed.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { missingOutputs, OUTPUTS, ROOT } from '../../tools/shared/paths.ts'

const scripts = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts)

/** The npm script a command runs ("npm run build -- --base /x/" → "build"), or undefined. */
const scriptOf = (command: string) => /^npm run (\S+)/.exec(command)?.[1]

describe('outputs the test steps read', () => {
  it('names a missing output with the command that makes it, and nothing when it is there', () => {
    const there: Output = { what: 'dist/', made: () => true, command: 'npm run build' }
    const missing: Output = { what: 'exports/', made: () => false, command: 'npm run export' }
    expect(missingOutputs([there, missing])).toEqual(['exports/ is missing: run npm run export'])
    expect(missingOutputs([there])).toEqual([])
  })

  it('makes each output with an npm script of this project (negative control: a made-up script)', () => {
    const unknown = (commands: string[]) => commands.filter(command => !scripts.includes(scriptOf(command) ?? ''))
    expect(unknown(Object.values(OUTPUTS).map(output => output.command))).toEqual([])
    expect(unknown(['npm run build:nowhere'])).toEqual(['npm run build:nowhere'])
  })
})
