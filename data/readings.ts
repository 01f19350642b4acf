// Pre-reading for students: primary texts (the document itself) and near-primary ones (a full text,
// transcript or extended quotation carried by a news outlet), in the order of the lecture. Each
// link names a fact and one of its outlets; the URL comes from the bibliography (data/sources.ts),
// so it is written once. Checked by data/check.ts.
import type { Reading } from './schema.ts'
import { sourceById } from './sources.ts'

export const readings: Reading[] = [
  {
    id: 'panmunjom-declaration',
    title: 'Panmunjom Declaration for Peace, Prosperity and Unification of the Korean Peninsula',
    author: 'Moon Jae-in and Kim Jong Un',
    date: '2018-04-27',
    kind: 'near-primary',
    link: { cite: 'RTS-05', outlet: 'China Daily (Xinhua)' },
    whatToRead: 'Xinhua\'s report, as carried by China Daily, summarises and quotes the declaration; it is not the full text. Read what it gives on a nuclear-free peninsula, on declaring an end to the war during 2018 and on the liaison office in Kaesong.',
    guidingQuestion: 'Who promises what to whom, and which of these promises could an outsider check?',
    minutes: 10,
    cites: ['RTS-05'],
  },
  {
    id: 'singapore-statement',
    title: 'Joint Statement of President Donald J. Trump and Chairman Kim Jong Un at the Singapore Summit',
    author: 'Donald Trump and Kim Jong Un',
    date: '2018-06-12',
    kind: 'near-primary',
    link: { cite: 'SGP-04', outlet: 'NZ Herald (AP, full text)' },
    whatToRead: 'The whole statement (about 391 words): the preamble and the four numbered points. Underline every verb that carries a commitment.',
    guidingQuestion: 'What exactly did each side commit to, and what did the text leave undefined?',
    minutes: 15,
    cites: ['SGP-03', 'SGP-04'],
  },
  {
    id: 'pyongyang-declaration',
    title: 'Pyongyang Joint Declaration of September 2018',
    author: 'Moon Jae-in and Kim Jong Un',
    date: '2018-09-19',
    kind: 'primary',
    link: { cite: 'BTW-03', outlet: 'Columbia Law School (text)' },
    whatToRead: 'The article on the Dongchang-ri (Sohae) test site and the conditional offer on Yongbyon.',
    guidingQuestion: 'What did North Korea make conditional on US "corresponding measures", and why might that matter in Hanoi five months later?',
    minutes: 10,
    cites: ['BTW-03'],
  },
  {
    id: 'hanoi-trump-press-conference',
    title: 'President Trump\'s press conference in Hanoi',
    author: 'Donald Trump',
    date: '2019-02-28',
    kind: 'near-primary',
    link: { cite: 'HAN-03', outlet: 'CNN transcript' },
    whatToRead: 'CNN\'s broadcast transcript of its coverage that hour, not an official transcript: read the press-conference answers on why no deal was signed (sanctions, Yongbyon and "sometimes you have to walk").',
    guidingQuestion: 'How does Trump describe North Korea\'s demand, and what evidence does he give for it?',
    minutes: 15,
    cites: ['HAN-03', 'HAN-04'],
  },
  {
    id: 'hanoi-ri-press-conference',
    title: 'Foreign Minister Ri Yong Ho\'s midnight press conference in Hanoi',
    author: 'Ri Yong Ho',
    date: '2019-03-01',
    kind: 'near-primary',
    link: { cite: 'HAN-06', outlet: 'Hanoi Times' },
    whatToRead: 'Ri\'s account of what North Korea asked for (relief from 5 of 11 UN resolutions) and what it offered in return.',
    guidingQuestion: 'Where does Ri\'s account contradict Trump\'s, and where do the two accounts describe the same thing differently?',
    minutes: 10,
    cites: ['HAN-06'],
  },
  {
    id: 'kim-spa-speech-2025',
    title: 'Kim Jong Un\'s speech to the Supreme People\'s Assembly (AP report with extended quotations)',
    author: 'Kim Jong Un',
    date: '2025-09-21',
    kind: 'near-primary',
    link: { cite: 'T2-07', outlet: 'WTOP (AP)' },
    whatToRead: 'The quoted passages on denuclearization, sanctions and his "good memories" of Trump; note that translations of that line vary.',
    guidingQuestion: 'On what condition does Kim say talks with the United States could resume?',
    minutes: 10,
    cites: ['T2-07'],
  },
  {
    id: 'un-inquiry-2014',
    title: 'Report of the Commission of Inquiry on Human Rights in the DPRK (A/HRC/25/63)',
    author: 'UN Human Rights Council, Commission of Inquiry',
    date: '2014-02-07',
    kind: 'primary',
    link: { cite: 'HR-02', outlet: 'Right Docs (mirror of the report A/HRC/25/63)' },
    whatToRead: 'The summary of findings and the recommendations (referral to the International Criminal Court); skim the list of crimes.',
    guidingQuestion: 'What did the commission find, and what should its findings mean for a leader who negotiates with Kim?',
    minutes: 20,
    cites: ['HR-01', 'HR-02'],
  },
]

/** The reading's URL, from the bibliography entry and outlet it names. */
export function readingUrl(reading: Pick<Reading, 'link' | 'id'>): string {
  const source = sourceById(reading.link.cite).sources.find(candidate => candidate.outlet === reading.link.outlet)
  if (!source)
    throw new Error(`Reading "${reading.id}": data/sources.ts lists no outlet "${reading.link.outlet}" for ${reading.link.cite}.`)
  return source.url
}
