// A citation opens its panel (components/Cite.vue → CitePanel.vue): what a reader sees in it, the
// keyboard, one panel at a time, and the citation left as it was in print.
import type { VueWrapper } from '@vue/test-utils'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import Cite from '../../../components/Cite.vue'
import CitePanel from '../../../components/CitePanel.vue'
import { sourceHost } from '../../../data/source-hosts.ts'
import { bibliography, sourceById, sourcePageOf } from '../../../data/sources.ts'
import { formatPeriod } from '../../../lib/format.ts'
import { global, printMode, renderContext } from './stubs.ts'

const mounted: VueWrapper[] = []

/** Mounts citations in the document (focus and the teleported panel need it). */
function mountCites(...ids: string[]) {
  const wrapper = mount(defineComponent(() => () => h('p', ids.map(id => h(Cite, { id })))), { global, attachTo: document.body })
  mounted.push(wrapper)
  return wrapper
}

/** The panel in the page once the lazy component has loaded. */
async function panel(): Promise<HTMLElement | null> {
  await vi.waitFor(async () => {
    await flushPromises()
    expect(document.querySelector('[role="dialog"]')).not.toBeNull()
  })
  return document.querySelector<HTMLElement>('[role="dialog"]')
}

async function openCite(id: string) {
  const wrapper = mountCites(id)
  await wrapper.get('button.cite__ref').trigger('click')
  return { wrapper, dialog: (await panel())! }
}

const pressOn = (element: Element, key: string) => element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))

beforeEach(() => {
  renderContext.value = 'slide'
  printMode.value = false
})
afterEach(async () => {
  mounted.splice(0).forEach(wrapper => wrapper.unmount())
  await flushPromises()
  renderContext.value = 'none'
  vi.restoreAllMocks()
})

describe('Cite opens a panel', () => {
  it('is a button that says it opens a dialog, with the citation\'s text and name', () => {
    const entry = sourceById('SGP-03')
    const button = mountCites(entry.id).get('button.cite__ref')
    expect(button.text()).toBe(`[${entry.id}]`)
    expect(button.attributes('aria-haspopup')).toBe('dialog')
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(button.attributes('aria-label')).toBe(`Source ${entry.id}: ${entry.sources.map(source => source.outlet).join(', ')}`)
  })

  it('shows the fact\'s summary, date, sources and the link to its Sources page', async () => {
    const entry = sourceById('SGP-03')
    const { wrapper, dialog } = await openCite(entry.id)
    expect(wrapper.get('button.cite__ref').attributes('aria-expanded')).toBe('true')
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe(`Source ${entry.id}`)
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toBe(entry.summary)
    expect(dialog.querySelector('.cite-panel__date')?.textContent).toBe(formatPeriod(entry.date, entry.until))
    const links = [...dialog.querySelectorAll<HTMLAnchorElement>('.cite-panel__source a')]
    expect(links.map(link => [link.textContent, link.getAttribute('href'), link.target, link.rel]))
      .toEqual(entry.sources.map(source => [`${source.outlet} (opens in a new tab)`, source.url, '_blank', 'noopener']))
    expect(dialog.querySelector('.cite-panel__entry')?.getAttribute('data-to')).toBe(`sources-${sourcePageOf(entry.id)}`)
  })

  it('names the kind of source where data/source-hosts.ts knows the host, and none where it does not', async () => {
    const known = bibliography.find(entry => entry.sources.some(source => sourceHost(source.url)?.kind === 'newspaper'))!
    const { dialog } = await openCite(known.id)
    const kinds = [...dialog.querySelectorAll('.cite-panel__source')].map(item => item.querySelector('.cite-panel__kind')?.textContent ?? null)
    expect(kinds).toEqual(known.sources.map(source => sourceHost(source.url) ? expect.any(String) : null))
    expect(kinds).toContain('· newspaper')
  })

  it('shows the pack\'s tags on a single report, and no note on other facts', async () => {
    const single = await openCite('SGP-11')
    expect(single.dialog.querySelector('.cite-panel__tag')?.textContent).toBe('Single report: found in one secondary report only. It covers one detail: one dog tag.')
    mounted.splice(0).forEach(wrapper => wrapper.unmount())
    await flushPromises()
    const plain = await openCite('ESC-04')
    expect(plain.dialog.querySelector('.cite-panel__tag')).toBeNull()
  })

  it('takes the focus, keeps Escape from Slidev, and gives the focus back on Escape', async () => {
    const slidevKeys = vi.fn()
    window.addEventListener('keydown', slidevKeys)
    const { wrapper, dialog } = await openCite('ESC-04')
    await vi.waitFor(() => expect(document.activeElement).toBe(dialog))
    pressOn(dialog, 'ArrowRight')
    pressOn(dialog, 'Escape')
    await flushPromises()
    window.removeEventListener('keydown', slidevKeys)
    expect(slidevKeys).not.toHaveBeenCalled()
    expect(document.querySelector('[role="dialog"]')).toBeNull()
    expect(document.activeElement).toBe(wrapper.get('button.cite__ref').element)
  })

  it('keeps Tab inside the panel', async () => {
    const { dialog } = await openCite('ESC-04')
    const close = dialog.querySelector<HTMLButtonElement>('.cite-panel__close')!
    close.focus()
    pressOn(close, 'Tab')
    expect(document.activeElement).toBe(dialog.querySelector('a[href]'))
  })

  it('opens one panel at a time', async () => {
    const wrapper = mountCites('ESC-04', 'ESC-06')
    const [first, second] = wrapper.findAll('button.cite__ref')
    await first!.trigger('click')
    expect((await panel())!.textContent).toContain('Source ESC-04')
    await second!.trigger('click')
    await flushPromises()
    const open = [...document.querySelectorAll('[role="dialog"]')].map(dialog => dialog.querySelector('h2')?.textContent)
    expect(open).toEqual(['Source ESC-06'])
    expect(first!.attributes('aria-expanded')).toBe('false')
  })

  it('stays the plain link to the Sources slide in print and in the overview', () => {
    for (const [print, context] of [[true, 'slide'], [false, 'overview'], [false, 'previewNext']] as const) {
      printMode.value = print
      renderContext.value = context
      const wrapper = mountCites('SGP-11')
      expect(wrapper.find('button').exists()).toBe(false)
      expect(wrapper.get('a').attributes('data-to')).toBe(`sources-${sourcePageOf('SGP-11')}`)
      expect(wrapper.text()).toBe('[SGP-11]')
    }
  })

  it('refuses an id with no details, naming it', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mount(CitePanel, { props: { id: 'XYZ-99', page: 1, anchor: document.body }, global }))
      .toThrow('No citation details for "XYZ-99": add it to data/sources.ts or fix the id.')
  })
})
