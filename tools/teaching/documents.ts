// The printed teaching kit as HTML documents (printed to PDF by write-teaching-kit.ts): the teaching
// guide, the student reading list, the quiz (no answers) and the answer key. Everything comes from
// data/ and from the deck's timing hints.
import type { Question } from '../../data/schema.ts'
import type { DeckSlide } from '../shared/deck.ts'
import type { TeachingPdf } from '../shared/paths.ts'
import { activities, launchCounts2022 } from '../../data/activities.ts'
import { choicesInOrder, ESSAY_MARKS, questionBank } from '../../data/assessment.ts'
import { glossary } from '../../data/glossary.ts'
import { readings, readingUrl } from '../../data/readings.ts'
import { checkBeforeTeaching, sessionPlans } from '../../data/sessions.ts'
import { isInteractive, shortClassSlides, slideMinutes, sumTiming } from '../rules/timing.ts'
import { TEACHING_PDFS } from '../shared/paths.ts'

export interface TeachingDocument { file: TeachingPdf, title: string, html: string }

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const facts = (ids: readonly string[]) => `<span class="facts">[${ids.map(esc).join(', ')}]</span>`
const fmtMin = (m: number) => Number.isInteger(m) ? `${m}` : m.toFixed(1)
/** A minute mark of the plan as a clock reading: 3.5 → "3:30". */
const clock = (m: number) => `${Math.floor(m)}:${String(Math.round((m % 1) * 60)).padStart(2, '0')}`

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
  body { font-family: Inter, "DejaVu Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #111; }
  h1 { font-size: 20pt; } h2 { font-size: 15pt; margin-top: 1.4em; } h3 { font-size: 12.5pt; }
  table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #555; padding: 3px 6px; vertical-align: top; text-align: left; }
  .facts { color: #333; font-size: 9.5pt; } .muted { color: #333; } li { margin: 2px 0; }
  section.question { break-inside: avoid; margin-bottom: 0.8em; } a { color: #0645ad; }
  </style></head><body><main>${body}</main></body></html>`
}

/** Minute ranges of each block of a plan, from the timing hints of the slides the class shows. */
function planTimeline(plan: typeof sessionPlans[number], deck: readonly DeckSlide[]) {
  const shown = plan.skipsOptional ? shortClassSlides(deck) : [...deck]
  let clock = 0
  return plan.blocks.map((block) => {
    const slides = shown.filter(slide => block.chapters.includes(slide.chapter.id))
    const start = clock
    const minutes = slides.reduce((sum, slide) => sum + (slideMinutes(slide.note) ?? 0), 0)
    clock += minutes
    return { block, slides, start, end: clock, minutes }
  })
}

function planHtml(plan: typeof sessionPlans[number], deck: readonly DeckSlide[]): string {
  const shown = plan.skipsOptional ? shortClassSlides(deck) : [...deck]
  const sum = sumTiming(shown)
  const rows = planTimeline(plan, deck).map(({ block, slides, start, end }) => {
    // slide numbers as the class sees them: counted among the slides it shows
    const numbers = slides.map(slide => shown.indexOf(slide) + 1)
    const acts = slides.filter(isInteractive).map(slide => `<li><b>${esc(slide.title)}</b> (${fmtMin(slideMinutes(slide.note)!)} min)</li>`).join('')
    return `<tr><td>${clock(start)}–${clock(end)}</td><td>${esc(block.label)}${acts ? `<ul>${acts}</ul>` : ''}${block.pauseFor ? `<p><i>Pause for questions:</i> ${esc(block.pauseFor)}</p>` : ''}</td><td>${numbers.length ? `${numbers[0]}–${numbers.at(-1)}` : '—'}</td></tr>`
  }).join('')
  let at = 0
  const bySlide = shown.map((slide, index) => {
    const minutes = slideMinutes(slide.note) ?? 0
    const row = minutes > 0
      ? `<tr><td>${clock(at)}</td><td>${index + 1}</td><td>${esc(slide.title)}${isInteractive(slide) ? ' <b>(class work)</b>' : ''}</td><td>${fmtMin(minutes)}</td></tr>`
      : ''
    at += minutes
    return row
  }).join('')
  return `<h2 id="plan-${plan.id}">${esc(plan.title)}</h2>
  <p>${fmtMin(sum.total)} minutes: lecture ${fmtMin(sum.lectureCore)}, activities and discussion ${fmtMin(sum.interactive)}; ${sum.slides} slides${plan.skipsOptional ? ' (slides marked optional are left out: present with <code>npm run dev:50</code>)' : ''}.</p>
  <table><thead><tr><th>From–to (min:s)</th><th>What happens</th><th>Slides</th></tr></thead><tbody>${rows}</tbody></table>
  <h3>If time runs short</h3><ol>${plan.ifShortOfTime.map(cut => `<li>${esc(cut)}</li>`).join('')}</ol>
  <h3>Slide by slide</h3><p>Reference slides (glossary, sources pages) take no class time and are left out.</p>
  <table><thead><tr><th>Starts at</th><th>Slide</th><th>Title</th><th>Minutes</th></tr></thead><tbody>${bySlide}</tbody></table>`
}

function activityHtml(activity: typeof activities[number], deck: readonly DeckSlide[]): string {
  const slide = deck.find(candidate => candidate.frontmatter.activity === activity.id)
  const list = (items: readonly string[], tag = 'ul') => `<${tag}>${items.map(item => `<li>${esc(item)}</li>`).join('')}</${tag}>`
  const counts = activity.id === 'chart-critically'
    ? `<table><thead><tr><th>Counter</th><th>2022</th><th>What it counts</th></tr></thead><tbody>${launchCounts2022.map(row => `<tr><td>${esc(row.counter)}</td><td>${esc(row.count)}</td><td>${esc(row.rule)}</td></tr>`).join('')}</tbody></table><p class="facts">[NUM-02]</p>`
    : ''
  return `<h2 id="activity-${activity.id}">Activity: ${esc(activity.title)}</h2>
  <p>${activity.minutes} minutes · slide ${slide ? `${slide.no} ("${esc(slide.title)}")` : '(not in the deck)'} · ${facts(activity.cites)}</p>
  <h3>Aims</h3>${list(activity.aims)}<h3>Instructions</h3>${list(activity.instructions, 'ol')}
  <h3>Materials</h3>${list(activity.materials)}${counts}<h3>Debrief</h3>${list(activity.debrief)}`
}

function glossaryHtml(): string {
  return `<h2 id="glossary">Glossary</h2><dl>${glossary.map(term => `<dt><b>${esc(term.term)}</b>${term.expansion ? ` (${esc(term.expansion)})` : ''}</dt><dd>${esc(term.definition)} ${term.cites.length ? facts(term.cites) : ''}${term.checkBeforeTeaching ? ` <i>Check before you teach:</i> ${esc(term.checkBeforeTeaching)}` : ''}</dd>`).join('')}</dl>`
}

function checkBeforeTeachingHtml(): string {
  const items = [
    ...checkBeforeTeaching.map(check => `${esc(check.text)} ${facts(check.cites)}`),
    ...glossary.filter(term => term.checkBeforeTeaching).map(term => `${esc(term.term)}: ${esc(term.checkBeforeTeaching!)}`),
  ]
  return `<h2 id="check-before-you-teach">Check before you teach</h2><ul>${items.map(item => `<li>${item}</li>`).join('')}</ul>`
}

function readingHtml(): string {
  return readings.map(reading => `<section class="question"><h2>${esc(reading.title)}</h2>
  <p>${esc(reading.author)}, ${esc(reading.date)} · ${reading.kind === 'primary' ? 'primary source' : 'near-primary (a full text, transcript or extended quotation carried by a news outlet)'} · about ${reading.minutes} minutes</p>
  <p>Link: <a href="${esc(readingUrl(reading))}">${esc(readingUrl(reading))}</a> (${esc(reading.link.outlet)})</p>
  <p><b>What to read:</b> ${esc(reading.whatToRead)}</p><p><b>Guiding question:</b> ${esc(reading.guidingQuestion)}</p><p>${facts(reading.cites)}</p></section>`).join('')
}

function questionHtml(question: Question, number: number, withAnswers: boolean): string {
  const head = `<h3>${number}. ${esc(question.stem)}</h3>`
  if (question.kind === 'multiple-choice') {
    const choices = choicesInOrder(question)
    const items = choices.map((choice, index) => `<li>${String.fromCharCode(65 + index)}. ${esc(choice.text)}${withAnswers ? `<br><span class="muted">${choice.correct ? '<b>Correct.</b> ' : ''}${esc(choice.feedback)}</span>` : ''}</li>`).join('')
    const answer = withAnswers ? `<p><b>Answer: ${String.fromCharCode(65 + choices.findIndex(choice => choice.correct))}</b> ${facts(question.cites)}</p>` : ''
    return `<section class="question" id="${question.id}">${head}<ul style="list-style:none;padding-left:0">${items}</ul>${answer}</section>`
  }
  if (question.kind === 'short-answer')
    return `<section class="question" id="${question.id}">${head}${withAnswers ? `<p><b>Answer: ${esc(question.accepted[0]!)}</b> (also accepted: ${esc(question.accepted.slice(1).join(', ') || 'none')}). ${esc(question.explanation)} ${facts(question.cites)}</p>` : '<p>Answer: ______________________</p>'}</section>`
  const guide = withAnswers
    ? `<h4>Marking guide (${ESSAY_MARKS} marks)</h4><table><thead><tr><th>Criterion</th><th>Marks</th><th>Look for</th></tr></thead><tbody>${question.criteria.map(c => `<tr><td>${esc(c.criterion)}</td><td>${c.marks}</td><td>${esc(c.lookFor)}</td></tr>`).join('')}</tbody></table><h4>Evidence a strong answer uses</h4><ul>${question.evidence.map(point => `<li>${esc(point.point)} ${facts(point.cites)}</li>`).join('')}</ul>`
    : ''
  return `<section class="question" id="${question.id}">${head}<p>About ${question.words} words.</p>${guide}</section>`
}

const KIND_HEADINGS = { 'multiple-choice': 'Multiple choice: choose one answer', 'short-answer': 'Short answer: a word or a number', 'essay': 'Essay' } as const

function bankHtml(withAnswers: boolean): string {
  let html = ''
  let previous = ''
  questionBank.forEach((question, index) => {
    if (question.kind !== previous)
      html += `<h2>${KIND_HEADINGS[question.kind]}</h2>`
    previous = question.kind
    html += questionHtml(question, index + 1, withAnswers)
  })
  return html
}

/** The four printed documents, built from data/ and the parsed deck. */
export function teachingDocuments(deck: readonly DeckSlide[], deckTitle: string): TeachingDocument[] {
  const guideTitle = `Teaching guide: ${deckTitle}`
  return [
    { file: TEACHING_PDFS.guide, title: guideTitle, html: page(guideTitle, `<h1>${esc(guideTitle)}</h1>
      <p>Session plans, in-class activities, glossary and what to check before you teach. Minutes come from the timing hints in the speaker notes.</p>
      ${checkBeforeTeachingHtml()}${sessionPlans.map(plan => planHtml(plan, deck)).join('')}${activities.map(activity => activityHtml(activity, deck)).join('')}${glossaryHtml()}`) },
    { file: TEACHING_PDFS.readingList, title: `Reading list: ${deckTitle}`, html: page(`Reading list: ${deckTitle}`, `<h1>Before the class: readings</h1><p>Primary and near-primary sources. Read them in this order; each comes with what to read and a question to keep in mind.</p>${readingHtml()}`) },
    { file: TEACHING_PDFS.quiz, title: `Quiz: ${deckTitle}`, html: page(`Quiz: ${deckTitle}`, `<h1>Quiz</h1><p>Name: ______________________</p>${bankHtml(false)}`) },
    { file: TEACHING_PDFS.answerKey, title: `Answer key: ${deckTitle}`, html: page(`Answer key: ${deckTitle}`, `<h1>Answer key</h1><p>For the lecturer. Each answer lists the fact ids (Sources chapter) that support it.</p>${bankHtml(true)}`) },
  ]
}
