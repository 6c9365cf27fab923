/** Collapses every run of whitespace to one space and trims the ends. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Finds `quote` in `text`, treating any run of whitespace as equal to any other (and nothing
 * else: punctuation, quotation marks and letters must match exactly). Returns the offsets of
 * the match in the original text, or undefined.
 */
export function findQuote(text: string, quote: string): { start: number; end: number } | undefined {
  const wanted = normalizeWhitespace(quote);
  if (wanted === '') return undefined;
  const pattern = wanted
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const match = new RegExp(pattern, 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}
