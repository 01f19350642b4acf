// The deck as ONE HTML file that opens by double-click (file://), with no server and no network:
//   exports/<exportFilename>.html           the student deck (no speaker notes)
//   exports/<exportFilename>-lecturer.html  with speaker notes and the presenter view (--lecturer)
// `npm run export:html` (tools/cli.ts html [--out <dir>] [--lecturer]), and the last step of `npm run export`.
// How: `slidev build` with Slidev's hash router (a file:// URL has no server to answer /12) and a
// relative base, and DECK_SINGLE_FILE=1, which makes vite.config.ts inline every script, style,
// font and image into index.html (vite-plugin-singlefile) and leave out the service worker. The
// favicon is inlined here, and a Content-Security-Policy <meta> allows exactly the inlined script
// (by its hash), so even the file runs with no eval and nothing from outside.
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { CSP_DIRECTIVES } from '../hosting/security-headers.ts'
import { loadDeck, STUDENT_BUILD_ARGS } from '../shared/deck.ts'
import { DECK_SINGLE_FILE } from '../shared/flags.ts'
import { exportFiles, EXPORTS, ROOT } from '../shared/paths.ts'
import { runSlidev } from '../shared/slidev.ts'

/** Students get it by e-mail, a learning platform or a USB stick: keep it small. */
const MAX_SINGLE_FILE_BYTES = 3 * 1024 * 1024

export interface SingleFileResult {
  file: string
  bytes: number
}

async function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const { code, output } = await runSlidev(args, { env })
  if (code !== 0)
    throw new Error(`slidev build for the single file failed (exit ${code}):\n${output.slice(-4000)}`)
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/**
 * The file's own policy: the hosted one, with the inlined script allowed by hash, fonts as data:
 * URLs, and nothing to connect to, no manifest and no worker (a file:// page has no service worker).
 */
function singleFilePolicy(html: string): string {
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(match => match[1]!).filter(Boolean)
  const directives: Record<string, string> = {
    ...CSP_DIRECTIVES,
    'script-src': scripts.map(sha256).join(' '),
    'font-src': 'data:',
    'img-src': 'data:',
    'connect-src': `'none'`,
    'manifest-src': `'none'`,
    'worker-src': `'none'`,
  }
  delete directives['frame-ancestors'] // ignored (with an error) in a <meta>
  return Object.entries(directives).map(([name, value]) => `${name} ${value}`).join('; ')
}

/** Inlines what Slidev links from public/ (the favicon) and adds the policy. */
async function finishHtml(html: string, publicDir: string): Promise<string> {
  const inlined = await replaceAsync(html, /href="\.\/([\w.-]+\.svg)"/g, async (_match, name: string) => {
    const svg = await readFile(join(publicDir, name))
    return `href="data:image/svg+xml;base64,${svg.toString('base64')}"`
  })
  const policy = singleFilePolicy(inlined)
  return inlined.replace(/<head>/, `<head>\n<meta http-equiv="Content-Security-Policy" content="${policy}">`)
}

async function replaceAsync(text: string, pattern: RegExp, replace: (...groups: string[]) => Promise<string>): Promise<string> {
  const replacements = await Promise.all([...text.matchAll(pattern)].map(match => replace(...match)))
  let index = 0
  return text.replace(pattern, () => replacements[index++]!)
}

/** Refuses a file that still points at anything outside itself. */
function outsideReferences(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)="(?!data:|#|https?:\/\/)([^"]+)"/g)].map(match => match[1]!)
}

export async function exportSingleFile(options: { outDir?: string, lecturer?: boolean } = {}): Promise<SingleFileResult> {
  const outDir = resolve(options.outDir ?? EXPORTS)
  const paths = exportFiles((await loadDeck()).exportFilename, outDir)
  const file = options.lecturer ? paths.lecturerHtml : paths.studentHtml
  const name = basename(file)
  const buildDir = await mkdtemp(join(tmpdir(), 'deck-single-file-'))
  try {
    await run([
      'build',
      '--router-mode',
      'hash',
      '--base',
      './',
      '--out',
      buildDir,
      ...(options.lecturer ? [] : STUDENT_BUILD_ARGS),
    // NODE_ENV: the export's Slidev dev server sets it to development in this process; the file
    // must get Vue's production build.
    ], { ...process.env, NODE_ENV: 'production', [DECK_SINGLE_FILE]: '1' })
    const html = await finishHtml(await readFile(join(buildDir, 'index.html'), 'utf8'), join(ROOT, 'public'))
    const outside = outsideReferences(html)
    if (outside.length > 0)
      throw new Error(`The single file still refers to files beside it (${outside.join(', ')}): inline them in tools/export/single-file.ts.`)
    const bytes = Buffer.byteLength(html)
    if (bytes > MAX_SINGLE_FILE_BYTES)
      throw new Error(`${name} is ${(bytes / 1024 / 1024).toFixed(2)} MiB, over the 3 MiB limit: look for a large asset in public/ or a font weight that is not used.`)
    await mkdir(outDir, { recursive: true })
    await writeFile(file, html)
    return { file, bytes }
  }
  finally {
    await rm(buildDir, { recursive: true, force: true })
  }
}
