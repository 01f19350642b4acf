// Keeps the export on this machine: every connection the Node process (Slidev's Vite server) or
// the browser page tries to open to another host is refused and recorded, so the export can fail
// and name the URL. A lecture-hall laptop without internet must be able to export the deck.
import net from 'node:net'

function isLocalHost(host) {
  const name = String(host ?? 'localhost').replace(/^\[|\]$/g, '').toLowerCase()
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || name === '0.0.0.0'
    || name === '::' || /^127\.\d+\.\d+\.\d+$/.test(name) || name === '::ffff:127.0.0.1'
}

export function isLocalUrl(href) {
  const url = new URL(href)
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol))
    return true // data:, blob:, file:, about: stay on the machine
  return isLocalHost(url.hostname)
}

/**
 * Refuses outgoing TCP connections to other hosts from this Node process (covers fetch, http,
 * https and tls, which all end in net.Socket#connect). Returns a function that undoes the patch.
 * @param {(where: string) => void} report
 */
export function guardNodeNetwork(report) {
  const original = net.Socket.prototype.connect
  net.Socket.prototype.connect = function connect(...args) {
    let options = args[0]
    if (Array.isArray(options))
      options = options[0] // net.connect passes its normalised [options, callback]
    let host
    let port
    if (typeof options === 'object' && options !== null) {
      if (!options.path) {
        host = options.host ?? 'localhost'
        port = options.port
      }
    }
    else if (typeof options === 'number' || (typeof options === 'string' && /^\d+$/.test(options))) {
      host = typeof args[1] === 'string' ? args[1] : 'localhost'
      port = options
    }
    if (host !== undefined && !isLocalHost(host)) {
      const where = `tcp://${host}:${port} (from the Slidev/Node process)`
      report(where)
      process.nextTick(() => this.destroy(new Error(`export is offline: refused connection to ${where}`)))
      return this
    }
    return original.apply(this, args)
  }
  return () => {
    net.Socket.prototype.connect = original
  }
}

/**
 * Aborts every request of a browser context that would leave the machine.
 * @param {import('playwright-chromium').BrowserContext} context
 * @param {(where: string) => void} report
 */
export async function guardBrowserContext(context, report) {
  await context.route('**/*', (route) => {
    const href = route.request().url()
    if (isLocalUrl(href))
      return route.continue()
    report(`${href} (requested by the page)`)
    return route.abort('blockedbyclient')
  })
  await context.routeWebSocket(url => !isLocalUrl(url.href), (socket) => {
    report(`${socket.url()} (WebSocket opened by the page)`)
    socket.close()
  })
}
