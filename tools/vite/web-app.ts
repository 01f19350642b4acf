import type { PluginOption } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { loadDeck } from '../shared/deck.ts'
import { deckTokens } from '../shared/tokens.ts'

/** The installable, offline-after-first-visit web deck. Workbox is bundled into the service worker. */
export async function webApp(root: string): Promise<PluginOption[]> {
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
      theme_color: deckTokens().accent,
      background_color: deckTokens().bg,
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
