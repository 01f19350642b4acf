// Where a date falls between two dates, as a percentage along a timeline: the chapter dividers'
// 2017–2026 line (lib/chapters.ts) and the overview's density strip (Timeline.vue).

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000
}

/** 0–100 % from `start` to `end`, clamped; the middle when the range has no length. */
export function positionBetween(date: string, start: string, end: string): number {
  const span = dayNumber(end) - dayNumber(start)
  if (span <= 0)
    return 50
  return Math.min(100, Math.max(0, (dayNumber(date) - dayNumber(start)) / span * 100))
}
