// The Inter files the deck ships (styles/fonts/ and styles/fonts.css): what `npm run fonts` makes from
// the installed @fontsource/inter, and the character check the PDF test uses.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { charactersOutsideFont, FONT_FILES, fontsCss, subsetFile } from '../../tools/fonts/subset.ts'
import { ROOT } from '../../tools/shared/paths.ts'

const STYLES = join(ROOT, 'styles')
const OUT_OF_DATE = 'out of date: run npm run fonts'

describe('styles/fonts', () => {
  it.each(FONT_FILES.map(file => [file.name, file] as const))('%s is what `npm run fonts` makes from the installed @fontsource/inter', async (name, file) => {
    const shipped = readFileSync(join(STYLES, 'fonts', name))
    expect(Buffer.compare(shipped, await subsetFile(file)) === 0, `styles/fonts/${name} is ${OUT_OF_DATE}`).toBe(true)
    // Negative control: Fontsource's own file (every character and feature) is a different, larger file.
    const original = readFileSync(file.source)
    expect(Buffer.compare(shipped, original)).not.toBe(0)
    expect(shipped.length).toBeLessThan(original.length / 2)
  })

  it('fonts.css is current and declares each shipped file; nothing else loads a font', () => {
    expect(readFileSync(join(STYLES, 'fonts.css'), 'utf8'), `styles/fonts.css is ${OUT_OF_DATE}`).toBe(fontsCss())
    const declared = [...fontsCss().matchAll(/url\(\.\/fonts\/([^)]+)\)/g)].map(match => match[1])
    expect(declared.sort()).toEqual(FONT_FILES.map(file => file.name).sort())
    expect(readdirSync(join(STYLES, 'fonts')).sort()).toEqual(FONT_FILES.map(file => file.name).sort())
    expect(readFileSync(join(STYLES, 'index.ts'), 'utf8')).not.toMatch(/@fontsource/)
  })

  it('splits each style so that English text needs one file', () => {
    const basic = FONT_FILES.filter(file => file.part === 'basic')
    expect(basic).toHaveLength(3)
    for (const character of 'Trump–Kim: “Fire and fury” … 2017–2026, Moon Jae-in’s summit')
      expect(basic.every(file => file.codePoints.includes(character.codePointAt(0)!)), character).toBe(true)
    // Negative control: a Latin-1 letter is in the other file of the style, not in the basic one.
    expect(basic.some(file => file.codePoints.includes(0xE9))).toBe(false)
    expect(FONT_FILES.filter(file => file.codePoints.includes(0xE9))).toHaveLength(3)
  })

  it('names the characters the shipped files lack', () => {
    expect(charactersOutsideFont('Kim Jong Un met Moon Jae-in — “Panmunjom”, 27 Apr. 2018: 100 % … café, Ōsaka?')).toEqual(['Ō'])
    expect(charactersOutsideFont('US → DPRK ≈ 한국')).toEqual(['→', '≈', '국', '한'])
  })
})
