import type { Locale } from '../lib/locale';
import type { EmbeddableView } from '../lib/site/embeds';
import type { NavKey } from '../lib/site/pages';

/** The names of the pages in the main navigation; the type makes both languages name every page. */
export const navLabels: Record<Locale, Record<NavKey, string>> = {
  de: { home: 'Überblick', story: 'Schritt für Schritt', timeline: 'Zeitleiste', relations: 'Beziehungen', map: 'Karte', sources: 'Quellen', teach: 'Für den Unterricht' },
  en: { home: 'Overview', story: 'Step by step', timeline: 'Timeline', relations: 'Relations', map: 'Map', sources: 'Sources', teach: 'For teachers' },
};

/** The title of each embed (its iframe, its page, its oEmbed document), in each language. */
export const embedTitles: Record<Locale, Record<EmbeddableView['key'], string>> = {
  de: {
    timeline: 'Zeitleiste: Bergkarabach 2023',
    relations: 'Beziehungsnetz: USA, Aserbaidschan, Armenien, Russland 2023',
    map: 'Karte: Bergkarabach und der Südkaukasus 2023',
    story: 'Der Bericht Schritt für Schritt: Bergkarabach 2023',
  },
  en: {
    timeline: 'Timeline: Nagorno-Karabakh 2023',
    relations: 'Relations: the US, Azerbaijan, Armenia and Russia, 2023',
    map: 'Map: Nagorno-Karabakh and the South Caucasus, 2023',
    story: 'The report, step by step: Nagorno-Karabakh 2023',
  },
};
