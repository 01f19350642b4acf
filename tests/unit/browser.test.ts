// @vitest-environment node
// tools/shared/browser.ts: a CHROMIUM_PATH that is not a working Chromium says so (not "No
// Chromium found"), a real one is used; and the rule for "is this URL off the machine".
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { browserAdvice, findBrowser, isOffMachine } from '../../tools/shared/browser.ts'
import { LOCALHOST } from '../../tools/shared/paths.ts'

const folder = mkdtempSync(join(tmpdir(), 'deck-browser-'))
const saved = process.env.CHROMIUM_PATH
afterEach(() => {
  if (saved === undefined)
    delete process.env.CHROMIUM_PATH
  else
    process.env.CHROMIUM_PATH = saved
})
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function findWith(path: string): string {
  process.env.CHROMIUM_PATH = path
  return findBrowser()
}

describe('CHROMIUM_PATH', () => {
  it('names the problem when it points at something that is not a working Chromium', () => {
    const text = join(folder, 'notes.txt')
    writeFileSync(text, 'not a browser')
    const script = join(folder, 'fake-browser')
    writeFileSync(script, '#!/bin/sh\necho "Firefox 140"\n')
    chmodSync(script, 0o755)
    const cases: [string, RegExp][] = [
      [join(folder, 'missing'), /it does not exist/],
      [folder, /it is not a file/],
      [text, /it is not executable/],
      [script, /it says "Firefox 140", not Chromium or Chrome/],
    ]
    for (const [path, reason] of cases) {
      expect(() => findWith(path), path).toThrow(`CHROMIUM_PATH is set to ${path}, which is not a working Chromium`)
      expect(() => findWith(path), path).toThrow(reason)
      expect(() => findWith(path), path).not.toThrow(/No Chromium found/)
    }
    expect(browserAdvice()).toContain(`CHROMIUM_PATH is set to ${script}`)
  })

  it('uses a working Chromium it points at', () => {
    const real = findBrowser() // the one the e2e tests and the export use
    expect(findWith(real)).toBe(real)
  })
})

describe('isOffMachine', () => {
  it('keeps this machine and data URLs, refuses other hosts', () => {
    for (const href of [`http://${LOCALHOST}:4173/x`, 'http://localhost/x', 'ws://[::1]:3030/', 'data:text/plain,x', `blob:http://${LOCALHOST}/1`])
      expect(isOffMachine(href), href).toBe(false)
    for (const href of ['https://fonts.googleapis.com/css', 'http://10.0.0.1/', 'wss://example.org/socket', `http://${LOCALHOST}.example.org/`])
      expect(isOffMachine(href), href).toBe(true)
  })
})
