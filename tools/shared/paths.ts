// Where things are: the project root, the sub-path and address the e2e build is served at, and
// the folders the builds and the export write.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The sub-path the e2e, student and lecturer builds are served at, as on GitHub Pages or a university server. */
export const E2E_BASE = '/lectures/trump-kim/'

/** Local servers listen on the loopback address only. */
export const LOCALHOST = '127.0.0.1'

/** The e2e tests' port (set E2E_PORT to run two suites side by side). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173)

export const EXPORTS = resolve(ROOT, 'exports')
export const DIST_STUDENT = resolve(ROOT, 'dist-student')
