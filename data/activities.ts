// In-class activities. Each happens on its own slide (frontmatter `activity: <id>`, rendered by
// components/ActivitySlide.vue) and is printed in full in the teaching guide. `minutes` must equal
// the timing hint in that slide's notes (tests/deck/timing.test.ts). Checked by data/check.ts.
import type { Activity } from './schema.ts'

export const activities: Activity[] = [
  {
    id: 'singapore-verbs',
    title: 'Close reading: the verbs of the Singapore statement',
    minutes: 6,
    aims: [
      'Read a diplomatic text for who is bound to do what, by when, and how anyone would know.',
      'Tell a commitment to a result from a commitment to an effort ("work toward").',
    ],
    instructions: [
      'Hand out the statement (or show the preamble and point 3 on screen). Pairs: 1 minute to find every verb that carries a promise.',
      'Each pair fills a three-column grid: verb, who is bound, what could be checked. Three minutes.',
      'Take one verb from each of three pairs: "committed" (Trump, security guarantees), "reaffirmed" (Kim, complete denuclearization of the peninsula), "commits to work toward" (North Korea, point 3).',
      'Ask which promise the other side could verify, and what is missing for all three (a definition, a date, an inspector).',
    ],
    materials: [
      'The full text of the joint statement (reading "singapore-statement"), one copy per pair or on screen.',
      'A blank grid: verb | who is bound | what could be checked.',
    ],
    debrief: [
      'The United States "committed to provide" guarantees; Kim "reaffirmed" an existing commitment; point 3 binds North Korea only to "work toward" a peninsula-wide goal, with no date.',
      'The text omits CVID, the US standard; Trump said the omission was no concession. Let students weigh that claim against the verbs they found.',
      'Balance: Carnegie\'s Miller and Sokolsky argued that two decades of talks and pressure had failed and that meeting the one decision-maker was the approach not yet tried; Brookings\' Pak and Pollack found the text weaker than the 2005 statement. Whether a thin text was worth that meeting is the class\'s question.',
    ],
    slideTask: 'In pairs: find every verb in the statement that carries a promise. Who is bound, to what, and how could anyone check it?',
    slideSteps: [
      '1 min: underline the verbs of the preamble and point 3',
      '3 min: fill the grid: verb, who is bound, what could be checked',
      '2 min: report one verb to the class',
    ],
    cites: ['SGP-03', 'SGP-04', 'SGP-05', 'DEB-01', 'DEB-07'],
    readings: ['singapore-statement', 'panmunjom-declaration'],
  },
  {
    id: 'hanoi-three-ways',
    title: 'Source criticism: Hanoi told three ways',
    minutes: 7,
    aims: [
      'Compare three accounts of one event and name what each speaker wanted the audience to believe.',
      'Separate a disagreement about facts from a disagreement about how to describe the same facts.',
    ],
    instructions: [
      'Groups of three. Each member takes one account: Trump\'s press conference (HAN-04), Ri Yong Ho\'s midnight statement (HAN-06), the State Department official\'s briefing the next day as reported by AP (HAN-08).',
      'Three minutes alone: what does my source say North Korea asked for, and what evidence does it give?',
      'Two minutes together: where do the accounts contradict each other, and where do they describe the same demand differently?',
      'Two minutes in plenary: one group reports; ask another group whether it agrees.',
    ],
    materials: [
      'The three accounts: readings "hanoi-trump-press-conference" and "hanoi-ri-press-conference", and the AP report of the official\'s briefing (the HAN-08 sources in the Sources chapter).',
      'The slide "Each side told a different story", left on screen during the group work.',
    ],
    debrief: [
      'Trump said North Korea wanted sanctions lifted "in their entirety"; Ri said "partial removal": 5 of 11 UN resolutions, in exchange for Yongbyon\'s nuclear-material plants.',
      'The US official\'s briefing supported Ri\'s count but called those resolutions the heart of the sanctions regime; AP concluded Trump had overstated the demand on the narrow point.',
      'Ri\'s "partial removal" is right by count (5 of 11 resolutions); the US official\'s "the heart of the sanctions regime" is right by weight; Trump\'s "in their entirety" overstated the request. Ask what each speaker needed the audience to conclude.',
    ],
    slideTask: 'In threes: each reads one account of why Hanoi failed. What did North Korea ask for, according to your source, and how do you know?',
    slideSteps: [
      '3 min alone: Trump (HAN-04), Ri Yong Ho (HAN-06) or the US official (HAN-08)',
      '2 min together: a contradiction, or two descriptions of one demand?',
      '2 min: one group reports',
    ],
    cites: ['HAN-04', 'HAN-06', 'HAN-08'],
    readings: ['hanoi-trump-press-conference', 'hanoi-ri-press-conference'],
  },
  {
    id: 'chart-critically',
    title: 'Reading a chart critically: launch counts and warhead estimates',
    minutes: 4,
    aims: [
      'Ask of any chart: who counted, what counts as one, and did the method change?',
      'Recognize a break in a data series and refuse to compare across it.',
    ],
    instructions: [
      'Show the launch chart again. Ask: the chart says 69 missiles in 2022; the counters in the handout give 59 to about 73. Why?',
      'Pairs, two minutes: list what each counter may count differently (missiles or launch events, which projectile types, failures).',
      'Then the warhead estimates: SIPRI\'s figure fell from 40–50 (2021) to about 20 (2022). Did the arsenal shrink? One minute to decide, then reveal the method change.',
    ],
    materials: [
      'The launch chart slide and the SIPRI slide.',
      'The table of 2022 counts (below), printed or on screen.',
    ],
    debrief: [
      'Counting rules differ: CNS counts each missile able to carry 500 kg at least 300 km once and leaves out satellite rockets and cruise missiles; others count launch events or more projectile types.',
      'CSIS\'s higher count for 2022, 99, reaches the fact pack only through a Japanese relay the pack lists as weak: if you mention it, say so.',
      'SIPRI estimated warheads buildable from fissile material until 2021 and assembled warheads from 2022: the drop is a change of method, so compare 10–20 (2018) with 40–50 (2021), and about 20 (2022) with about 50 (2024–25), never across the break.',
    ],
    slideTask: 'The chart shows 69 missiles in 2022, but other counters give from 59 to about 73. Why do honest counts differ?',
    slideSteps: [
      '2 min in pairs: what might each counter count differently?',
      '1 min: SIPRI\'s estimate fell from 40–50 (2021) to about 20 (2022). Did the arsenal shrink?',
      '1 min: compare answers',
    ],
    cites: ['NUM-01', 'NUM-02', 'NUM-04'],
    readings: [],
  },
]

/** The 2022 launch counts the chart activity compares (NUM-02): one row per counter. */
export const launchCounts2022: { counter: string, count: string, rule: string }[] = [
  { counter: 'Japan, Ministry of Defense', count: 'at least 59', rule: 'missiles, in about 31 rounds' },
  { counter: 'NTI data (Statista)', count: '64', rule: 'launches that succeeded or had unknown outcomes' },
  { counter: 'CNS database (the chart)', count: '68–69', rule: 'each ballistic missile once; no satellite rockets or cruise missiles' },
  { counter: 'South Korea, Joint Chiefs of Staff', count: 'about 73', rule: 'about 70 before Dec. 31, plus 3 that day, including about 8 ICBMs' },
]

export function activityById(id: string): Activity {
  const found = activities.find(activity => activity.id === id)
  if (!found)
    throw new Error(`No activity "${id}" in data/activities.ts: use one of ${activities.map(a => `"${a.id}"`).join(', ')}.`)
  return found
}
