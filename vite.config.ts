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
//
// Three build shapes:
// - the hosted deck (`slidev build`): a progressive web app (manifest + service worker that
//   precaches every slide, font and asset), with the Content-Security-Policy as a <meta> for hosts
//   that cannot send headers;
// - the single offline file (DECK_SINGLE_FILE=1, run by tools/export/single-file.ts): everything
//   inlined into index.html, no chunks, no service worker (a file:// page cannot register one);
// - dev and export (`slidev`, `slidev export`): neither.
import type { Plugin, PluginOption } from 'vite'
import { fileURLToPath } from 'node:url'
import { defineConfig, runnerImport } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { META_CONTENT_SECURITY_POLICY } from './tools/hosting/security-headers'
import { loadDeck } from './tools/shared/deck'
import { deckModules } from './tools/vite/deck-modules'

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
  const plugins: PluginOption[] = [deckDataCheck(), deckModules()]
  if (SINGLE_FILE)
    plugins.push(withoutManualChunks(), viteSingleFile({ removeViteModuleLoader: true }))
  else if (command === 'build')
    plugins.push(contentSecurityPolicyMeta(), ...await webApp(root))
  return { plugins }
})
