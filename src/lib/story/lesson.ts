/**
 * The teaching page's lesson sequence, joined with the story: each part names its steps by id,
 * and the page shows them by number, with a link to the first. A part that names an unknown
 * step, or steps that do not follow each other, stops the build.
 */
import type { DataStoryStep } from '../data/types';

/** A part of the lesson as the page renders it. */
export interface LessonPartRow {
  first: number;
  last: number;
  minutes: number;
  task: string;
  questions: string[];
}

/** Resolves each part's step ids to the steps' numbers; throws on an unknown id or a gap. */
export function lessonParts(parts: readonly { steps: readonly string[]; minutes: number; task: string; questions: readonly string[] }[], steps: readonly DataStoryStep[]): LessonPartRow[] {
  const numberOf = new Map(steps.map((s) => [s.id, s.number]));
  return parts.map((part) => {
    const numbers = part.steps.map((id) => {
      const n = numberOf.get(id);
      if (n === undefined) throw new Error(`lesson: unknown story step "${id}"`);
      return n;
    });
    if (numbers.some((n, i) => i > 0 && n !== numbers[i - 1]! + 1)) throw new Error(`lesson: the steps ${part.steps.join(', ')} do not follow each other in the story`);
    return { first: numbers[0]!, last: numbers[numbers.length - 1]!, minutes: part.minutes, task: part.task, questions: [...part.questions] };
  });
}
