/** Collapses every run of whitespace to one space and trims the ends. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Finds `quote` in `text`, treating any run of whitespace as equal to any other (and nothing
 * else: punctuation, quotation marks and letters must match exactly), as whole words: a quote
 * that starts or ends with a letter or digit does not match inside a longer word ("die" is not
 * found in "Dienstag"). Returns the offsets of the match in the original text, or undefined.
 */
export function findQuote(text: string, quote: string): { start: number; end: number } | undefined {
  const wanted = normalizeWhitespace(quote);
  if (wanted === '' || wanted.length > text.length) return undefined;
  const body = wanted
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const wordChar = /[\p{L}\p{N}]/u;
  const before = wordChar.test(wanted[0]!) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = wordChar.test(wanted.at(-1)!) ? '(?![\\p{L}\\p{N}])' : '';
  const match = new RegExp(`${before}${body}${after}`, 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}
