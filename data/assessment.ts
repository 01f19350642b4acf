// The assessment bank: multiple-choice questions (one correct choice, plausible distractors, feedback
// on every choice), short-answer questions a platform can mark (accepted answers) and one essay with
// its marking guide. Every question cites the facts that support its answer. The quiz, the answer
// key, the GIFT file (Moodle) and the QTI package (Canvas) are generated from this list, in this
// order (tools/teaching/). Checked by data/check.ts.
import type { EssayPrompt, MultipleChoice, Question, ShortAnswer } from './schema.ts'
import { VERIFIED_THROUGH_LABEL } from './status.ts'

export const multipleChoice: MultipleChoice[] = [
  { id: 'mcq-01', kind: 'multiple-choice', stem: 'What was new about the Singapore summit of June 12, 2018?', cites: ['SGP-01', 'SGP-04', 'RTS-05', 'SGP-05'], choices: [
    { text: 'It was the first meeting between a sitting US president and a North Korean leader.', correct: true, feedback: 'Right: no sitting president had met a North Korean leader before.' },
    { text: 'It ended the Korean War with a signed peace treaty.', correct: false, feedback: 'No: point 2 only commits both sides to work toward a peace arrangement; it is not a peace treaty.' },
    { text: 'It was the first time a North Korean leader set foot in South Korea.', correct: false, feedback: 'No: that happened at Panmunjom on April 27, 2018, when Kim met President Moon.' },
    { text: 'North Korea accepted complete, verifiable and irreversible denuclearization (CVID).', correct: false, feedback: 'No: the text leaves CVID out; Trump denied that this was a concession.' },
  ] },
  { id: 'mcq-02', kind: 'multiple-choice', stem: 'In point 3 of the Singapore statement, what does North Korea commit to?', cites: ['SGP-04', 'SGP-05', 'BTW-03'], choices: [
    { text: 'To work toward complete denuclearization of the Korean Peninsula, with no date.', correct: true, feedback: 'Right: an effort toward a goal for the whole peninsula, undated and undefined.' },
    { text: 'To complete verifiable denuclearization within two years.', correct: false, feedback: 'No: the statement sets no timeline and no verification.' },
    { text: 'To dismantle the Yongbyon complex under international inspection.', correct: false, feedback: 'No: Yongbyon appears later, as a conditional offer in the September 2018 Pyongyang declaration.' },
    { text: 'To give up its nuclear weapons in exchange for the lifting of all sanctions.', correct: false, feedback: 'No: the statement mentions neither sanctions nor an exchange.' },
  ] },
  { id: 'mcq-03', kind: 'multiple-choice', stem: 'Which step did Trump announce at his Singapore press conference that is not in the signed text?', cites: ['SGP-06', 'SGP-03', 'SGP-04'], choices: [
    { text: 'A halt to US–South Korean military exercises, which he called "very provocative".', correct: true, feedback: 'Right: a unilateral pledge, announced orally; it surprised Seoul and the Pentagon.' },
    { text: 'Security guarantees for North Korea.', correct: false, feedback: 'No: that is in the preamble: Trump "committed to provide security guarantees".' },
    { text: 'The recovery of the remains of prisoners of war and the missing.', correct: false, feedback: 'No: that is point 4 of the statement.' },
    { text: 'Follow-up talks led by Secretary of State Pompeo.', correct: false, feedback: 'No: a closing clause of the statement promises them.' },
  ] },
  { id: 'mcq-04', kind: 'multiple-choice', stem: 'According to Foreign Minister Ri Yong Ho, what did North Korea ask for in Hanoi?', cites: ['HAN-06', 'HAN-04', 'T2-07'], choices: [
    { text: 'Relief from 5 of the 11 UN sanctions resolutions, those of 2016–17 that hit the civilian economy.', correct: true, feedback: 'Right: Ri called it "partial removal", in exchange for dismantling Yongbyon\'s nuclear-material plants.' },
    { text: 'The lifting of all sanctions in their entirety.', correct: false, feedback: 'No: that is how Trump described the demand; Ri disputed it.' },
    { text: 'Recognition of North Korea as a nuclear state before any talks.', correct: false, feedback: 'No: that condition is Kim\'s position of 2025, not the Hanoi request.' },
    { text: 'The withdrawal of US troops from South Korea.', correct: false, feedback: 'No: neither side\'s account of Hanoi mentions troop withdrawal.' },
  ] },
  { id: 'mcq-05', kind: 'multiple-choice', stem: 'What did a State Department official\'s briefing on March 1, 2019, and AP\'s reporting conclude about the Hanoi demand?', cites: ['HAN-08'], choices: [
    { text: 'The request covered UN sanctions since March 2016 except weapons-specific ones, the heart of the regime; on the narrow point Trump had overstated it.', correct: true, feedback: 'Right: both accounts were partly accurate, about different things.' },
    { text: 'Ri Yong Ho had invented the five-resolution figure.', correct: false, feedback: 'No: the official\'s description matched Ri\'s count while weighing it differently.' },
    { text: 'North Korea had asked for no sanctions relief at all.', correct: false, feedback: 'No: both sides agree that sanctions relief was the request.' },
    { text: 'Trump\'s account was accurate in every detail.', correct: false, feedback: 'No: AP concluded that he overstated the demand on the narrow point.' },
  ] },
  { id: 'mcq-06', kind: 'multiple-choice', stem: 'SIPRI\'s estimate falls from 40–50 warheads (2021) to about 20 (2022). Why?', cites: ['NUM-04', 'DEB-05'], choices: [
    { text: 'SIPRI changed its method, from warheads buildable from fissile material to warheads assembled.', correct: true, feedback: 'Right: a break in the series; compare only within each method.' },
    { text: 'North Korea dismantled warheads under the Singapore statement.', correct: false, feedback: 'No: the statement set no dismantling; the arsenal kept growing within each method.' },
    { text: 'Sanctions forced the closure of North Korea\'s enrichment plants.', correct: false, feedback: 'No: nothing in the estimates reflects a closure; the material estimate rose.' },
    { text: 'The 2022 figure counts only ICBM warheads.', correct: false, feedback: 'No: the 2022 figure counts assembled warheads of any kind.' },
  ] },
  { id: 'mcq-07', kind: 'multiple-choice', stem: 'Counts of North Korea\'s 2022 missile launches run from at least 59 to about 73. What best explains the spread?', cites: ['NUM-01', 'NUM-02', 'NUM-03'], choices: [
    { text: 'Counters use different rules: missiles or launch events, which projectile types, which outcomes.', correct: true, feedback: 'Right: always name the counter and its rule before comparing figures.' },
    { text: 'The CNS database counts only ICBMs.', correct: false, feedback: 'No: CNS counts every ballistic missile able to carry 500 kg at least 300 km.' },
    { text: 'Only one of the counters had access to radar data, so the others guessed.', correct: false, feedback: 'No: the sources give no such reason; they differ in what they count.' },
    { text: 'The higher counts include nuclear tests.', correct: false, feedback: 'No: there was no nuclear test in 2022; the last was in September 2017.' },
  ] },
  { id: 'mcq-08', kind: 'multiple-choice', stem: 'When did Kim declare that North Korea was no longer bound by its testing moratorium?', cites: ['AFT-07', 'RTS-04', 'NUM-01', 'AFT-02', 'AFT-09'], choices: [
    { text: 'At a party plenum at the end of 2019, reported on January 1, 2020.', correct: true, feedback: 'Right: he said there was "no ground" to stay unilaterally bound.' },
    { text: 'Right after the Singapore summit in June 2018.', correct: false, feedback: 'No: the moratorium held through 2018, the year of the summit.' },
    { text: 'At the DMZ meeting of June 30, 2019.', correct: false, feedback: 'No: at the DMZ the leaders agreed to restart working-level talks.' },
    { text: 'With the first ICBM flight since 2017, in March 2022.', correct: false, feedback: 'No: ICBM flights resumed in 2022, but the moratorium had been declared over two years before.' },
  ] },
  { id: 'mcq-09', kind: 'multiple-choice', stem: 'What was the meeting at the DMZ on June 30, 2019?', cites: ['AFT-02', 'AFT-05'], choices: [
    { text: 'An impromptu meeting of about 50 minutes at Panmunjom, not a formal summit, with no document.', correct: true, feedback: 'Right: Trump also became the first sitting president to set foot in North Korea.' },
    { text: 'A third formal summit that ended with a joint statement.', correct: false, feedback: 'No: it produced no document.' },
    { text: 'The working-level talks held in Stockholm.', correct: false, feedback: 'No: those took place on October 5, 2019, and broke down.' },
    { text: 'A summit in Pyongyang with President Moon as host.', correct: false, feedback: 'No: Moon was present, but the meeting was at Panmunjom, on the border.' },
  ] },
  { id: 'mcq-10', kind: 'multiple-choice', stem: 'What did the UN Commission of Inquiry of 2014 find?', cites: ['HR-01', 'HR-02'], choices: [
    { text: 'Systematic, widespread and gross violations, many amounting to crimes against humanity, from policies at the highest level.', correct: true, feedback: 'Right: it recommended referral to the International Criminal Court.' },
    { text: 'Isolated abuses by local officials, without central direction.', correct: false, feedback: 'No: it traced the violations to policies set at the highest level of the state.' },
    { text: 'No grounds for international accountability.', correct: false, feedback: 'No: it warned that those responsible, possibly including Kim, could be held to account.' },
    { text: 'That the violations had ended by 2014.', correct: false, feedback: 'No: it described an ongoing system without parallel in the contemporary world.' },
  ] },
  { id: 'mcq-11', kind: 'multiple-choice', stem: 'Which argument did Aaron David Miller and Richard Sokolsky (Carnegie Endowment) make for meeting Kim?', cites: ['DEB-07', 'DEB-01', 'DEB-04', 'SGP-05'], choices: [
    { text: 'Two decades of talks, sanctions and "strategic patience" had failed; meeting the decision-maker was the one approach not yet tried.', correct: true, feedback: 'Right: a supporter\'s case made by scholars otherwise critical of Trump\'s foreign policy.' },
    { text: 'The Singapore text was stronger than the 2005 Six-Party statement.', correct: false, feedback: 'No: Brookings\' Jung Pak argued the opposite, and Miller and Sokolsky did not claim it.' },
    { text: 'Summits cost nothing, because legitimacy does not matter.', correct: false, feedback: 'No: the cost of legitimacy is a critics\' argument (McFaul), not theirs.' },
    { text: 'Kim had already accepted CVID before the summit.', correct: false, feedback: 'No: CVID is absent from the text.' },
  ] },
  { id: 'mcq-12', kind: 'multiple-choice', stem: 'Which criticism did Daniel Russel, a former Assistant Secretary of State, make of Singapore?', cites: ['DEB-03', 'DEB-08', 'DEB-09'], choices: [
    { text: 'No earlier president would have met with so little preparation, on such favorable terms, or promised unilaterally to stop exercises.', correct: true, feedback: 'Right: CSIS likewise flags the exercise pledge as unilateral.' },
    { text: 'The summit dramatically lowered tensions after the 2017 war scare.', correct: false, feedback: 'No: that is the supporters\' case, from Stanford\'s Hecker, Carlin and Serbin.' },
    { text: 'A testing pause is a win even if talks fail.', correct: false, feedback: 'No: that is Eric Gomez of Cato, a supporter.' },
    { text: 'Trump should have refused any meeting until North Korea disarmed.', correct: false, feedback: 'No: Russel criticized how the summit was prepared and what was conceded, not the idea of talking.' },
  ] },
  { id: 'mcq-13', kind: 'multiple-choice', stem: 'In his speech of September 2025, on what condition did Kim say North Korea could sit down with the United States?', cites: ['T2-07'], choices: [
    { text: 'If the United States drops its "absurd obsession" with denuclearizing North Korea and accepts reality.', correct: true, feedback: 'Right: and he said North Korea would never lay down its nuclear weapons.' },
    { text: 'If the UN lifts sanctions first.', correct: false, feedback: 'No: he ruled out trading anything for the lifting of sanctions.' },
    { text: 'If South Korea joins the talks.', correct: false, feedback: 'No: in the same speech he ruled out talks with Seoul.' },
    { text: 'If Trump visits Pyongyang.', correct: false, feedback: 'No: he named no venue; his condition concerned denuclearization.' },
  ] },
]

export const shortAnswers: ShortAnswer[] = [
  { id: 'sa-01', kind: 'short-answer', stem: 'How many of the 11 UN sanctions resolutions did Ri Yong Ho say North Korea wanted lifted in Hanoi? Answer with a number.', accepted: ['5', 'five'], explanation: 'Five: those adopted in 2016–17 that hit the civilian economy, in exchange for dismantling the nuclear-material plants at Yongbyon.', cites: ['HAN-06'] },
  { id: 'sa-02', kind: 'short-answer', stem: 'Name the nuclear complex whose nuclear-material plants North Korea offered to dismantle in Hanoi.', accepted: ['Yongbyon'], explanation: 'Yongbyon: Ri offered its plutonium and uranium facilities, with US experts present.', cites: ['HAN-06'] },
  { id: 'sa-03', kind: 'short-answer', stem: 'Which four-letter abbreviation names the US standard of denuclearization that the Singapore text left out?', accepted: ['CVID'], explanation: 'CVID, complete, verifiable and irreversible denuclearization; Trump denied that leaving it out was a concession.', cites: ['SGP-05'] },
  { id: 'sa-04', kind: 'short-answer', stem: 'At which site did North Korea carry out its six nuclear tests, from 2006 to 2017?', accepted: ['Punggye-ri', 'Punggye ri', 'Punggyeri'], explanation: `Punggye-ri, from 2006 to September 2017; no later test has been found, verified through ${VERIFIED_THROUGH_LABEL}. Tunnels there were blown up in May 2018 without inspectors.`, cites: ['NUM-03', 'RTS-07', 'T2-22'] },
  { id: 'sa-05', kind: 'short-answer', stem: 'In which year did North Korea launch a record number of ballistic missiles (69 by the CNS count)?', accepted: ['2022'], explanation: '2022, the year ICBM flights resumed; other counters give from at least 59 to about 73.', cites: ['NUM-01', 'NUM-02', 'AFT-09'] },
  { id: 'sa-06', kind: 'short-answer', stem: 'How many cases of remains did North Korea hand over in July 2018, under point 4 of the Singapore statement? Answer with a number.', accepted: ['55', 'fifty-five'], explanation: '55 cases, flown from Wonsan to Osan on July 27, 2018; the Pentagon could not say how many individuals they held.', cites: ['SGP-11'] },
  { id: 'sa-07', kind: 'short-answer', stem: 'Which institute\'s warhead estimates changed method in 2022, from warheads buildable to warheads assembled? Give its abbreviation.', accepted: ['SIPRI'], explanation: 'SIPRI, the Stockholm International Peace Research Institute: never compare its figures across the 2022 break.', cites: ['NUM-04'] },
  { id: 'sa-08', kind: 'short-answer', stem: 'In which city did the second Trump–Kim summit end without a deal in February 2019?', accepted: ['Hanoi'], explanation: 'Hanoi, February 27–28, 2019: the signing ceremony was cancelled and no joint statement was issued.', cites: ['HAN-03'] },
  { id: 'sa-09', kind: 'short-answer', stem: 'Which state news agency published Kim\'s statement calling Trump a "dotard" in September 2017? Give its abbreviation.', accepted: ['KCNA'], explanation: 'KCNA, the Korean Central News Agency, in a rare statement in Kim\'s own name.', cites: ['ESC-12'] },
  { id: 'sa-10', kind: 'short-answer', stem: 'Which number president did Trump become on January 20, 2025? Answer like "47th".', accepted: ['47th', '47', 'forty-seventh'], explanation: 'The 47th, inaugurated on January 20, 2025; he is the sitting president, in his second term.', cites: ['T2-01'] },
]

export const essay: EssayPrompt = {
  id: 'essay-01',
  kind: 'essay',
  stem: 'Did leader-to-leader diplomacy between Trump and Kim (2018–2019) leave the United States and its allies better or worse off? Define what you count as success, then weigh the strongest arguments of critics and supporters against the record.',
  words: 1500,
  marks: 30,
  criteria: [
    { criterion: 'Argument', marks: 8, lookFor: 'A clear thesis and an explicit measure of success (tests, warheads, tension, commitments, human rights), applied consistently.' },
    { criterion: 'Evidence', marks: 8, lookFor: 'Accurate, dated and sourced facts from both the summits and their aftermath; quotations attributed to the right occasion.' },
    { criterion: 'Source criticism', marks: 6, lookFor: 'Notices conflicting accounts (Hanoi), changes of method (SIPRI 2022), counting rules (launches) and translations that vary.' },
    { criterion: 'Balance', marks: 4, lookFor: 'States the strongest opposing argument fairly and answers it on evidence, not labels.' },
    { criterion: 'Writing', marks: 4, lookFor: 'Structure, concision, citations in a consistent form.' },
  ],
  evidence: [
    { point: 'The Singapore text was short and undefined: "work toward" a peninsula-wide goal, no date, no verification, no CVID.', cites: ['SGP-03', 'SGP-04', 'SGP-05', 'DEB-01'] },
    { point: 'The unilateral halt of joint exercises, criticized as a free concession.', cites: ['SGP-06', 'DEB-03'] },
    { point: `No nuclear test since September 2017 (verified through ${VERIFIED_THROUGH_LABEL}), no ICBM flight from November 2017 to March 2022, detainees freed and remains returned.`, cites: ['DEB-09', 'NUM-03', 'NUM-01', 'T2-22'] },
    { point: 'The summits lowered the tension of the 2017 war scare.', cites: ['DEB-08'] },
    { point: 'The arsenal grew within each of SIPRI\'s methods; the 2022 drop is a change of method.', cites: ['NUM-04', 'DEB-05'] },
    { point: 'Hanoi: the conflicting accounts and the US official\'s reconciliation; walking away defended as right.', cites: ['HAN-04', 'HAN-06', 'HAN-08', 'DEB-10'] },
    { point: 'Legitimacy and the human-rights record set against the praise.', cites: ['HR-01', 'DEB-04', 'DEB-11'] },
    { point: 'Today each side\'s stated goal excludes the other\'s: denuclearization against acceptance of nuclear status.', cites: ['T2-07', 'T2-13', 'T2-16'] },
  ],
  cites: ['DEB-01', 'DEB-05', 'DEB-07', 'DEB-08', 'DEB-09', 'DEB-12'],
}

/** The whole bank in the order every format prints it: multiple choice, short answer, essay. */
export const questionBank: Question[] = [...multipleChoice, ...shortAnswers, essay]

/** Total marks of the essay: its marking guide's total (data/schema.ts checks they agree). */
export const ESSAY_MARKS = essay.marks

/** Marks a question is worth on every platform: one per marked question, the essay its guide's total. */
export function questionMarks(question: Question): number {
  return question.kind === 'essay' ? question.marks : 1
}

/**
 * A question's choices in the order every format shows them. The data lists the correct choice
 * first for the author's convenience; shown that way, "A" would always be right. The list is rotated
 * by an amount computed from the stem's characters: irregular across questions (no A-B-C-D cycle to
 * spot), yet fixed, so quiz, key, GIFT and QTI agree.
 */
export function choicesInOrder(question: MultipleChoice): MultipleChoice['choices'] {
  const shift = [...question.stem].reduce((sum, character) => sum + character.codePointAt(0)!, 0) % question.choices.length
  return [...question.choices.slice(shift), ...question.choices.slice(0, shift)]
}
