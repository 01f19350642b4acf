// Bench helper, one job: serve a built deck with scripts/serve.mjs on a free port of 127.0.0.1.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const SERVE = join(dirname(fileURLToPath(import.meta.url)), '../tools/shared/serve.ts')

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

/**
 * @param {string} dir built deck
 * @param {string} base sub-path it was built for, e.g. /bench/
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} url ends with the base
 */
export async function serveDeck(dir, base) {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE, '--dir', dir, '--base', base, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve.mjs did not start in 15 s:\n${output}`)), 15_000)
    const onData = (chunk) => {
      output += chunk
      if (output.includes('Serving ')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', chunk => output += chunk)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`serve.mjs exited with ${code}:\n${output}`))
    })
  })
  child.removeAllListeners('exit')
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => {
      if (child.exitCode !== null)
        return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    }),
  }
}
