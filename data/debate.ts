// Critics (DEB-01…06) and supporters (DEB-07…12) paired on the same question, one pair per click.
// Claims and evidence are in our own words; opinion pieces are labelled as opinion.
// Plain data, checked by data/check.ts (unit tests and build), not at load time: no zod in the browser.
import type { DebatePair } from './schema'

export const debatePairs: DebatePair[] = [
  {
    topic: 'What Singapore produced',
    critic: {
      claim: 'The statement was thin, weaker than North Korea’s 2005 pledge',
      evidence: 'Brookings’ Jung Pak and Jonathan Pollack: mostly generalities; in 2005 Pyongyang pledged to abandon all its nuclear weapons.',
      cites: ['DEB-01'],
    },
    supporter: {
      claim: 'Meeting at leader level raised Kim’s cost of reneging',
      evidence: 'CSIS: a public summit created audience costs; ISIS welcomed dropping the slow action-for-action formula of past deals.',
      cites: ['DEB-11'],
    },
  },
  {
    topic: 'Pressure and overselling',
    critic: {
      claim: 'Declaring victory early undermined the pressure on Pyongyang',
      evidence: 'Richard Haass (CFR), opinion: no definition, timeline or verification; calling the threat over weakens support for sanctions.',
      cites: ['DEB-02', 'SGP-10'],
    },
    supporter: {
      claim: 'Decades of talks and pressure had failed; a summit was untried',
      evidence: 'Carnegie’s Aaron David Miller and Richard Sokolsky, opinion: meeting the ultimate decision-maker directly was the one untested approach.',
      cites: ['DEB-07'],
    },
  },
  {
    topic: 'Preparation and concessions',
    critic: {
      claim: 'An unprepared summit gave away joint exercises for nothing',
      evidence: 'Daniel Russel (Asia Society), opinion: no earlier president would summit so unprepared; CSIS calls the exercise pledge unilateral.',
      cites: ['DEB-03', 'SGP-06'],
    },
    supporter: {
      claim: 'An unorthodox approach bought a testing pause worth having',
      evidence: 'Cato’s Eric Gomez: a pause in testing is a win for the US and its allies even if talks fail.',
      cites: ['DEB-09'],
    },
  },
  {
    topic: 'Legitimacy',
    critic: {
      claim: 'Summits and praise gave a rights-abusing regime status for free',
      evidence: 'A UN inquiry found crimes against humanity; ex-ambassador Michael McFaul: befriending Kim was unnecessary for a nuclear deal.',
      cites: ['DEB-04', 'HR-01'],
    },
    supporter: {
      claim: 'Talking pulled the peninsula back from the 2017 war scare',
      evidence: 'Stanford’s Hecker, Carlin and Serbin: tensions fell dramatically; Ivo Daalder (Chicago Council): talking beats threatening war.',
      cites: ['DEB-08'],
    },
  },
  {
    topic: 'Results since',
    critic: {
      claim: 'The arsenal grew and testing resumed after the summits',
      evidence: 'SIPRI: 10–20 warheads in 2018, about 50 by 2024–25; Arms Control Association: months between summits were wasted.',
      cites: ['DEB-05', 'NUM-04'],
    },
    supporter: {
      claim: 'Real gains; later openings were lost to choices on both sides',
      evidence: 'No nuclear test since 2017, no ICBM until 2022; Siegfried Hecker (2023): US choices, not only Pyongyang’s, closed openings.',
      cites: ['DEB-09', 'DEB-12', 'NUM-01'],
    },
  },
  {
    topic: 'Walking out in Hanoi',
    critic: {
      claim: 'Incompatible demands doomed Hanoi before it began',
      evidence: 'Ankit Panda and Vipin Narang, opinion: all-at-once disarmament versus near-total relief; undefined denuclearization made collapse predictable.',
      cites: ['DEB-06'],
    },
    supporter: {
      claim: 'Walking away was better than a bad deal',
      evidence: 'Richard Haass: no deal beats a bad deal, so Trump was right to leave Hanoi without one.',
      cites: ['DEB-10'],
    },
  },
]

export const DEBATE_STEPS = debatePairs.length
