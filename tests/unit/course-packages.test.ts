// The course packages as the platforms read them: Moodle XML (ID numbers, marks, grader
// information, key order), the Common Cartridge 1.1 (validated against the CC 1.1 schemas, one
// organization following the class plan, instructor-only files marked) and the SCORM 1.2 package.
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { convert } from 'xmlbuilder2'
import { activities } from '../../data/activities.ts'
import { choicesInOrder, essay, questionBank, questionMarks } from '../../data/assessment.ts'
import { readings, readingUrl } from '../../data/readings.ts'
import { loadDeck } from '../../tools/shared/deck.ts'
import { generalFeedback, markingGuideText } from '../../tools/teaching/bank-text.ts'
import { cartridgeFiles, seminarTopics } from '../../tools/teaching/cartridge.ts'
import { toMoodleXml } from '../../tools/teaching/moodle-xml.ts'
import { scormFiles, toScormPackage } from '../../tools/teaching/scorm.ts'
import { cc11Problems } from '../schemas/cc11.ts'

const asList = <T>(value: T | T[] | undefined): T[] => value === undefined ? [] : Array.isArray(value) ? value : [value]
/** The text Moodle stores for an html field, as a student reads it. */
const shown = (html: unknown) => String(html ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/<\/?p>/g, '')

describe('Moodle XML', () => {
  const questions = asList((convert(toMoodleXml(questionBank), { format: 'object' }) as any).quiz.question)

  it('keeps every question\'s ID number, type, marks and correct answers, in bank order', () => {
    expect(questions.map(q => [q.name.text, q.idnumber, q['@type'], Number(q.defaultgrade)]))
      .toEqual(questionBank.map(q => [q.id, q.id, { 'multiple-choice': 'multichoice', 'short-answer': 'shortanswer', 'essay': 'essay' }[q.kind], questionMarks(q)]))
    expect(Number(questions.at(-1).defaultgrade), 'the essay is worth its marking guide').toBe(30)
    questionBank.forEach((question, index) => {
      const back = questions[index]
      if (question.kind === 'multiple-choice') {
        expect([back.shuffleanswers, back.answernumbering], 'choices in the key\'s order, lettered like the key').toEqual(['0', 'ABCD'])
        expect(asList(back.answer).map((a: any) => [shown(a.text), a['@fraction'], shown(a.feedback.text)])).toEqual(choicesInOrder(question).map(c => [c.text, c.correct ? '100' : '0', c.feedback]))
      }
      if (question.kind === 'short-answer') {
        expect(asList(back.answer).map((a: any) => [a.text, a['@fraction']])).toEqual(question.accepted.map(answer => [answer, '100']))
        expect(shown(back.generalfeedback.text), 'the explanation, for everyone').toBe(generalFeedback(question))
      }
    })
  })

  it('puts the marking guide in the grader information and fact ids in tags, never in feedback', () => {
    const last = questions.at(-1)
    expect(shown(last.graderinfo.text)).toBe(markingGuideText(essay))
    expect(shown(last.questiontext.text)).toContain('About 1,500 words')
    const feedback = JSON.stringify(questions.map(q => [q.generalfeedback, asList(q.answer).map((a: any) => a.feedback)]))
    expect(feedback).not.toMatch(/\b[A-Z0-9]{2,3}-\d{2}\b/)
    expect(feedback).not.toContain(essay.criteria[0]!.lookFor)
    expect(asList(last.tags.tag).map((t: any) => t.text)).toEqual(essay.cites)
  })
})

describe('Common Cartridge 1.1', async () => {
  const deck = await loadDeck()
  const file = (name: string) => ({ title: name, name, bytes: new TextEncoder().encode(`<!doctype html><title>${name}</title>`) })
  const files = cartridgeFiles({ title: deck.title, studentDeck: file('deck.html'), forInstructors: [file('teaching-guide.pdf'), file('answer-key.pdf')], slides: deck.slides })
  const text = (name: string) => strFromU8(files[name]!)
  const manifestXml = text('imsmanifest.xml')
  const manifest = (convert(manifestXml, { format: 'object' }) as any).manifest
  const resources = asList(manifest.resources.resource)
  const modules = asList(manifest.organizations.organization.item.item)

  it('validates: the manifest and every assessment against the CC 1.1 schemas', async () => {
    expect(await cc11Problems(manifestXml, 'manifest')).toEqual([])
    const qti = resources.filter(r => String(r['@type']).startsWith('imsqti_xmlv1p2')).map(r => r.file['@href'])
    expect(qti).toEqual(['after-class/quiz/assessment.xml', 'question-bank/question-bank.xml'])
    for (const name of qti)
      expect(await cc11Problems(text(name), 'qti', name), name).toEqual([])
  })

  it('a broken manifest fails validation (negative control)', async () => {
    const broken = manifestXml.replace('type="imswl_xmlv1p1"', 'type="weblink"').replace('<schemaversion>1.1.0</schemaversion>', '')
    const problems = await cc11Problems(broken, 'manifest')
    expect(problems.join('\n')).toMatch(/weblink/)
    expect(problems.join('\n')).toMatch(/schemaversion/)
  })

  it('has one organization following the class plan: before, in and after class, then instructors', () => {
    expect(modules.map(m => m.title)).toEqual(['Before class: read', 'In class: the lecture and the activities', 'After class: discuss and check', 'For instructors (hidden from students)'])
    const referenced = modules.flatMap(m => asList(m.item).map((i: any) => i['@identifierref']))
    // every resource is placed in the plan, except the question bank, which platforms file separately
    expect(resources.map(r => r['@identifier']).filter(id => !referenced.includes(id))).toEqual(['question-bank'])
    for (const resource of resources)
      expect(files[resource.file['@href']], resource.file['@href']).toBeDefined()
  })

  it('carries each reading as a web link and its guide; activities and seminars as discussion topics', () => {
    for (const reading of readings)
      expect(text(`before-class/${reading.id}.xml`)).toContain(`href="${readingUrl(reading).replace(/&/g, '&amp;')}"`)
    const guide = text('before-class/reading-guide.html')
    for (const reading of readings)
      expect(guide).toContain(reading.guidingQuestion.replace(/&/g, '&amp;').replace(/"/g, '&quot;'))
    const topics = resources.filter(r => r['@type'] === 'imsdt_xmlv1p1')
    const seminars = seminarTopics(deck.slides)
    expect(seminars.map(s => s.questions.length)).toEqual([3, 3])
    expect(topics.length).toBe(activities.length + seminars.length)
  })

  it('marks the guide, the key and the lecturer file, and only them, for instructors', () => {
    const instructorOnly = resources.filter(r => r.metadata?.['lom:lom'] || r.metadata?.lom)
    expect(instructorOnly.map(r => r.file['@href'])).toEqual(['instructors/teaching-guide.pdf', 'instructors/answer-key.pdf'])
    expect(manifestXml.match(/<value>Instructor<\/value>/g)?.length).toBe(2)
  })

  it('the quiz keeps each question\'s profile, weight and correct answer', () => {
    const items = [...text('after-class/quiz/assessment.xml').matchAll(/<item ident="([^"]+)"[\s\S]*?<\/item>/g)]
    expect(items.map(m => m[1])).toEqual(questionBank.map(q => q.id))
    items.forEach(([item], index) => {
      const question = questionBank[index]!
      const profile = { 'multiple-choice': 'cc.multiple_choice.v0p1', 'short-answer': 'cc.fib.v0p1', 'essay': 'cc.essay.v0p1' }[question.kind]
      expect(item).toMatch(new RegExp(`<fieldentry>${profile}</fieldentry>[\\s\\S]*<fieldlabel>cc_weighting</fieldlabel>\\s*<fieldentry>${questionMarks(question)}</fieldentry>`))
      if (question.kind === 'multiple-choice')
        expect(item).toMatch(new RegExp(`<respcondition continue="No">\\s*<conditionvar>\\s*<varequal respident="response1">${question.id}-${'abcde'[choicesInOrder(question).findIndex(c => c.correct)]}</varequal>`))
    })
  })
})

describe('SCORM 1.2', () => {
  const files = scormFiles({ title: 'Deck', deck: new TextEncoder().encode('<!doctype html>'), lastSlide: 42 })

  it('launches a SCO at index.html that lists every file it needs', () => {
    const manifest = strFromU8(files['imsmanifest.xml']!)
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>')
    expect(manifest).toMatch(/adlcp:scormtype="sco" href="index.html"/)
    expect([...manifest.matchAll(/<file href="([^"]+)"/g)].map(m => m[1]).sort()).toEqual(Object.keys(files).filter(name => name !== 'imsmanifest.xml').sort())
    expect(strFromU8(files['index.html']!)).toContain('data-last-slide="42"')
  })

  it('zips the same files', () => {
    expect(Object.keys(unzipSync(toScormPackage({ title: 'Deck', deck: new Uint8Array(), lastSlide: 3 }))).sort()).toEqual(Object.keys(files).sort())
  })
})
