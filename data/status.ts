// How far the deck's facts are verified. One date for the whole deck: the fact pack verifies
// nothing after about mid-June 2026 (facts.md section 11, T2-23). No slide's `asOf`, bibliography
// date or timeline phase may pass it (data/check.ts, tests/deck/currency.test.ts).
// Plain data: safe to ship to the browser.

/** The last day the sources verify (ISO). Compared against every `asOf` and bibliography date. */
export const VERIFIED_THROUGH = '2026-06-15'

/** How slides say it: the sources give "about mid-June", not a day. */
const VERIFIED_THROUGH_LABEL = 'mid-June 2026'

/** The line the footer shows on slides about the present. */
export const VERIFIED_LINE = `Verified through ${VERIFIED_THROUGH_LABEL}`
