/**
 * `npm test`: every check, in phases, with the steps that do not depend on each other run side by
 * side so that both cores stay busy (the type check is single-threaded, and so are the spelling
 * check and the lint; the unit tests' slowest file leaves one core to the build):
 *
 *   1. the data pipeline (`npm run data`);
 *   2. the type check, beside the spelling check followed by the lint;
 *   3. the unit tests, beside the build of the site from the data of phase 1;
 *   4. the tests of the built site in Chromium.
 *
 * Each step's output is printed whole when it ends, with its time; a phase whose step failed ends
 * the run with that step's exit code once its other steps have ended.
 */
import { spawn } from 'node:child_process';

/** The phases: each is a list of lanes run side by side, and each lane a list of npm scripts run in turn. */
const phases = [
  [['data']],
  [['check:types'], ['spell', 'lint']],
  [['test:unit'], ['build:site']],
  [['test:browser']],
];

/** Runs one npm script, collecting its output; resolves with its exit code and time in seconds. */
function run(script) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`\n── ${script} ${'─'.repeat(Math.max(3, 60 - script.length))}\n`);
      process.stdout.write(Buffer.concat(output));
      process.stdout.write(`── ${script}: ${code === 0 ? 'passed' : `failed (${signal ?? `exit ${code}`})`} in ${seconds.toFixed(1)} s\n`);
      resolve({ script, code: code ?? 1, seconds });
    });
  });
}

/** Runs a lane's scripts in turn, stopping at the first that fails. */
async function lane(scripts) {
  const results = [];
  for (const script of scripts) {
    const result = await run(script);
    results.push(result);
    if (result.code !== 0) break;
  }
  return results;
}

const total = performance.now();
const times = [];
for (const phase of phases) {
  const results = (await Promise.all(phase.map(lane))).flat();
  times.push(...results);
  const failed = results.find((r) => r.code !== 0);
  if (failed) {
    process.stdout.write(`\nnpm test: ${failed.script} failed.\n`);
    process.exit(failed.code);
  }
}
process.stdout.write(`\nnpm test: every step passed in ${((performance.now() - total) / 1000).toFixed(1)} s (${times.map((r) => `${r.script} ${r.seconds.toFixed(1)} s`).join(', ')}).\n`);
