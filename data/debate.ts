// Critics (DEB-01…06) and supporters (DEB-07…12) paired on the same question, one pair per click.
// Claims and evidence are in our own words. `kind` says what the argument rests on, labelled the
// same way on both sides by DebateBoard: opinion (an op-ed or commentary), analysis (a think-tank or
// scholarly assessment), report (a news report of what someone argued or said).
// The warhead figures are rendered from data/warheads.ts, like for like (never across SIPRI's 2022 break).
// Plain data, checked by data/check.ts (unit tests and build), not at load time: no zod in the browser.
import type { DebatePair } from './schema'
import { warheadChange } from './warheads'

export const debatePairs: DebatePair[] = [
  {
    topic: 'What Singapore produced',
    critic: {
      claim: 'The statement was thin, weaker than North Korea’s 2005 pledge',
      kind: 'analysis',
      evidence: 'Brookings’ Jung Pak and Jonathan Pollack: mostly generalities; Pak: short of the 2005 pledge to abandon all nuclear weapons.',
      cites: ['DEB-01'],
    },
    supporter: {
      claim: 'Decades of talks and pressure had failed; a summit was untried',
      kind: 'opinion',
      evidence: 'Carnegie’s Aaron David Miller and Richard Sokolsky: meeting the ultimate decision-maker directly was the one approach not yet tried.',
      cites: ['DEB-07'],
    },
  },
  {
    topic: 'Pressure and overselling',
    critic: {
      claim: 'Declaring victory early undermined the pressure on Pyongyang',
      kind: 'opinion',
      evidence: 'Richard Haass (CFR): no definition, timeline or verification; calling the threat over weakens support for sanctions.',
      cites: ['DEB-02', 'SGP-10'],
    },
    supporter: {
      claim: 'Talking pulled the peninsula back from the 2017 war scare',
      kind: 'analysis',
      evidence: 'Stanford’s Hecker, Carlin and Serbin: tensions fell dramatically; Ivo Daalder (Chicago Council): talking beats threatening war.',
      cites: ['DEB-08'],
    },
  },
  {
    topic: 'Preparation and concessions',
    critic: {
      claim: 'An unprepared summit conceded joint exercises outside the text',
      kind: 'opinion',
      evidence: 'Daniel Russel (Asia Society): no earlier president would summit so unprepared; CSIS calls the exercise pledge unilateral.',
      cites: ['DEB-03', 'SGP-06'],
    },
    supporter: {
      claim: 'The exercise halt was conditional and followed a test halt',
      kind: 'opinion',
      evidence: 'April 20: North halts nuclear and ICBM tests; June: Trump’s drill halt, conditional on talks; Cato’s Gomez: a pause is a win.',
      cites: ['RTS-04', 'SGP-06', 'DEB-09'],
    },
  },
  {
    topic: 'Legitimacy',
    critic: {
      claim: 'Summits and praise gave a rights-abusing regime status for free',
      kind: 'report',
      evidence: 'A UN inquiry found crimes against humanity; ex-ambassador Michael McFaul: befriending Kim was unnecessary for a nuclear deal.',
      cites: ['DEB-04', 'HR-01'],
    },
    supporter: {
      claim: 'Dealing with the leader who exists made his pledge costly to break',
      kind: 'analysis',
      evidence: 'Trump: he negotiates with the leader he is given; CSIS: a public summit raised Kim’s international cost of reneging.',
      cites: ['PRA-06', 'DEB-11'],
    },
  },
  {
    topic: 'Results since',
    critic: {
      claim: 'The arsenal grew, under both of SIPRI’s methods',
      kind: 'analysis',
      evidence: `SIPRI, ${warheadChange(2018, 2021)}; ${warheadChange(2022, 2025)}; testing resumed in 2019.`,
      cites: ['DEB-05', 'NUM-04'],
    },
    supporter: {
      claim: 'Tangible gains: a testing pause, detainees and remains',
      kind: 'analysis',
      evidence: 'No nuclear test since 2017; three detainees freed; 55 cases of remains; Hecker: US choices also closed openings.',
      cites: ['DEB-09', 'RTS-06', 'SGP-11', 'DEB-12'],
    },
  },
  {
    topic: 'Walking out in Hanoi',
    critic: {
      claim: 'Incompatible demands doomed Hanoi before it began',
      kind: 'opinion',
      evidence: 'Ankit Panda and Vipin Narang: all-at-once disarmament versus near-total relief; undefined denuclearization made collapse predictable.',
      cites: ['DEB-06'],
    },
    supporter: {
      claim: 'Walking away kept leverage that a partial deal would spend',
      kind: 'report',
      evidence: 'Haass: no deal beats a bad deal; US: enrichment went beyond Yongbyon, and relief without a full freeze would fund weapons.',
      cites: ['DEB-10', 'HAN-08', 'HAN-05'],
    },
  },
]

export const DEBATE_STEPS = debatePairs.length
