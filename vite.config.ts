// Merged by Slidev into its own Vite config (for `slidev`, `slidev build` and `slidev export`). It only
// composes the deck's plugins, which live in tools/vite/:
// - deck-checks.ts: the data and slide checks at build, dev (again on each save) and export;
// - deck-modules.ts: the virtual modules built from data/ and the slides (citations, search index…);
// - dev-port.ts: says so in dev when port 3030 was taken.
// Three build shapes:
// - the hosted deck (`slidev build`): a progressive web app (web-app.ts: manifest + service worker that
//   precaches every slide, font and asset), with the Content-Security-Policy as a <meta> (csp-meta.ts)
//   for hosts that cannot send headers;
// - the single offline file (DECK_SINGLE_FILE=1, run by tools/export/single-file.ts; single-file.ts):
//   everything inlined into index.html, no chunks, no service worker;
// - dev and export (`slidev`, `slidev export`): neither.
import type { PluginOption } from 'vite'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { isSingleFileBuild, shipsBuildManifest } from './tools/shared/flags.ts'
import { contentSecurityPolicyMeta } from './tools/vite/csp-meta.ts'
import { deckChecks } from './tools/vite/deck-checks.ts'
import { deckModules } from './tools/vite/deck-modules.ts'
import { devPortNotice } from './tools/vite/dev-port.ts'
import { singleFile } from './tools/vite/single-file.ts'
import { webApp } from './tools/vite/web-app.ts'

export default defineConfig(async ({ command }) => {
  const root = fileURLToPath(new URL('.', import.meta.url))
  const plugins: PluginOption[] = [deckChecks(), deckModules(), devPortNotice()]
  if (isSingleFileBuild())
    plugins.push(...singleFile())
  else if (command === 'build')
    plugins.push(contentSecurityPolicyMeta(), ...await webApp(root))
  return {
    plugins,
    build: {
      // `npm run bench` reads per-slide bytes from Vite's build manifest (dist/.vite/manifest.json);
      // hosted builds do not ship it.
      manifest: shipsBuildManifest(),
      // Rolldown's note that plugins took long (UnoCSS and the PWA plugin, which Slidev brings) printed
      // 12 lines on every build, for plugin authors; `npm run bench` measures the build's time.
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  }
})
