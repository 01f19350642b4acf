// Two exports of the same deck give the same PDFs in substance: same page counts, same text on
// every page, same bookmarks. Runs a second export of only what it compares (the two PDFs: no single
// HTML files, no teaching kit) into a temporary folder and compares it with exports/ (written by
// `npm run export` before `npm run test:artifacts`).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../tools/shared/deck.ts'
import { exportFiles, ROOT } from '../../tools/shared/paths.ts'
import { readPdf } from '../../tools/shared/pdf.ts'
import { requireFile, requireFresh } from './support.ts'

const second = mkdtempSync(join(tmpdir(), 'deck-export-again-'))
afterAll(() => rmSync(second, { recursive: true, force: true }))

describe('export', () => {
  it('is deterministic: a second export has the same pages, text and bookmarks', async () => {
    const { exportFilename } = await loadDeck()
    const first = exportFiles(exportFilename)
    const firstSlides = requireFile(first.slides, 'run npm run export first')
    const firstHandout = requireFile(first.handout, 'run npm run export first')
    requireFresh(first.slides, 'run npm run export again')

    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tools/cli.ts'), 'export', '--out', second, '--skip-html', '--skip-teaching-kit'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 220_000,
    })
    expect(run.status, `second export failed:\n${run.stdout}\n${run.stderr}`).toBe(0)

    const again = exportFiles(exportFilename, second)
    for (const [name, before, after] of [
      ['slides', firstSlides, requireFile(again.slides, 'the second export wrote no slides PDF')],
      ['handout', firstHandout, requireFile(again.handout, 'the second export wrote no handout')],
    ] as const) {
      const [a, b] = [await readPdf(before), await readPdf(after)]
      expect(b.pages.length, `${name}: page count`).toBe(a.pages.length)
      b.pages.forEach((text, index) => expect(text, `${name}: text of page ${index + 1}`).toBe(a.pages[index]))
      expect(b.outline, `${name}: bookmarks`).toEqual(a.outline)
    }
  })
})
