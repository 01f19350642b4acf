// Bench helper, one job: turn the figures into a text table (console) or Markdown (README).

export const KiB = 1024

export function formatBytes(bytes) {
  if (bytes === undefined || bytes === null || Number.isNaN(bytes))
    return 'n/a'
  if (bytes >= 1024 * KiB)
    return `${(bytes / KiB / KiB).toFixed(2)} MiB`
  if (bytes >= 10 * KiB)
    return `${(bytes / KiB).toFixed(1)} KiB`
  return `${bytes} B`
}

export const formatMs = ms => (ms === undefined || ms === null || Number.isNaN(ms)) ? 'n/a' : `${Math.round(ms)} ms`
export const formatSeconds = s => (s === undefined || s === null || Number.isNaN(s)) ? 'n/a' : `${s.toFixed(1)} s`

export function ratio(a, b) {
  if (typeof a !== 'number' || typeof b !== 'number' || !b || Number.isNaN(a) || Number.isNaN(b))
    return 'n/a'
  return `${(a / b).toFixed(2)}×`
}

/**
 * @param {{ figure: string, lecture: number | undefined, reference: number | undefined, format: (v: number) => string, note?: string }[]} rows
 * @returns {string[][]} header + rows of cells
 */
export function cells(rows) {
  return [
    ['figure', 'lecture deck', 'reference deck', 'ratio'],
    ...rows.map(row => [row.figure, row.format(row.lecture), row.format(row.reference), ratio(row.lecture, row.reference)]),
  ]
}

export function textTable(table) {
  const widths = table[0].map((_, col) => Math.max(...table.map(row => row[col].length)))
  const line = row => row.map((cell, col) => col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col])).join(' | ')
  return [line(table[0]), widths.map(w => '-'.repeat(w)).join('-|-'), ...table.slice(1).map(line)].join('\n')
}

export function markdownTable(table) {
  const escape = cell => cell.replace(/\|/g, '\\|')
  return [
    `| ${table[0].map(escape).join(' | ')} |`,
    `| --- | ${table[0].slice(1).map(() => '---:').join(' | ')} |`,
    ...table.slice(1).map(row => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n')
}
