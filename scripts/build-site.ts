/**
 * Builds the site into a fresh folder next to `dist/` and swaps it in only when `astro build`
 * succeeded, so a failed build leaves the last good site in place (and a running server keeps
 * serving it), as the data pipeline does with its output.
 * Usage: tsx scripts/build-site.ts [--out dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs `build` on a staging folder beside `outDir`; when it reports success, the staging folder
 * replaces `outDir`, else it is removed and `outDir` stays as it was. Returns whether it built.
 */
export function buildAndSwap(outDir: string, build: (stagingDir: string) => boolean): boolean {
  const target = resolve(outDir);
  const staging = `${target}.tmp-${process.pid}`;
  const previous = `${target}.old-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  let built = false;
  try {
    built = build(staging) && existsSync(staging);
  } finally {
    if (!built) rmSync(staging, { recursive: true, force: true });
  }
  if (!built) return false;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
  return true;
}

/** Runs `astro build` into `stagingDir`, its output on this process's terminal. */
export function astroBuild(stagingDir: string): boolean {
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'astro.js');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', stagingDir], { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const outDir = i > 0 ? process.argv[i + 1]! : 'dist';
  if (buildAndSwap(outDir, astroBuild)) {
    console.log(`build: the new site is in ${outDir}/`);
  } else {
    console.error(`build: astro build failed; ${outDir}/ was left as it was`);
    process.exitCode = 1;
  }
}
