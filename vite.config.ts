// Merged by Slidev into its own Vite config (for `slidev`, `slidev build` and `slidev export`).
//
// The data modules in data/ ship to the browser as plain typed data; their zod validation lives in
// data/check.ts and runs here, on the Node side, so a malformed entry still stops the build and the
// dev server with a message naming the module, the entry and the field, while zod stays out of the
// bundle.
//
// data/check.ts is loaded with Vite's module runner (`runnerImport`) each time it runs, not imported
// statically: each check sees the files as they are now (a static import would be bundled once, when
// the config loads), and the TypeScript imports in data/ need no `.ts` extensions.
import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import { defineConfig, runnerImport } from 'vite'

const CHECK = fileURLToPath(new URL('./data/check.ts', import.meta.url))
const DATA_FILE = /[\\/]data[\\/][^\\/]+\.ts$/

/** Validates every data module; rejects with one message listing each problem (module, entry, field). */
async function checkDeckData(root: string): Promise<void> {
  const { module } = await runnerImport<typeof import('./data/check')>(CHECK, { root, logLevel: 'silent' })
  module.checkAllData()
}

function deckDataCheck(): Plugin {
  let command: 'build' | 'serve' = 'serve'
  let root = process.cwd()
  return {
    name: 'deck:check-data',
    configResolved(config) {
      command = config.command
      root = config.root
    },
    // `slidev build`: a rejection here fails the build with the message.
    async buildStart() {
      if (command === 'build')
        await checkDeckData(root)
    },
    // `slidev` (dev) and `slidev export`: refuse to start on bad data, then re-check on every edit
    // in data/ and show the problems in the terminal and the browser's error overlay.
    async configureServer(server) {
      await checkDeckData(root)
      server.watcher.on('change', async (file) => {
        if (!DATA_FILE.test(file))
          return
        try {
          await checkDeckData(root)
        }
        catch (error) {
          const message = error instanceof Error ? error.message : String(error)
          server.config.logger.error(message, { timestamp: true })
          server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'deck:check-data', id: file } })
        }
      })
    },
  }
}

export default defineConfig({
  plugins: [deckDataCheck()],
  // `npm run bench` reads per-slide bytes from Vite's build manifest (dist/.vite/manifest.json);
  // hosted builds do not ship it.
  build: { manifest: process.env.BENCH_MANIFEST === '1' },
})
