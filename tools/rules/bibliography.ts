// The bibliography's rules, run with the others at build, dev and export (tools/rules/index.ts): the
// addresses students open are on reviewed hosts (source-addresses.ts), commentary carries its
// publication date (publication-dates.ts), and a detail the pack tags is marked where a slide uses it
// (part-tags.ts). Each message names data/sources.ts (or the slide) and the fix.
import type { Problem, Rule } from './problems.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SOURCE_HOSTS } from '../../data/source-hosts.ts'
import { bibliography } from '../../data/sources.ts'
import { ROOT } from '../shared/paths.ts'
import { citedSlideLines, partTagProblems } from './part-tags.ts'
import { publicationDateProblems } from './publication-dates.ts'
import { sourceAddressProblems } from './source-addresses.ts'

/** "<where>: <what is wrong>; <fix>" → the problem and the fix. */
function split(message: string, where: string): Pick<Problem, 'problem' | 'fix'> {
  const text = message.startsWith(`${where}: `) ? message.slice(where.length + 2) : message
  const at = text.lastIndexOf('; ')
  return at < 0 ? { problem: text, fix: 'see data/sources.ts and the fact pack, section 12' } : { problem: text.slice(0, at), fix: text.slice(at + 2) }
}

/** A data-module message ("data/sources.ts: entry "ID": …") placed at the entry's line. */
function inDataModule(message: string): Problem {
  const file = message.match(/^(data\/[\w-]+\.ts)/)?.[1] ?? 'data/sources.ts'
  const id = message.match(/entry "([^"]+)"/)?.[1] ?? message.match(/: ([\w.-]+) is a test or staging host/)?.[1]
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n')
  const index = id ? lines.findIndex(line => line.includes(`'${id}'`)) : -1
  return { file, line: index + 1 || 1, ...split(message, file) }
}

export const sourceAddressRule: Rule = {
  name: 'source addresses',
  severity: 'error',
  check: () => sourceAddressProblems(bibliography, SOURCE_HOSTS).map(inDataModule),
}

export const publicationDateRule: Rule = {
  name: 'publication dates',
  severity: 'error',
  check: () => publicationDateProblems(bibliography).map(inDataModule),
}

export const partTagRule: Rule = {
  name: 'tags on a detail',
  severity: 'error',
  check: deck => deck.slides.flatMap(slide => citedSlideLines(slide).flatMap(text =>
    partTagProblems([text], bibliography).map(message => ({
      file: slide.file,
      line: text.line,
      slide: { no: slide.no, title: slide.title },
      ...split(message, text.where),
    })),
  )),
}
