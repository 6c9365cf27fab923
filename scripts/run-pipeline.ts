import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildDataset } from '../src/lib/pipeline/build-dataset';
import { formatDataError, type DataError } from '../src/lib/pipeline/errors';
import { serializeDataset } from '../src/lib/pipeline/serialize';

/** The outcome of one pipeline run on disk. */
export type RunResult = { ok: true; files: string[] } | { ok: false; errors: DataError[] };

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** Reads every file under `<root>/data` into a map keyed by its project-relative path. */
export function readInputs(root: string): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const file of listFiles(join(root, 'data')).sort()) {
    inputs[relative(root, file).split(sep).join('/')] = readFileSync(file, 'utf8');
  }
  return inputs;
}

/**
 * Runs the pipeline on `<root>/data` and writes the output folder `outDir` atomically: the new
 * files go to a sibling folder which replaces the old one only when everything was written.
 * On any error nothing is written and the last good output stays.
 */
export function runPipeline(root: string, outDir: string): RunResult {
  const inputs = readInputs(root);
  const result = buildDataset(inputs);
  if (!result.ok) return result;
  result.dataset.manifest.inputs = Object.fromEntries(
    Object.entries(inputs).map(([path, text]) => [path, createHash('sha256').update(text, 'utf8').digest('hex')]),
  );
  const files = serializeDataset(result.dataset);
  const staging = `${outDir}.tmp-${process.pid}`;
  const previous = `${outDir}.old-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(staging, name), text);
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  return { ok: true, files: Object.keys(files).sort() };
}

/** Prints a run's outcome for the command line and returns the exit code. */
export function reportRun(result: RunResult, outDir: string): number {
  if (result.ok) {
    console.log(`data: wrote ${result.files.length} files to ${outDir}`);
    return 0;
  }
  for (const error of result.errors) console.error(formatDataError(error));
  console.error(`data: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}; the previous output was left as it was`);
  return 1;
}
