import { formatDay } from '../format/dates';
import type { Locale } from '../locale';
import { fill } from '../text/fill';

/** What a citation of one view names. */
export interface CitationInput {
  siteName: string;
  viewTitle: string;
  /** The address of the view, with its state. */
  url: string;
  /** The access date, ISO (the reader's today; passed in, never read from a clock here). */
  accessed: string;
  locale: Locale;
  /** The citation's form, with `{site}`, `{title}`, `{accessed}` and `{url}` (`src/i18n/kit.ts`). */
  template: string;
}

/**
 * A ready citation in an APA-like form. The site has no publication date of its own, so the
 * templates say "n.d." / "o. J." as APA does.
 */
export function formatCitation({ siteName, viewTitle, url, accessed, locale, template }: CitationInput): string {
  return fill(template, { site: siteName, title: viewTitle, accessed: formatDay(accessed, locale), url });
}
