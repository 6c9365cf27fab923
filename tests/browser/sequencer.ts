/**
 * The order of the test files of the built site: the files that open the most pages first, so
 * neither of the two workers is left alone with a long file at the end. Vitest's own order runs
 * larger files first until it has timed a run, and would start the two files of every page's
 * checks, which are small (they call one shared function), last.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The longest files, longest first; the others follow in vitest's order. */
const longestFirst = ['story', 'embed', 'pages-de', 'pages-en', 'map', 'home', 'timeline'];

/** Vitest's sequencer with the longest browser test files moved to the front. */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const i = longestFirst.findIndex((name) => file.moduleId.endsWith(`/${name}.test.ts`));
      return i === -1 ? longestFirst.length : i;
    };
    const base = await super.sort(files);
    return base.map((file, i) => ({ file, i })).sort((a, b) => rank(a.file) - rank(b.file) || a.i - b.i).map(({ file }) => file);
  }
}
