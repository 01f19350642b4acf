// The terms a student meets on the slides, in alphabetical order, each defined once: the glossary
// chapter (components/GlossaryList.vue) and the printed teaching guide both render this list.
// A definition says what the term means; where it also says something about events, it cites the
// facts that support it. A term the fact pack does not cover carries a checkBeforeTeaching note
// instead (and no event claims). Checked by data/check.ts.
import type { GlossaryTerm } from './schema.ts'
import { VERIFIED_THROUGH_LABEL } from './status.ts'

export const glossary: GlossaryTerm[] = [
  { id: 'audience-costs', term: 'Audience costs', definition: 'The price a leader pays at home or abroad for breaking a public promise; CSIS argued that a public summit raised it for Kim.', cites: ['DEB-11'] },
  { id: 'ballistic-missile', term: 'Ballistic missile', definition: 'A rocket-powered missile that flies most of its path unpowered, on an arc. The deck\'s launch counts leave out cruise missiles and satellite rockets.', cites: ['NUM-01'] },
  { id: 'cns-database', term: 'CNS database', expansion: 'James Martin Center for Nonproliferation Studies', definition: 'A missile-test database, published by NTI, that counts each ballistic missile once; the deck\'s launch chart uses it.', cites: ['NUM-01'] },
  { id: 'crimes-against-humanity', term: 'Crimes against humanity', definition: 'Grave violations committed as part of a widespread or systematic attack on civilians; the 2014 UN inquiry found many in North Korea.', cites: ['HR-01', 'HR-02'] },
  { id: 'cvid', term: 'CVID', expansion: 'complete, verifiable and irreversible denuclearization', definition: 'The US standard for North Korea\'s disarmament before 2018; the Singapore statement left it out.', cites: ['SGP-05'] },
  { id: 'denuclearization-of-the-peninsula', term: '"Denuclearization of the Korean Peninsula"', definition: 'The Singapore wording: a goal for the whole peninsula, not North Korea alone, with no definition, date or verification.', cites: ['SGP-03', 'SGP-04'] },
  { id: 'dmz-panmunjom', term: 'DMZ and Panmunjom', expansion: 'Demilitarized Zone', definition: 'The strip dividing the two Koreas; Panmunjom is its truce village, where the 2018 declaration was signed and the 2019 meeting took place.', cites: ['RTS-05', 'AFT-02'] },
  { id: 'ffvd', term: 'FFVD', expansion: 'final, fully verified denuclearization', definition: 'A later US formula for the disarmament goal, met in reporting on the talks after Singapore.', cites: [], checkBeforeTeaching: 'The fact pack does not cover FFVD: confirm when and by whom it was used before you teach it.' },
  { id: 'hwasong', term: 'Hwasong', definition: 'The name of a North Korean family of ballistic missiles, numbered by type: the intermediate-range Hwasong-12 (2017) and the ICBMs Hwasong-14 and -15 (2017), -18 (2023), -19 (2024).', cites: ['ESC-07', 'ESC-01', 'ESC-16', 'AFT-10'] },
  { id: 'icbm', term: 'ICBM', expansion: 'intercontinental ballistic missile', definition: 'A ballistic missile with the range to cross continents. North Korea first flew one on July 4, 2017.', cites: ['ESC-01'] },
  { id: 'irbm', term: 'IRBM', expansion: 'intermediate-range ballistic missile', definition: 'A ballistic missile between short and intercontinental range, such as the Hwasong-12s that flew over Japan in 2017.', cites: ['ESC-07'] },
  { id: 'kcna', term: 'KCNA', expansion: 'Korean Central News Agency', definition: 'North Korea\'s state news agency: it publishes the leadership\'s statements, often in English renderings that vary.', cites: ['ESC-12', 'AFT-07'] },
  { id: 'libya-model', term: '"Libya model" (all at once)', definition: 'Disarmament handed over in one step before rewards: the approach of the "big deal" paper Trump reportedly gave Kim in Hanoi.', cites: ['HAN-09'] },
  { id: 'maximum-pressure', term: 'Maximum pressure', definition: 'The label for the 2017 US campaign of sanctions and threats; on June 1, 2018 Trump said he no longer wanted to use it.', cites: ['RTS-08', 'ESC-17'] },
  { id: 'punggye-ri', term: 'Punggye-ri', definition: `The site of all six North Korean nuclear tests, 2006–2017 (no later test found, verified through ${VERIFIED_THROUGH_LABEL}); tunnels were blown up in May 2018 with no inspectors present.`, cites: ['NUM-03', 'RTS-07', 'T2-22'] },
  { id: 'sipri', term: 'SIPRI', expansion: 'Stockholm International Peace Research Institute', definition: 'Publishes yearly warhead estimates; in 2022 it switched from warheads buildable to warheads assembled, a break in the series.', cites: ['NUM-04'] },
  { id: 'six-party-statement', term: 'Six-Party joint statement (2005)', definition: 'An earlier agreement in which Pyongyang pledged to abandon all nuclear weapons and programs; critics found Singapore weaker.', cites: ['DEB-01'] },
  { id: 'slbm', term: 'SLBM', expansion: 'submarine-launched ballistic missile', definition: 'A ballistic missile fired from a submarine; North Korea tested the Pukguksong-3 in October 2019.', cites: ['AFT-04'] },
  { id: 'sohae', term: 'Sohae (Dongchang-ri)', definition: 'North Korea\'s missile-engine test site, partly dismantled in 2018; imagery showed rebuilding right after Hanoi.', cites: ['BTW-02', 'HAN-12'] },
  { id: 'srbm', term: 'SRBM', expansion: 'short-range ballistic missile', definition: 'A ballistic missile of short range; launches resumed in May 2019 with a new solid-fuel short-range type.', cites: ['AFT-01'] },
  { id: 'state-sponsor-of-terrorism', term: 'State sponsor of terrorism', definition: 'A US list that brings sanctions; North Korea was put back on it in November 2017.', cites: ['ESC-15'] },
  { id: 'moratorium', term: 'Testing moratorium', definition: 'North Korea\'s self-declared halt to nuclear and ICBM tests from April 2018, which Kim declared over on January 1, 2020.', cites: ['RTS-04', 'AFT-07'] },
  { id: 'sanctions-resolutions', term: 'UN sanctions resolutions', definition: 'Security Council decisions binding all states, such as 2371, 2375 and 2397 of 2017, which cut North Korea\'s exports and fuel imports.', cites: ['ESC-03', 'ESC-09', 'ESC-17'] },
  { id: 'yongbyon', term: 'Yongbyon', definition: 'North Korea\'s main nuclear complex, with plutonium and uranium facilities; its dismantling was the North\'s offer in Hanoi.', cites: ['HAN-06'] },
]

/** Terms per glossary slide; the chapter's page count follows from the list. */
const GLOSSARY_PER_PAGE = 6
export const GLOSSARY_PAGES = Math.ceil(glossary.length / GLOSSARY_PER_PAGE)

/** The terms shown on glossary page `page` (1-based). */
export function glossaryPage(page: number): GlossaryTerm[] {
  if (!Number.isInteger(page) || page < 1 || page > GLOSSARY_PAGES)
    throw new Error(`Glossary page ${page} does not exist: pages run from 1 to ${GLOSSARY_PAGES}.`)
  return glossary.slice((page - 1) * GLOSSARY_PER_PAGE, page * GLOSSARY_PER_PAGE)
}
