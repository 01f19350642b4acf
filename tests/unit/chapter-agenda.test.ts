// The agenda and the cover's count of parts come from the chapter dividers, so they cannot disagree
// with the deck (issue 20: "Twelve parts" had stood above 13 items).
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import ChapterAgenda from '../../components/ChapterAgenda.vue'
import ChapterCount from '../../components/ChapterCount.vue'
import { chapterName, chaptersOf, countInWords } from '../../lib/chapters.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { global } from './components/stubs.ts'

const { slides } = await loadDeck()
/** The real deck as Slidev's routes: number, frontmatter and title of each slide. */
const routes = slides.map(slide => ({ no: slide.no, meta: { slide: { frontmatter: slide.frontmatter ?? {}, title: slide.title } } }))
const current = ref(routes)

vi.mock('@slidev/client', async () => ({ useNav: () => ({ slides: current }), useSlideContext: () => ({ $page: ref(1) }) }))

describe('the deck\'s structure from the deck', () => {
  it('names each chapter by its divider\'s title up to the colon', () => {
    expect(chapterName('The debate: did personal diplomacy with Kim work?')).toBe('The debate')
    expect(chapterName('Hanoi, Feb. 27–28, 2019')).toBe('Hanoi, Feb. 27–28, 2019')
    expect(countInWords(13)).toBe('thirteen')
    expect(countInWords(42)).toBe('42')
  })

  it('lists every chapter divider of the deck, in order, and counts them on the cover', () => {
    const chapters = chaptersOf(routes)
    expect(chapters).toHaveLength(slides.filter(slide => slide.frontmatter?.layout === 'section').length)
    expect(chapters.map(chapter => chapter.name)).toEqual(expect.arrayContaining(['Why this matters', 'After Hanoi', 'The debate', 'Glossary', 'Sources']))
    const agenda = mount(ChapterAgenda, { global })
    expect(agenda.findAll('li').map(item => item.text())).toEqual(chapters.map(chapter => chapter.name))
    expect(agenda.findAll('ol').map(list => list.attributes('start'))).toEqual(['1', String(Math.ceil(chapters.length / 2) + 1)])
    expect(agenda.get('a').attributes('data-to')).toBe(String(chapters[0]!.no))
    expect(mount(ChapterCount).text()).toBe(countInWords(chapters.length))
    expect(mount(ChapterCount, { props: { capital: true } }).text()).toMatch(/^[A-Z]/)
  })

  it('follows the deck when a chapter is added or removed (negative control: no count typed by hand)', () => {
    current.value = routes.filter(route => route.meta.slide.title !== 'Glossary: the terms of this lecture')
    expect(mount(ChapterCount).text()).toBe(countInWords(chaptersOf(routes).length - 1))
    expect(mount(ChapterAgenda, { global }).findAll('li').map(item => item.text())).not.toContain('Glossary')
    current.value = routes
  })
})
