import type { Actor } from '../schema/actor';
import type { ArticleMeta, Exclusion } from '../schema/article';
import type { Dating } from '../schema/date';
import type { Event } from '../schema/event';
import type { Place } from '../schema/place';
import type { Relation } from '../schema/relation';
import type { Citation, Claim, LocalizedText } from '../schema/common';
import type { NotReached, StoryStep } from '../schema/story';

/**
 * What the pipeline used to derive a relative date: the report's date and, for a date after
 * another event, that event's title and last day. The views put it into words
 * (`src/i18n/derivation.ts`: "Monday before the Tuesday report: 27 November 2023").
 */
export interface Derivation {
  published: string;
  anchor?: { event: string; title: LocalizedText; end: string };
}

/** A date as the pipeline writes it: `end` always set, and, for relative phrases, how it was derived. */
export interface ResolvedDating extends Dating {
  end: string;
  derivation?: Derivation;
}

/** Where a quoted record sits in the article: character offsets and sentence numbers. */
export interface QuoteLocation {
  start: number;
  end: number;
  sentences: number[];
}

/** An event as written to `events.json`. */
export interface DataEvent extends Omit<Event, 'date'> {
  date: ResolvedDating;
  quoteLocation?: QuoteLocation;
}

/** A relation as written to `relations.json`. */
export interface DataRelation extends Omit<Relation, 'date'> {
  /** What the sources attest: `date.end` is the last day of evidence. */
  date: ResolvedDating;
  /**
   * The last day the views draw the relation: `date.end`, or for an open end the day a later
   * record of the pair replaces it, or the end of the period shown (`src/lib/pipeline/open-ends.ts`).
   */
  drawnEnd: string;
  tone: number;
  quoteLocation?: QuoteLocation;
}

/** An actor as written to `actors.json`. */
export interface DataActor extends Actor {
  quoteLocation?: QuoteLocation;
}

/** A place as written to `places.json` (and, as GeoJSON, to `places.geojson`). */
export interface DataPlace extends Place {
  quoteLocation?: QuoteLocation;
}

/** How one sentence of the article is accounted for. */
export interface CoverageRow {
  index: number;
  /** The first words of the sentence, so the site can name it without reproducing the text. */
  excerpt: string;
  /** Ids of the records that quote it ("event:phone-call"). */
  usedBy: string[];
  exclusion?: Pick<Exclusion, 'reason' | 'note'>;
}

/** Metadata of the article and the run, as written to `manifest.json`. */
export interface Manifest {
  generatedBy: string;
  article: ArticleMeta;
  /** SHA-256 of every input file, by path. */
  inputs: Record<string, string>;
  counts: { actors: number; places: number; events: number; relations: number; steps: number };
  coverage: { sentences: number; covered: number; excluded: number; percent: number; rows: CoverageRow[] };
}

/**
 * A step of the guided story as written to `story.json`: the step, its number (from 1), and what
 * its first record says about who speaks and when, with the sources of its records.
 */
export interface DataStoryStep extends StoryStep {
  number: number;
  /** The date of the step's first record, with its precision. */
  date: ResolvedDating;
  /** Where the step's first record comes from. */
  origin: 'article' | 'background';
  /** Whose account it is, where it is someone's account rather than the reporter's. */
  claim?: Claim;
  /** The citations of the step's records (background steps, and facts the article lacks). */
  citations: Citation[];
  /** Where the key words sit in the article (report steps). */
  quoteLocation?: QuoteLocation;
}

/** The guided story: its steps in order, and the article records it leaves out, with the reason. */
export interface DataStory {
  steps: DataStoryStep[];
  notReached: NotReached[];
}

/** Everything the pipeline produces, before serialisation. */
export interface Dataset {
  manifest: Manifest;
  /** The guided story; empty where the data has no `data/story.yaml`. */
  story: DataStory;
  actors: DataActor[];
  places: DataPlace[];
  events: DataEvent[];
  relations: DataRelation[];
}
