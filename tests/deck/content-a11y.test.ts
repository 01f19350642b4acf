import type { ContentCounts, SlideSource } from '../../tools/rules/content-a11y.ts'
// Accessibility rules over the deck's source, slide by slide: every image has alt text and a credit
// and ships with the deck; every chart has a text alternative; every link says where it goes.
import { describe, expect, it } from 'vitest'
import { contentA11yProblems } from '../../tools/rules/content-a11y.ts'
import { loadDeck } from '../../tools/shared/deck.ts'

describe('content accessibility checker', () => {
  const sample = (content: string, frontmatter: Record<string, unknown> = {}): SlideSource => ({ content, frontmatter })
  /** The problems as the build prints them: what is wrong — the fix. */
  const sentences = (content: string, frontmatter?: Record<string, unknown>) =>
    contentA11yProblems(sample(content, frontmatter)).map(({ problem, fix }) => `${problem} — ${fix}`)

  it('accepts a slide whose image, chart and links are accessible', () => {
    const counts: ContentCounts = { images: 0, links: 0, charts: 0 }
    const problems = contentA11yProblems(sample([
      '# The DMZ meeting',
      '![President Trump steps across the line at Panmunjom](/images/dmz.jpg)',
      'Credit: White House photo, public domain',
      '<svg role="img" aria-label="Launches per year"><rect /></svg>',
      'See [the CNS missile database](https://example.org/cns) and <a href="#x">Sources chapter</a>.',
    ].join('\n\n')), counts)
    expect(problems).toEqual([])
    expect(counts).toEqual({ images: 1, links: 2, charts: 1 })
  })

  it('fails an image without alt text, naming the slide, file and image', () => {
    const problems = sentences('![](/images/summit.jpg)\n\nCredit: KCNA')
    expect(problems).toEqual(['image /images/summit.jpg has no alt text — add it (describe what it shows, or alt="" only for pure decoration)'])
    expect(sentences('<img src="/a.png" credit="AP">')).toEqual([
      'image /a.png has no alt text — add it (describe what it shows, or alt="" only for pure decoration)',
    ])
  })

  it('fails an image without a credit, and a remote image', () => {
    const problems = sentences('<img src="https://example.org/kim.jpg" alt="Kim Jong Un in Hanoi">')
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/^image https:\/\/example\.org\/kim\.jpg has no credit/)
    expect(problems[1]).toMatch(/is loaded from the internet/)
    // A credit attribute or frontmatter credit is enough.
    expect(sentences('<img src="/k.jpg" alt="Kim" credit="Reuters">')).toEqual([])
    expect(sentences('![Kim](/k.jpg)', { credit: 'Reuters' })).toEqual([])
  })

  it('fails a chart without a text alternative', () => {
    expect(sentences('<svg viewBox="0 0 10 10"><rect /></svg>')[0])
      .toMatch(/^chart \(inline <svg>\) has no text alternative/)
    expect(sentences('```mermaid\ngraph LR; A-->B\n```')[0]).toMatch(/Mermaid diagram\) has no text alternative/)
    expect(sentences('<svg aria-hidden="true"><path /></svg>')).toEqual([])
  })

  it('fails links whose text is "here", "link", "click here" or a bare URL', () => {
    const content = [
      'Read the statement [here](https://example.org/statement).',
      'The [link](https://example.org/x) to the data.',
      '<a href="https://example.org/y">Click here</a>',
      '[https://example.org/z](https://example.org/z)',
      '<https://example.org/auto>',
    ].join('\n\n')
    const problems = sentences(content)
    expect(problems).toHaveLength(5)
    expect(problems[0]).toBe('link to https://example.org/statement has the text "here", which does not say where it goes — make the text name the source or destination')
    expect(problems.filter(problem => problem.includes('bare URL'))).toHaveLength(2)
    expect(problems.filter(problem => problem.includes('"Click here"'))).toHaveLength(1)
  })

  it('ignores code examples and comments', () => {
    expect(sentences('```md\n![](x.png) [here](y)\n```\n\n`<img src="z">`\n\n<!-- [here](y) -->')).toEqual([])
  })
})

describe('the deck', async () => {
  const deck = (await loadDeck()).slides

  it('has alt text and a credit on every image, a text alternative on every chart, meaningful link text', () => {
    const counts: ContentCounts = { images: 0, links: 0, charts: 0 }
    const problems = deck.flatMap(slide => contentA11yProblems(slide, counts).map(({ problem }) => `slide ${slide.no} (${slide.file}): ${problem}`))
    console.log(`content a11y: checked ${deck.length} slides: ${counts.images} images, ${counts.charts} inline charts, ${counts.links} links in slide source`)
    expect(problems, problems.join('\n')).toEqual([])
  })
})
