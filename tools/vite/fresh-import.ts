import { resolve } from 'node:path'
import { runnerImport } from 'vite'

/**
 * A module of the deck as it is on disk now, e.g. `data/sources.ts`: loaded with Vite's module runner
 * each time, not imported statically, so a check or a virtual module sees the files as they are after
 * an edit (a static import would be bundled once, when the config loads), and the TypeScript imports
 * in data/ need no `.ts` extensions.
 */
export async function freshImport<Module>(root: string, file: string): Promise<Module> {
  const { module } = await runnerImport<Module>(resolve(root, file), { root, logLevel: 'silent' })
  return module
}
