import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { articleTextPath, buildDataset, inputPaths } from '../src/lib/pipeline/build-dataset';
import { formatDataError, sortDataErrors, type DataError } from '../src/lib/pipeline/errors';
import { serializeDataset } from '../src/lib/pipeline/serialize';

/** The outcome of one pipeline run on disk. */
export type RunResult = { ok: true; files: string[] } | { ok: false; errors: DataError[] };

/** The regular files under `dir`, and the entries that are not (symlinks, sockets, devices). */
function listFiles(dir: string): { files: string[]; others: string[] } {
  if (!existsSync(dir)) return { files: [], others: [] };
  const out = { files: [] as string[], others: [] as string[] };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = listFiles(full);
      out.files.push(...inner.files);
      out.others.push(...inner.others);
    } else if (entry.isFile()) out.files.push(full);
    else out.others.push(full);
  }
  return out;
}

/**
 * Reads every regular file under `<root>/data` into a map keyed by its project-relative path.
 * A symbolic link (to a folder or a file) or any other special entry is not followed: it is an
 * error, located to its path.
 */
export function readInputFiles(root: string): { inputs: Record<string, string>; errors: DataError[] } {
  const inputs: Record<string, string> = {};
  const { files, others } = listFiles(join(root, 'data'));
  const projectPath = (file: string) => relative(root, file).split(sep).join('/');
  for (const file of files.sort()) inputs[projectPath(file)] = readFileSync(file, 'utf8');
  const errors = others.sort().map((file) => ({ file: projectPath(file), line: 0, col: 0, message: 'not a regular file (a symbolic link?): data/ holds only plain files and folders' }));
  return { inputs, errors };
}

/** Reads every regular file under `<root>/data` into a map keyed by its project-relative path. */
export function readInputs(root: string): Record<string, string> {
  return readInputFiles(root).inputs;
}

/**
 * Runs the pipeline on `<root>/data` and writes the output folder `outDir` atomically: the new
 * files go to a sibling folder which replaces the old one only when everything was written.
 * On any error nothing is written and the last good output stays.
 */
export function runPipeline(root: string, outDir: string): RunResult {
  const { inputs, errors } = readInputFiles(root);
  const result = buildDataset(inputs);
  if (!result.ok || errors.length > 0) return { ok: false, errors: sortDataErrors([...errors, ...(result.ok ? [] : result.errors)]) };
  // Only the files the pipeline read: a stray file in data/ is neither shipped nor named.
  const read = new Set<string>([...Object.values(inputPaths), articleTextPath(result.dataset.manifest.article.textFile)]);
  result.dataset.manifest.inputs = Object.fromEntries(
    Object.entries(inputs)
      .filter(([path]) => read.has(path))
      .map(([path, text]) => [path, createHash('sha256').update(text, 'utf8').digest('hex')]),
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
