import { chromium } from 'playwright-core';
const [,, url, out, width='1280', scheme='light', full='1'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await p.goto(url, { waitUntil: 'load' });
await p.waitForTimeout(300);
await p.screenshot({ path: out, fullPage: full === '1' });
await b.close();
