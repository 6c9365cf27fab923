import type { Locale } from '../lib/locale';

/** One glossary entry; `source` names the record or citation that backs it, where it states a fact. */
interface GlossaryEntry {
  term: string;
  text: string;
  /** Anchor on the sources page that backs the entry's facts. */
  anchor?: string;
}

/** One part of the lesson built on the guided story: the steps it walks (by id), its time, a task and questions. */
interface LessonPart {
  steps: string[];
  minutes: number;
  task: string;
  questions: string[];
}

/** Strings and lesson material of the teach page. */
export const teach: Record<
  Locale,
  {
    title: string;
    description: string;
    lede: string;
    viewsHeading: string;
    views: { key: string; name: string; shows: string; lesson: string }[];
    embedHeading: string;
    embedSteps: string[];
    embedFixed: string;
    downloadHeading: string;
    downloads: string[];
    printHeading: string;
    print: string;
    goalsHeading: string;
    goals: string[];
    questionsHeading: string;
    questions: { view: string; text: string }[];
    criticismHeading: string;
    criticismIntro: string;
    criticism: string[];
    glossaryHeading: string;
    glossary: GlossaryEntry[];
    citeHeading: string;
    cite: string;
    /** The link to the suggested citation on the sources page. */
    citeLink: string;
    /** The word before a worksheet's view name. */
    worksheet: string;
    /** The link from a glossary entry to its record on the sources page. */
    glossarySource: string;
    lessonHeading: string;
    lessonIntro: string;
    /** "Steps 1–3", from the first and last step number of a part. */
    lessonSteps: (first: number, last: number) => string;
    lesson: LessonPart[];
  }
> = {
  de: {
    title: 'Für den Unterricht',
    description: 'Wie Lehrkräfte die Zeitleiste, das Beziehungsnetz und die Karte zu Bergkarabach 2023 einbetten, herunterladen und drucken, mit Lernzielen, Fragen, Quellenkritik und Glossar.',
    lede: 'Alle Ansichten funktionieren ohne JavaScript, laden nichts von fremden Servern und lassen sich drucken. Jede Aussage führt zu ihrem Satz im Artikel oder zu ihrer Quelle.',
    viewsHeading: 'Was die Ansichten zeigen',
    views: [
      { key: 'timeline', name: 'Zeitleiste', shows: 'Die Ereignisse des Berichts (September bis 28. November 2023), was bis Januar 2024 folgte, und den Hintergrund seit 1988. Wie genau ein Datum bekannt ist, ist sichtbar: ein Punkt für einen Tag, ein Balken für einen Zeitraum, ein unscharfer Balken für Angaben wie „in den letzten Monaten“.', lesson: 'Zum Einstieg: Was geschah vor dem Telefonat vom 27. November 2023? Lassen Sie die Klasse zwischen den Zeiträumen „Der Artikel“ und „Hintergrund“ wechseln.' },
      { key: 'relations', name: 'Beziehungsnetz', shows: 'Die USA, Aserbaidschan, Armenien, Russland, die De-facto-Behörden Karabachs und „den Westen“ und wie sich ihre Beziehungen laut Bericht und Hintergrundquellen von Tag zu Tag ändern.', lesson: 'Schieben Sie den Regler vom 28. August bis zum 6. Dezember 2023 und lassen Sie beschreiben, was sich ändert und wer das jeweils sagt.' },
      { key: 'map', name: 'Karte', shows: 'Die Region mit den Orten des Berichts (mit beiden Namen, wo sie umstritten sind), den ungefähren Umriss Bergkarabachs, den Weg der Geflüchteten und die Zahlen dazu mit ihrer Herkunft.', lesson: 'Vergleichen Sie die drei Zahlen zur Flucht: Wer nennt welche Zahl, für welchen Tag?' },
    ],
    embedHeading: 'Einbetten (Moodle, Canvas, Google Classroom)',
    embedSteps: [
      'Öffnen Sie die Ansicht und stellen Sie ein, was die Klasse sehen soll (ein Ereignis, ein Datum, Ebenen der Karte). Die Adresse enthält diesen Zustand.',
      'Öffnen Sie „Einbetten“ unter der Ansicht und kopieren Sie den iframe-Code. Er enthält einen Titel für Bildschirmleseprogramme.',
      'Fügen Sie den Code im HTML-Modus Ihrer Plattform ein. Plattformen, die eingefügte Links selbst einbetten (oEmbed), erkennen auch die Adresse der Einbettung.',
    ],
    embedFixed: 'Entfernt Ihre Plattform Skripte, bleibt der iframe so hoch, wie im Code angegeben, und wird auf schmalen Bildschirmen, wo der Text mehr Zeilen braucht, höher; die Einbettung schneidet nichts ab. Mit Skripten passt sich die Höhe selbst an.',
    downloadHeading: 'Herunterladen',
    downloads: [
      'SVG und PNG (doppelte Auflösung für Folien) der aktuellen Ansicht, mit Quelle und Datum im Bild.',
      'Die Daten dahinter als CSV, mit Spaltennamen auf Deutsch: mit Semikolon für Excel mit deutschen Einstellungen, mit Komma für andere Programme; dazu JSON.',
      'Eine fertige Quellenangabe mit Abrufdatum und ein Alternativtext, den Sie unter ein Bild auf einer Folie setzen können.',
    ],
    printHeading: 'Drucken',
    print: 'Jede Seite lässt sich auf A4 und Letter drucken, auch schwarz-weiß: die Grafik, eine nummerierte Legende, der Text zur Grafik, die Quellen und die Adresse der Seite. Zu jeder Ansicht gibt es ein Arbeitsblatt mit Fragen und Platz für Antworten; es enthält die Sätze des Berichts, um die es in den Fragen geht, und lässt sich so auch ohne Bildschirm bearbeiten.',
    goalsHeading: 'Lernziele',
    goals: [
      'Die Ereignisse in Bergkarabach vom September 2023 bis zum Bericht Ende November zeitlich einordnen und mit dem Krieg von 1988 bis 1994 und dem von 2020 verbinden.',
      'Unterscheiden, was ein Bericht selbst feststellt und was er als Aussage einer Seite wiedergibt.',
      'Erklären, warum derselbe Ort zwei Namen hat, und beide nennen.',
      'Zahlen auf ihre Herkunft prüfen: Wer zählt, wann, und wie genau?',
    ],
    questionsHeading: 'Fragen zur Diskussion',
    questions: [
      { view: 'timeline', text: 'Der Bericht sagt „am Montag“. Wie lässt sich daraus das Datum bestimmen, und was braucht man dafür?' },
      { view: 'timeline', text: 'Welche Ereignisse stammen aus dem Artikel, welche aus anderen Quellen? Warum braucht der Bericht diesen Hintergrund?' },
      { view: 'relations', text: 'Wie beschreibt Baku die Beziehungen zu den USA am 27. November 2023, und wie hat der Artikel sie vor September beschrieben?' },
      { view: 'relations', text: 'Armenien wird „traditioneller Verbündeter Russlands“ genannt. Was deutet darauf hin, dass sich das ändert?' },
      { view: 'map', text: 'Der Weg der Geflüchteten führte durch den Latschin-Korridor, aber nicht durch die Stadt Latschin / Berdzor. Warum nicht? Was bedeutet ein „Korridor“?' },
    ],
    criticismHeading: 'Quellenkritik: eine Übung',
    criticismIntro: 'Lesen Sie mit der Klasse die Zitate auf der Quellenseite und beantworten Sie:',
    criticism: [
      'Der Text ist die deutsche Übersetzung einer englischen Agenturmeldung. Wo hat die Übersetzung einen Fehler? (Tipp: O’Briens Amt.)',
      'Welche Sätze gibt der Bericht als eigene Feststellung wieder, welche als Darstellung von Aliyevs Büro („sagte Baku“, „hieß es“)?',
      '„Keine Chance auf ein Weitermachen wie bisher“: Ist das O’Briens Wortlaut? Woran erkennt man, wer spricht?',
      'Baku und Washington schildern dasselbe Telefonat vom 27. November 2023 (unten nebeneinander). Was erwähnt jede Seite, was lässt sie weg, und warum könnte das so sein?',
      'Die Übersetzung schreibt „Abwanderung“, das englische Original „exodus“. Was ändert das Wort am Bild, das sich Leserinnen und Leser machen?',
      'Warum steht im Artikel „Khankendi“ und „Stepanakert“? Welchen Namen verwenden Sie, und warum?',
      '„Fast alle“ von 120.000; 100.417; 115.183: Wer nennt welche Zahl, und für welchen Zeitpunkt?',
    ],
    glossaryHeading: 'Glossar',
    glossary: [
      { term: 'Blitzoffensive', text: 'Ein Angriff, der in sehr kurzer Zeit entschieden ist. Im September 2023 dauerte die aserbaidschanische Offensive vom 19. bis zum Waffenstillstand am 20. September.', anchor: 'event-offensive' },
      { term: 'Exklave', text: 'Ein Teil eines Staatsgebiets, der vom übrigen Staat durch fremdes Gebiet getrennt ist. Nachitschewan ist eine Exklave Aserbaidschans.', anchor: 'place-nakhchivan' },
      { term: 'De-facto-Behörden (im Artikel „separatistische Behörden“)', text: 'Die Institutionen der selbst ausgerufenen Republik in Bergkarabach. Ihr Präsident Samvel Shahramanyan unterzeichnete am 28. September 2023 ein Dekret, sie bis zum 1. Januar 2024 aufzulösen; im Dezember 2023 sagte ein Berater, das Dekret sei aufgehoben worden.', anchor: 'event-dissolution-decree' },
      { term: 'Korridor (Latschin-Korridor)', text: 'Die Straßenverbindung zwischen Armenien und Bergkarabach, benannt nach der Stadt Latschin / Berdzor. Von November 2020 bis August 2022 führte sie durch die Stadt, und russische Friedenstruppen standen an ihr. Seit dem 30. August 2022 führt eine neue Straße an der Stadt vorbei zur Grenze bei Kornidzor. Ab dem 12. Dezember 2022 war der Korridor blockiert.', anchor: 'event-lachin-town-handover' },
      { term: 'OVKS (englisch CSTO)', text: 'Die Organisation des Vertrags über kollektive Sicherheit, ein Bündnis, dem Armenien angehört. Armeniens Ministerpräsident blieb ihrem Gipfel in Minsk am 23. November 2023 fern.', anchor: 'event-csto-summit-absence' },
      { term: 'Assistant Secretary of State', text: 'Leiter einer Abteilung des US-Außenministeriums, nicht Stellvertreter des Ministers. O’Brien war Assistant Secretary of State für europäische und eurasische Angelegenheiten. Die deutsche Übersetzung nennt ihn fälschlich „stellvertretenden Außenminister“.', anchor: 'actor-obrien' },
      { term: 'Agenturmeldung', text: 'Ein Bericht einer Nachrichtenagentur wie Reuters, den andere Medien übernehmen. Der Text hier ist eine Übersetzung einer solchen Meldung.' },
      { term: 'CAMEO', text: 'Ein Schema, das Ereignisse zwischen Staaten in Kategorien einordnet (etwa „konsultieren“, „missbilligen“, „kämpfen“) und diese in vier Klassen zusammenfasst: verbale und materielle Kooperation, verbaler und materieller Konflikt. Die Daten dieser Seite verwenden es.' },
    ],
    citeHeading: 'Diese Seite zitieren',
    cite: 'Eine Quellenangabe mit Abrufdatum erzeugt jede Ansicht unter „Herunterladen“; die allgemeine Form steht auf der Quellenseite.',
    citeLink: 'Zitiervorschlag',
    worksheet: 'Arbeitsblatt',
    glossarySource: 'Beleg',
    lessonHeading: 'Eine Stunde mit dem Bericht Schritt für Schritt',
    lessonIntro: 'Ein Vorschlag für 45 Minuten mit der geführten Fassung des Berichts: Jeder Link öffnet den genannten Schritt, auf dem Beamer oder auf den Geräten der Klasse. Ohne Geräte dient die gedruckte Fassung der Seite als Handout.',
    lessonSteps: (first, last) => (first === last ? `Schritt ${first}` : `Schritte ${first}–${last}`),
    lesson: [
      {
        steps: ['first-war', 'second-war', 'blockade'],
        minutes: 10,
        task: 'Den Hintergrund gemeinsam durchgehen: die beiden Kriege, die Waffenstillstände, die Blockade.',
        questions: ['Welche dieser Angaben stehen im Bericht, welche stammen aus anderen Quellen? Woran erkennen Sie das auf der Seite?', 'Was zeigt das Beziehungsnetz zwischen Aserbaidschan und Armenien in diesen Jahren?'],
      },
      {
        steps: ['parade', 'call', 'offensive', 'yerevan'],
        minutes: 10,
        task: 'Die ersten Sätze des Berichts lesen: das Foto, das Telefonat, die Offensive, die US-Unterstützung für Armenien.',
        questions: ['Wer sagt, dass die Beziehungen gefährdet seien? Wie macht der Bericht das kenntlich?', 'Wie ändert sich die Beziehung zwischen den USA und Aserbaidschan im Beziehungsnetz zwischen diesen Schritten?'],
      },
      {
        steps: ['damaged', 'obrien', 'normalisation'],
        minutes: 15,
        task: 'Bakus Erklärung zum Telefonat untersuchen, Satz für Satz; dazu auf der Quellenseite die Darstellung Washingtons lesen.',
        questions: ['Welche Worte stammen von Aliyevs Büro, welche vom Reporter, welche von O’Brien?', 'Was betont Baku, was Washington? Warum könnten beide Darstellungen desselben Telefonats verschieden sein?'],
      },
      {
        steps: ['exodus', 'aid', 'moscow'],
        minutes: 10,
        task: 'Die Folgen: die Flucht, die Hilfe für Armenien, Armeniens Abwendung von Moskau.',
        questions: ['Welches Wort verwendet die deutsche Übersetzung für die Flucht, welches das englische Original? Was ändert das?', '„In den letzten Monaten“: Wie zeichnet die Zeitleiste ein so ungenaues Datum?'],
      },
    ],
  },
  en: {
    title: 'For teachers',
    description: 'How teachers embed, download and print the timeline, the relationship graph and the map of Nagorno-Karabakh 2023, with learning goals, questions, source criticism and a glossary.',
    lede: 'Every view works without JavaScript, loads nothing from other hosts and prints. Every statement leads to its sentence in the article or to its source.',
    viewsHeading: 'What the views show',
    views: [
      { key: 'timeline', name: 'Timeline', shows: 'The events of the report (September to 28 November 2023), what followed until January 2024, and the background since 1988. How precisely a date is known is visible: a point for a day, a bar for a period, a blurred bar for phrases like “in recent months”.', lesson: 'To begin: what happened before the call of 27 November 2023? Let the class switch between the ranges “The article” and “Background”.' },
      { key: 'relations', name: 'Relationship graph', shows: 'The United States, Azerbaijan, Armenia, Russia, Karabakh\'s de facto authorities and “the West”, and how their relations change day by day according to the report and background sources.', lesson: 'Move the slider from 28 August to 6 December 2023 and ask what changes, and who says so each time.' },
      { key: 'map', name: 'Map', shows: 'The region with the places of the report (with both names where they are contested), the approximate outline of Nagorno-Karabakh, the refugees\' route and the numbers with where they come from.', lesson: 'Compare the three numbers on the exodus: who gives which number, for which day?' },
    ],
    embedHeading: 'Embedding (Moodle, Canvas, Google Classroom)',
    embedSteps: [
      'Open the view and set what the class should see (an event, a date, map layers). The address carries that state.',
      'Open “Embed” below the view and copy the iframe code. It includes a title for screen readers.',
      'Paste the code in your platform\'s HTML mode. Platforms that embed pasted links by themselves (oEmbed) also recognise the embed\'s address.',
    ],
    embedFixed: 'If your platform strips scripts, the iframe keeps the height given in the code, and grows on narrow screens, where the text takes more lines; the embed clips nothing. With scripts, the height adjusts itself.',
    downloadHeading: 'Downloads',
    downloads: [
      'SVG and PNG (double resolution for slides) of the current view, with source and date drawn into the image.',
      'The data behind it as CSV, with column names in English: with semicolons for Excel set to German or another language with a decimal comma, with commas for other programs; and JSON.',
      'A ready citation with the access date, and alt text you can put under an image on a slide.',
    ],
    printHeading: 'Printing',
    print: 'Every page prints in black and white on A4 and Letter: the graphic, a numbered legend, the text alternative, the sources and the page\'s address. Each view has a worksheet with questions and space for answers; it prints the sentences of the report that the questions ask about, so it works without a screen.',
    goalsHeading: 'Learning goals',
    goals: [
      'Place the events in Nagorno-Karabakh from September 2023 to the report at the end of November in time, and connect them with the war of 1988 to 1994 and that of 2020.',
      'Tell what a report states itself from what it passes on as one side\'s account.',
      'Explain why the same place has two names, and give both.',
      'Check numbers for where they come from: who counts, when, and how precisely?',
    ],
    questionsHeading: 'Questions for discussion',
    questions: [
      { view: 'timeline', text: 'The report says “on Monday”. How can the date be worked out, and what do you need for it?' },
      { view: 'timeline', text: 'Which events come from the article, which from other sources? Why does the report need this background?' },
      { view: 'relations', text: 'How does Baku describe relations with the US on 27 November 2023, and how did the article describe them before September?' },
      { view: 'relations', text: 'Armenia is called “a traditional ally of Russia”. What suggests that this is changing?' },
      { view: 'map', text: 'The refugees\' route ran through the Lachin corridor, but not through Lachin / Berdzor town. Why not? What does “corridor” mean?' },
    ],
    criticismHeading: 'Source criticism: an exercise',
    criticismIntro: 'Read the quotations on the sources page with the class and answer:',
    criticism: [
      'The text is the German translation of an English wire report. Where does the translation make a mistake? (Hint: O\'Brien\'s office.)',
      'Which sentences does the report give as its own finding, and which as the account of Aliyev\'s office (“Baku said”, “it said”)?',
      '“No chance of business as usual”: are these O\'Brien\'s words? How can you tell who is speaking?',
      'Baku and Washington give accounts of the same call of 27 November 2023 (side by side below). What does each side mention, what does it leave out, and why might that be?',
      'The translation says “Abwanderung” (emigration), the English original “exodus”. How does the word change the picture readers form?',
      'Why does the article say “Khankendi” and “Stepanakert”? Which name do you use, and why?',
      'Almost all of 120,000; 100,417; 115,183: who gives which number, and for which point in time?',
    ],
    glossaryHeading: 'Glossary',
    glossary: [
      { term: 'Lightning offensive (Blitzoffensive)', text: 'An attack decided within a very short time. In September 2023 the Azerbaijani offensive lasted from the 19th to the ceasefire on 20 September.', anchor: 'event-offensive' },
      { term: 'Exclave (Exklave)', text: 'A part of a state\'s territory separated from the rest of the state by foreign territory. Nakhchivan is an exclave of Azerbaijan.', anchor: 'place-nakhchivan' },
      { term: 'De facto authorities (in the article: “separatist authorities”)', text: 'The institutions of the self-declared republic in Nagorno-Karabakh. Its president, Samvel Shahramanyan, signed a decree on 28 September 2023 to dissolve them by 1 January 2024; in December 2023 an adviser said the decree had been annulled.', anchor: 'event-dissolution-decree' },
      { term: 'Corridor (Lachin corridor)', text: 'The road link between Armenia and Nagorno-Karabakh, named after Lachin / Berdzor town. From November 2020 to August 2022 it ran through the town, with Russian peacekeepers along it. Since 30 August 2022 a new road has bypassed the town to the border at Kornidzor. From 12 December 2022 the corridor was blockaded.', anchor: 'event-lachin-town-handover' },
      { term: 'CSTO (OVKS in German)', text: 'The Collective Security Treaty Organization, an alliance Armenia belongs to. Armenia\'s prime minister stayed away from its summit in Minsk on 23 November 2023.', anchor: 'event-csto-summit-absence' },
      { term: 'Assistant Secretary of State', text: 'The head of a bureau of the US State Department, not the secretary\'s deputy. O\'Brien was Assistant Secretary of State for European and Eurasian Affairs. The German translation wrongly calls him “stellvertretender Außenminister” (deputy foreign minister).', anchor: 'actor-obrien' },
      { term: 'Wire report (Agenturmeldung)', text: 'A report by a news agency such as Reuters that other media take over. The text here is a translation of such a report.' },
      { term: 'CAMEO', text: 'A scheme that sorts events between states into categories (such as “consult”, “disapprove”, “fight”) and groups them into four classes: verbal and material cooperation, verbal and material conflict. This site\'s data uses it.' },
    ],
    citeHeading: 'How to cite this site',
    cite: 'Every view makes a citation with the access date under “Downloads”; the general form is on the sources page.',
    citeLink: 'Citation',
    worksheet: 'Worksheet',
    glossarySource: 'Source',
    lessonHeading: 'A lesson with the report, step by step',
    lessonIntro: 'A plan for 45 minutes with the guided version of the report: each link opens the step it names, on the projector or on the class\'s devices. Without devices, the printed page serves as a handout.',
    lessonSteps: (first, last) => (first === last ? `Step ${first}` : `Steps ${first}–${last}`),
    lesson: [
      {
        steps: ['first-war', 'second-war', 'blockade'],
        minutes: 10,
        task: 'Go through the background together: the two wars, the ceasefires, the blockade.',
        questions: ['Which of these facts are in the report, and which come from other sources? How does the page show it?', 'What does the graph show between Azerbaijan and Armenia in these years?'],
      },
      {
        steps: ['parade', 'call', 'offensive', 'yerevan'],
        minutes: 10,
        task: 'Read the report\'s first sentences: the photo, the call, the offensive, US support for Armenia.',
        questions: ['Who says that relations were endangered? How does the report make that clear?', 'How does the relation between the US and Azerbaijan change in the graph between these steps?'],
      },
      {
        steps: ['damaged', 'obrien', 'normalisation'],
        minutes: 15,
        task: 'Examine Baku\'s statement on the call, sentence by sentence; then read Washington\'s account on the sources page.',
        questions: ['Which words are those of Aliyev\'s office, which the reporter\'s, which O\'Brien\'s?', 'What does Baku stress, and what Washington? Why might two accounts of the same call differ?'],
      },
      {
        steps: ['exodus', 'aid', 'moscow'],
        minutes: 10,
        task: 'The consequences: the exodus, the aid for Armenia, Armenia turning from Moscow.',
        questions: ['Which word does the German translation use for the exodus, and which the English original? What difference does it make?', '“In recent months”: how does the timeline draw a date that vague?'],
      },
    ],
  },
};
