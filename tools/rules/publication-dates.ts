// Bibliography dates of commentary are publication dates (fact pack: a piece is dated when it
// appeared, not by the summit it discusses). Each commentary entry (DEB-…) either states the
// publication date the pack gives (`published`, and its `date` is that date, no more precise) or
// says what its date is instead (`about`: "the June 2018 Singapore summit"), never both; an `about`
// names an event, not a bare date. Pure function: tests/deck/publication-dates.test.ts feeds it
// data/sources.ts.

interface DatedEntry {
  id: string
  date: string
  until?: string
  published?: string
  about?: string
}

/** Commentary: the pack's section 9, the debate. */
const isCommentary = (id: string): boolean => id.startsWith('DEB-')

export function publicationDateProblems(entries: readonly DatedEntry[]): string[] {
  const problems: string[] = []
  for (const { id, date, published, about } of entries) {
    const where = `data/sources.ts: entry "${id}"`
    if (published && about)
      problems.push(`${where}: has both published (${published}) and about; keep the publication date the pack states and drop about`)
    if (published && date !== published)
      problems.push(`${where}: date ${date} is not the publication date the pack states (${published}); write date: '${published}'`)
    if (about && /^\d{4}(?:-\d{2}){0,2}$/.test(about.trim()))
      problems.push(`${where}: about "${about}" is a bare date; name what the date is, e.g. "the June 2018 Singapore summit"`)
    if (isCommentary(id) && !published && !about)
      problems.push(`${where}: commentary needs its publication date (published) or, where the pack gives none, what its date is (about: "the June 2018 Singapore summit")`)
  }
  return problems
}
