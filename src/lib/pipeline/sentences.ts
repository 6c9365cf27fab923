/** One sentence of the article, with its character offsets in the original text. */
export interface Sentence {
  /** 1-based position in the article. */
  index: number;
  text: string;
  start: number;
  end: number;
}

/**
 * Splits the article into sentences. Each line is a paragraph; inside a line, a sentence ends
 * at `.`, `!` or `?` (and any closing quote) followed by a space and a capital letter, except
 * after a one- or two-digit number, so that German ordinal dates ("8. November") stay whole
 * while a year ("2023.") still ends its sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line !== null; line = lineRe.exec(text)) {
    const lineStart = line.index;
    const content = line[0];
    const boundary = /(?<!(?:^|\D)\d{1,2})[.!?][“”"»«’]?(?=\s+[\p{Lu}„“"«»©])/gu;
    let from = 0;
    const pieces: Array<[number, number]> = [];
    for (let m = boundary.exec(content); m !== null; m = boundary.exec(content)) {
      pieces.push([from, m.index + m[0].length]);
      from = m.index + m[0].length;
    }
    pieces.push([from, content.length]);
    for (const [a, b] of pieces) {
      const raw = content.slice(a, b);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed === '') continue;
      const start = lineStart + a + lead;
      sentences.push({ index: sentences.length + 1, text: trimmed, start, end: start + trimmed.length });
    }
  }
  return sentences;
}
