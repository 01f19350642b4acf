// Keeps the export's Node process on this machine: every TCP connection Slidev's Vite server tries
// to open to another host is refused and recorded, so the export can fail and name it. (The
// browser side is tools/shared/browser.ts refuseOffMachine.) A lecture-hall laptop without
// internet must be able to export the deck.
import net from 'node:net'
import { isLocalHost } from '../shared/browser.ts'

type Connect = (this: net.Socket, ...args: unknown[]) => net.Socket

/**
 * Refuses outgoing TCP connections to other hosts from this Node process (covers fetch, http,
 * https and tls, which all end in net.Socket#connect). Returns a function that undoes the patch.
 */
export function guardNodeNetwork(report: (where: string) => void): () => void {
  const original = net.Socket.prototype.connect as unknown as Connect
  const guarded: Connect = function connect(this: net.Socket, ...args: unknown[]) {
    let options = args[0]
    if (Array.isArray(options))
      options = options[0] // net.connect passes its normalised [options, callback]
    let host: string | undefined
    let port: unknown
    if (typeof options === 'object' && options !== null) {
      const given = options as { path?: string, host?: string, port?: unknown }
      if (!given.path) {
        host = given.host ?? 'localhost'
        port = given.port
      }
    }
    else if (typeof options === 'number' || (typeof options === 'string' && /^\d+$/.test(options))) {
      host = typeof args[1] === 'string' ? args[1] : 'localhost'
      port = options
    }
    if (host !== undefined && !isLocalHost(host)) {
      const where = `tcp://${host}:${String(port)} (from the Slidev/Node process)`
      report(where)
      process.nextTick(() => this.destroy(new Error(`export is offline: refused connection to ${where}`)))
      return this
    }
    return original.apply(this, args)
  }
  net.Socket.prototype.connect = guarded as unknown as typeof net.Socket.prototype.connect
  return () => {
    net.Socket.prototype.connect = original as unknown as typeof net.Socket.prototype.connect
  }
}
