import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
for (const [path, name] of process.argv.slice(2).map((x) => x.split('='))) {
  const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
  await p.goto('http://127.0.0.1:4402' + path, { waitUntil: 'load' });
  await p.waitForTimeout(800);
  await p.emulateMedia({ media: 'print' });
  await p.pdf({ path: `/tmp/print-${name}.pdf`, format: 'A4' });
  await p.close();
}
await b.close();
