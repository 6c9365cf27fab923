/**
 * `npm run data`: validates `data/` and writes the generated JSON and CSV to
 * `src/generated/data/`. Exits non-zero with `file:line:col: message` lines on bad input.
 */
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { reportRun, runPipeline } from './run-pipeline';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src', 'generated', 'data');
process.exitCode = reportRun(runPipeline(root, outDir), relative(root, outDir));
