/** Per test file: leaves the shared Chromium once the file's tests have run. */
import { afterAll } from 'vitest';
import { disconnectBrowser } from './harness';

afterAll(disconnectBrowser);
