// @vitest-environment node
// A lecturer's ordinary mistakes, each made in a temporary copy of the deck: the checks must stop with
// one message naming the file (and line), the slide (number and title) and the fix, and a clean copy
// must pass. Most cases call the check function on the copy (fast); the real `slidev build` and
// `slidev` (dev) run on a copy with mistakes, to prove the Vite plugin's wiring. The clean build they are
// compared with is `npm test`'s e2e build (the same flavour, same plugin), not a second build here.
// Expected slide numbers and titles come from the clean deck as the model (tools/shared/deck.ts) reads it.
import type { DeckSlide } from '../../tools/shared/deck.ts'
import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { checkSlides } from '../../tools/rules/index.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { E2E_BASE, ROOT } from '../../tools/shared/paths.ts'
import { SLIDEV_BIN, spawnSlidev } from '../../tools/shared/slidev.ts'

const { slides: deck } = await loadDeck()
const copies: string[] = []
afterAll(() => copies.forEach(copy => rmSync(copy, { recursive: true, force: true })))

/** Not part of the deck's sources: dependencies (linked instead), history, build output, tests. */
const NOT_COPIED = new Set(['node_modules', '.git', 'tests', 'exports', 'test-results', 'playwright-report', 'bench-results', '.slidev'])

/** A fresh copy of the deck's sources in a temporary folder, sharing this checkout's node_modules. */
function copyDeck(): string {
  const copy = mkdtempSync(join(tmpdir(), 'deck-mistake-'))
  copies.push(copy)
  cpSync(ROOT, copy, {
    recursive: true,
    filter: source => source === ROOT || !(NOT_COPIED.has(source.slice(ROOT.length + 1)) || source.slice(ROOT.length + 1).startsWith('dist')),
  })
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir')
  return copy
}

/** Replaces the first `before` in `file` of the copy; returns the 1-based line of the edit. */
function edit(copy: string, file: string, before: string, after: string): number {
  const text = readFileSync(join(copy, file), 'utf8')
  const at = text.indexOf(before)
  expect(at, `${file} should contain ${before}`).toBeGreaterThanOrEqual(0)
  writeFileSync(join(copy, file), text.slice(0, at) + after + text.slice(at + before.length))
  return text.slice(0, at).split('\n').length
}

/** The clean deck's slide in `file` whose source contains `text`. */
function slideWith(file: string, text: string): DeckSlide {
  const slide = deck.find(candidate => candidate.file === file && `${JSON.stringify(candidate.frontmatter)}\n${candidate.content}`.includes(text))
  expect(slide, `a slide in ${file} with ${text}`).toBeDefined()
  return slide!
}

/** The message the checks stop with on the copy ('' when they pass). */
async function problemsIn(copy: string): Promise<string> {
  try {
    await checkSlides(copy)
    return ''
  }
  catch (error) {
    return (error as Error).message
  }
}

const where = (file: string, line: number, slide: DeckSlide) => `${file}:${line}, slide ${slide.no} "${slide.title}"`

/** A mistake made by changing one piece of a chapter, and what the checks must say about it. */
interface OneLineMistake {
  name: string
  file: string
  /** The clean text, and what the lecturer wrote instead. */
  before: string
  after: string
  /** The mistake's line below the edit's first line (a second frontmatter line). */
  linesBelow?: number
  /** Text of the clean slide the mistake is on. */
  slide: string
  /** What the message says besides file, line and slide: the problem and the fix. */
  says: string[]
}

const ONE_LINE_MISTAKES: OneLineMistake[] = [
  {
    name: 'a citation id that is not in data/sources.ts',
    file: 'pages/04-singapore.md',
    before: '<Cite id="SGP-03" />',
    after: '<Cite id="XXX-99" />',
    slide: '<Cite id="SGP-03" />',
    says: ['<Cite id="XXX-99" />: "XXX-99" is not a fact id in data/sources.ts', 'Fix: use a fact id from data/sources.ts'],
  },
  {
    name: 'a quote id that is not in data/quotes.ts',
    file: 'pages/04-singapore.md',
    before: '<QuoteCard id="SGP-03-b" />',
    after: '<QuoteCard id="SGP-03-z" />',
    slide: '<QuoteCard id="SGP-03-b" />',
    says: ['"SGP-03-z" is not a quotation in data/quotes.ts', 'Fix: data/quotes.ts has "SGP-03", "SGP-03-b" for that fact'],
  },
  {
    name: 'a timeline whose "from" is after its "to"',
    file: 'pages/02-escalation.md',
    before: '<Timeline from="2017-01-01" to="2018-03-07" />',
    after: '<Timeline from="2018-03-07" to="2017-01-01" />',
    slide: '<Timeline from="2017-01-01" to="2018-03-07" />',
    says: ['"from" (2018-03-07) is after "to" (2017-01-01)', 'Fix: swap the two dates'],
  },
  {
    name: 'broken frontmatter YAML (an unclosed bracket)',
    file: 'pages/04-singapore.md',
    before: 'span: singapore-summit',
    after: 'span: [singapore-summit',
    slide: '"layout":"section"',
    says: ['the frontmatter is not valid YAML', 'Fix: correct the YAML between this slide\'s --- lines'],
  },
  {
    name: 'a misspelt span: on a chapter divider',
    file: 'pages/02-escalation.md',
    before: 'span: escalation',
    after: 'span: escalaton',
    slide: '"span":"escalation"',
    says: ['span: "escalaton" is not valid here.', 'Fix: span must be a phase ('],
  },
  {
    name: 'a mis-indented verified:',
    file: 'pages/10-today.md',
    before: 'span: second-term\nverified:',
    after: 'span: second-term\n  verified:',
    linesBelow: 1,
    slide: '"verified"',
    says: ['the frontmatter is not valid YAML: "verified: true" is indented under "span: second-term"', 'Fix: start "verified: true" at the beginning of its line'],
  },
  {
    name: 'a leftover asOf:',
    file: 'pages/10-today.md',
    before: 'span: second-term\nverified: true',
    after: 'span: second-term\nasOf: \'2026-06-15\'',
    linesBelow: 1,
    slide: '"verified"',
    says: ['"asOf" is a frontmatter key this deck no longer reads', 'Fix: write verified: true instead'],
  },
]

describe('each mistake stops the checks with file, slide and fix', () => {
  it('passes a clean copy (the negative control)', async () => {
    expect(await problemsIn(copyDeck())).toBe('')
  })

  it.each(ONE_LINE_MISTAKES)('$name', async ({ file, before, after, linesBelow = 0, slide, says }) => {
    const copy = copyDeck()
    const line = edit(copy, file, before, after) + linesBelow
    const message = await problemsIn(copy)
    expect(message).toContain(where(file, line, slideWith(file, slide)))
    for (const text of says)
      expect(message).toContain(text)
  })

  it('a chapter deleted but still imported with src:', async () => {
    const copy = copyDeck()
    unlinkSync(join(copy, 'pages/08-praise.md'))
    const line = readFileSync(join(copy, 'slides.md'), 'utf8').split('\n').indexOf('src: ./pages/08-praise.md')
    const before = deck.filter(slide => slide.file === 'pages/07-after-hanoi.md').at(-1)!
    const message = await problemsIn(copy)
    // `line` is the 0-based index of the src: line, so the 1-based line of the block's opening ---.
    expect(message).toContain(`slides.md:${line}\n`)
    expect(message).toContain(`src: imports pages/08-praise.md, which does not exist`)
    expect(message).toContain(`after slide ${before.no} "${before.title}"`)
    expect(message).toContain('Fix: restore pages/08-praise.md, or delete this --- src: … --- block from slides.md')
  })
})

/** Runs Slidev's CLI in `cwd`; resolves with its exit code and output. */
// Slidev colours its output when CI is set (picocolors): the tests read the text without the colour codes.
function slidev(cwd: string, args: string[]): Promise<{ code: number, output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SLIDEV_BIN, ...args], { cwd, timeout: 170_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stripVTControlCharacters(`${stdout}\n${stderr}`) })
    })
  })
}

describe('slidev build and dev run the checks (the Vite plugin)', () => {
  it('fails the build of a copy with mistakes, with one message listing each', async () => {
    const copy = copyDeck()
    const citeLine = edit(copy, 'pages/04-singapore.md', '<Cite id="SGP-03" />', '<Cite id="XXX-99" />')
    unlinkSync(join(copy, 'pages/08-praise.md'))
    const { code, output } = await slidev(copy, ['build', '--base', E2E_BASE, '--out', 'dist-check'])
    expect(code).not.toBe(0)
    expect(output).toContain('The slides have 2 problems')
    expect(output).toContain(where('pages/04-singapore.md', citeLine, slideWith('pages/04-singapore.md', '<Cite id="SGP-03" />')))
    expect(output).toContain('src: imports pages/08-praise.md, which does not exist')
    expect(existsSync(join(copy, 'dist-check/index.html'))).toBe(false)
  }, 180_000)

  it('re-checks on save in dev: reports the new problem, then that it is fixed', async () => {
    const copy = copyDeck()
    const port = 40_000 + Math.floor(Math.random() * 10_000)
    const server = spawnSlidev(['--port', String(port), '--open', 'false'], { cwd: copy })
    let output = ''
    const seen = (text: string) => new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "${text}" in the dev server's output:\n${output}`)), 60_000)
      const look = () => {
        if (output.includes(text)) {
          clearTimeout(timer)
          resolve()
        }
      }
      server.stdout!.on('data', look)
      server.stderr!.on('data', look)
      look()
    })
    server.stdout!.on('data', chunk => output += stripVTControlCharacters(String(chunk)))
    server.stderr!.on('data', chunk => output += stripVTControlCharacters(String(chunk)))
    try {
      await seen(`localhost:${port}`)
      const line = edit(copy, 'pages/02-escalation.md', '<Timeline from="2017-01-01" to="2018-03-07" />', '<Timeline from="2018-03-07" to="2017-01-01" />')
      await seen('"from" (2018-03-07) is after "to" (2017-01-01)')
      expect(output).toContain(where('pages/02-escalation.md', line, slideWith('pages/02-escalation.md', '<Timeline from="2017-01-01"')))
      edit(copy, 'pages/02-escalation.md', '<Timeline from="2018-03-07" to="2017-01-01" />', '<Timeline from="2017-01-01" to="2018-03-07" />')
      await seen('The deck\'s checks pass again.')
    }
    finally {
      server.kill()
    }
  }, 150_000)
})
