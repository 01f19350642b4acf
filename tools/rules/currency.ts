// "As of" dates in slide text: nothing after the deck's verifiedThrough date (data/status.ts) is
// verified, so an "as of" date later than it claims more than the sources show. And the date itself
// is written in data/status.ts, not in pages/, so that moving it is one edit. Pure functions,
// applied to every slide by tests/deck/currency.test.ts.
import { formatDate, formatPartOfMonth } from '../../lib/format.ts'

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

/**
 * Every place the text writes the verified-through date itself, in any of its forms: "2026-06-15",
 *  "mid-June 2026", "June 15, 2026" (the slides should use `verified: true` or `<VerifiedThrough />`).
 */
export function verifiedDateMentions(text: string, verifiedThrough: string): string[] {
  const forms = [verifiedThrough, formatPartOfMonth(verifiedThrough), formatDate(verifiedThrough)]
  const pattern = new RegExp(forms.map(form => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|'), 'gi')
  return [...text.matchAll(pattern)].map(([match]) => match)
}
