// The question bank's formats: GIFT parses back to the same questions; the QTI package opens and
// holds every item with its correct answer; every fact id exists.
import { strFromU8, unzipSync } from 'fflate'
import { parse } from 'gift-pegjs'
import { describe, expect, it } from 'vitest'
import { activities } from '../../data/activities.ts'
import { choicesInOrder, essay, multipleChoice, questionBank, shortAnswers } from '../../data/assessment.ts'
import { deckData, findDataProblems } from '../../data/check.ts'
import { glossary } from '../../data/glossary.ts'
import { readings } from '../../data/readings.ts'
import { isKnownSource } from '../../data/sources.ts'
import { generalFeedback, promptText } from '../../tools/teaching/bank-text.ts'
import { escapeGift, escapeGiftAnswer, toGift } from '../../tools/teaching/gift.ts'
import { toQtiPackage } from '../../tools/teaching/qti.ts'

describe('the bank', () => {
  it('has at least 12 multiple-choice, 8 short-answer questions and one essay, all citing known facts', () => {
    expect(multipleChoice.length).toBeGreaterThanOrEqual(12)
    expect(shortAnswers.length).toBeGreaterThanOrEqual(8)
    expect(essay.criteria.length).toBeGreaterThanOrEqual(3)
    const ids = questionBank.flatMap(q => [...q.cites, ...(q.kind === 'essay' ? q.evidence.flatMap(e => e.cites) : [])])
    expect(ids.filter(id => !isKnownSource(id))).toEqual([])
  })

  it('spreads the correct letter: no letter holds more than half of the multiple-choice answers', () => {
    const letters = multipleChoice.map(q => choicesInOrder(q).findIndex(c => c.correct))
    const most = Math.max(...[0, 1, 2, 3, 4].map(letter => letters.filter(l => l === letter).length))
    expect(most).toBeLessThanOrEqual(multipleChoice.length / 2)
    // negative control: the data's own order (correct first) would fail
    expect(multipleChoice.every(q => q.choices[0]!.correct)).toBe(true)
  })

  it('rejects a question with two correct choices, or one citing an unknown fact (negative controls)', () => {
    const problemsWith = (question: unknown) => findDataProblems({ ...deckData(), questionBank: [question, ...questionBank.slice(1)] })
      .map(p => `${p.module}: ${p.problems.join(' | ')}`)
      .join('\n')
    const twoCorrect = { ...multipleChoice[0]!, choices: multipleChoice[0]!.choices.map(c => ({ ...c, correct: true })) }
    expect(problemsWith(twoCorrect)).toMatch(/data\/assessment\.ts: .*mcq-01.*exactly one correct/)
    expect(problemsWith({ ...multipleChoice[0]!, cites: ['ESC-99'] })).toMatch(/data\/assessment\.ts: entry "mcq-01": cites\.0: "ESC-99" is not in the bibliography/)
  })
})

describe('the teaching data (negative controls)', () => {
  const problemsWith = (patch: Partial<ReturnType<typeof deckData>>) => findDataProblems({ ...deckData(), ...patch })
    .map(p => `${p.module}: ${p.problems.join(' | ')}`)
    .join('\n')

  it('passes as it is', () => {
    expect(findDataProblems()).toEqual([])
  })

  it('names a reading whose outlet is not a source of its fact', () => {
    expect(problemsWith({ readings: [{ ...readings[0]!, link: { cite: 'RTS-05', outlet: 'Nowhere Times' } }] }))
      .toMatch(/data\/readings\.ts: entry "panmunjom-declaration": link\.outlet: "Nowhere Times" is not a source of RTS-05/)
  })

  it('names an activity that points to a missing reading, and glossary terms out of order', () => {
    expect(problemsWith({ activities: [{ ...activities[0]!, readings: ['lost-reading'] }] }))
      .toMatch(/data\/activities\.ts: entry "singapore-verbs": readings: "lost-reading" is not in data\/readings\.ts/)
    expect(problemsWith({ glossary: [...glossary].reverse() })).toMatch(/data\/glossary\.ts: entries: keep terms in alphabetical order/)
  })
})

describe('the essay\'s marks and the accepted answers (negative controls)', () => {
  const problemsWith = (question: unknown) => findDataProblems({ ...deckData(), questionBank: [...questionBank.slice(0, -1), question] })
    .map(p => `${p.module}: ${p.problems.join(' | ')}`)
    .join('\n')

  it('names an essay whose marks differ from its marking guide\'s total', () => {
    expect(essay.marks).toBe(essay.criteria.reduce((sum, c) => sum + c.marks, 0))
    expect(problemsWith({ ...essay, marks: 10 })).toMatch(/data\/assessment\.ts: entry "essay-01": marks: must equal the marking guide's total/)
  })

  it('names an accepted answer with <, > or &, which GIFT and the platforms cannot match', () => {
    const withArrow = { ...shortAnswers[0]!, accepted: ['a -> b'] }
    expect(findDataProblems({ ...deckData(), questionBank: [withArrow, ...questionBank.slice(1)] }).map(p => p.problems.join(' ')).join(''))
      .toMatch(/accepted\.0: an accepted answer may not contain <, > or &/)
  })
})

/** HTML entities back to characters, as Moodle shows an [html] text. */
const shown = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

describe('GIFT (Moodle)', () => {
  it('parses back to the same questions, ID numbers, answers and feedback', () => {
    const parsed = parse(toGift(questionBank)) as any[]
    expect(parsed.map(q => q.title)).toEqual(questionBank.map(q => q.id))
    expect(parsed.map(q => q.id), 'Moodle\'s [id:…] on every question').toEqual(questionBank.map(q => q.id))
    questionBank.forEach((question, index) => {
      const back = parsed[index]
      expect(shown(back.stem.text)).toBe(promptText(question))
      if (question.kind === 'multiple-choice') {
        expect(back.type).toBe('MC')
        expect(back.choices.map((c: any) => [shown(c.text.text), c.isCorrect, shown(c.feedback.text)])).toEqual(choicesInOrder(question).map(c => [c.text, c.correct, c.feedback]))
        expect(back.globalFeedback).toBeNull()
      }
      else if (question.kind === 'short-answer') {
        expect(back.type).toBe('Short')
        expect(back.choices.map((c: any) => [c.text.text, c.feedback])).toEqual(question.accepted.map(answer => [answer, null]))
        expect(shown(back.globalFeedback.text), 'the explanation, for everyone').toBe(question.explanation)
      }
      else {
        expect(back.type).toBe('Essay')
        expect(back.globalFeedback, 'no marking guide where students see it').toBeNull()
        expect(back.stem.text).toContain('About 1,500 words')
      }
    })
  })

  it('keeps fact ids and the marking guide out of anything a student sees', () => {
    const gift = toGift(questionBank)
    const shownToStudents = gift.split('\n').filter(line => !line.startsWith('//')).join('\n')
    expect(shownToStudents).not.toMatch(/\b[A-Z0-9]{2,3}-\d{2}\b/)
    expect(shownToStudents).not.toContain(essay.criteria[0]!.lookFor)
  })

  // Each shape a lecturer's edit could bring, in a question's text, a choice and its feedback.
  const SHAPES = ['a -> b', '%50% of the vote', '[markdown] *starred*', '[html]<b>bold</b>', 'x < y & y > z']
  const mcWith = (text: string, escape: (text: string) => string) =>
    `::shape::${escape(`Which ${text}?`)} {\n\t=${escape(text)}#${escape(text)}\n\t~${escape('other')}\n}`

  it.each(SHAPES)('escapeGift keeps "%s" as text: a multiple-choice question with that exact text', (text) => {
    const [back] = parse(mcWith(text, escapeGift)) as any[]
    expect(back.type).toBe('MC')
    expect(shown(back.stem.text)).toBe(`Which ${text}?`)
    expect(back.choices.map((c: any) => [shown(c.text.text), c.weight, c.text.format])).toEqual([[text, null, 'html'], ['other', null, 'html']])
    expect(shown(back.choices[0].feedback.text)).toBe(text)
  })

  it('without escaping, the same shapes change the question (negative controls)', () => {
    const raw = (text: string) => text
    const read = (text: string) => {
      try {
        return (parse(mcWith(text, raw)) as any[])[0]
      }
      catch {
        return { type: 'import aborted' }
      }
    }
    expect(read('a -> b').type).not.toBe('MC')
    expect(read('%50% of the vote').choices[0].weight).toBe(50)
    expect(read('[markdown] *starred*').choices[0].text.format).toBe('markdown')
  })

  it('escapeGiftAnswer keeps a short answer\'s leading %50% or format tag as the answer itself', () => {
    for (const answer of ['%50% turnout', '[html] tag'] as const) {
      const [back] = parse(`::sa::${escapeGift('Q?')} {\n\t=${escapeGiftAnswer(answer)}\n}`) as any[]
      expect([back.type, back.choices[0].text.text, back.choices[0].weight]).toEqual(['Short', answer, null])
    }
    const [raw] = parse(`::sa::Q? {\n\t=%50% turnout\n}`) as any[]
    expect(raw.choices[0].weight, 'negative control: unescaped, Moodle gives half marks').toBe(50)
  })

  it('fails on a changed answer (negative control)', () => {
    const gift = toGift(questionBank).replace('=[plain]Yongbyon', '=[plain]Sohae')
    expect((parse(gift) as any[]).find(q => q.title === 'sa-02').choices[0].text.text).not.toBe('Yongbyon')
  })
})

describe('QTI 1.2 (Canvas)', () => {
  const files = unzipSync(toQtiPackage(questionBank, 'Bank'))
  const xml = strFromU8(files['trump-kim-question-bank/trump-kim-question-bank.xml']!)
  const items = [...xml.matchAll(/<item ident="([^"]+)"[\s\S]*?<\/item>/g)]

  it('opens as a zip with imsmanifest.xml pointing at the assessment', () => {
    const manifest = strFromU8(files['imsmanifest.xml']!)
    expect(manifest).toContain('type="imsqti_xmlv1p2"')
    expect(manifest).toContain('href="trump-kim-question-bank/trump-kim-question-bank.xml"')
  })

  it('holds every item, in bank order, with its correct answer', () => {
    expect(items.map(m => m[1])).toEqual(questionBank.map(q => q.id))
    for (const [item, id] of items.map(m => [m[0], m[1]!] as const)) {
      const question = questionBank.find(q => q.id === id)!
      if (question.kind === 'multiple-choice') {
        const correct = choicesInOrder(question).findIndex(c => c.correct)
        const ident = `${id}-${String.fromCharCode(97 + correct)}`
        expect(item).toMatch(new RegExp(`<respcondition continue="No">\\s*<conditionvar>\\s*<varequal respident="response1">${ident}</varequal>`))
        expect(item).toContain(`ident="${ident}">`)
      }
      if (question.kind === 'short-answer') {
        // one scoring condition per accepted answer (an OR), each with exactly one <varequal>
        const scoring = [...item.matchAll(/<respcondition continue="No">\s*<conditionvar>([\s\S]*?)<\/conditionvar>\s*<setvar[^>]*>100<\/setvar>/g)].map(m => m[1]!.trim())
        expect(scoring).toEqual(question.accepted.map(answer => `<varequal respident="response1">${answer}</varequal>`))
      }
      expect(item, 'points').toMatch(new RegExp(`<fieldlabel>points_possible</fieldlabel>\\s*<fieldentry>${question.kind === 'essay' ? essay.marks : 1}</fieldentry>`))
    }
  })

  it('shows students no fact ids and no marking guide; a short answer\'s explanation to everyone', () => {
    const feedback = [...xml.matchAll(/<itemfeedback[\s\S]*?<\/itemfeedback>/g)].map(m => m[0]).join('\n')
    expect(feedback).not.toMatch(/\b[A-Z0-9]{2,3}-\d{2}\b/)
    expect(feedback).not.toContain(essay.criteria[0]!.lookFor)
    for (const question of shortAnswers)
      expect(items.find(m => m[1] === question.id)![0]).toContain(`<itemfeedback ident="general_fb">\n          <flow_mat>\n            <material>\n              <mattext texttype="text/plain">${generalFeedback(question)}`)
  })
})
