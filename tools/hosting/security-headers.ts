// The one home of the hosted deck's security policy. netlify.toml sends it as headers (a unit test,
// tests/unit/hosting.test.ts, checks the file says exactly this); the build writes the same CSP as a
// <meta> into index.html for hosts that cannot set headers (GitHub Pages, a university web space).
// tests/e2e/csp.spec.ts serves the built deck with these headers and visits every view.

/** Each directive and why it is there. Only the deck's own origin; no eval, no inline scripts. */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': `'none'`,
  'script-src': `'self'`,
  // Vue and Slidev set inline style attributes (slide scale, transitions, click-step visibility).
  'style-src': `'self' 'unsafe-inline'`,
  // Slidev's controls draw their icons as data: SVG images.
  'img-src': `'self' data:`,
  'font-src': `'self'`,
  // The service worker precaches the deck with fetch(), and Netlify sends this header with sw.js too.
  'connect-src': `'self'`,
  // The web app manifest and the service worker (the install and offline support).
  'manifest-src': `'self'`,
  'worker-src': `'self'`,
  'base-uri': `'none'`,
  'form-action': `'none'`,
  'frame-ancestors': `'none'`,
  'object-src': `'none'`,
}

/** Browsers ignore (and log an error for) these when the policy arrives as a <meta>. */
const HEADER_ONLY = new Set(['frame-ancestors'])

function render(directives: Record<string, string>): string {
  return Object.entries(directives).map(([name, value]) => `${name} ${value}`).join('; ')
}

export const CONTENT_SECURITY_POLICY = render(CSP_DIRECTIVES)

/** The same policy for a <meta http-equiv> tag: everything a meta can carry. */
export const META_CONTENT_SECURITY_POLICY = render(Object.fromEntries(
  Object.entries(CSP_DIRECTIVES).filter(([name]) => !HEADER_ONLY.has(name)),
))

/** Every header the host sends with every file. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // A lecture deck needs no sensors, camera, microphone, location, payments or USB.
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
}
