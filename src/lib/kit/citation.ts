import { formatDay, type Locale } from '../format/dates';

/** What a citation of one view names. */
export interface CitationInput {
  siteName: string;
  viewTitle: string;
  /** The address of the view, with its state. */
  url: string;
  /** The access date, ISO (the reader's today; passed in, never read from a clock here). */
  accessed: string;
  locale: Locale;
}

/**
 * A ready citation in an APA-like form. The site has no publication date of its own, so it
 * says "n.d." / "o. J." as APA does.
 */
export function formatCitation({ siteName, viewTitle, url, accessed, locale }: CitationInput): string {
  return locale === 'de'
    ? `${siteName}. (o. J.). ${viewTitle} [Interaktive Grafik]. Grundlage: Reuters, 28. Nov. 2023. Abgerufen am ${formatDay(accessed, 'de')}, von ${url}`
    : `${siteName}. (n.d.). ${viewTitle} [Interactive graphic]. Based on Reuters, 28 Nov 2023. Retrieved ${formatDay(accessed, 'en')}, from ${url}`;
}
