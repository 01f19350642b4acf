// placeholder: replaced by the content branch
// What kind of source each host is, for the citation panel (components/CitePanel.vue). A handful of
// hosts only; a host not listed has no kind, and the panel then shows none.
export type SourceKind = 'official' | 'wire' | 'newspaper' | 'broadcaster' | 'magazine' | 'think tank'
  | 'academic' | 'reference' | 'advocacy' | 'mirror'

export interface SourceHost { host: string, outlet: string, kind: SourceKind, mirrorOf?: string }

export const SOURCE_HOSTS: readonly SourceHost[] = [
  { host: 'un.org', outlet: 'United Nations', kind: 'official' },
  { host: 'govinfo.gov', outlet: 'US Government Publishing Office', kind: 'official' },
  { host: 'en.yna.co.kr', outlet: 'Yonhap', kind: 'wire' },
  { host: 'straitstimes.com', outlet: 'Straits Times', kind: 'newspaper' },
  { host: 'washingtonpost.com', outlet: 'Washington Post', kind: 'newspaper' },
  { host: 'voanews.com', outlet: 'Voice of America', kind: 'broadcaster' },
  { host: 'csis.org', outlet: 'CSIS', kind: 'think tank' },
  { host: 'nti.org', outlet: 'Nuclear Threat Initiative', kind: 'think tank' },
]

export function sourceHost(url: string): SourceHost | undefined {
  const hostname = new URL(url).hostname.replace(/^www\./, '')
  return SOURCE_HOSTS.find(entry => entry.host === hostname)
}
