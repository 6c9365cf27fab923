/**
 * Where readers report an error: an address the publisher of a copy of the site names at build
 * time (`PUBLIC_CONTACT_URL`), since the project itself names none. Unset, the about page says
 * what a report should contain and that this copy names no address.
 */

/** A contact address the about page may link to. */
export interface Contact {
  href: string;
  /** What the link shows: the e-mail address, or the web address without its scheme. */
  text: string;
}

/**
 * Reads `PUBLIC_CONTACT_URL`: a `mailto:` address or an `https:` page. Unset or empty gives
 * undefined; anything else stops the build, so a typo never ships as a broken link.
 */
export function resolveContact(value: string | undefined): Contact | undefined {
  const given = value?.trim();
  if (!given) return undefined;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`PUBLIC_CONTACT_URL is not an address: ${JSON.stringify(given)} (expected mailto:… or https://…)`);
  }
  if (url.protocol === 'mailto:' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(url.pathname))) {
    return { href: url.href, text: decodeURIComponent(url.pathname) };
  }
  if (url.protocol === 'https:' && !url.username && !url.password) return { href: url.href, text: url.href.replace(/^https:\/\//, '') };
  throw new Error(`PUBLIC_CONTACT_URL must be a mailto: address or an https: page: ${JSON.stringify(given)}`);
}
