// Serves a built deck at a sub-path on localhost, as GitHub Pages or a university server would:
// files under the base, index.html for any other route below it (Slidev is a single-page app).
// Usage: node scripts/serve.mjs [--dir dist] [--base /lectures/trump-kim/] [--port 4173]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/lectures/trump-kim/' },
    port: { type: 'string', default: '4173' },
  },
})
const root = resolve(values.dir)
const base = values.base
const index = join(root, 'index.html')
if (!existsSync(index)) {
  console.error(`No built deck in ${root}. Run: npm run build -- --base ${base}`)
  process.exit(1)
}
if (!readFileSync(index, 'utf8').includes(`"${base}`)) {
  console.error(`${root} was not built for the base ${base}. Run: npm run build -- --base ${base}`)
  process.exit(1)
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
}

createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname)
  if (!path.startsWith(base)) {
    response.writeHead(302, { location: base })
    return response.end()
  }
  const file = join(root, normalize(path.slice(base.length)))
  const target = file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : index
  response.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' })
  createReadStream(target).pipe(response)
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`)
})
