import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 390, height: 1600 } });
for (const [path, file] of process.argv.slice(2).map((a) => a.split('='))) {
  await p.goto('http://localhost:4399' + path);
  const el = await p.$(path.includes('#') ? `section[aria-labelledby="${path.split('#')[1]}"], #${path.split('#')[1]}` : 'main');
  await (el ?? p).screenshot({ path: file });
}
await b.close();
