// Sources students open: each address on a reviewed host with its kind, mirrors labelled, no test or
// staging host (fact pack, section 12b). Negative controls: the pack's own bad addresses fail.
import { describe, expect, it } from 'vitest'
import { SOURCE_HOSTS, sourceHost } from '../../data/source-hosts.ts'
import { bibliography } from '../../data/sources.ts'
import { isTestOrStagingHost, sourceAddressProblems, unusedSourceHosts } from '../../tools/rules/source-addresses.ts'

const entry = (outlet: string, url: string) => [{ id: 'HR-01', sources: [{ outlet, url }] }]

describe('the addresses students open', () => {
  it('puts every bibliography address on a reviewed host, mirrors labelled', () => {
    expect(sourceAddressProblems(bibliography, SOURCE_HOSTS)).toEqual([])
  })

  it('keeps the review list to the hosts the bibliography uses, once each', () => {
    expect(unusedSourceHosts(bibliography, SOURCE_HOSTS)).toEqual([])
    expect(new Set(SOURCE_HOSTS.map(host => host.host)).size).toBe(SOURCE_HOSTS.length)
  })

  it('finds a host by address, ignoring "www."', () => {
    expect(sourceHost('https://www.washingtonpost.com/news/x')).toMatchObject({ outlet: 'Washington Post', kind: 'newspaper' })
    expect(sourceHost('https://news.un.org/en/story/2014/02/462062')?.kind).toBe('official')
    expect(sourceHost('http://hanoiecommerce.com/2019/02/28/remarks')).toBeUndefined()
  })

  it('fails a test host, a staging host, an unreviewed host and an unlabelled mirror (negative controls)', () => {
    expect(isTestOrStagingHost('web.test.ohchr.un-icc.cloud')).toBe(true)
    expect(isTestOrStagingHost('digital-staging.thehill.com')).toBe(true)
    expect(isTestOrStagingHost('digital-stage.thehill.com')).toBe(true)
    expect(isTestOrStagingHost('news.un.org')).toBe(false)
    expect(isTestOrStagingHost('missilethreat.csis.org')).toBe(false)
    expect(sourceAddressProblems(entry('OHCHR press release', 'http://web.test.ohchr.un-icc.cloud/en/press-releases/2014/02/x'), SOURCE_HOSTS))
      .toEqual(['data/sources.ts: entry "HR-01": OHCHR press release (web.test.ohchr.un-icc.cloud): a test or staging host; link the original publisher or an official archive (fact pack, section 12)'])
    expect(sourceAddressProblems(entry('White House transcript', 'http://hanoiecommerce.com/2019/02/28/remarks'), SOURCE_HOSTS)[0])
      .toMatch(/hanoiecommerce\.com\): host not reviewed/)
    expect(sourceAddressProblems(entry('Scoop (OHCHR release)', 'http://www.scoop.co.nz/stories/x.htm'), SOURCE_HOSTS)[0])
      .toMatch(/scoop\.co\.nz is a mirror of OHCHR; say so in the outlet text/)
    expect(sourceAddressProblems(entry('UN News (mirror)', 'https://news.un.org/en/story/2014/02/462062'), SOURCE_HOSTS)[0])
      .toMatch(/labelled a mirror, but data\/source-hosts\.ts lists news\.un\.org as official/)
    expect(sourceAddressProblems([], [{ host: 'digital-staging.thehill.com', outlet: 'The Hill', kind: 'newspaper' }])).toHaveLength(1)
  })
})
