// Session plans for a 50- and a 75-minute class. A plan names the chapters each block covers, by chapter
// id (the file name without its number: pages/04-singapore.md is singapore; slides.md is cover); the
// minutes are not written here: the teaching guide adds up the timing hints in the notes of the
// slides the class shows (tools/rules/timing.ts), so the plan and the deck cannot drift apart.
// Checked by data/check.ts; tests/deck/timing.test.ts checks that every chapter is planned once.
import type { CitedText, SessionPlan } from './schema.ts'
import { VERIFIED_LINE, VERIFIED_THROUGH_LABEL } from './status.ts'

const blocks = [
  { label: 'Opening: why this matters, aims, the arc on one line', chapters: ['cover', 'why-this-matters'] },
  { label: 'Escalation in 2017 and the road to Singapore', chapters: ['escalation', 'road-to-singapore'], pauseFor: 'How did two leaders trading nuclear threats agree to meet within ten weeks?' },
  { label: 'Singapore, with the close-reading activity', chapters: ['singapore'] },
  { label: 'Between the summits and Hanoi, with the source-criticism activity', chapters: ['between-summits', 'hanoi'], pauseFor: 'Questions on what was offered and refused in Hanoi.' },
  { label: 'After Hanoi: the stall and the numbers', chapters: ['after-hanoi'] },
  { label: 'The praise, the human-rights record and the debate', chapters: ['praise', 'debate'], pauseFor: 'Which argument, on either side, did you find strongest, and what evidence does it rest on?' },
  { label: 'Where things stand today', chapters: ['today'] },
  { label: 'Discussion and summary', chapters: ['discussion'] },
  { label: 'Reference (not presented): glossary and sources', chapters: ['glossary', 'sources'] },
]

export const sessionPlans: SessionPlan[] = [
  {
    id: '75-minutes',
    minutes: 75,
    title: 'A 75-minute class: the full deck with three activities and the seminar questions',
    skipsOptional: false,
    blocks,
    ifShortOfTime: [
      'Shorten the chart activity to the SIPRI question alone (saves about 3 minutes).',
      'Take one seminar question per slide instead of three (saves about 2 minutes).',
      'Skip the at-a-glance timeline slides; the chapter slides carry the same events.',
      'If still short, present the 50-minute selection from the next block on (slides marked optional).',
    ],
  },
  {
    id: '50-minutes',
    minutes: 50,
    title: 'A 50-minute class: the core lecture with two activities (npm run dev:50)',
    skipsOptional: true,
    blocks,
    ifShortOfTime: [
      'Cut the Singapore activity to its debrief: show the three verbs and ask the class which binds whom (saves about 3 minutes).',
      'In the Hanoi activity, give each group one account only and skip the plenary report (saves 2 minutes).',
      'Leave "Where things stand today" to its first and last slide, and point students to the reading of Kim\'s 2025 speech.',
    ],
  },
]

/**
 * What to verify before teaching, printed first in the teaching guide. The fact pack verifies nothing
 * after VERIFIED_THROUGH (data/status.ts); its later leads are not facts and are not repeated here.
 */
export const checkBeforeTeaching: CitedText[] = [
  { text: `The sources verify nothing after ${VERIFIED_THROUGH_LABEL}. Read the news from July onward on Trump–Kim contacts and letters, North Korean statements, launches and the US position (above all August, October and the APEC meeting in Shenzhen on November 18–19), and update the slides marked "${VERIFIED_LINE}".`, cites: ['T2-23', 'T2-21'] },
  { text: 'The launch chart ends with 2025, whose figures are preliminary; the CNS count stops at April 18, 2026. Add later launches only from a named database or agency count, with its counting rule.', cites: ['NUM-01', 'NUM-06'] },
  { text: 'No SIPRI estimate for January 2026 was found: check the latest Yearbook before quoting a current warhead figure, and keep the 2022 method break in mind.', cites: ['NUM-04'] },
  { text: 'The 2022 launch counts in the chart activity come from four counters; CSIS\'s higher count, 99, reaches the sources only through a weak relay: say so if you use it.', cites: ['NUM-02'] },
]
