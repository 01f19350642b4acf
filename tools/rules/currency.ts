// "As of" dates in slide text: nothing after the deck's verifiedThrough date (data/status.ts) is
// verified, so an "as of" date later than it claims more than the sources show. Pure functions,
// applied to every slide by tests/deck/currency.test.ts.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** ISO date of "Nov. 25, 2026", "November 25, 2026", "June 2026" (first day) or "2026-11-25"; undefined otherwise. */
export function isoOf(phrase: string): string | undefined {
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(phrase)
  if (iso)
    return iso[1]
  const words = /^(?:mid-)?([A-Za-z]{3})[a-z]*\.?\s+(?:(\d{1,2}),\s+)?(\d{4})/.exec(phrase)
  const month = words ? MONTHS.indexOf(words[1]!.toLowerCase()) : -1
  if (!words || month < 0)
    return undefined
  return `${words[3]}-${String(month + 1).padStart(2, '0')}-${String(Number(words[2] ?? 1)).padStart(2, '0')}`
}

/** Every "as of <date>" in the text whose date is after `verifiedThrough`, as written. */
export function asOfPastVerified(text: string, verifiedThrough: string): string[] {
  return [...text.matchAll(/\bas of\s+((?:mid-)?[A-Za-z]+\.?\s+(?:\d{1,2},\s+)?\d{4}|\d{4}-\d{2}-\d{2})/gi)]
    .filter(([, phrase]) => {
      const iso = isoOf(phrase!.trim())
      return iso !== undefined && iso > verifiedThrough
    })
    .map(([match]) => match)
}
