// How far the deck's facts are verified: the one home of the date (facts.md section 11, T2-23).
// Slides show it through `verified: true` (the footer, slide-top.vue) and `<VerifiedThrough />` (prose);
// the last timeline phase ends on it, and no bibliography date or `<Timeline to>` may pass it
// (data/check.ts, tests/deck/currency.test.ts). Moving it for next term: ARCHITECTURE.md.
// Plain data: safe to ship to the browser.
import { formatPartOfMonth } from '../lib/format.ts'

/** The last day the sources verify (ISO). */
export const VERIFIED_THROUGH = '2026-06-15'

/** How slides say it ("mid-June 2026"): the sources give about a part of a month, not a day. */
export const VERIFIED_THROUGH_LABEL = formatPartOfMonth(VERIFIED_THROUGH)

/** The line the footer shows on slides marked `verified: true`, and the teaching kit quotes. */
export const VERIFIED_LINE = `Verified through ${VERIFIED_THROUGH_LABEL}`
