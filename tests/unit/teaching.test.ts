// The question bank's formats: GIFT parses back to the same questions; the QTI package opens and
// holds every item with its correct answer; every fact id exists.
import { strFromU8, unzipSync } from 'fflate'
import { parse } from 'gift-pegjs'
import { describe, expect, it } from 'vitest'
import { choicesInOrder, essay, multipleChoice, questionBank, shortAnswers } from '../../data/assessment'
import { deckData, findDataProblems } from '../../data/check'
import { activities } from '../../data/activities'
import { glossary } from '../../data/glossary'
import { readings } from '../../data/readings'
import { isKnownSource } from '../../data/sources'
import { toGift } from '../../tools/teaching/gift'
import { toQtiPackage } from '../../tools/teaching/qti'

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
      .map(p => `${p.module}: ${p.problems.join(' | ')}`).join('\n')
    const twoCorrect = { ...multipleChoice[0]!, choices: multipleChoice[0]!.choices.map(c => ({ ...c, correct: true })) }
    expect(problemsWith(twoCorrect)).toMatch(/data\/assessment\.ts: .*mcq-01.*exactly one correct/)
    expect(problemsWith({ ...multipleChoice[0]!, cites: ['ESC-99'] })).toMatch(/data\/assessment\.ts: entry "mcq-01": cites\.0: "ESC-99" is not in the bibliography/)
  })
})

describe('the teaching data (negative controls)', () => {
  const problemsWith = (patch: Partial<ReturnType<typeof deckData>>) => findDataProblems({ ...deckData(), ...patch })
    .map(p => `${p.module}: ${p.problems.join(' | ')}`).join('\n')

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

describe('GIFT (Moodle)', () => {
  it('parses back to the same questions, answers and feedback', () => {
    const parsed = parse(toGift(questionBank)) as any[]
    expect(parsed.map(q => q.title)).toEqual(questionBank.map(q => q.id))
    questionBank.forEach((question, index) => {
      const back = parsed[index]
      expect(back.stem.text).toBe(question.stem)
      if (question.kind === 'multiple-choice') {
        expect(back.type).toBe('MC')
        expect(back.choices.map((c: any) => [c.text.text, c.isCorrect, c.feedback.text])).toEqual(choicesInOrder(question).map(c => [c.text, c.correct, c.feedback]))
      }
      else if (question.kind === 'short-answer') {
        expect(back.type).toBe('Short')
        expect(back.choices.map((c: any) => c.text.text)).toEqual(question.accepted)
      }
      else {
        expect(back.type).toBe('Essay')
      }
    })
  })

  it('fails on a changed answer (negative control)', () => {
    const gift = toGift(questionBank).replace('=Yongbyon', '=Sohae')
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
        for (const answer of question.accepted)
          expect(item).toContain(`<varequal respident="response1">${answer}</varequal>`)
      }
    }
  })
})
