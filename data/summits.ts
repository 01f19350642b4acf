// Singapore (2018-06-12) and Hanoi (2019-02-27/28) side by side, one row per click.
// Cells are short phrases in our own words; cites are fact ids. What each side offered in the talks is
// kept apart from what Trump announced outside the text (the exercise halt was unilateral: SGP-06). The dates head the columns and
// come from data/events.ts (singapore-summit, hanoi-summit-opens, hanoi-no-deal).
// Plain data, checked by data/check.ts (unit tests and build), not at load time: no zod in the browser.
import type { SummitRow } from './schema.ts'

export const summitRows: SummitRow[] = [
  {
    label: 'Venue',
    singapore: { text: 'Capella Hotel, Sentosa Island', cites: ['SGP-01'] },
    hanoi: { text: 'Sofitel Legend Metropole; press conference at the JW Marriott', cites: ['HAN-01'] },
  },
  {
    label: 'Format',
    singapore: { text: 'One-on-one, expanded talks, lunch, stroll, signing: about five hours', cites: ['SGP-02'] },
    hanoi: { text: 'One-on-one and dinner, talks next day; lunch and signing cancelled', cites: ['HAN-01', 'HAN-03'] },
  },
  {
    label: 'US asked',
    singapore: { text: 'Complete denuclearization; the CVID standard did not make the text', cites: ['SGP-05'] },
    hanoi: { text: 'All at once: weapons and fuel handed over, sites beyond Yongbyon', cites: ['HAN-05', 'HAN-09'] },
  },
  {
    label: 'North Korea asked',
    singapore: { text: 'The text gives it security guarantees; in March Kim understood routine drills would continue', cites: ['SGP-03', 'RTS-02'] },
    hanoi: { text: 'Relief from 5 of 11 UN resolutions; Trump said all sanctions', cites: ['HAN-04', 'HAN-06'] },
  },
  {
    label: 'What each offered',
    singapore: { text: 'US: security guarantees. North: work toward peninsula denuclearization', cites: ['SGP-03', 'SGP-04'] },
    hanoi: { text: 'North: Yongbyon production sites, written test halt. US: no relief without full freeze', cites: ['HAN-06', 'HAN-08'] },
  },
  {
    label: 'Announced outside the text',
    singapore: { text: 'Trump, unilaterally: a halt to joint exercises; an engine test site to go', cites: ['SGP-06', 'SGP-08'] },
    hanoi: { text: 'Trump: Kim promised not to resume testing', cites: ['HAN-04'] },
  },
  {
    label: 'Outcome document',
    singapore: { text: 'Four-point joint statement, 391 words; no timeline or verification', cites: ['SGP-03', 'SGP-04'] },
    hanoi: { text: 'None: no joint statement issued', cites: ['HAN-03'] },
  },
  {
    label: 'Aftermath',
    singapore: { text: 'Exercises suspended, 55 cases of remains returned, Sohae partly dismantled', cites: ['SGP-07', 'SGP-11', 'BTW-02'] },
    hanoi: { text: 'Rebuilding at Sohae, launches resume in May, brief DMZ meeting in June', cites: ['HAN-12', 'AFT-01', 'AFT-02'] },
  },
]

export const SUMMIT_STEPS = summitRows.length
