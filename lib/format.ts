// Date formatting shared by the components. Dates in data/ are local calendar dates ("2017-08-08"),
// so they are split as text, never parsed into a Date: a Date would shift them by the viewer's zone.

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const

function parts(iso: string): { year: number, month: string, day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined
  if (!match || !month)
    throw new Error(`Expected a date like 2018-06-12, got "${iso}".`)
  return { year: Number(match[1]), month, day: Number(match[3]) }
}

/** "2017-08-08" → "August 8, 2017": US style, as the slides' own sentences write dates. */
export function formatDate(iso: string): string {
  const { year, month, day } = parts(iso)
  return `${month} ${day}, ${year}`
}

/** "2017-08-08" → "Aug 2017": for compact layouts where a full date does not fit. */
export function formatMonth(iso: string): string {
  const { year, month } = parts(iso)
  return `${month.slice(0, 3)} ${year}`
}

/** Two dates as one span without repeating what they share: "February 27–28, 2019", "June 12 – July 1, 2018". */
export function formatDateSpan(start: string, end: string): string {
  if (start === end)
    return formatDate(start)
  const a = parts(start)
  const b = parts(end)
  if (a.year === b.year && a.month === b.month)
    return `${a.month} ${a.day}–${b.day}, ${b.year}`
  if (a.year === b.year)
    return `${a.month} ${a.day} – ${b.month} ${b.day}, ${b.year}`
  return `${formatDate(start)} – ${formatDate(end)}`
}
