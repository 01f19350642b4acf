// Merged by Slidev into its own Vite config (for `slidev`, `slidev build` and `slidev export`).
//
// The deck's checks run here, on the Node side, so a lecturer's mistake stops the build, the dev
// server and the export with one message naming file, slide and fix:
// - data/check.ts: every data module against its zod schema (module, entry, field); zod stays out
//   of the bundle.
// - tools/checks/: the slide sources (slides.md and its `src:` chapters): frontmatter YAML and keys,
//   `src:` files that exist, and component props that name data (citation ids, quote ids, dates).
//
// Both are loaded with Vite's module runner (`runnerImport`) each time they run, not imported
// statically: each check sees the files as they are now (a static import would be bundled once, when
// the config loads), and the TypeScript imports in data/ need no `.ts` extensions.
//
// Three build shapes:
// - the hosted deck (`slidev build`): a progressive web app (manifest + service worker that
//   precaches every slide, font and asset), with the Content-Security-Policy as a <meta> for hosts
//   that cannot send headers;
// - the single offline file (DECK_SINGLE_FILE=1, run by tools/export/single-file.ts): everything
//   inlined into index.html, no chunks, no service worker (a file:// page cannot register one);
// - dev and export (`slidev`, `slidev export`): neither.
import type { Plugin, PluginOption, ViteDevServer } from 'vite'
import { connect } from 'node:net'
import { fileURLToPath } from 'node:url'
import { defineConfig, runnerImport } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { META_CONTENT_SECURITY_POLICY } from './tools/hosting/security-headers'
import { loadDeck } from './tools/shared/deck'
import { citationDetailsModule } from './tools/vite/citation-details'
import { deckModules } from './tools/vite/deck-modules'

const DATA_CHECK = fileURLToPath(new URL('./data/check.ts', import.meta.url))
const SLIDE_CHECK = fileURLToPath(new URL('./tools/checks/index.ts', import.meta.url))
/** Files whose edits re-run the checks in dev: data modules, slides.md and the chapters in pages/. */
const CHECKED_FILE = /(?:[\\/]data[\\/][^\\/]+\.ts|[\\/]slides\.md|[\\/]pages[\\/].+\.md)$/
/** Slidev's dev server takes the first free port from 3030 up to 4000. */
const SLIDEV_PORT = 3030
const SLIDEV_LAST_PORT = 4000

/** Runs every check; rejects with one message listing each problem (data first, then slides). */
async function checkDeck(root: string): Promise<void> {
  const messages: string[] = []
  const data = await runnerImport<typeof import('./data/check')>(DATA_CHECK, { root, logLevel: 'silent' })
  const slides = await runnerImport<typeof import('./tools/checks/index')>(SLIDE_CHECK, { root, logLevel: 'silent' })
  for (const check of [() => data.module.checkAllData(), () => slides.module.checkSlides(root)]) {
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
}

/** Whether something already listens on `port` on this machine. */
function isPortTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: 'localhost' })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** In dev, says so when 3030 was busy and Slidev took the next free port (it only prints the URL). */
function reportMovedPort(server: ViteDevServer): void {
  server.httpServer?.once('listening', async () => {
    const address = server.httpServer?.address()
    const port = typeof address === 'object' && address ? address.port : undefined
    if (!port || port <= SLIDEV_PORT || port > SLIDEV_LAST_PORT || !(await isPortTaken(SLIDEV_PORT)))
      return
    const url = `http://localhost:${port}${server.config.base}`
    server.config.logger.warn(`\n  Port ${SLIDEV_PORT} is in use (another deck or program), so this deck runs at ${url}\n  (presenter: ${url}presenter/). To use ${SLIDEV_PORT}, stop the other program, or pass --port.\n`)
  })
}

function deckChecks(): Plugin {
  let command: 'build' | 'serve' = 'serve'
  let root = process.cwd()
  return {
    name: 'deck:checks',
    configResolved(config) {
      command = config.command
      root = config.root
    },
    // `slidev build`: a rejection here fails the build with the message.
    async buildStart() {
      if (command === 'build')
        await checkDeck(root)
    },
    // `slidev` (dev) and the export: refuse to start on a problem, then re-check on every edit of
    // data/, slides.md or pages/ and show the problems in the terminal and the browser's error overlay.
    async configureServer(server) {
      await checkDeck(root)
      reportMovedPort(server)
      let failing = false
      server.watcher.on('all', async (event, file) => {
        if (!['add', 'change', 'unlink'].includes(event) || !CHECKED_FILE.test(file))
          return
        try {
          await checkDeck(root)
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

/** Set by tools/export/single-file.ts; read here because Slidev loads this file itself. */
const SINGLE_FILE = process.env.DECK_SINGLE_FILE === '1'

/**
 * Single-file output cannot split chunks: Slidev's `manualChunks` (its shiki, icons and async
 * module chunks) is dropped so vite-plugin-singlefile gets one script to inline.
 */
function withoutManualChunks(): Plugin {
  return {
    name: 'deck:single-file-chunks',
    enforce: 'post',
    outputOptions(output) {
      const rest: typeof output & { manualChunks?: unknown } = { ...output }
      delete rest.manualChunks
      return rest
    },
  }
}

/** GitHub Pages and plain web spaces cannot send headers: the policy rides in the page. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'deck:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', 'content': META_CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    }],
  }
}

/** The installable, offline-after-first-visit web deck. Workbox is bundled into the service worker. */
async function webApp(root: string): Promise<PluginOption[]> {
  const deck = await loadDeck(root)
  return VitePWA({
    registerType: 'autoUpdate',
    // A registerSW.js file rather than an inline script: the CSP allows no inline scripts.
    injectRegister: 'script',
    manifest: {
      name: deck.title,
      short_name: deck.title.split(':')[0]!.trim(),
      description: deck.subject,
      lang: deck.lang,
      start_url: '.',
      scope: '.',
      display: 'standalone',
      theme_color: '#1d3557',
      background_color: '#ffffff',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // Every slide chunk, the fonts, the icons: a student who opened the deck once has all of it.
      globPatterns: ['**/*.{js,css,html,woff2,svg,png,webmanifest}'],
      globIgnores: ['404.html'],
      // Deep links (/12, /overview) are routes of the single-page app: answer them with index.html.
      navigateFallback: 'index.html',
      // Workbox's runtime goes into sw.js itself: no second file, no CDN.
      inlineWorkboxRuntime: true,
      cleanupOutdatedCaches: true,
      // The first visit's page comes under the worker as soon as it is ready, not only after a reload.
      clientsClaim: true,
    },
  })
}

export default defineConfig(async ({ command }) => {
  const root = fileURLToPath(new URL('.', import.meta.url))
  const plugins: PluginOption[] = [deckChecks(), deckModules(), citationDetailsModule()]
  if (SINGLE_FILE)
    plugins.push(withoutManualChunks(), viteSingleFile({ removeViteModuleLoader: true }))
  else if (command === 'build')
    plugins.push(contentSecurityPolicyMeta(), ...await webApp(root))
  return {
    plugins,
    // `npm run bench` reads per-slide bytes from Vite's build manifest (dist/.vite/manifest.json);
    // hosted builds do not ship it.
    build: { manifest: process.env.BENCH_MANIFEST === '1' },
  }
})
