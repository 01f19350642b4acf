import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import QuoteCard from '../../../components/QuoteCard.vue'
import { quotes } from '../../../data/quotes.ts'
import { formatDate } from '../../../lib/format.ts'
import { global } from './stubs.ts'

describe('QuoteCard', () => {
  it.each(quotes.map(quote => [quote.id, quote] as const))('shows %s with speaker, date, occasion and citation', (_, quote) => {
    const wrapper = mount(QuoteCard, { props: { id: quote.id }, global })
    expect(wrapper.get('.quote-card > blockquote').text()).toBe(quote.text)
    const caption = wrapper.get('.quote-card > blockquote + p')
    expect(caption.text()).toContain(quote.speaker)
    expect(caption.text()).toContain(quote.occasion)
    const time = caption.get('time')
    expect(time.attributes('datetime')).toBe(quote.date)
    expect(time.text()).toBe(formatDate(quote.date))
    if (quote.tz)
      expect(caption.text()).toContain(`(${quote.tz})`)
    expect(caption.text().includes('translation varies')).toBe(Boolean(quote.translationVaries))
    expect(caption.get('a').text()).toBe(`[${quote.factId}]`)
  })

  it('is a block quotation with its attribution, not a figure (a PDF Figure would need alternate text)', () => {
    const wrapper = mount(QuoteCard, { props: { id: quotes[0]!.id }, global })
    expect(wrapper.find('figure').exists()).toBe(false)
    expect(wrapper.find('figcaption').exists()).toBe(false)
  })

  it('throws for an unknown quote id', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mount(QuoteCard, { props: { id: 'ESC-99-z' }, global })).toThrow('ESC-99-z')
  })
})
