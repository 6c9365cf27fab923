import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const steps = ['data', 'check:types', 'spell', 'lint', 'test:unit', 'build:site', 'test:browser'];
const made: string[] = [];

/** Runs `scripts/test-all.mjs` in a project whose npm scripts each print their name and exit with the given code (0 unless named). */
function runWith(exitCodes: Record<string, number>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'test-all-'));
  made.push(dir);
  mkdirSync(join(dir, 'scripts'));
  copyFileSync(join(__dirname, '..', '..', 'scripts', 'test-all.mjs'), join(dir, 'scripts', 'test-all.mjs'));
  const scripts = Object.fromEntries(steps.map((s) => [s, `node -e "console.log('ran ${s}'); process.exit(${exitCodes[s] ?? 0})"`]));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fixture', private: true, type: 'module', scripts }));
  const result = spawnSync('node', ['scripts/test-all.mjs'], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// Each test starts npm a dozen times; on a busy machine that can take longer than vitest's 5 s default.
describe('npm test (scripts/test-all.mjs)', { timeout: 60_000 }, () => {
  it('runs every step and passes when every step passes', () => {
    const { status, output } = runWith({});
    expect(status).toBe(0);
    for (const step of steps) expect(output).toContain(`ran ${step}`);
    expect(output).toContain('every step passed');
  });

  it('fails with the failing step\'s code, lets its phase finish, and runs nothing after it', () => {
    const { status, output } = runWith({ spell: 3 });
    expect(status).toBe(3);
    expect(output).toContain('ran check:types');
    expect(output).not.toContain('ran lint');
    expect(output).not.toContain('ran test:unit');
    expect(output).not.toContain('ran test:browser');
    expect(output).toContain('npm test: spell failed.');
  });

  it('fails when the last step fails', () => {
    const { status } = runWith({ 'test:browser': 1 });
    expect(status).toBe(1);
  });
});
