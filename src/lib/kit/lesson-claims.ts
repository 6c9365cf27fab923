/**
 * What each worksheet and teaching question takes for granted about the drawings, as data, so a
 * test can check it against the views on the dates the question names. A question keyed here is
 * answerable from what the views actually show; when the data changes under it, the test fails
 * and names the question.
 */

/** One thing a question relies on. */
export type LessonClaim =
  /** On `date`, the graph's line between the pair (`a--b` in node order) carries these relations. */
  | { kind: 'pair-relations'; date: string; pair: string; relations: string[] }
  /** Between two dates, exactly these pairs change their relations; every other line stays as it was. */
  | { kind: 'pairs-change'; from: string; to: string; pairs: string[] }
  /** The graph's slider stops at these dates. */
  | { kind: 'snap-dates'; dates: string[] }
  /** The map's exodus route runs through these places, in order, and the exodus is placed at `placedAt`. */
  | { kind: 'route'; places: string[]; placedAt: string }
  /** A record is someone's account: its claim is by `by`. */
  | { kind: 'claimed-by'; record: string; by: string }
  /** The exodus shows this many figures, each with who gives it. */
  | { kind: 'figures'; event: string; count: number }
  /** The event is dated by the weekday rule, to `date`. */
  | { kind: 'weekday-date'; event: string; date: string };

/**
 * The claims of each question, keyed `worksheet.<view>.<index>`, `teach.question.<index>` or
 * `teach.lesson.<view>`: the index of the question in both languages' lists.
 */
export const lessonClaims: Readonly<Record<string, readonly LessonClaim[]>> = {
  'worksheet.timeline.1': [{ kind: 'weekday-date', event: 'phone-call', date: '2023-11-27' }],
  'worksheet.relations.0': [{ kind: 'pair-relations', date: '2023-08-31', pair: 'usa--azerbaijan', relations: ['usa-azerbaijan-friendly'] }],
  'worksheet.relations.1': [
    { kind: 'claimed-by', record: 'usa-azerbaijan-damaged', by: 'aliyev-office' },
    { kind: 'claimed-by', record: 'statement-relations-damaged', by: 'aliyev-office' },
  ],
  'worksheet.relations.2': [
    { kind: 'pair-relations', date: '2023-11-28', pair: 'armenia--russia', relations: ['armenia-russia-ally', 'armenia-russia-distancing'] },
    { kind: 'pair-relations', date: '2023-11-28', pair: 'armenia--west', relations: ['armenia-west-rapprochement', 'west-aids-armenia'] },
  ],
  'worksheet.relations.3': [{ kind: 'pairs-change', from: '2023-11-28', to: '2023-12-06', pairs: ['usa--azerbaijan'] }],
  'worksheet.map.0': [{ kind: 'route', places: ['khankendi-stepanakert', 'kornidzor', 'goris', 'yerevan'], placedAt: 'kornidzor' }],
  'worksheet.map.2': [{ kind: 'figures', event: 'exodus', count: 3 }],
  'teach.lesson.relations': [{ kind: 'snap-dates', dates: ['2023-08-28', '2023-12-06'] }],
  'teach.question.0': [{ kind: 'weekday-date', event: 'phone-call', date: '2023-11-27' }],
  'teach.question.2': [
    { kind: 'pair-relations', date: '2023-11-27', pair: 'usa--azerbaijan', relations: ['usa-azerbaijan-strained', 'usa-azerbaijan-damaged'] },
    { kind: 'pair-relations', date: '2023-09-01', pair: 'usa--azerbaijan', relations: ['usa-azerbaijan-friendly'] },
  ],
  'teach.question.3': [{ kind: 'pair-relations', date: '2023-11-28', pair: 'armenia--russia', relations: ['armenia-russia-ally', 'armenia-russia-distancing'] }],
  'teach.question.4': [{ kind: 'route', places: ['khankendi-stepanakert', 'kornidzor', 'goris', 'yerevan'], placedAt: 'kornidzor' }],
};
