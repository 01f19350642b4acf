// `npm run fonts`: writes styles/fonts/*.woff2 and styles/fonts.css, the Inter files the deck ships
// (tools/fonts/subset.ts). Run it after upgrading @fontsource/inter or changing subset.ts;
// tests/unit/fonts.test.ts fails while the shipped files are out of date.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../shared/paths'
import { FONT_FILES, fontsCss, subsetFile } from './subset'

const dir = join(ROOT, 'styles', 'fonts')
mkdirSync(dir, { recursive: true })
for (const stale of readdirSync(dir).filter(name => !FONT_FILES.some(file => file.name === name)))
  rmSync(join(dir, stale))
for (const file of FONT_FILES) {
  const font = await subsetFile(file)
  writeFileSync(join(dir, file.name), font)
  console.log(`wrote styles/fonts/${file.name} (${(font.length / 1024).toFixed(1)} KiB, ${file.codePoints.length} characters)`)
}
writeFileSync(join(ROOT, 'styles', 'fonts.css'), fontsCss())
console.log('wrote styles/fonts.css')
