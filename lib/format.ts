// Date formatting shared by the components. Dates in data/ are local calendar dates ("2017-08-08"),
// so they are split as text, never parsed into a Date: a Date would shift them by the viewer's zone.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
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

/** "2026-06-15" → "mid-June 2026": a day as the sources give it when they name no day (early, mid-, late). */
export function formatPartOfMonth(iso: string): string {
  const { year, month, day } = parts(iso)
  const part = day <= 10 ? 'early ' : day <= 20 ? 'mid-' : 'late '
  return `${part}${month} ${year}`
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

/** A date as precise as the pack gives it: "2018-06-12" → "June 12, 2018", "2018-07" → "July 2018", "2024" → "2024". */
function formatPartialDate(value: string): string {
  if (/^\d{4}$/.test(value))
    return value
  const month = /^(\d{4})-(\d{2})$/.exec(value)
  if (month) {
    const name = MONTHS[Number(month[2]) - 1]
    if (!name)
      throw new Error(`Expected a date like 2018-07, got "${value}".`)
    return `${name} ${month[1]}`
  }
  return formatDate(value)
}

/** A period from partial dates: "July – August 2018", "2021–2023"; a single date when there is no end. */
export function formatPeriod(start: string, end?: string): string {
  if (!end || end === start)
    return formatPartialDate(start)
  if (start.length === 7 && end.length === 7 && start.slice(0, 4) === end.slice(0, 4))
    return `${formatPartialDate(start).split(' ')[0]} – ${formatPartialDate(end)}`
  if (start.length === 4 && end.length === 4)
    return `${start}–${end}`
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`
}
