// The one way the tools run Slidev's command line: its binary from the installed @slidev/cli, with the
// Node that runs the tool.
import type { ChildProcess, SpawnOptions } from 'node:child_process'
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { ROOT } from './paths.ts'

export const SLIDEV_BIN = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')

/** Starts `slidev <args>` in the deck's folder (or `options.cwd`). */
export function spawnSlidev(args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, [SLIDEV_BIN, ...args], { cwd: ROOT, ...options })
}

/** Runs `slidev <args>` to its end; resolves with its exit code and output (stdout and stderr). */
export function runSlidev(args: readonly string[], options: SpawnOptions = {}): Promise<{ code: number, output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawnSlidev(args, { stdio: ['ignore', 'pipe', 'pipe'], ...options })
    let output = ''
    child.stdout?.on('data', chunk => output += chunk)
    child.stderr?.on('data', chunk => output += chunk)
    child.on('error', reject)
    child.on('exit', code => resolve({ code: code ?? 1, output }))
  })
}
