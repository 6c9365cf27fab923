import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder of an installed package, found from the project's `node_modules` up. */
export function packageDir(packageName: string): string {
  let from = process.cwd();
  for (;;) {
    const dir = join(from, 'node_modules', packageName);
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(from);
    if (up === from) throw new Error(`package ${packageName} is not installed`);
    from = up;
  }
}

/**
 * The licence text an npm package ships (its `LICENSE`, `LICENSE.md`, `LICENCE` …), read at build
 * time so the licences page carries each notice as the package states it (a package's own
 * licence only, not those of the tools it bundles for its own use). Throws when a package
 * has none, so a credited package without its notice stops the build.
 */
export function licenceTextOf(packageName: string): string {
  const dir = packageDir(packageName);
  const file = readdirSync(dir).find((name) => /^licen[cs]e(\.md|\.txt)?$/i.test(name));
  if (!file) throw new Error(`${packageName} ships no licence file`);
  // Vite's file goes on with the licences of the tools it bundles for the build, none of which ship.
  return readFileSync(join(dir, file), 'utf8').split(/^# Licenses of bundled dependencies/m)[0]!.trim();
}
