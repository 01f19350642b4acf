import type { Plugin, PluginOption } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'

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

/** Everything inlined into index.html: no chunks, no service worker (a file:// page cannot register one). */
export function singleFile(): PluginOption[] {
  return [withoutManualChunks(), viteSingleFile({ removeViteModuleLoader: true })]
}
