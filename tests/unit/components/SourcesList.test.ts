import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import SourcesList from '../../../components/SourcesList.vue'
import { bibliography, SOURCE_PAGES, sourcesOnPage } from '../../../data/sources.ts'
import { formatPeriod } from '../../../lib/format.ts'

describe('SourcesList', () => {
  const pages = Array.from({ length: SOURCE_PAGES }, (_, index) => index + 1)

  it.each(pages)('lists the entries of page %i with id, date, summary and outlet links', (page) => {
    const items = mount(SourcesList, { props: { page } }).findAll('li')
    const entries = sourcesOnPage(page)
    expect(items).toHaveLength(entries.length)
    entries.forEach((entry, index) => {
      const item = items[index]!
      expect(item.attributes('id')).toBe(`source-${entry.id}`)
      expect(item.get('strong').text()).toBe(entry.id)
      expect(item.get('time').attributes('datetime')).toBe(entry.date)
      expect(item.get('time').text()).toBe(entry.about ? `about ${entry.about}` : formatPeriod(entry.date, entry.until))
      expect(item.text()).toContain(entry.summary)
      const links = item.findAll('a')
      expect(links.map(link => link.text())).toEqual(entry.sources.map(source => source.outlet))
      expect(links.map(link => link.attributes('href'))).toEqual(entry.sources.map(source => source.url))
    })
  })

  it('covers the whole bibliography across its pages, once each', () => {
    const listed = pages.flatMap(page => mount(SourcesList, { props: { page } }).findAll('li').map(item => item.attributes('id')))
    expect(listed).toEqual(bibliography.map(entry => `source-${entry.id}`))
  })

  it.each([0, SOURCE_PAGES + 1, 1.5])('rejects page %s', (page) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mount(SourcesList, { props: { page } })).toThrow(`SourcesList: page ${page} does not exist; data/sources.ts has pages 1–${SOURCE_PAGES}.`)
  })
})
