/**
 * The site's Content-Security-Policy: everything from the site's own origin, no inline or
 * third-party scripts. Inline style attributes are allowed (the SVGs and Leaflet set styles).
 * `img-src` also allows data: and blob: URLs, which the PNG and SVG downloads use.
 */
const directives: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['frame-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/**
 * The policy as a header value. `frameAncestors` is left out of the `<meta>` form, where
 * browsers ignore it; the hosts' header files carry it (`'none'` for pages, `*` for embeds).
 */
export function contentSecurityPolicy(options: { meta?: boolean; frameAncestors?: string } = {}): string {
  const all = options.meta ? directives : [...directives, ['frame-ancestors', options.frameAncestors ?? "'none'"] as [string, string]];
  return all.map(([name, value]) => `${name} ${value}`).join('; ');
}
