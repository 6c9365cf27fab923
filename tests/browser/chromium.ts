/** Where the system Chromium is and how to start it, for the tests and the benchmarks. */
import { existsSync } from 'node:fs';

/** The system Chromium: `CHROME_PATH`, or Debian's `/usr/bin/chromium`. Fails with how to install it. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error('No Chromium found. Install it with `apt-get update && apt-get install -y chromium`, or set CHROME_PATH to a Chromium or Chrome binary.');
  }
  return found;
}

/** Flags that keep Chromium from calling home on a machine without a network. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
