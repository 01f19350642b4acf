// Addresses students open (fact pack, section 12b): every source URL in the bibliography points to a
// host reviewed in data/source-hosts.ts; a mirror says so in its outlet text ("mirror of …") and only a
// mirror does; no test or staging host, listed or not. Pure function: tests/deck/source-addresses.test.ts
// feeds it data/sources.ts and data/source-hosts.ts.
import type { SourceHost } from '../../data/source-hosts.ts'
import { hostOf } from '../../data/source-hosts.ts'

interface LinkedEntry {
  id: string
  sources: readonly { outlet: string, url: string }[]
}

/** A hostname label that marks a copy of a site that is not the published one. */
const NOT_PUBLISHED = /^(?:[a-z0-9-]*-)?(?:test|testing|stage|staging|dev|qa|sandbox|preview)(?:-[a-z0-9-]*)?$/

export function isTestOrStagingHost(host: string): boolean {
  return host.split('.').some(label => NOT_PUBLISHED.test(label))
}

/** What is wrong with the bibliography's addresses, one line each naming the entry and the fix. */
export function sourceAddressProblems(entries: readonly LinkedEntry[], hosts: readonly SourceHost[]): string[] {
  const byHost = new Map(hosts.map(entry => [entry.host, entry]))
  const problems = hosts.filter(entry => isTestOrStagingHost(entry.host))
    .map(entry => `data/source-hosts.ts: ${entry.host} is a test or staging host: remove it and link the published page`)
  for (const { id, sources } of entries) {
    for (const { outlet, url } of sources) {
      const host = hostOf(url)
      const where = `data/sources.ts: entry "${id}": ${outlet} (${host})`
      const reviewed = byHost.get(host)
      const saysMirror = /\bmirror of\b/i.test(outlet)
      if (isTestOrStagingHost(host))
        problems.push(`${where}: a test or staging host; link the original publisher or an official archive (fact pack, section 12)`)
      else if (!reviewed)
        problems.push(`${where}: host not reviewed; add it to data/source-hosts.ts with its outlet and kind, or link the original publisher`)
      else if (reviewed.kind === 'mirror' && !saysMirror)
        problems.push(`${where}: ${host} is a mirror of ${reviewed.mirrorOf ?? 'another publisher'}; say so in the outlet text ("mirror of …")`)
      else if (reviewed.kind !== 'mirror' && (saysMirror || /\(mirror\)/i.test(outlet)))
        problems.push(`${where}: labelled a mirror, but data/source-hosts.ts lists ${host} as ${reviewed.kind}; correct one of them`)
    }
  }
  return problems
}

/** Reviewed hosts no source links to any more: a stale review list hides what students open. */
export function unusedSourceHosts(entries: readonly LinkedEntry[], hosts: readonly SourceHost[]): string[] {
  const used = new Set(entries.flatMap(entry => entry.sources.map(source => hostOf(source.url))))
  return hosts.filter(entry => !used.has(entry.host)).map(entry => entry.host)
}
