/**
 * How relation lines are stroked: the dash and line ends of each kind, and the arrowhead of a
 * directed relation. Part of the site's one visual encoding (see this folder's README).
 */
import type { RelationKind } from '../schema/relation';

/** How a line of one relation kind is stroked. */
export interface KindStroke {
  /** The SVG dash pattern; '' is a solid line. */
  dash: string;
  /** The line's ends: round for the dotted line of events. */
  cap: 'butt' | 'round';
}

/**
 * The stroke of each relation kind, in every view, so the kind never rests on colour alone;
 * `events` is the dotted line of a pair that only has events in the window.
 */
export const kindStrokes: Readonly<Record<RelationKind | 'events', KindStroke>> = {
  ally: { dash: '', cap: 'butt' },
  friendly: { dash: '9 4', cap: 'butt' },
  support: { dash: '16 4', cap: 'butt' },
  rapprochement: { dash: '9 3 2 3', cap: 'butt' },
  normalising: { dash: '2 4', cap: 'butt' },
  strained: { dash: '5 5', cap: 'butt' },
  hostile: { dash: '12 3 2 3 2 3', cap: 'butt' },
  'armed-conflict': { dash: '3 2', cap: 'butt' },
  events: { dash: '1 6', cap: 'round' },
};

/** The dash pattern of each relation kind ('' is a solid line), from `kindStrokes`. */
export const relationDash: Readonly<Record<RelationKind | 'events', string>> = Object.fromEntries(
  Object.entries(kindStrokes).map(([kind, stroke]) => [kind, stroke.dash]),
) as Record<RelationKind | 'events', string>;

/**
 * The arrowhead of a directed relation, in drawing units: its length along the line and its
 * half width across it. The graph's lines and its key draw the same head.
 */
export const arrowhead = Object.freeze({ length: 11, halfWidth: 7 });
