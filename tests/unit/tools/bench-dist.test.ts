// @vitest-environment node
// The bench's per-slide bytes (tools/bench/dist.ts) on a small build written here: what each slide
// newly needs comes from Vite's manifest (JS, CSS) and from what the browser fetched (fonts, images).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { distFiles, kindOf, slideAssets, unneededChecks } from '../../../tools/bench/dist.ts'

const dist = mkdtempSync(join(tmpdir(), 'bench-dist-test-'))
afterAll(() => rmSync(dist, { recursive: true, force: true }))

function write(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true })
    writeFileSync(join(dist, path), text)
  }
}
const slide = (n: number) => `../../../@slidev/slides/${n}/md`
write({
  'index.html': '<html></html>',
  'assets/index.js': 'app'.repeat(100),
  'assets/index.css': 'body{}',
  'assets/play.js': 'play',
  'assets/logo.png': 'png',
  'assets/s1.js': 'one',
  'assets/s2.js': 'two',
  'assets/Cite.js': 'cite'.repeat(50),
  'assets/Cite.css': '.cite{}',
  'assets/inter-400-normal-AbCdEf12.woff2': 'w2',
  'assets/inter-latin-400-normal-extra-XyZaBc34.woff2': 'w1',
  '.vite/manifest.json': JSON.stringify({
    'index.html': { file: 'assets/index.js', css: ['assets/index.css'], assets: ['assets/inter-400-normal-AbCdEf12.woff2'] },
    'node_modules/@slidev/client/pages/play.vue': { file: 'assets/play.js', assets: ['assets/logo.png'] },
    [slide(1)]: { file: 'assets/s1.js', imports: ['index.html'] },
    [slide(2)]: { file: 'assets/s2.js', imports: ['_Cite.js', 'index.html'] },
    [slide(3)]: { file: 'assets/s2.js', imports: ['_Cite.js'] },
    '_Cite.js': { file: 'assets/Cite.js', css: ['assets/Cite.css'] },
  }),
})

describe('bench: per-slide assets from the build manifest', () => {
  const files = distFiles(dist)

  it('leaves the manifest out of the shipped files', () => {
    expect(files.has('.vite/manifest.json')).toBe(false)
    expect(files.get('assets/index.js')?.kind).toBe('js')
    expect(kindOf('assets/x.woff2?v=1')).toBe('font')
  })

  it('gives slide 1 the app shell and later slides only what is new', () => {
    const { slides, problems } = slideAssets(dist, files, { 2: ['assets/inter-400-normal-AbCdEf12.woff2'] })
    expect(problems).toEqual([])
    expect(slides.map(s => s.files)).toEqual([
      ['assets/index.css', 'assets/index.js', 'assets/play.js', 'assets/s1.js'],
      ['assets/Cite.css', 'assets/Cite.js', 'assets/inter-400-normal-AbCdEf12.woff2', 'assets/s2.js'],
      [],
    ])
    expect(slides[1].byKind.font).toBe(files.get('assets/inter-400-normal-AbCdEf12.woff2')!.gzip)
  })

  it('counts a font on the slide where the browser fetched it, not where it is declared', () => {
    const { slides } = slideAssets(dist, files, { 1: ['assets/inter-400-normal-AbCdEf12.woff2'] })
    expect(slides[0].byKind.font).toBeGreaterThan(0)
    expect(slides[1].byKind.font).toBeUndefined()
  })

  it('says so when the manifest names no slides (negative control)', () => {
    const other = mkdtempSync(join(tmpdir(), 'bench-dist-test-'))
    mkdirSync(join(other, '.vite'))
    writeFileSync(join(other, '.vite/manifest.json'), JSON.stringify({ 'index.html': { file: 'assets/index.js' } }))
    expect(slideAssets(other, new Map(), {}).problems[0]).toMatch(/no slideshow page or no slides/)
    rmSync(other, { recursive: true, force: true })
  })

  it('reports fonts no slide fetched, with the on-demand "extra" Inter files only noted', () => {
    const checks = unneededChecks(dist, files, new Set())
    expect(checks).toContainEqual(expect.objectContaining({ verdict: 'SHIPPED', text: expect.stringMatching(/font files no slide fetched: 1 .*inter-400-normal-AbCdEf12\.woff2/) }))
    expect(checks).toContainEqual(expect.objectContaining({ verdict: 'NOTE', text: expect.stringMatching(/outside basic English text that no slide fetched: 1 .*inter-latin-400-normal-extra-XyZaBc34\.woff2/) }))
    expect(unneededChecks(dist, files, new Set(['assets/inter-400-normal-AbCdEf12.woff2']))[0].verdict).toBe('OK')
  })
})
