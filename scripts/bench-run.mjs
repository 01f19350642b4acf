// Bench helper, one job: run a command to completion and measure its wall time.
// Output is kept (last lines are shown when the command fails) but not echoed while it runs.
import { spawn } from 'node:child_process'

/**
 * @param {string} command executable
 * @param {string[]} args arguments
 * @param {{ cwd: string, env?: Record<string, string> }} options
 * @returns {Promise<{ ok: boolean, code: number | null, seconds: number, output: string }>}
 */
export function timedRun(command, args, { cwd, env = {} }) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint()
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const keep = (chunk) => {
      output += chunk
      if (output.length > 200_000)
        output = output.slice(-100_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const done = (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      resolve({ ok: code === 0, code, seconds, output })
    }
    child.on('error', (error) => {
      output += `\n${error.message}`
      done(null)
    })
    child.on('close', done)
  })
}

/** The last `n` non-empty lines of a command's output, for error messages. */
export function tail(output, n = 25) {
  return output.replace(/\x1B\[[0-9;]*m/g, '').split('\n').filter(line => line.trim()).slice(-n).join('\n')
}
