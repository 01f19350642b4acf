// The handout: Slidev's print page re-laid out for A4 portrait. Each slide (the same vector
// rendering as in the slides PDF, scaled down) gets a heading "Slide N: title" above it and its
// speaker notes below it as real text; the slide itself is exposed to assistive technology as one
// figure with the alt text "Slide N: title". scripts/export.mjs prints it with a header (deck
// title) and a footer ("Page N of M").

export function escapeHtml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Inline Markdown on one escaped line: **bold**, *italic*, `code`, [text](http…). */
function inline(text) {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, (_, a, b) => `<strong>${a ?? b}</strong>`)
    .replace(/\*([^*\s][^*]*)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]*)\]\(((?:https?:|mailto:)[^)\s]+)\)/g, '<a href="$2">$1</a>')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
}

/**
 * Speaker notes (Markdown) to simple HTML: paragraphs, bullet and numbered lists, inline
 * emphasis and links. HTML tags and Slidev's `[click]` markers are dropped; text is escaped.
 */
export function notesToHtml(markdown) {
  const lines = String(markdown ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/\[click(?::\d+)?\]\s*/gi, '')
    .split(/\r?\n/)
  const blocks = []
  let current // { kind: 'p' | 'ul' | 'ol' | 'h', items: string[] }
  for (const raw of lines) {
    const line = raw.trim()
    if (!line) {
      current = undefined
      continue
    }
    const bullet = line.match(/^[-*+]\s+(.*)$/)
    const numbered = line.match(/^\d+[.)]\s+(.*)$/)
    const heading = line.match(/^#{1,6}\s+(.*)$/)
    if (bullet || numbered) {
      const kind = bullet ? 'ul' : 'ol'
      if (current?.kind !== kind) {
        current = { kind, items: [] }
        blocks.push(current)
      }
      current.items.push((bullet ?? numbered)[1])
    }
    else if (heading) {
      blocks.push({ kind: 'h', items: [heading[1]] })
      current = undefined
    }
    else if (current) {
      current.items[current.items.length - 1] += ` ${line}`
    }
    else {
      current = { kind: 'p', items: [line] }
      blocks.push(current)
    }
  }
  return blocks.map(({ kind, items }) => {
    if (kind === 'p')
      return `<p>${inline(items[0])}</p>`
    if (kind === 'h')
      return `<p><strong>${inline(items[0])}</strong></p>`
    return `<${kind}>${items.map(item => `<li>${inline(item)}</li>`).join('')}</${kind}>`
  }).join('\n')
}

const MM = 96 / 25.4 // CSS pixels per millimetre
const SLIDE_WIDTH_MM = 140

/**
 * Everything the browser needs to turn the print page into the handout (plain data, so it can be
 * passed to page.evaluate).
 * @param {ReturnType<import('./export-deck.mjs').describeDeck>} deck
 */
export function handoutPlan(deck) {
  const frameWidth = SLIDE_WIDTH_MM * MM
  const frameHeight = frameWidth * deck.height / deck.width
  const byline = [deck.author, deck.subject].filter(Boolean).map(escapeHtml).join(' · ')
  return {
    intro: `<h1 class="handout-title">${escapeHtml(deck.title)}</h1>
${byline ? `<p class="handout-byline">${byline}</p>` : ''}
<p class="handout-byline">Handout: all ${deck.slides.length} slides in their final state, each with the lecturer's speaker notes.</p>`,
    slides: deck.slides.map(slide => ({
      no: slide.no,
      heading: `<h${slide.isChapter ? 2 : 3} class="handout-heading${slide.isChapter ? ' handout-chapter' : ''}">Slide ${slide.no}: ${escapeHtml(slide.title)}</h${slide.isChapter ? 2 : 3}>`,
      alt: `Slide ${slide.no}: ${slide.title}`,
      notes: slide.note.trim() ? notesToHtml(slide.note) : '<p class="handout-none">(No speaker notes for this slide.)</p>',
    })),
    css: `
@page { size: A4 portrait; margin: 18mm 16mm; }
html, body, #app, #page-root, #print-container, #print-content {
  background: #fff !important; height: auto !important; max-height: none !important; overflow: visible !important;
}
.handout-intro, .handout-heading, .handout-notes { font-family: Inter, sans-serif; color: #1a1a1a; }
.handout-title { font-size: 17pt; line-height: 1.2; font-weight: 700; margin: 0 0 2mm; color: #1d3557; }
.handout-byline { font-size: 9.5pt; line-height: 1.4; margin: 0 0 2mm; color: #4a4a4a; }
.handout-intro { margin: 0 0 6mm; }
.handout-slide { break-inside: avoid; margin: 0 0 7mm; }
.handout-heading { font-size: 11.5pt; line-height: 1.3; font-weight: 700; margin: 0 0 2mm; color: #1d3557; break-after: avoid; }
.handout-chapter { padding-top: 2mm; border-top: 0.6mm solid #1d3557; }
.handout-frame { width: ${frameWidth}px; height: ${frameHeight}px; overflow: hidden; box-sizing: content-box; border: 0.3mm solid #6b7280; margin: 0 0 3mm; }
.handout-frame > .print-slide-container { zoom: ${frameWidth / deck.width}; break-after: auto !important; }
.handout-notes { font-size: 10.5pt; line-height: 1.4; }
.handout-notes p, .handout-notes ul, .handout-notes ol { margin: 0 0 1.6mm; }
.handout-notes ul { list-style: disc; padding-left: 6mm; }
.handout-notes ol { list-style: decimal; padding-left: 6mm; }
.handout-notes strong { font-weight: 700; }
.handout-notes em { font-style: italic; }
.handout-notes code { font-family: ui-monospace, monospace; }
.handout-notes a { color: #0b4f8a; text-decoration: underline; }
.handout-none { color: #4a4a4a; font-style: italic; }
`,
  }
}

/**
 * Runs in the browser, on Slidev's print page: wraps every slide in an article with its heading
 * and notes. The slides are moved, not copied, so they keep every style they inherit.
 * @param {ReturnType<typeof handoutPlan>} plan
 */
export function layOutHandout(plan) {
  const containers = [...document.querySelectorAll('.print-slide-container')]
  const content = document.getElementById('print-content') ?? containers[0].parentElement
  const intro = document.createElement('header')
  intro.className = 'handout-intro'
  intro.innerHTML = plan.intro
  content.prepend(intro)
  for (const slide of plan.slides) {
    const container = containers[slide.no - 1]
    const article = document.createElement('article')
    article.className = 'handout-slide'
    article.innerHTML = `${slide.heading}<div class="handout-frame" role="img"></div><div class="handout-notes">${slide.notes}</div>`
    const frame = article.querySelector('.handout-frame')
    frame.setAttribute('aria-label', slide.alt)
    container.before(article)
    container.setAttribute('aria-hidden', 'true')
    frame.append(container)
  }
  const style = document.createElement('style')
  style.textContent = plan.css
  document.head.append(style)
}

/** Header and footer on every handout page (Chromium's templates need explicit font sizes). */
export function handoutHeaderFooter(deck) {
  const style = 'font-family: Inter, sans-serif; font-size: 8pt; color: #4a4a4a; width: 100%; margin: 0 16mm; display: flex; justify-content: space-between;'
  return {
    headerTemplate: `<div style="${style}"><span>${escapeHtml(deck.title)}</span><span>Handout with speaker notes</span></div>`,
    footerTemplate: `<div style="${style}"><span>${escapeHtml(deck.author ?? '')}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  }
}
