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
 * The text broken at its spaces into lines no wider than `maxWidth`, each as full as it can be;
 * a word wider than that keeps a line of its own. One line when the whole text fits.
 */
function fillLines(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    const joined = last < 0 ? word : `${lines[last]} ${word}`;
    if (last >= 0 && estimateTextWidth(joined, fontSize) <= maxWidth) lines[last] = joined;
    else lines.push(word);
  }
  return lines;
}

/**
 * The text in as few lines as fit `maxWidth`, balanced as CSS's `text-wrap: balance` does: the
 * narrowest width (in 4 px steps) that needs no more lines, so no word is left alone on the last.
 */
export function wrapToWidth(text: string, fontSize: number, maxWidth: number): string[] {
  let lines = fillLines(text, fontSize, maxWidth);
  for (let width = maxWidth - 4; width > 0; width -= 4) {
    const narrower = fillLines(text, fontSize, width);
    if (narrower.length > lines.length) break;
    lines = narrower;
  }
  return lines;
}
