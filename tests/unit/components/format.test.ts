import { describe, expect, it } from 'vitest'
import { formatDate, formatMonth } from '../../../components/format'

describe('date formatting', () => {
  it('writes a day, a month name and a year, without shifting the local date', () => {
    expect(formatDate('2017-08-08')).toBe('8 August 2017')
    expect(formatDate('2018-06-12')).toBe('12 June 2018')
    expect(formatDate('2019-12-31')).toBe('31 December 2019')
  })

  it('abbreviates to month and year for the overview', () => {
    expect(formatMonth('2018-06-12')).toBe('Jun 2018')
  })

  it('rejects what is not a date', () => {
    expect(() => formatDate('2018-13-01')).toThrow('2018-13-01')
    expect(() => formatDate('June 2018')).toThrow('June 2018')
  })
})
