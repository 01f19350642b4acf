import type { z } from 'zod'

/**
 * Parses every entry of a data module and throws one error listing each bad entry by its key,
 * so a lecturer who mistypes a date sees `data/events.ts: entry "singapore-summit": date: …`.
 */
export function validateEntries<S extends z.ZodType>(
  module: string,
  schema: S,
  entries: readonly unknown[],
  keyOf: (entry: any, index: number) => string = (entry, index) => String(entry?.id ?? `#${index + 1}`),
): z.infer<S>[] {
  const problems: string[] = []
  const parsed = entries.map((entry, index) => {
    const result = schema.safeParse(entry)
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push(`entry "${keyOf(entry, index)}": ${issue.path.join('.') || '(entry)'}: ${issue.message}`)
    }
    return result.data
  })
  if (problems.length)
    throw new Error(`${module} has malformed data:\n  ${problems.join('\n  ')}`)
  return parsed as z.infer<S>[]
}

/** Throws when two entries share a key (a repeated id would make citations ambiguous). */
export function assertUniqueKeys(module: string, keys: readonly string[]): void {
  const seen = new Set<string>()
  const repeated = keys.filter(key => seen.has(key) || !seen.add(key))
  if (repeated.length)
    throw new Error(`${module} repeats the key(s) ${[...new Set(repeated)].map(k => `"${k}"`).join(', ')}: each must be unique.`)
}
