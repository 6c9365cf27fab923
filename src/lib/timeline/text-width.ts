/**
 * Width of a text in a system sans-serif, estimated from its characters, so the layout can
 * place labels without measuring the DOM. The factors err on the wide side: a label drawn
 * narrower than estimated leaves a little space, never an overlap.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * 1.06;
}

function charWidth(ch: string): number {
  if (ch === ' ') return 0.3;
  if ('iljtfrI.,:;\'!|()[]’“”„‘'.includes(ch)) return 0.36;
  if ('mwMW@'.includes(ch)) return 0.92;
  if (/[0-9]/.test(ch)) return 0.58;
  if (ch === '–' || ch === '—' || ch === '…') return 0.75;
  if (ch !== ch.toLowerCase()) return 0.7;
  return 0.57;
}

/**
 * The text, cut at a word or character with an ellipsis so it fits `maxWidth`; the whole
 * text when it fits. Returns '' when not even one character and the ellipsis fit.
 */
export function truncateToWidth(text: string, fontSize: number, maxWidth: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  for (let n = chars.length - 1; n > 0; n--) {
    const cut = `${chars.slice(0, n).join('').trimEnd()}…`;
    if (estimateTextWidth(cut, fontSize) <= maxWidth) return cut;
  }
  return '';
}
