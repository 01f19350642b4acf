// The hosting policy has one home, tools/hosting/security-headers.ts: netlify.toml must send exactly
// those headers, and the <meta> the build writes (for GitHub Pages) must carry the same policy
// minus what a <meta> cannot carry. Both deploys build the student deck as the bench measures it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../tools/hosting/security-headers.ts'
import { STUDENT_BUILD_ARGS } from '../../tools/shared/deck.ts'
import { ROOT } from '../../tools/shared/paths.ts'

/** The `[headers.values]` of the `for = "/*"` block of a netlify.toml, as name → value. */
function netlifyHeaders(toml: string): Record<string, string> {
  const block = /\[\[headers\]\]\s*for\s*=\s*"\/\*"\s*\[headers\.values\]([\s\S]*?)(?=\n\s*\[|$)/.exec(toml)
  if (!block)
    return {}
  return Object.fromEntries([...block[1]!.matchAll(/^\s*([\w-]+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*$/gm)]
    .map(([, name, value]) => [name!, JSON.parse(`"${value}"`) as string]))
}

const toml = readFileSync(join(ROOT, 'netlify.toml'), 'utf8')

describe('hosting headers', () => {
  it('netlify.toml sends exactly the headers of tools/hosting/security-headers.ts', () => {
    expect(netlifyHeaders(toml)).toEqual(SECURITY_HEADERS)
  })

  it('would notice a changed policy in netlify.toml (negative control)', () => {
    const loosened = toml.replace(`script-src 'self'`, `script-src 'self' 'unsafe-eval'`)
    expect(loosened).not.toBe(toml)
    expect(netlifyHeaders(loosened)).not.toEqual(SECURITY_HEADERS)
  })

  it('allows only the deck\'s own origin, no eval and no inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/)
    expect(CSP_DIRECTIVES['script-src']).toBe(`'self'`)
    expect(CSP_DIRECTIVES['default-src']).toBe(`'none'`)
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff')
    expect(SECURITY_HEADERS['Referrer-Policy']).toMatch(/^(?:no-referrer|same-origin|strict-origin)$/)
  })

  it('the <meta> policy is the header policy without frame-ancestors (ignored in a <meta>)', () => {
    expect(META_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY.replace(`; frame-ancestors 'none'`, ''))
  })
})

describe('the hosted build', () => {
  const scripts: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts
  const pagesWorkflow = readFileSync(join(ROOT, '.github', 'workflows', 'pages.yml'), 'utf8')

  it('is `npm run build:student`, built with the arguments the bench and the single file use', () => {
    expect(scripts['build:student']!.split(/\s+/)).toEqual(expect.arrayContaining(['slidev', 'build', ...STUDENT_BUILD_ARGS]))
    expect(toml).toMatch(/command = ".*npm run build:student\b/)
    expect(pagesWorkflow).toMatch(/run: npm run build:student\b/)
    // Negative control: the lecturer build (with notes) lacks them.
    expect(scripts['build:lecturer']!.split(/\s+/)).not.toEqual(expect.arrayContaining([...STUDENT_BUILD_ARGS]))
  })
})
