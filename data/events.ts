// Timeline events, 2017–2026, in date order. Dates are the LOCAL date of the event (fact pack TZ
// notes); `tz` names the zone where the pack flags a US/Korea calendar difference or gives one.
// Labels are short captions (issue 24): the detail is in the speaker notes of the timeline slides.
// Each event's phase must be the phase its date falls in, and events stay in date order.
// Plain data, checked by data/check.ts (unit tests and build), not at load time: no zod in the browser.
import type { TimelineEvent } from './schema.ts'

export const events: TimelineEvent[] = [
  // Escalation
  { id: 'first-icbm', date: '2017-07-04', tz: 'KST', label: 'First ICBM: Hwasong-14', phase: 'escalation', kind: 'weapons', factId: 'ESC-01' },
  { id: 'fire-and-fury', date: '2017-08-08', tz: 'ET', label: 'Trump: “fire and fury”', phase: 'escalation', kind: 'statement', factId: 'ESC-04' },
  { id: 'sixth-nuclear-test', date: '2017-09-03', tz: 'KST', label: 'Largest nuclear test', phase: 'escalation', kind: 'weapons', factId: 'ESC-08' },
  { id: 'rocket-man-un', date: '2017-09-19', label: 'Trump’s “Rocket Man” speech', phase: 'escalation', kind: 'statement', factId: 'ESC-11' },
  { id: 'dotard-statement', date: '2017-09-22', tz: 'KST', label: 'Kim’s personal reply', phase: 'escalation', kind: 'statement', factId: 'ESC-12' },
  { id: 'hwasong-15', date: '2017-11-29', tz: 'KST', label: 'Hwasong-15 ICBM', phase: 'escalation', kind: 'weapons', factId: 'ESC-16' },
  { id: 'un-resolution-2397', date: '2017-12-22', label: 'UN Resolution 2397', phase: 'escalation', kind: 'sanctions', factId: 'ESC-17' },
  { id: 'nuclear-button', date: '2018-01-01', tz: 'KST', label: '“Nuclear button” exchange', phase: 'escalation', kind: 'statement', factId: 'ESC-18' },
  { id: 'pyeongchang', date: '2018-02-09', tz: 'KST', label: 'PyeongChang Olympics', phase: 'escalation', kind: 'meeting', factId: 'RTS-01' },
  // Summitry
  { id: 'trump-accepts', date: '2018-03-08', tz: 'ET', label: 'Trump accepts Kim’s invitation to meet', phase: 'summitry', kind: 'statement', factId: 'RTS-02' },
  { id: 'test-freeze', date: '2018-04-20', label: 'North Korea halts nuclear and ICBM tests', phase: 'summitry', kind: 'statement', factId: 'RTS-04' },
  { id: 'panmunjom-declaration', date: '2018-04-27', label: 'Moon and Kim sign the Panmunjom Declaration', phase: 'summitry', kind: 'meeting', factId: 'RTS-05' },
  { id: 'summit-cancelled', date: '2018-05-24', label: 'Trump cancels the summit by letter', phase: 'summitry', kind: 'statement', factId: 'RTS-07' },
  { id: 'singapore-summit', date: '2018-06-12', tz: 'SGT', label: 'Singapore summit', phase: 'summitry', kind: 'meeting', factId: 'SGP-01' },
  { id: 'remains-returned', date: '2018-07-27', label: '55 cases of remains flown to Osan', phase: 'summitry', kind: 'action', factId: 'SGP-11' },
  { id: 'pyongyang-summit', date: '2018-09-19', label: 'Moon–Kim Pyongyang declaration', phase: 'summitry', kind: 'meeting', factId: 'BTW-03' },
  { id: 'hanoi-summit-opens', date: '2019-02-27', tz: 'ICT', label: 'Hanoi summit opens', phase: 'summitry', kind: 'meeting', factId: 'HAN-01' },
  { id: 'hanoi-no-deal', date: '2019-02-28', tz: 'ICT', label: 'Hanoi: no deal', phase: 'summitry', kind: 'meeting', factId: 'HAN-03' },
  { id: 'first-launch-since-2017', date: '2019-05-04', tz: 'KST', label: 'Missile launches resume', phase: 'summitry', kind: 'weapons', factId: 'AFT-01' },
  { id: 'dmz-meeting', date: '2019-06-30', tz: 'KST', label: 'DMZ meeting', phase: 'summitry', kind: 'meeting', factId: 'AFT-02' },
  // Stall
  { id: 'stockholm-talks', date: '2019-10-05', label: 'Stockholm talks fail', phase: 'stall', kind: 'meeting', factId: 'AFT-05' },
  { id: 'moratorium-ended', date: '2020-01-01', tz: 'KST', label: 'Moratorium declared over', phase: 'stall', kind: 'statement', factId: 'AFT-07' },
  { id: 'liaison-office-destroyed', date: '2020-06-16', tz: 'KST', label: 'Liaison office blown up', phase: 'stall', kind: 'action', factId: 'AFT-08' },
  { id: 'icbm-resumes', date: '2022-03-24', tz: 'KST', label: 'ICBM flights resume', phase: 'stall', kind: 'weapons', factId: 'AFT-09' },
  { id: 'hwasong-18', date: '2023-04-13', label: 'Solid-fuel Hwasong-18', phase: 'stall', kind: 'weapons', factId: 'AFT-10' },
  { id: 'russia-treaty', date: '2024-06-19', label: 'Russia defense treaty', phase: 'stall', kind: 'meeting', factId: 'AFT-11' },
  { id: 'hwasong-19', date: '2024-10-31', tz: 'KST', label: 'Hwasong-19 ICBM', phase: 'stall', kind: 'weapons', factId: 'AFT-10' },
  // Second term
  { id: 'second-inauguration', date: '2025-01-20', label: 'Inauguration', phase: 'second-term', kind: 'statement', factId: 'T2-01' },
  { id: 'kim-yo-jong-statement', date: '2025-07-29', tz: 'KST', label: 'Kim Yo Jong rejects talks', phase: 'second-term', kind: 'statement', factId: 'T2-04' },
  { id: 'kim-spa-speech', date: '2025-09-21', tz: 'KST', label: 'Kim’s terms', phase: 'second-term', kind: 'statement', factId: 'T2-07' },
  { id: 'hwasong-20-parade', date: '2025-10-10', label: 'Hwasong-20 unveiled', phase: 'second-term', kind: 'weapons', factId: 'T2-08' },
  { id: 'apec-no-meeting', date: '2025-10-29', label: 'APEC, no meeting', phase: 'second-term', kind: 'meeting', factId: 'T2-11' },
  { id: 'pipe-dream', date: '2025-11-01', tz: 'KST', label: '“Pipe dream”', phase: 'second-term', kind: 'statement', factId: 'T2-12' },
  { id: 'ninth-party-congress', date: '2026-02-19', label: 'Party Congress', phase: 'second-term', kind: 'statement', factId: 'T2-13' },
  { id: 'trump-in-beijing', date: '2026-05-13', label: 'Trump–Xi talks', phase: 'second-term', kind: 'meeting', factId: 'T2-14' },
  { id: 'anachronistic-dream', date: '2026-06-07', tz: 'KST', label: '“Anachronistic dream”', phase: 'second-term', kind: 'statement', factId: 'T2-16' },
]

/** Events dated from `from` to `to` inclusive (YYYY-MM-DD), in date order. */
export function eventsBetween(from: string, to: string): TimelineEvent[] {
  if (from > to)
    throw new Error(`eventsBetween: "${from}" is after "${to}".`)
  return events.filter(event => from <= event.date && event.date <= to)
}
