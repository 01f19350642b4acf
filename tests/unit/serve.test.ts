// @vitest-environment node
// The preview/e2e server (tools/shared/serve.ts) on a temporary built deck with a sibling folder
// holding a secret: page routes get the app, files get themselves, a missing file gets 404, a URL
// that does not decode gets 400 (and the server keeps serving), and no encoding of `..` or `\`
// reaches the sibling folder.
import type { Server } from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { E2E_BASE } from '../../tools/shared/paths.ts'
import { notServable, serveDeck } from '../../tools/shared/serve.ts'

const BASE = E2E_BASE
const SECRET = 'lecturer-notes-secret-4711'
const INDEX = `<!doctype html><script type="module" src="${BASE}assets/app.js"></script>`

let folder: string
const servers: Server[] = []

/** GET with the path sent exactly as written (no client-side normalisation of `..` or escapes). */
function get(url: string, path: string): Promise<{ status: number, body: string }> {
  const { host, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const req = request({ host: host.split(':')[0], port, path, method: 'GET' }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

async function serve(dir: string) {
  const { server, url } = await serveDeck(dir, BASE)
  servers.push(server)
  return url
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'deck-serve-'))
  mkdirSync(join(folder, 'dist/assets'), { recursive: true })
  writeFileSync(join(folder, 'dist/index.html'), INDEX)
  writeFileSync(join(folder, 'dist/assets/app.js'), 'console.log("app")')
  mkdirSync(join(folder, 'dist-lecturer'))
  writeFileSync(join(folder, 'dist-lecturer/secret.txt'), SECRET)
})

afterAll(() => {
  servers.forEach(server => server.close())
  rmSync(folder, { recursive: true, force: true })
})

describe('tools/shared/serve.ts', () => {
  it('serves the app for page routes and a file for its path', async () => {
    const url = await serve(join(folder, 'dist'))
    expect(await get(url, BASE)).toEqual({ status: 200, body: INDEX })
    expect(await get(url, `${BASE}12?clicks=3`)).toEqual({ status: 200, body: INDEX })
    expect(await get(url, `${BASE}assets/app.js`)).toEqual({ status: 200, body: 'console.log("app")' })
  })

  it('answers a missing asset with 404, not the page', async () => {
    const url = await serve(join(folder, 'dist'))
    expect((await get(url, `${BASE}assets/missing.js`)).status).toBe(404)
    expect((await get(url, `${BASE}assets/missing.css`)).status).toBe(404)
  })

  it('answers a URL that does not decode with 400 and keeps serving', async () => {
    const url = await serve(join(folder, 'dist'))
    expect((await get(url, `${BASE}%E0%A4%A`)).status).toBe(400)
    expect((await get(url, `${BASE}%`)).status).toBe(400)
    expect(await get(url, BASE)).toEqual({ status: 200, body: INDEX })
  })

  it('never serves a file outside the folder, however the path is encoded', async () => {
    const url = await serve(join(folder, 'dist'))
    const attempts = [
      '../dist-lecturer/secret.txt',
      '..%2fdist-lecturer%2fsecret.txt',
      '%2e%2e/dist-lecturer/secret.txt',
      '%2e%2e%2fdist-lecturer%2fsecret.txt',
      '%252e%252e%252fdist-lecturer%252fsecret.txt',
      '..%5cdist-lecturer%5csecret.txt',
      '..\\dist-lecturer\\secret.txt',
      'assets/..%2f..%2fdist-lecturer%2fsecret.txt',
    ]
    for (const attempt of attempts) {
      const { status, body } = await get(url, `${BASE}${attempt}`)
      expect(body, attempt).not.toContain(SECRET)
      expect([400, 404], `${attempt} answered ${status}`).toContain(status)
    }
  })

  it('can see the secret when it is inside the served folder (negative control)', async () => {
    const url = await serve(folder)
    const { status, body } = await get(url, `${BASE}dist-lecturer/secret.txt`)
    expect(status).toBe(200)
    expect(body).toContain(SECRET)
  })

  it('refuses a folder without a build, or built for another base', () => {
    expect(notServable(join(folder, 'nothing'), BASE)).toMatch(/No built deck/)
    expect(notServable(join(folder, 'dist'), '/other/')).toMatch(/was not built for the base \/other\//)
    expect(notServable(join(folder, 'dist'), BASE)).toBeUndefined()
  })
})
