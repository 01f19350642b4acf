// The figures as a text table (console) or Markdown (bench/README-figures.md).
export const KiB = 1024

const missing = (value: number | undefined): value is undefined => value === undefined || Number.isNaN(value)

export function formatBytes(bytes: number | undefined): string {
  if (missing(bytes))
    return 'n/a'
  if (bytes >= KiB * KiB)
    return `${(bytes / KiB / KiB).toFixed(2)} MiB`
  return bytes >= 10 * KiB ? `${(bytes / KiB).toFixed(1)} KiB` : `${bytes} B`
}
export const formatMs = (ms: number | undefined): string => missing(ms) ? 'n/a' : `${Math.round(ms)} ms`
export const formatSeconds = (s: number | undefined): string => missing(s) ? 'n/a' : `${s.toFixed(1)} s`
export const formatCount = (n: number | undefined): string => missing(n) ? 'n/a' : String(n)

export interface Row { figure: string, lecture: number | undefined, reference: number | undefined, format: (value: number | undefined) => string }

const ratio = (a: number | undefined, b: number | undefined): string => missing(a) || missing(b) || !b ? 'n/a' : `${(a / b).toFixed(2)}×`

/** Header and one line of cells per figure: lecture, reference, lecture ÷ reference. */
export function cells(rows: Row[]): string[][] {
  return [
    ['figure', 'lecture deck', 'reference deck', 'ratio'],
    ...rows.map(row => [row.figure, row.format(row.lecture), row.format(row.reference), ratio(row.lecture, row.reference)]),
  ]
}

export function textTable(table: string[][]): string {
  const widths = table[0].map((_, col) => Math.max(...table.map(row => row[col].length)))
  const line = (row: string[]) => row.map((cell, col) => col ? cell.padStart(widths[col]) : cell.padEnd(widths[col])).join(' | ')
  return [line(table[0]), widths.map(width => '-'.repeat(width)).join('-|-'), ...table.slice(1).map(line)].join('\n')
}

export function markdownTable(table: string[][]): string {
  const line = (row: string[]) => `| ${row.map(cell => cell.replace(/\|/g, '\\|')).join(' | ')} |`
  return [line(table[0]), `| --- | ${table[0].slice(1).map(() => '---:').join(' | ')} |`, ...table.slice(1).map(line)].join('\n')
}
