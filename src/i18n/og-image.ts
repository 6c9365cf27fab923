import type { Locale } from '../lib/locale';
import type { OgImageKey } from '../lib/site/og-image';

/** What each link preview shows, for `og:image:alt`: the drawing, then the words set around it. */
export const ogImageAlt: Record<Locale, Record<OgImageKey, string>> = {
  de: {
    home: 'Die Karte des Südkaukasus mit dem Fluchtweg aus Bergkarabach im September 2023 und daneben das Beziehungsnetz der USA, Aserbaidschans, Armeniens, Russlands, der Karabach-Behörden und des Westens; darüber der Name der Seite, darunter die Quelle und die Adresse.',
    timeline: 'Die Zeitleiste der Ereignisse des Berichts, in Spuren nach Akteuren; darüber der Titel und der gezeigte Zeitraum, darunter die Quelle und die Adresse.',
    relations: 'Das Beziehungsnetz der USA, Aserbaidschans, Armeniens, Russlands, der Karabach-Behörden und des Westens an einem Tag; darüber der Titel und das Datum, darunter die Quelle und die Adresse.',
    map: 'Die Karte des Südkaukasus mit Bergkarabach, den Orten, dem Fluchtweg im September 2023 und den nummerierten Ereignissen; darüber der Titel und der Zeitraum, darunter die Quelle und die Adresse.',
  },
  en: {
    home: 'The map of the South Caucasus with the exodus route from Nagorno-Karabakh in September 2023, and beside it the graph of relations between the US, Azerbaijan, Armenia, Russia, the Karabakh authorities and the West; above them the site\'s name, below them the source and the address.',
    timeline: 'The timeline of the report\'s events, in lanes by actor; above it the title and the period shown, below it the source and the address.',
    relations: 'The graph of relations between the US, Azerbaijan, Armenia, Russia, the Karabakh authorities and the West on one day; above it the title and the date, below it the source and the address.',
    map: 'The map of the South Caucasus with Nagorno-Karabakh, the places, the exodus route of September 2023 and the numbered events; above it the title and the period, below it the source and the address.',
  },
};
