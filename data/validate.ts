// Node side only (data/check.ts, unit tests): the data modules that ship to the browser never import
// this file, so zod stays out of the bundle.
import type { z } from 'zod'

/** Names an entry in messages: its id, or its position (`#3`) when it has none. */
export type KeyOf = (entry: any, index: number) => string

const byId: KeyOf = (entry, index) => String(entry?.id ?? `#${index + 1}`)

/**
 * Parses every entry without throwing: the entries that passed, and one line per problem,
 * `entry "singapore-summit": date: must be a date like 2018-06-12`.
 */
export function parseEntries<S extends z.ZodType>(
  schema: S,
  entries: readonly unknown[],
  keyOf: KeyOf = byId,
): { valid: z.infer<S>[], problems: string[] } {
  const problems: string[] = []
  const valid: z.infer<S>[] = []
  entries.forEach((entry, index) => {
    const result = schema.safeParse(entry)
    if (result.success) {
      valid.push(result.data)
      return
    }
    for (const issue of result.error.issues)
      problems.push(`entry "${keyOf(entry, index)}": ${issue.path.join('.') || '(entry)'}: ${issue.message}`)
  })
  return { valid, problems }
}

/** The error thrown for a module's problems: `data/events.ts has malformed data:` and one indented line each. */
export function malformed(module: string, problems: readonly string[]): string {
  return `${module} has malformed data:\n  ${problems.join('\n  ')}`
}
