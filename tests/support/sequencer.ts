/**
 * Test file order for a run on few cores: the files known to take longest go first, so that no
 * worker is left alone with a long file at the end. Vitest's own order runs larger files first
 * until it has timed a run, which on a fresh clone starts small but slow files (the two files of
 * every page's checks call one shared function; a property test is short but runs the pipeline
 * hundreds of times) last.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * A vitest sequencer that moves the files named in `longest` (by base name, without
 * `.test.ts`), in that order, before the others, which keep vitest's order.
 */
export function longestFirst(longest: readonly string[]): typeof BaseSequencer {
  return class LongestFirst extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const rank = (file: TestSpecification) => {
        const i = longest.findIndex((name) => file.moduleId.endsWith(`/${name}.test.ts`));
        return i === -1 ? longest.length : i;
      };
      const base = await super.sort(files);
      return base.map((file, i) => ({ file, i })).sort((a, b) => rank(a.file) - rank(b.file) || a.i - b.i).map(({ file }) => file);
    }
  };
}
