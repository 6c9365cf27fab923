import type { Locale } from '../lib/locale';
import type { Grammar } from '../lib/schema/actor';

/**
 * The site's interface strings, in one place. View-specific strings live beside them in
 * files of their own (`timeline.ts`, …) with the same shape.
 */
export const ui = {
  de: {
    siteName: 'Bergkarabach 2023 erklärt',
    siteTagline: 'Was ein Reuters-Bericht vom 28. November 2023 sagt, und was man wissen muss, um ihn zu verstehen',
    skipToContent: 'Zum Inhalt springen',
    nav: { label: 'Hauptnavigation', home: 'Überblick', sources: 'Quellen' },
    languageSwitch: 'English',
    languageSwitchLabel: 'Diese Seite auf Englisch',
    footer: {
      attribution: 'Quelle: Reuters, 28. Nov. 2023',
      licences: 'Code: MIT-Lizenz. Unsere Daten und Texte: CC BY 4.0. Zitate aus dem Artikel: © Reuters.',
      licencesLink: 'Verwendete Bibliotheken und Kartendaten',
      translation: 'Der Artikel liegt als deutsche Übersetzung eines englischen Reuters-Berichts vor; englische Übersetzungen der Zitate stammen von uns.',
    },
    origin: { article: 'aus dem Artikel', background: 'Hintergrund' },
    precision: { day: 'tagesgenau', month: 'monatsgenau', span: 'Zeitraum', vague: 'ungefähr' },
    quoteLabel: 'Im Artikel',
    translationLabel: 'Übersetzung (Englisch)',
    citationLabel: 'Quelle',
    correction: 'Korrektur',
    context: 'Hinweis',
    sourcesEntry: 'Eintrag in den Quellen',
    quoteCredit: 'Reuters, 28. Nov. 2023, deutsche Übersetzung',
    accountsIntro: 'Die Darstellungen beider Seiten, nebeneinander:',
    accountOf: (side: Grammar) => `Laut ${side.de.dat}`,
    accountInArticle: 'im Artikel',
    accountElsewhere: 'nicht im Artikel',
    accountSource: 'Quelle',
    /** The page reads the article in its own language: the quotation comes before its translation. */
    readsArticleLanguage: true,
    ogLocale: 'de_DE',
    dateCitationLabel: 'Datum',
    textVersion: 'Textfassung',
    openFullView: 'In voller Ansicht öffnen',
    linkBlocked: 'Dieser Rahmen darf keine neuen Fenster öffnen. Die Adresse zum Kopieren in einen neuen Tab:',
    printAddress: 'Adresse dieser Seite',
  },
  en: {
    siteName: 'Nagorno-Karabakh 2023, explained',
    siteTagline: 'What one Reuters report of 28 November 2023 says, and what you need to know to understand it',
    skipToContent: 'Skip to content',
    nav: { label: 'Main navigation', home: 'Overview', sources: 'Sources' },
    languageSwitch: 'Deutsch',
    languageSwitchLabel: 'This page in German',
    footer: {
      attribution: 'Source: Reuters, 28 Nov 2023',
      licences: 'Code: MIT licence. Our data and texts: CC BY 4.0. Quotations from the article: © Reuters.',
      licencesLink: 'Libraries and map data used',
      translation: 'The article is a German translation of an English Reuters report; the English translations of its quotations are ours.',
    },
    origin: { article: 'from the article', background: 'background' },
    precision: { day: 'exact day', month: 'month', span: 'period', vague: 'approximate' },
    quoteLabel: 'In the article',
    translationLabel: 'Translation',
    citationLabel: 'Source',
    correction: 'Correction',
    context: 'Note',
    sourcesEntry: 'Entry in the sources',
    quoteCredit: 'Reuters, 28 Nov 2023, German translation',
    accountsIntro: 'Both sides\' accounts, side by side:',
    accountOf: (side: Grammar) => `According to ${side.en.name}`,
    accountInArticle: 'in the article',
    accountElsewhere: 'not in the article',
    accountSource: 'Source',
    /** The page reads the article in translation: the translation comes first, the story shows it. */
    readsArticleLanguage: false,
    ogLocale: 'en_GB',
    dateCitationLabel: 'Date',
    textVersion: 'Text version',
    openFullView: 'Open in full view',
    linkBlocked: 'This frame may not open new windows. The address, to copy into a new tab:',
    printAddress: 'Address of this page',
  },
} as const satisfies Record<Locale, unknown>;

/** The interface strings for a locale. */
export function uiStrings(locale: Locale) {
  return ui[locale];
}
