import type { Locale } from '../lib/locale';
import type { AltTextStrings } from '../lib/kit/alt-text';

/** Strings of the lesson kit: embed dialog and downloads. */
export const kit = {
  de: {
    embed: 'Einbetten',
    embedIntro: 'Fügen Sie diesen Code in Moodle, Canvas, Google Classroom oder eine Webseite ein. Er zeigt die Ansicht im aktuellen Zustand.',
    snippetLabel: 'iframe-Code',
    copy: 'Kopieren',
    copied: 'Kopiert',
    preview: 'Vorschau',
    showPreview: 'Vorschau laden',
    embedLink: 'Adresse der Einbettung',
    downloads: 'Herunterladen',
    downloadsIntro: 'Alles entsteht in Ihrem Browser aus dieser Seite; nichts wird hochgeladen.',
    svg: 'Grafik als SVG',
    png: 'Grafik als PNG (2×)',
    csv: 'Daten als CSV (Komma)',
    csvSemicolon: 'Daten als CSV für Excel (Semikolon)',
    csvNote: 'Excel mit deutschen Einstellungen liest die Semikolon-Datei in Spalten; die Komma-Datei ist für andere Programme.',
    columns: {
      id: 'Kennung',
      title: 'Titel',
      start: 'Beginn',
      end: 'Ende',
      precision: 'Genauigkeit',
      origin: 'Herkunft',
      theme: 'Thema',
      actors: 'Akteure',
      place: 'Ort',
      claim_by: 'Aussage von',
      quote_de: 'Zitat (Deutsch)',
      translation_en: 'Übersetzung (Englisch)',
      citation: 'Quelle',
      from: 'Von',
      to: 'An',
      kind: 'Art',
      tone: 'Ton (−2 bis +2)',
      type: 'Typ',
      lat: 'Breite',
      lon: 'Länge',
      country: 'Land (ISO-Nummer)',
    },
    json: 'Daten als JSON',
    allData: 'Alle Daten',
    citation: 'Quellenangabe',
    altText: 'Alternativtext für Folien',
    imageSource: 'Quelle: Reuters, 28. Nov. 2023; Hintergrund: genannte Quellen',
    imageDate: 'Stand: {date}',
    imageSpan: 'Ereignisse vom {from} bis zum {to}',
  },
  en: {
    embed: 'Embed',
    embedIntro: 'Paste this code into Moodle, Canvas, Google Classroom or a web page. It shows the view in its current state.',
    snippetLabel: 'iframe code',
    copy: 'Copy',
    copied: 'Copied',
    preview: 'Preview',
    showPreview: 'Load preview',
    embedLink: 'Address of the embed',
    downloads: 'Downloads',
    downloadsIntro: 'Everything is made in your browser from this page; nothing is uploaded.',
    svg: 'Graphic as SVG',
    png: 'Graphic as PNG (2×)',
    csv: 'Data as CSV (comma)',
    csvSemicolon: 'Data as CSV for Excel (semicolon)',
    csvNote: 'Excel set to German or another language with a decimal comma reads the semicolon file into columns; the comma file is for other programs.',
    columns: {
      id: 'ID',
      title: 'Title',
      start: 'Start',
      end: 'End',
      precision: 'Precision',
      origin: 'Origin',
      theme: 'Theme',
      actors: 'Actors',
      place: 'Place',
      claim_by: 'Claim by',
      quote_de: 'Quotation (German)',
      translation_en: 'Translation (English)',
      citation: 'Source',
      from: 'From',
      to: 'To',
      kind: 'Kind',
      tone: 'Tone (−2 to +2)',
      type: 'Type',
      lat: 'Latitude',
      lon: 'Longitude',
      country: 'Country (ISO number)',
    },
    json: 'Data as JSON',
    allData: 'All data',
    citation: 'Citation',
    altText: 'Alt text for slides',
    imageSource: 'Source: Reuters, 28 Nov 2023; background: cited sources',
    imageDate: 'As of {date}',
    imageSpan: 'Events from {from} to {to}',
  },
} as const satisfies Record<Locale, unknown>;

/** What the kit's script needs in the page's language; the page hands it over as JSON, so the script carries no copy. */
export interface KitClientStrings {
  altText: AltTextStrings;
  /** The citation's form (`formatCitation`). */
  citation: string;
  /** The copy button's label once it has copied. */
  copied: string;
}

/** The kit script's strings per language; the type makes both languages give every key. */
export const kitClient: Record<Locale, KitClientStrings> = {
  de: {
    altText: {
      source: 'Quelle: Reuters, 28. Nov. 2023, und genannte Hintergrundquellen.',
      span: ' vom {first} bis zum {last}',
      items: ' Darunter: {list}.',
      itemsMore: ' Darunter: {list} und {more} weitere.',
      asOf: ' am {date}',
      views: {
        timeline: 'Zeitleiste zu Bergkarabach mit {count} Ereignissen{span}.{items} {source}',
        relations: 'Netz der Beziehungen zwischen den USA, Aserbaidschan, Armenien, Russland, den Karabach-Behörden und dem Westen{asOf}: {count} Beziehungen.{items} {source}',
        map: 'Karte des Südkaukasus mit Armenien, Aserbaidschan samt der Exklave Nachitschewan und dem ungefähren Umriss Bergkarabachs; {count} Orte und Ereignisse.{items} {source}',
      },
    },
    citation: '{site}. (o. J.). {title} [Interaktive Grafik]. Grundlage: Reuters, 28. Nov. 2023. Abgerufen am {accessed}, von {url}',
    copied: kit.de.copied,
  },
  en: {
    altText: {
      source: 'Source: Reuters, 28 Nov 2023, and cited background sources.',
      span: ' from {first} to {last}',
      items: ' Among them: {list}.',
      itemsMore: ' Among them: {list} and {more} more.',
      asOf: ' on {date}',
      views: {
        timeline: 'Timeline of Nagorno-Karabakh with {count} events{span}.{items} {source}',
        relations: 'Network of relations between the United States, Azerbaijan, Armenia, Russia, the Karabakh authorities and the West{asOf}: {count} relations.{items} {source}',
        map: 'Map of the South Caucasus showing Armenia, Azerbaijan with its Nakhchivan exclave and the approximate outline of Nagorno-Karabakh; {count} places and events.{items} {source}',
      },
    },
    citation: '{site}. (n.d.). {title} [Interactive graphic]. Based on Reuters, 28 Nov 2023. Retrieved {accessed}, from {url}',
    copied: kit.en.copied,
  },
};
