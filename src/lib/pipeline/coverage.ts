/**
 * The pipeline's coverage stage: every sentence of the article is used by a record or excluded
 * with a reason (a credit line, a caption fragment), and never both.
 */
import type { Exclusion } from '../schema/article';
import type { CoverageRow, Manifest } from '../data/types';
import type { DataError } from './errors';
import { findQuote } from './quotes';
import type { Sentence } from './sentences';
import { pushIssue, truncate, type Located } from './validate-records';
import type { YamlFile } from './yaml-file';

/** The article as the coverage stage reads it: its path, its text and its sentences. */
export interface CoveredArticle {
  path: string;
  text: string;
  sentences: readonly Sentence[];
}

/** The first `words` words of a sentence, so the site can name it without reproducing it. */
function excerptOf(text: string, words = 6): string {
  const parts = text.split(/\s+/);
  return parts.length > words ? `${parts.slice(0, words).join(' ')} …` : text;
}

/** The manifest's coverage summary: counts, the share accounted for, and a row per sentence. */
export type Coverage = Manifest['coverage'];

/**
 * The coverage of `article` by the records (`usedBy`, from the quote stage) and the exclusions
 * of `excluded`; reports each exclusion that is not in the article or excludes a used sentence,
 * and each sentence that is neither used nor excluded (at its line in the article's file).
 */
export function coverageOf(article: CoveredArticle | undefined, usedBy: ReadonlyMap<number, ReadonlySet<string>>, excluded: { yaml: YamlFile | undefined; list: Located<Exclusion>[] }, errors: DataError[]): Coverage {
  const sentences = article?.sentences ?? [];
  const excludedRows = new Map<number, Exclusion>();
  if (article !== undefined && excluded.yaml) {
    for (const { value: x, index } of excluded.list) {
      const found = findQuote(article.text, x.text);
      if (!found) {
        pushIssue(excluded.yaml, [index, 'text'], `excluded text not found in the article: "${truncate(x.text)}"`, errors);
        continue;
      }
      for (const s of sentences.filter((s) => s.start < found.end && found.start < s.end)) {
        if (usedBy.has(s.index)) pushIssue(excluded.yaml, [index, 'text'], `sentence ${s.index} is excluded but also used by ${[...usedBy.get(s.index)!].sort().join(', ')}`, errors);
        excludedRows.set(s.index, x);
      }
    }
  }
  const rows: CoverageRow[] = sentences.map((s) => {
    const x = excludedRows.get(s.index);
    return {
      index: s.index,
      excerpt: excerptOf(s.text),
      usedBy: [...(usedBy.get(s.index) ?? [])].sort(),
      ...(x ? { exclusion: { reason: x.reason, note: x.note } } : {}),
    };
  });
  if (article !== undefined) {
    for (const s of sentences) {
      if (usedBy.has(s.index) || excludedRows.has(s.index)) continue;
      const before = article.text.slice(0, s.start);
      const line = before.split('\n').length;
      const col = s.start - before.lastIndexOf('\n');
      errors.push({ file: article.path, line, col, message: `sentence ${s.index} is neither used by a record nor excluded: "${truncate(s.text, 60)}"` });
    }
  }
  const covered = rows.filter((r) => r.usedBy.length > 0).length;
  return { sentences: rows.length, covered, excluded: excludedRows.size, percent: rows.length ? Math.round(((covered + excludedRows.size) / rows.length) * 1000) / 10 : 0, rows };
}
