import type { Plugin } from 'vite'
import { META_CONTENT_SECURITY_POLICY } from '../hosting/security-headers.ts'

/** GitHub Pages and plain web spaces cannot send headers: the policy rides in the page. */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'deck:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', 'content': META_CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    }],
  }
}
