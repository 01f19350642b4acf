import { describe, expect, it } from 'vitest'
import { formatDate, formatDateSpan, formatMonth, formatPartOfMonth } from '../../lib/format.ts'

describe('date formatting', () => {
  it('writes a day, a month name and a year, without shifting the local date', () => {
    expect(formatDate('2017-08-08')).toBe('August 8, 2017')
    expect(formatDate('2018-06-12')).toBe('June 12, 2018')
    expect(formatDate('2019-12-31')).toBe('December 31, 2019')
  })

  it('abbreviates to month and year for the overview', () => {
    expect(formatMonth('2018-06-12')).toBe('Jun 2018')
  })

  it('says which part of the month, as the sources give the verified-through date', () => {
    expect(formatPartOfMonth('2026-06-15')).toBe('mid-June 2026')
    expect(formatPartOfMonth('2026-09-10')).toBe('early September 2026')
    expect(formatPartOfMonth('2026-12-21')).toBe('late December 2026')
  })

  it('writes a span without repeating the shared month and year', () => {
    expect(formatDateSpan('2018-06-12', '2018-06-12')).toBe('June 12, 2018')
    expect(formatDateSpan('2019-02-27', '2019-02-28')).toBe('February 27–28, 2019')
    expect(formatDateSpan('2018-06-12', '2018-07-01')).toBe('June 12 – July 1, 2018')
    expect(formatDateSpan('2018-12-30', '2019-01-02')).toBe('December 30, 2018 – January 2, 2019')
  })

  it('rejects what is not a date', () => {
    expect(() => formatDate('2018-13-01')).toThrow('2018-13-01')
    expect(() => formatDate('June 2018')).toThrow('June 2018')
  })
})
