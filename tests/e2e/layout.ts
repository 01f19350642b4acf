// The lecture-hall layout checks, run in the page: nothing outside the slide canvas, body text (the slide's
// prose, bullets and quotations) at least 20 px, supporting text at least 16 px (citations, captions: a
// quotation's speaker and date, a chart's title; timeline entries, cells of comparison tables, source lines
// and the footer), and list numbers and bullets inside the margin the slide title sets.
import type { CDPSession, Locator, Page } from '@playwright/test'

const BODY_MIN_PX = 20
const FINE_PRINT_MIN_PX = 16
const SUPPORTING_TEXT = '.fine-print, .slidev-page-footer, figcaption, .place-map__legend, table, .timeline'

/** Runs in the page: lists every element that sticks out of the canvas or has text too small. */
async function layoutProblems(canvas: Locator): Promise<string[]> {
  return canvas.evaluate((root, [bodyMin, fineMin, SUPPORTING_TEXT]) => {
    const problems: string[] = []
    const frame = root.getBoundingClientRect()
    const describe = (element: Element) => `<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? ` class="${element.className}"` : ''}> "${(element.textContent ?? '').trim().slice(0, 40)}"`
    for (const element of root.querySelectorAll('*')) {
      const style = getComputedStyle(element)
      if (style.display === 'none' || element.closest('svg, .sr-only, [data-geometry-ignore]'))
        continue
      const box = element.getBoundingClientRect()
      if (box.width > 0 && box.height > 0 && (box.left < frame.left - 1 || box.top < frame.top - 1 || box.right > frame.right + 1 || box.bottom > frame.bottom + 1))
        problems.push(`outside the canvas by ${Math.round(Math.max(frame.left - box.left, frame.top - box.top, box.right - frame.right, box.bottom - frame.bottom))} px: ${describe(element)}`)
      const ownText = [...element.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())
      if (ownText && style.visibility !== 'hidden') {
        const min = element.closest(SUPPORTING_TEXT) ? fineMin : bodyMin
        const size = Number.parseFloat(style.fontSize)
        if (size < min - 0.01)
          problems.push(`text at ${size} px (minimum ${min}): ${describe(element)}`)
      }
    }
    return problems
  }, [BODY_MIN_PX, FINE_PRINT_MIN_PX, SUPPORTING_TEXT] as const)
}

interface DomNode { backendNodeId: number, pseudoType?: string, pseudoElements?: DomNode[] }

/**
 * Every list marker (an <ol>'s number, a <ul>'s bullet) on slide `no` that starts left of the slide
 * title's left edge (the layout's content edge on a slide without a title). A marker has no box in
 * the page's DOM: Chromium's DevTools protocol gives the box of each ::marker.
 */
export async function markerProblems(page: Page, cdp: CDPSession, no: number): Promise<string[]> {
  const layout = `[data-slidev-no="${no}"] .slidev-layout`
  const items = `${layout} li:not(svg *, [data-geometry-ignore] *)`
  if (await page.locator(items).count() === 0)
    return []
  const edge = await page.locator(layout).first().evaluate((root) => {
    const title = root.querySelector('h1') ?? root
    const style = getComputedStyle(title)
    return title.getBoundingClientRect().left + Number.parseFloat(style.borderLeftWidth) + Number.parseFloat(style.paddingLeft)
  })
  // Only the list items' own nodes: the whole document (every mounted slide) is many times larger.
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 })
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: items })
  const outside: number[] = []
  for (const [position, nodeId] of nodeIds.entries()) {
    const { node } = await cdp.send('DOM.describeNode', { nodeId }) as { node: DomNode }
    const marker = node.pseudoElements?.find(pseudo => pseudo.pseudoType === 'marker')
    if (marker === undefined)
      continue // list-style: none
    const box = await cdp.send('DOM.getBoxModel', { backendNodeId: marker.backendNodeId }).catch(() => undefined) // undefined: not rendered
    const left = box && Math.min(...box.model.border.filter((_, i) => i % 2 === 0))
    if (left !== undefined && left < edge - 1)
      outside.push(position, edge - left)
  }
  if (!outside.length)
    return []
  return page.evaluate(([items, outside]) => {
    const all = [...document.querySelectorAll(items)]
    const problems: string[] = []
    for (let i = 0; i < outside.length; i += 2) {
      const item = all[outside[i]!]!
      const list = item.parentElement
      const marker = list instanceof HTMLOListElement ? `${list.start + [...list.querySelectorAll(':scope > li')].indexOf(item)}.` : 'bullet'
      problems.push(`list marker "${marker}" starts ${Math.round(outside[i + 1]!)} px left of the title's edge: <${list?.tagName.toLowerCase()}> item "${(item.textContent ?? '').trim().slice(0, 40)}"`)
    }
    return problems
  }, [items, outside] as const)
}

/** Both checks on slide `no` as it is shown now: its canvas (layoutProblems), then its list markers. */
export async function slideLayoutProblems(page: Page, cdp: CDPSession, no: number): Promise<string[]> {
  return [...await layoutProblems(page.locator(`[data-slidev-no="${no}"] .slidev-layout`).first()), ...await markerProblems(page, cdp, no)]
}
