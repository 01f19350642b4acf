// Critics (DEB-01…06) and supporters (DEB-07…12) paired on the same question, one pair per click.
// Claims and evidence are in our own words. `kind` says what the argument rests on, labelled the
// same way on both sides by DebateBoard: opinion (an op-ed or commentary), analysis (a think-tank or
// scholarly assessment), report (a news report of what someone argued or said).
// The warhead figures are rendered from data/warheads.ts, like for like (never across SIPRI's 2022 break).
// Plain data, checked by data/check.ts (unit tests and build), not at load time: no zod in the browser.
import type { DebatePair } from './schema.ts'
import { warheadChange } from './warheads.ts'

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
      claim: 'Dropping the slow step-by-step formula was worth trying',
      kind: 'analysis',
      evidence: 'The Institute for Science and International Security welcomed dropping the slow “action-for-action” formula of past deals.',
      cites: ['DEB-11'],
    },
  },
  {
    topic: 'Legitimacy',
    critic: {
      claim: 'Summits and praise gave a rights-abusing regime status for free',
      kind: 'report',
      evidence: 'A UN inquiry found crimes against humanity; ex-ambassador Michael McFaul (single report): calling Kim a best friend was unnecessary for a deal.',
      cites: ['DEB-04', 'HR-01'],
    },
    supporter: {
      claim: 'Meeting Kim in public made his pledge costlier to break',
      kind: 'analysis',
      evidence: 'CSIS: a public summit raised Kim’s international cost of reneging (audience costs), as earlier diplomacy had not.',
      cites: ['DEB-11'],
    },
  },
  {
    topic: 'Results since',
    critic: {
      claim: 'The arsenal grew, and Pyongyang now calls its nuclear status irreversible',
      kind: 'analysis',
      evidence: `SIPRI, ${warheadChange(2018, 2021)}; ${warheadChange(2022, 2025)}; ICBM tests back in 2022.`,
      cites: ['DEB-05', 'NUM-04', 'T2-13'],
    },
    supporter: {
      claim: 'Tangible gains: a testing pause, detainees and remains',
      kind: 'opinion',
      evidence: 'No ICBM flight, Nov. 2017–March 2022; three detainees freed; 55 cases of remains; Cato’s Gomez: a testing pause is a win.',
      cites: ['DEB-09', 'NUM-01', 'RTS-06', 'SGP-11'],
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
      kind: 'opinion',
      evidence: 'Haass: no deal beats a bad deal; a Foreign Policy op-ed: Yongbyon for relief gives up the best leverage for reversible steps.',
      cites: ['DEB-10'],
    },
  },
]

export const DEBATE_STEPS = debatePairs.length
