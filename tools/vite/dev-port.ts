import type { Plugin, ViteDevServer } from 'vite'
import { connect } from 'node:net'

/** Slidev's dev server takes the first free port from 3030 up to 4000. */
const SLIDEV_PORT = 3030
const SLIDEV_LAST_PORT = 4000

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

/** In dev, says so when 3030 was busy and Slidev took the next free port (it only prints the URL). */
export function devPortNotice(): Plugin {
  return { name: 'deck:dev-port', configureServer: reportMovedPort }
}
