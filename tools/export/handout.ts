// The handout: Slidev's print page re-laid out for A4 portrait. Each slide (the same vector
// rendering as in the slides PDF, scaled down) gets a heading "Slide N: title" above it and its
// speaker notes below it as real text (Slidev's own rendering of the notes, `noteHTML`, which its
// dev server gives at /__slidev/slides/N.json, the API of its notes editor); the slide
// itself is exposed to assistive technology as one figure with the alt text "Slide N: title".
// tools/export/export.ts prints it with a header (deck title) and a footer ("Page N of M").
// Colours are the deck's tokens (styles/tokens.css): `var(--deck-…)` on the page, their values in
// the header and footer, which Chromium renders outside the page.
import type { Deck } from '../shared/deck.ts'
import { deckTokens } from '../shared/tokens.ts'

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

const MM = 96 / 25.4 // CSS pixels per millimetre
const SLIDE_WIDTH_MM = 140

/** Everything the browser needs to turn the print page into the handout (plain data for page.evaluate). */
export interface HandoutPlan {
  intro: string
  slides: { no: number, heading: string, alt: string, notes: string }[]
  css: string
}

/** `notesHtml`: each slide's `noteHTML` from Slidev, in slide order. */
export function handoutPlan(deck: Deck, notesHtml: string[]): HandoutPlan {
  const frameWidth = SLIDE_WIDTH_MM * MM
  const frameHeight = frameWidth * deck.height / deck.width
  const byline = [deck.author, deck.subject].filter(Boolean).map(text => escapeHtml(text!)).join(' · ')
  return {
    intro: `<h1 class="handout-title">${escapeHtml(deck.title)}</h1>
${byline ? `<p class="handout-byline">${byline}</p>` : ''}
<p class="handout-byline">Handout: all ${deck.slides.length} slides in their final state, each with the lecturer's speaker notes.</p>`,
    slides: deck.slides.map((slide) => {
      const level = slide.isChapter ? 2 : 3
      return {
        no: slide.no,
        heading: `<h${level} class="handout-heading${slide.isChapter ? ' handout-chapter' : ''}">Slide ${slide.no}: ${escapeHtml(slide.title)}</h${level}>`,
        alt: `Slide ${slide.no}: ${slide.title}`,
        notes: notesHtml[slide.no - 1]?.trim() || '<p class="handout-none">(No speaker notes for this slide.)</p>',
      }
    }),
    css: `
@page { size: A4 portrait; margin: 18mm 16mm; }
html, body, #app, #page-root, #print-container, #print-content {
  background: var(--deck-bg) !important; height: auto !important; max-height: none !important; overflow: visible !important;
}
.handout-intro, .handout-heading, .handout-notes { font-family: Inter, sans-serif; color: var(--deck-fg); }
.handout-title { font-size: 17pt; line-height: 1.2; font-weight: 700; margin: 0 0 2mm; color: var(--deck-accent); }
.handout-byline { font-size: 9.5pt; line-height: 1.4; margin: 0 0 2mm; color: var(--deck-muted); }
.handout-intro { margin: 0 0 6mm; }
.handout-slide { break-inside: avoid; margin: 0 0 7mm; }
.handout-heading { font-size: 11.5pt; line-height: 1.3; font-weight: 700; margin: 0 0 2mm; color: var(--deck-accent); break-after: avoid; }
.handout-chapter { padding-top: 2mm; border-top: 0.6mm solid var(--deck-accent); }
.handout-frame { width: ${frameWidth}px; height: ${frameHeight}px; overflow: hidden; box-sizing: content-box; border: 0.3mm solid var(--deck-rule); margin: 0 0 3mm; }
.handout-frame > .print-slide-container { zoom: ${frameWidth / deck.width}; break-after: auto !important; }
.handout-notes { font-size: 10.5pt; line-height: 1.4; }
.handout-notes p, .handout-notes ul, .handout-notes ol { margin: 0 0 1.6mm; }
.handout-notes ul { list-style: disc; padding-left: 6mm; }
.handout-notes ol { list-style: decimal; padding-left: 6mm; }
.handout-notes strong { font-weight: 700; }
.handout-notes em { font-style: italic; }
.handout-notes code { font-family: ui-monospace, monospace; }
.handout-notes a { color: var(--deck-link); text-decoration: underline; }
.handout-none { color: var(--deck-muted); font-style: italic; }
`,
  }
}

/**
 * Runs in the browser, on Slidev's print page: wraps every slide in an article with its heading
 * and notes. The slides are moved, not copied, so they keep every style they inherit.
 */
export function layOutHandout(plan: HandoutPlan) {
  const containers = [...document.querySelectorAll('.print-slide-container')]
  const content = document.getElementById('print-content') ?? containers[0]!.parentElement!
  const intro = document.createElement('header')
  intro.className = 'handout-intro'
  intro.innerHTML = plan.intro
  content.prepend(intro)
  for (const slide of plan.slides) {
    const container = containers[slide.no - 1]!
    const article = document.createElement('article')
    article.className = 'handout-slide'
    article.innerHTML = `${slide.heading}<div class="handout-frame" role="img"></div><div class="handout-notes">${slide.notes}</div>`
    const frame = article.querySelector('.handout-frame')!
    frame.setAttribute('aria-label', slide.alt)
    container.before(article)
    container.setAttribute('aria-hidden', 'true')
    frame.append(container)
  }
  const style = document.createElement('style')
  style.textContent = plan.css
  document.head.append(style)
}

/** Header and footer on every handout page (Chromium's templates need explicit font sizes and colours). */
export function handoutHeaderFooter(deck: Deck) {
  const style = `font-family: Inter, sans-serif; font-size: 8pt; color: ${deckTokens().muted}; width: 100%; margin: 0 16mm; display: flex; justify-content: space-between;`
  return {
    headerTemplate: `<div style="${style}"><span>${escapeHtml(deck.title)}</span><span>Handout with speaker notes</span></div>`,
    footerTemplate: `<div style="${style}"><span>${escapeHtml(deck.author ?? '')}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  }
}
