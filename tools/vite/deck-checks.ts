// The deck's checks run in Vite, on the Node side, so a lecturer's mistake stops the build, the dev
// server and the export with one message naming file, slide and fix:
// - data/check.ts: every data module against its zod schema (module, entry, field); zod stays out
//   of the bundle.
// - tools/rules/: the rules over the deck model (slides.md and its `src:` chapters): frontmatter YAML
//   and keys, `src:` files that exist, and component props that name data (citation ids, quote ids, dates).
// Both are loaded fresh each time they run (tools/vite/fresh-import.ts).
import type { Plugin } from 'vite'
import { isDeckSource } from './deck-source.ts'
import { freshImport } from './fresh-import.ts'

/** Runs every check; rejects with one message listing each error (data first, then slides); returns the warnings. */
async function checkDeck(root: string): Promise<string> {
  const data = await freshImport<typeof import('../../data/check')>(root, 'data/check.ts')
  const rules = await freshImport<typeof import('../rules/index')>(root, 'tools/rules/index.ts')
  const messages: string[] = []
  let warnings = ''
  for (const check of [async () => data.checkAllData(), async () => void (warnings = await rules.checkSlides(root))]) {
    try {
      await check()
    }
    catch (error) {
      messages.push(error instanceof Error ? error.message : String(error))
    }
  }
  if (messages.length) {
    // The message says where the problem is; a stack trace of this config would only bury it.
    const error = new Error(messages.join('\n\n'))
    error.stack = ''
    throw error
  }
  return warnings
}

export function deckChecks(): Plugin {
  let command: 'build' | 'serve' = 'serve'
  let root = process.cwd()
  let warn = (message: string) => console.warn(message)
  return {
    name: 'deck:checks',
    configResolved(config) {
      command = config.command
      root = config.root
      warn = message => config.logger.warn(message)
    },
    // `slidev build`: a rejection here fails the build with the message.
    async buildStart() {
      if (command === 'build') {
        const warnings = await checkDeck(root)
        if (warnings)
          warn(warnings)
      }
    },
    // `slidev` (dev) and the export: refuse to start on a problem, then re-check on every edit of
    // data/, slides.md or pages/ and show the problems in the terminal and the browser's error overlay.
    async configureServer(server) {
      const first = await checkDeck(root)
      if (first)
        warn(first)
      let failing = false
      server.watcher.on('all', async (event, file) => {
        if (!['add', 'change', 'unlink'].includes(event) || !isDeckSource(file))
          return
        try {
          const warnings = await checkDeck(root)
          if (warnings)
            server.config.logger.warn(warnings, { timestamp: true })
          if (failing)
            server.config.logger.warn('The deck\'s checks pass again.', { timestamp: true })
          failing = false
        }
        catch (error) {
          failing = true
          const message = error instanceof Error ? error.message : String(error)
          server.config.logger.error(message, { timestamp: true })
          server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'deck:checks', id: file } })
        }
      })
    },
  }
}
