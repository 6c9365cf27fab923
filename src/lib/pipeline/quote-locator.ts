/**
 * The pipeline's quote stage: each record's quotation found in the article, and which sentences
 * of the article each record uses, for the coverage report and the story.
 */
import type { QuoteLocation } from '../data/types';
import type { DataError } from './errors';
import { findQuote } from './quotes';
import type { Sentence } from './sentences';
import { pushIssue, truncate } from './validate-records';
import type { YamlFile } from './yaml-file';

/** Finds quotations in the article and remembers which records use which sentence. */
export interface QuoteLocator {
  /**
   * Where `quote` stands in the article and which sentences it spans, recorded as used by
   * `owner` ("event:phone-call"); undefined, with the problem reported at `path`, when the
   * article does not contain it (and for no quote or no article).
   */
  locate(yaml: YamlFile, path: readonly (string | number)[], quote: string | undefined, owner: string): QuoteLocation | undefined;
  /** The owners that use each sentence, by sentence index. */
  usedBy: ReadonlyMap<number, ReadonlySet<string>>;
}

/** A locator over `article` (undefined when it could not be read) split into `sentences`. */
export function quoteLocator(article: string | undefined, sentences: readonly Sentence[], errors: DataError[]): QuoteLocator {
  const usedBy = new Map<number, Set<string>>();
  return {
    usedBy,
    locate(yaml, path, quote, owner) {
      if (quote === undefined || article === undefined) return undefined;
      const found = findQuote(article, quote);
      if (!found) {
        pushIssue(yaml, path, `quote not found in the article: "${truncate(quote)}"`, errors);
        return undefined;
      }
      const hit = sentences.filter((s) => s.start < found.end && found.start < s.end).map((s) => s.index);
      for (const n of hit) {
        if (!usedBy.has(n)) usedBy.set(n, new Set());
        usedBy.get(n)!.add(owner);
      }
      return { start: found.start, end: found.end, sentences: hit };
    },
  };
}
