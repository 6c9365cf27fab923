/**
 * The rules by which a relation's tone is assigned, as rows for the about page: read from the
 * tables the views draw with (`toneOfKind`, `toneOfQuad`, the CAMEO roots), so the page cannot
 * describe another rule than the one the graph and the map follow.
 */
import { relationKinds, toneOfKind, type RelationKind } from '../schema/relation';
import { cameoRoots, quadClasses, quadClassOf } from '../schema/event';
import { toneOfQuad } from '../graph/graph-state';
import { toneStepOf } from '../encoding/tones';

/** A relation kind with its tone and the tone step it is drawn with. */
export interface KindToneRow {
  kind: RelationKind;
  tone: number;
  step: -2 | -1 | 0 | 1 | 2;
}

/** Every relation kind with its tone, from the most cooperative to the most hostile (data order on a tie). */
export function kindToneRows(): KindToneRow[] {
  return relationKinds
    .map((kind) => ({ kind, tone: toneOfKind[kind], step: toneStepOf(toneOfKind[kind]) }))
    .sort((a, b) => b.tone - a.tone);
}

/** A CAMEO quad class with the root codes it groups and the tone an event of that class counts with. */
export interface QuadToneRow {
  quad: (typeof quadClasses)[number];
  /** The first and last root code of the class ("01", "04"). */
  firstRoot: string;
  lastRoot: string;
  tone: number;
}

/** The four quad classes in CAMEO's order, each with its range of root codes and its tone. */
export function quadToneRows(): QuadToneRow[] {
  const roots = Object.keys(cameoRoots).sort() as (keyof typeof cameoRoots)[];
  return quadClasses.map((quad) => {
    const members = roots.filter((root) => quadClassOf(root) === quad);
    return { quad, firstRoot: members[0] as string, lastRoot: members[members.length - 1] as string, tone: toneOfQuad[quad] as number };
  });
}

/** A tone as the page prints it: with its sign and, in German, a decimal comma ("+0,5", "−2"). */
export function formatTone(tone: number, locale: 'de' | 'en'): string {
  return new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(tone).replace('-', '−');
}
