// The quotations the slides show (each through <QuoteCard>), word for word from the fact pack (../shared/facts.md).
//
// Id = the fact id where the quotation appears; where one fact holds several quotations the first
// keeps the fact id and the next are `-b`, `-c`… in the order they appear in the pack.
// Dates are the LOCAL date of the words (the pack's TZ notes); `tz` is set where the pack flags a
// US/Korea calendar difference (or gives the zone explicitly).
// PRA entries that only repeat a quotation held under another fact are not repeated here:
//   PRA-03 = ESC-14, PRA-08 = BTW-04, PRA-11 = HAN-10, PRA-13 = AFT-07-d, PRA-14 = T2-01,
//   PRA-15 = T2-02, PRA-16 = T2-05-b, PRA-17 = T2-11 (the pack's PRA-17 ellipsis ends
//   "…we get along very well"; T2-11 holds the wording from its own sources).
// Alternative renderings the pack mentions ("fond memories", "get along well", "sometimes you just
// have to walk") are not separate quotations; the entry carries translationVaries or a comment.
// Terms in quotation marks that are not anyone's words (CVID, "Destiny Pictures", "big deal",
// "Libya model", "action-for-action") are not quotations.
// Plain data, checked by data/check.ts (unit tests and build), not at load time: no zod in the browser.
import type { Quote } from './schema.ts'

const TRUMP = 'Donald Trump, US President'
const KIM = 'Kim Jong Un, North Korean leader'
const KIM_YO_JONG = 'Kim Yo Jong, senior North Korean official and Kim Jong Un\'s sister'
const RI = 'Ri Yong Ho, North Korean Foreign Minister'

export const quotes: Quote[] = [
  // 1. Escalation
  {
    id: 'ESC-04',
    factId: 'ESC-04',
    speaker: TRUMP,
    date: '2017-08-08',
    tz: 'ET',
    occasion: 'Remarks at an opioid briefing, Bedminster golf club, New Jersey',
    text: 'North Korea best not make any more threats to the United States. They will be met with fire and fury like the world has never seen.',
  },
  {
    id: 'ESC-06',
    factId: 'ESC-06',
    speaker: TRUMP,
    date: '2017-08-11',
    tz: 'ET',
    occasion: 'Tweet',
    text: 'Military solutions are now fully in place, locked and loaded, should North Korea act unwisely. Hopefully Kim Jong Un will find another path!',
  },
  {
    id: 'ESC-11',
    factId: 'ESC-11',
    speaker: TRUMP,
    date: '2017-09-19',
    occasion: 'First UN General Assembly speech, New York',
    text: 'if it is forced to defend itself or its allies, we will have no choice but to totally destroy North Korea. Rocket Man is on a suicide mission for himself and for his regime.',
  },
  {
    id: 'ESC-12',
    factId: 'ESC-12',
    speaker: KIM,
    date: '2017-09-22',
    tz: 'KST',
    occasion: 'Statement in his own name, published by KCNA',
    text: 'I will surely and definitely tame the mentally deranged U.S. dotard with fire',
  },
  {
    id: 'ESC-18',
    factId: 'ESC-18',
    speaker: KIM,
    date: '2018-01-01',
    tz: 'KST',
    occasion: 'New Year address, Pyongyang',
    text: 'nuclear button is always on the desk of my office',
  },
  {
    id: 'ESC-18-b',
    factId: 'ESC-18',
    speaker: TRUMP,
    date: '2018-01-02',
    tz: 'ET',
    occasion: 'Tweet replying to Kim\'s New Year address',
    text: '…I too have a Nuclear Button, but it is a much bigger & more powerful one than his, and my Button works!',
  },
  // 2. Road to Singapore
  {
    id: 'RTS-07',
    factId: 'RTS-07',
    speaker: TRUMP,
    date: '2018-05-24',
    occasion: 'Letter to Kim cancelling the Singapore summit',
    text: 'tremendous anger and open hostility',
  },
  // 3. Singapore
  {
    id: 'SGP-03',
    factId: 'SGP-03',
    speaker: 'Singapore joint statement, signed by Donald Trump and Kim Jong Un',
    date: '2018-06-12',
    tz: 'SGT',
    occasion: 'Preamble of the joint statement, Singapore summit (Trump\'s commitment)',
    text: 'committed to provide security guarantees to the DPRK',
  },
  {
    id: 'SGP-03-b',
    factId: 'SGP-03',
    speaker: 'Singapore joint statement, signed by Donald Trump and Kim Jong Un',
    date: '2018-06-12',
    tz: 'SGT',
    occasion: 'Preamble of the joint statement, Singapore summit (Kim\'s commitment)',
    text: 'reaffirmed his firm and unwavering commitment to complete denuclearization of the Korean Peninsula',
  },
  {
    id: 'SGP-05',
    factId: 'SGP-05',
    speaker: TRUMP,
    date: '2018-06-12',
    tz: 'SGT',
    occasion: 'Press conference after the summit, Singapore, asked whether omitting CVID was a concession',
    text: 'No, not at all.',
  },
  {
    id: 'SGP-06',
    factId: 'SGP-06',
    speaker: TRUMP,
    date: '2018-06-12',
    tz: 'SGT',
    occasion: 'Press conference after the summit, Singapore',
    text: 'We will be stopping the war games, which will save us a tremendous amount of money, unless and until we see the future negotiation is not going along like it should… Plus, I think it\'s very provocative.',
  },
  {
    id: 'SGP-10',
    factId: 'SGP-10',
    speaker: TRUMP,
    date: '2018-06-13',
    tz: 'ET',
    occasion: 'Tweet after returning from Singapore',
    text: 'There is no longer a Nuclear Threat from North Korea',
  },
  {
    id: 'SGP-10-b',
    factId: 'SGP-10',
    speaker: TRUMP,
    date: '2018-06-13',
    tz: 'ET',
    occasion: 'Remarks to reporters after returning from Singapore',
    text: 'I have solved that problem.',
  },
  // 4. Between the summits
  {
    id: 'BTW-01',
    factId: 'BTW-01',
    speaker: 'North Korean Foreign Ministry',
    date: '2018-07-07',
    occasion: 'Statement after Pompeo\'s third Pyongyang trip',
    text: 'unilateral and gangster-like demand for denuclearization',
  },
  {
    id: 'BTW-01-b',
    factId: 'BTW-01',
    speaker: 'Mike Pompeo, US Secretary of State',
    date: '2018-07-08',
    occasion: 'Remarks to reporters, Tokyo',
    text: 'If those requests were gangster-like, the world is a gangster.',
  },
  {
    id: 'BTW-04',
    factId: 'BTW-04',
    speaker: TRUMP,
    date: '2018-09-25',
    occasion: 'UN General Assembly speech, New York',
    text: 'I would like to thank Chairman Kim for his courage and for the steps he has taken, though much work remains to be done.',
  },
  {
    id: 'BTW-05',
    factId: 'BTW-05',
    speaker: RI,
    date: '2018-09-29',
    occasion: 'UN General Assembly speech, New York',
    text: 'there is no way we will unilaterally disarm ourselves first',
  },
  // 5. Hanoi
  {
    id: 'HAN-02',
    factId: 'HAN-02',
    speaker: KIM,
    date: '2019-02-28',
    tz: 'ICT',
    occasion: 'Answer to a reporter through an interpreter, Sofitel Legend Metropole, Hanoi, asked if he was ready to denuclearize',
    text: 'If I\'m not willing to do that, I won\'t be here right now.',
  },
  {
    id: 'HAN-04',
    factId: 'HAN-04',
    speaker: TRUMP,
    date: '2019-02-28',
    tz: 'ICT',
    occasion: 'Press conference after the summit, JW Marriott, Hanoi',
    text: 'Basically, they wanted the sanctions lifted in their entirety, and we couldn\'t do that.',
  },
  {
    // Some outlets render it "sometimes you just have to walk".
    id: 'HAN-04-b',
    factId: 'HAN-04',
    speaker: TRUMP,
    date: '2019-02-28',
    tz: 'ICT',
    occasion: 'Press conference after the summit, JW Marriott, Hanoi',
    text: 'Sometimes you have to walk.',
  },
  {
    // The late-night press conference at the Melia began about midnight Feb. 28–Mar. 1 local time.
    id: 'HAN-06',
    factId: 'HAN-06',
    speaker: RI,
    date: '2019-03-01',
    tz: 'ICT',
    occasion: 'Late-night press conference, Melia Hotel, Hanoi',
    text: 'What we proposed was not the removal of all sanctions, but the partial removal.',
  },
  {
    id: 'HAN-07',
    factId: 'HAN-07',
    speaker: 'Choe Son Hui, North Korean Vice Foreign Minister',
    date: '2019-03-01',
    tz: 'ICT',
    occasion: 'Late-night briefing in Hanoi, on Kim Jong Un\'s will to pursue dealings with the US',
    text: 'may have lost his will',
  },
  {
    id: 'HAN-10',
    factId: 'HAN-10',
    speaker: TRUMP,
    date: '2019-02-28',
    tz: 'ICT',
    occasion: 'Press conference after the summit, Hanoi, on Otto Warmbier',
    text: 'Some really bad things happened to Otto… But he tells me that he didn\'t know about it, and I will take him at his word.',
  },
  {
    id: 'HAN-11-b',
    factId: 'HAN-11',
    speaker: TRUMP,
    date: '2019-03-01',
    tz: 'ET',
    occasion: 'Tweet after the Warmbier family\'s statement',
    text: 'Of course I hold North Korea responsible for Otto\'s mistreatment and death.',
  },
  // 6. After Hanoi
  {
    id: 'AFT-01',
    factId: 'AFT-01',
    speaker: TRUMP,
    date: '2019-05-04',
    tz: 'ET',
    occasion: 'Tweet after the first ballistic-missile launch since 2017, on Kim',
    text: 'knows that I am with him and does not want to break his promise to me',
  },
  {
    id: 'AFT-02',
    factId: 'AFT-02',
    speaker: KIM,
    date: '2019-06-30',
    tz: 'KST',
    occasion: 'Meeting with Trump at the demarcation line, Panmunjom (DMZ)',
    text: 'I never expected to meet you in this place.',
  },
  {
    id: 'AFT-03',
    factId: 'AFT-03',
    speaker: TRUMP,
    date: '2019-08-23',
    occasion: 'Remarks to reporters on North Korea\'s renewed launches',
    text: 'He likes testing missiles, but we never restricted short-range missiles.',
  },
  {
    id: 'AFT-05',
    factId: 'AFT-05',
    speaker: 'Kim Myong Gil, North Korean chief negotiator',
    date: '2019-10-05',
    occasion: 'Statement after working-level talks, Stockholm',
    text: 'not fulfilled our expectations and broke down. I am very displeased',
  },
  {
    id: 'AFT-07',
    factId: 'AFT-07',
    speaker: KIM,
    date: '2020-01-01',
    tz: 'KST',
    occasion: 'Report to the party plenum of Dec. 28–31, 2019, published by KCNA',
    text: 'There is no ground for us to get unilaterally bound to the commitment any longer',
  },
  // 7. Second term
  {
    // Delivered Sunday Sept. 21, published by KCNA Sept. 22 KST. AP and Al Jazeera renderings differ.
    id: 'T2-07',
    factId: 'T2-07',
    speaker: KIM,
    date: '2025-09-21',
    tz: 'KST',
    occasion: 'Speech to the Supreme People\'s Assembly, Pyongyang (published Sept. 22)',
    text: 'If the United States drops the absurd obsession with denuclearising us and accepts reality, and wants genuine peaceful coexistence, there is no reason for us not to sit down with the United States.',
    translationVaries: true,
  },
  {
    id: 'T2-10-b',
    factId: 'T2-10',
    speaker: TRUMP,
    date: '2025-10-24',
    tz: 'ET',
    occasion: 'Remarks to reporters on Air Force One, heading to Asia',
    text: 'I think they are sort of a nuclear power… they\'ve got a lot of nuclear weapons.',
  },
  {
    id: 'T2-11-b',
    factId: 'T2-11',
    speaker: TRUMP,
    date: '2025-10-30',
    occasion: 'Remarks on leaving South Korea after meeting Xi Jinping in Busan',
    text: 'I was too busy to meet him this time, but I could come back.',
  },
  {
    id: 'T2-12',
    factId: 'T2-12',
    speaker: 'Pak Myong Ho, North Korean Vice Foreign Minister',
    date: '2025-11-01',
    tz: 'KST',
    occasion: 'Statement before the Lee–Xi summit',
    text: 'We will show with patience that denuclearization is a \'pipe dream\' which can never be realized.',
  },
  {
    // Bloomberg's rendering; others have "get along well". The congress ran Feb. 19–25.
    id: 'T2-13',
    factId: 'T2-13',
    speaker: KIM,
    date: '2026-02-25',
    occasion: 'Closing remarks to the Ninth Party Congress, Pyongyang',
    text: 'If the United States respects our constitutionally enshrined status and withdraws its hostile policy, there would be no reason for us not to pursue better relations',
    translationVaries: true,
  },
  {
    // The pack also quotes the two-word phrase "anachronistic dream", which is part of this sentence.
    id: 'T2-16',
    factId: 'T2-16',
    speaker: KIM_YO_JONG,
    date: '2026-06-07',
    tz: 'KST',
    occasion: 'Statement published by KCNA, on the US push for denuclearization',
    text: 'Some officials in the United States have failed to wake from their escapist and anachronistic dream.',
  },
  // 8. Praise, and the human-rights context
  {
    id: 'PRA-01',
    factId: 'PRA-01',
    speaker: TRUMP,
    date: '2017-04-30',
    occasion: 'CBS Face the Nation interview with John Dickerson (taped Apr. 29, aired Apr. 30)',
    text: 'At a very young age, he was able to assume power… And he was able to do it. So obviously, he\'s a pretty smart cookie.',
  },
  {
    id: 'PRA-04',
    factId: 'PRA-04',
    speaker: TRUMP,
    date: '2018-06-12',
    tz: 'SGT',
    occasion: 'Signing of the joint statement, Singapore',
    text: 'I learned he\'s a very talented man. I also learned that he loves his country very much.',
  },
  {
    id: 'PRA-06',
    factId: 'PRA-06',
    speaker: TRUMP,
    date: '2018-06-12',
    tz: 'SGT',
    occasion: 'ABC News interview with George Stephanopoulos, Singapore',
    text: 'I do trust him, yeah.',
  },
  {
    id: 'PRA-06-c',
    factId: 'PRA-06',
    speaker: TRUMP,
    date: '2018-06-12',
    tz: 'SGT',
    occasion: 'ABC News interview with George Stephanopoulos, Singapore, asked how he could trust Kim given the regime\'s record',
    text: 'George, I\'m given what I\'m given.',
  },
  {
    id: 'PRA-09',
    factId: 'PRA-09',
    speaker: TRUMP,
    date: '2018-09-29',
    occasion: 'Rally for Patrick Morrisey, WesBanco Arena, Wheeling, West Virginia',
    text: 'And then we fell in love, okay? No, really. He wrote me beautiful letters, and they\'re great letters. We fell in love.',
  },
  {
    id: 'PRA-12-b',
    factId: 'PRA-12',
    speaker: TRUMP,
    date: '2019-02-28',
    occasion: 'Fox News interview with Sean Hannity, after the Hanoi summit',
    text: 'He likes me. I like him… Some people say \'you should not like him.\' I say, \'Why shouldn\'t I like him?\'',
  },
  {
    id: 'HR-01',
    factId: 'HR-01',
    speaker: 'UN Commission of Inquiry on Human Rights in the DPRK',
    date: '2014-02-17',
    occasion: 'Report A/HRC/25/63, released in Geneva',
    text: 'The gravity, scale and nature of these violations reveal a State that does not have any parallel in the contemporary world.',
  },
]

const byId = new Map(quotes.map(q => [q.id, q]))

export function quoteById(id: string): Quote {
  const found = byId.get(id)
  if (!found)
    throw new Error(`Unknown quote id "${id}": add it to data/quotes.ts or fix the id.`)
  return found
}
