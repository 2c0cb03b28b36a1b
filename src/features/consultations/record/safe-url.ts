/**
 * The address to link to, or null when a source's URL is not a web address: only http and https
 * become links (never `javascript:` or `data:`), whatever a stored record holds.
 */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
