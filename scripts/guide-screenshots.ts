// node scripts/guide-screenshots.ts [--site DIR] [--keep]
//
// Makes the screenshots of the publishing guide (docs/guide.th.md, docs/guide.en.md) into public/guide/,
// at a phone's width, small enough to commit (each under 150 KB):
//   check-data-log.png      what the "ตรวจข้อมูล / Check the data" step prints for a folder with a mistake
//   check-data-summary.png  the same report as the table GitHub shows on the run's page ($GITHUB_STEP_SUMMARY)
//   config-file.png         the part of starter/prongsai.config.yaml an officer edits, as the browser editor shows it
//   config-error.png        what the check prints when the configuration has a misspelt setting
//   site-home.png, site-lao.png, site-lao-quality.png
//                           the published site of one LAO, built from the starter's configuration and the sample CSVs
//
// The site is built into a temporary folder under the base path /my-lao/ (as GitHub Pages serves it). That
// build's import overwrites content/generated/, so the sample's import is run again afterwards. --site DIR
// reuses a site already built that way (its pages under DIR, served at /my-lao/); --keep keeps the
// temporary folder. GitHub's own pages cannot be captured here (no network): the guide describes them in words.
// Rerun by hand when the check's messages or the pages change, not in CI.
import './check-node.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { Page } from 'playwright-core';
import { launchChromium, serve } from '../tests/browser/serve.ts';
import { escapeXml } from '../src/lib/site/feed.ts';
import { GUIDE_IMAGE_BUDGET, GUIDE_IMAGE_LIMIT, pngSize } from '../src/lib/site/guide-readme.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'public/guide');
const BASE = '/my-lao/';
const LAO_ID = '5610401';
const PHONE = { width: 390, height: 844 };

const argv = process.argv.slice(2);
const keep = argv.includes('--keep');
const siteArg = argv.includes('--site') ? argv[argv.indexOf('--site') + 1] : undefined;
if (argv.includes('--site') && !siteArg) throw new Error('--site needs a folder');

/** The environment of a child run: none of this shell's PRONGSAI_ settings, then the given ones. */
function envWith(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PRONGSAI_')));
  return { ...env, ...extra };
}

function run(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  return spawnSync(process.execPath, args, { cwd: options.cwd ?? root, env: options.env ?? envWith({}), encoding: 'utf8', maxBuffer: 64 << 20 });
}

const tmp = mkdtempSync(join(tmpdir(), 'prongsai-guide-'));

// ---------------------------------------------------------------------------------------------
// 1. The one-LAO site: the starter's configuration beside the sample CSVs, built under /my-lao/.

let site: string;
if (siteArg) {
  site = resolve(siteArg);
} else {
  const repo = join(tmp, 'repo');
  cpSync(join(root, 'starter'), repo, { recursive: true });
  for (const f of readdirSync(join(root, 'data/sample')).filter((f) => f.endsWith('.csv'))) cpSync(join(root, 'data/sample', f), join(repo, 'data', f));
  site = join(tmp, 'site');
  console.log(`building the one-LAO site into ${site} …`);
  try {
    const built = spawnSync(process.execPath, ['scripts/build.ts', '--dist', site], {
      cwd: root,
      stdio: 'inherit',
      env: envWith({ PRONGSAI_CONFIG: join(repo, 'prongsai.config.yaml'), PRONGSAI_BASE: BASE, PRONGSAI_CACHE_DIR: join(tmp, 'cache') }),
    });
    if (built.status !== 0) throw new Error(`the build failed (exit ${built.status})`);
  } finally {
    // The build's import replaced content/generated/: put the sample's back for everyone else.
    console.log('restoring content/generated/ (node scripts/import.ts) …');
    const restored = run(['scripts/import.ts']);
    if (restored.status !== 0) console.error(`node scripts/import.ts failed: run it by hand\n${restored.stdout}\n${restored.stderr}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. The data check's outputs, run as the workflow runs it (the folder named as in the repository).

const checkRepo = join(tmp, 'check');
mkdirSync(join(checkRepo, 'data'), { recursive: true });
// An expense budget exported from Excel with two typical mistakes: an amount in words, a formula error.
const header = 'รหัส อปท.,ปีงบประมาณ,ขั้นตอน,ด้าน,แผนงาน,งาน,งบ,หมวด,ประเภท,รายการ,จำนวนเงิน,รหัสรายการ';
const line = (item: string, amount: string, id: number) =>
  `${LAO_ID},2568,อนุมัติ,ด้านบริการชุมชนและสังคม,แผนงานการศึกษา,งานระดับก่อนวัยเรียนและประถมศึกษา,งบดำเนินงาน,ค่าวัสดุ,วัสดุงานบ้านงานครัว,${item},${amount},B2568-000${id}`;
writeFileSync(
  join(checkRepo, 'data', 'งบรายจ่าย-2568.csv'),
  '\ufeff' + [header, line('วัสดุงานบ้านงานครัว', '"12,500"', 1), line('ค่าอาหารเสริม (นม)', '1.5 ล้าน', 2), line('ค่าอาหารกลางวัน', '"480,000"', 3), line('ค่าวัสดุเชื้อเพลิง', '#VALUE!', 4), line('วัสดุการศึกษา', '"35,000"', 5)].join('\r\n') + '\r\n',
);
const summaryFile = join(tmp, 'summary.md');
const checked = run([join(root, 'scripts/check-data.ts'), '--data', 'data', '--lang', 'th', '--summary', summaryFile], { cwd: checkRepo });
if (checked.status !== 1) throw new Error(`check-data should find errors (exit 1), exited ${checked.status}\n${checked.stderr}`);
const checkLog = checked.stdout;
// GitHub draws the summary's emoji as images; this machine has no emoji font, so they become marks DejaVu has.
const summaryHtml = (await (await createSatteriMarkdownProcessor({ syntaxHighlight: false })).render(readFileSync(summaryFile, 'utf8'))).code
  .replace(/❌/g, '<span class="bad">✗</span>')
  .replace(/⚠️?/g, '<span class="warn">⚠</span>')
  .replace(/✅/g, '<span class="good">✓</span>');

// A configuration with a misspelt setting, as the same step prints it (the check stops before reading any data).
const badConfig = readFileSync(join(root, 'starter/prongsai.config.yaml'), 'utf8').replace(/^title:/m, 'titel:');
writeFileSync(join(checkRepo, 'prongsai.config.yaml'), badConfig);
const configChecked = run([join(root, 'scripts/check-data.ts'), '--config', join(checkRepo, 'prongsai.config.yaml')], { cwd: checkRepo });
if (configChecked.status !== 2) throw new Error(`check-data should stop on the configuration (exit 2), exited ${configChecked.status}`);
const configLog = configChecked.stderr;

// ---------------------------------------------------------------------------------------------
// 3. Pages of our own for what is not a web page: logs styled like a CI run's, the file in an editor.

const shots = join(tmp, 'shots');
mkdirSync(shots);
symlinkSync(join(root, 'node_modules/@fontsource/sarabun'), join(shots, 'sarabun'), 'dir');

const PAGE_CSS = `
  * { box-sizing: border-box; }
  html { -webkit-text-size-adjust: 100%; }
  body { margin: 0; background: #fff; color: #1f2328; font: 15px/1.5 Sarabun, "DejaVu Sans", sans-serif; }
  .frame { padding: 10px; }
  .bar { display: flex; gap: 8px; align-items: center; font-weight: 700; padding: 8px 10px; border: 1px solid #d0d7de; border-bottom: 0; border-radius: 6px 6px 0 0; background: #f6f8fa; }
  .bad { color: #cf222e; } .good { color: #1a7f37; } .warn { color: #9a6700; }
  .log { background: #161b22; color: #e6edf3; border-radius: 0 0 6px 6px; padding: 8px 0; font: 12.5px/1.55 "DejaVu Sans Mono", Sarabun, monospace; }
  .log .l { display: grid; grid-template-columns: 2.6em 1fr; padding-right: 8px; }
  .log .n { color: #6e7681; text-align: right; padding-right: 0.7em; user-select: none; }
  .log .t { white-space: pre-wrap; overflow-wrap: anywhere; }
  .log .e { color: #ff7b72; font-weight: 700; } .log .w { color: #d29922; } .log .k { color: #7ee787; } .log .h { color: #79c0ff; }
  .log .cmd { color: #8b949e; }
  .editor { border: 1px solid #d0d7de; border-radius: 0 0 6px 6px; font: 12.5px/1.6 "DejaVu Sans Mono", Sarabun, monospace; padding: 6px 0; }
  .editor .l { display: grid; grid-template-columns: 2.6em 1fr; padding-right: 8px; }
  .editor .n { color: #6e7781; text-align: right; padding-right: 0.7em; }
  .editor .t { white-space: pre-wrap; overflow-wrap: anywhere; }
  .editor .c { color: #6e7781; } .editor .key { color: #0550ae; } .editor .mark { background: #fff8c5; }
  .summary { border: 1px solid #d0d7de; border-radius: 6px; padding: 4px 12px 8px; }
  .summary h2 { font-size: 18px; border-bottom: 1px solid #d8dee4; padding-bottom: 4px; margin: 8px 0; }
  .summary h3 { font-size: 15px; margin: 12px 0 6px; }
  .summary table { border-collapse: collapse; font-size: 13px; line-height: 1.4; margin: 6px 0; }
  .summary th, .summary td { border: 1px solid #d0d7de; padding: 4px 6px; text-align: left; vertical-align: top; }
  .summary tr:nth-child(2n) td { background: #f6f8fa; }
  .summary code { font: 11px "DejaVu Sans Mono", monospace; background: #eff1f3; padding: 1px 3px; border-radius: 4px; }
  .summary p { margin: 6px 0; }
`;

function pageHtml(body: string, lang = 'th'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="sarabun/400.css"><link rel="stylesheet" href="sarabun/700.css"><style>${PAGE_CSS}</style></head>
<body><main class="frame" hidden>${body}</main></body></html>`;
}

/** A CI log: numbered lines, the marks of the check coloured as a terminal would. */
function logLines(text: string, first: string[] = []): string {
  const lines = [...first, ...text.replace(/\n+$/, '').split('\n')];
  return lines
    .map((raw, i) => {
      const t = escapeXml(raw);
      const cls = /^\s*✗/.test(raw) ? 'e' : /^\s*!/.test(raw) ? 'w' : /^\s*✓|พร้อมเผยแพร่|ready to publish/.test(raw) ? 'k' : /^(สรุป|Summary)|^ไฟล์|^File/.test(raw) ? 'h' : i < first.length ? 'cmd' : '';
      return `<div class="l"><span class="n">${i + 1}</span><span class="t${cls ? ` ${cls}` : ''}">${t || ' '}</span></div>`;
    })
    .join('');
}

const stepBar = (name: string, ok: boolean) => `<div class="bar"><span class="${ok ? 'good' : 'bad'}" aria-hidden="true">${ok ? '✓' : '✗'}</span><span>${escapeXml(name)}</span></div>`;

writeFileSync(
  join(shots, 'log.html'),
  pageHtml(`${stepBar('ตรวจข้อมูล / Check the data', false)}<div class="log">${logLines(checkLog, ['Run npm run check-data'])}<div class="l"><span class="n"></span><span class="t e">Error: Process completed with exit code 1.</span></div></div>`),
);
writeFileSync(
  join(shots, 'config-error.html'),
  pageHtml(`${stepBar('ตรวจข้อมูล / Check the data', false)}<div class="log">${logLines(configLog, ['Run npm run check-data'])}<div class="l"><span class="n"></span><span class="t e">Error: Process completed with exit code 2.</span></div></div>`),
);
writeFileSync(join(shots, 'summary.html'), pageHtml(`<div class="summary">${summaryHtml}</div>`));

// The top of the configuration, down to the contact: the lines to change are marked.
const configLines = readFileSync(join(root, 'starter/prongsai.config.yaml'), 'utf8').split('\n');
const lastShown = configLines.findIndex((l) => l.startsWith('  email:')) + 1;
const shown = configLines.slice(0, lastShown);
const editor = shown
  .map((raw, i) => {
    let t = escapeXml(raw);
    if (/^\s*#/.test(raw)) t = `<span class="c">${t}</span>`;
    else t = t.replace(/^(\s*-?\s*)([A-Za-z]+):/, '$1<span class="key">$2</span>:');
    const mark = /^\s+(?:-\s+)?(th|en|name|province|phone|email):\s*\S/.test(raw);
    return `<div class="l${mark ? ' mark' : ''}"><span class="n">${i + 1}</span><span class="t">${t || ' '}</span></div>`;
  })
  .join('');
writeFileSync(join(shots, 'config.html'), pageHtml(`<div class="bar"><span>prongsai.config.yaml</span></div><div class="editor">${editor}</div>`));

// ---------------------------------------------------------------------------------------------
// 4. Screenshots.

/** The published site under its base path, as GitHub Pages serves https://<account>.github.io/my-lao/. */
const top = join(tmp, 'pages');
mkdirSync(top);
symlinkSync(site, join(top, BASE.replace(/\//g, '')), 'dir');
const pages = await serve(top);
const own = await serve(shots);
const browser = await launchChromium();
mkdirSync(out, { recursive: true });
const made: { name: string; bytes: number; width: number; height: number }[] = [];

/** Palette PNG when sharp is there (Astro's optional image dependency): text screenshots lose nothing visible. */
async function smaller(png: Buffer): Promise<Buffer> {
  try {
    const sharp = (await import('sharp')).default;
    const squeezed = await sharp(png).png({ palette: true, colours: 64, effort: 10, compressionLevel: 9 }).toBuffer();
    return squeezed.length < png.length ? squeezed : png;
  } catch {
    return png;
  }
}

async function save(name: string, png: Buffer): Promise<void> {
  const file = join(out, name);
  const bytes = await smaller(png);
  writeFileSync(file, bytes);
  const { width, height } = pngSize(bytes);
  made.push({ name, bytes: bytes.length, width, height });
}

async function ready(page: Page): Promise<void> {
  // fonts.ready can resolve before a unicode-range subset the first paint asked for has arrived: ask for the
  // Thai glyphs in both weights explicitly, then let a frame paint with them.
  await page.evaluate(async () => {
    await Promise.all(['400 16px Sarabun', '700 16px Sarabun'].map((font) => document.fonts.load(font, 'กขค')));
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

try {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, reducedMotion: 'reduce', locale: 'th-TH' });
  const page = await context.newPage();

  // Our own pages: the whole <main>, at most `max` pixels high.
  const own_ = async (file: string, name: string, width: number, max: number) => {
    await page.setViewportSize({ width, height: PHONE.height });
    await page.goto(`${own.origin}/${file}`);
    await ready(page);
    // Text laid out while the Thai subset was still on its way can keep its fallback boxes (seen on the log's
    // first lines), so these pages stay hidden until the fonts are in.
    await page.evaluate(() => document.querySelector('main')!.removeAttribute('hidden'));
    await ready(page);
    const box = (await page.locator('main').boundingBox())!;
    await save(name, await page.screenshot({ clip: { x: 0, y: 0, width, height: Math.min(Math.ceil(box.height), max) }, fullPage: true }));
  };
  await own_('log.html', 'check-data-log.png', PHONE.width, 1500);
  await own_('summary.html', 'check-data-summary.png', 640, 900);
  await own_('config.html', 'config-file.png', PHONE.width, 1400);
  await own_('config-error.html', 'config-error.png', PHONE.width, 700);

  // The published site at a phone's width: from the top of the page (or of its <main>, below the header the
  // home page's shot already shows) down to the end of the element named.
  const shot = async (path: string, name: string, until: string, max: number, from: 'page' | 'main' = 'page') => {
    await page.setViewportSize(PHONE);
    const response = await page.goto(`${pages.origin}${BASE}${path}`);
    if (!response || response.status() !== 200) throw new Error(`${BASE}${path}: ${response?.status()}`);
    await ready(page);
    const bottomOf = (selector: string, edge: 'top' | 'bottom') =>
      page.locator(selector).first().evaluate((el, e) => el.getBoundingClientRect()[e] + window.scrollY, edge);
    const start = from === 'main' ? Math.floor(await bottomOf('main', 'top')) : 0;
    const end = Math.ceil(await bottomOf(until, 'bottom')) + 12;
    await save(name, await page.screenshot({ clip: { x: 0, y: start, width: PHONE.width, height: Math.min(end - start, max) }, fullPage: true }));
  };
  await shot('', 'site-home.png', 'main h1 ~ *', 1100);
  await shot(`lao/${LAO_ID}/`, 'site-lao.png', '#five-years .chart-svg', 1100, 'main');
  const quality = `lao/${LAO_ID}/quality/`;
  if (statSync(join(site, quality), { throwIfNoEntry: false })?.isDirectory()) await shot(quality, 'site-lao-quality.png', '#quality-figures', 1100, 'main');
  else console.warn(`no ${quality} in the site: site-lao-quality.png not made`);
  await context.close();
} finally {
  await browser.close();
  await pages.close();
  await own.close();
  if (keep) console.log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

let total = 0;
for (const m of made) {
  total += m.bytes;
  const flag = m.bytes > GUIDE_IMAGE_LIMIT ? `  ← over ${GUIDE_IMAGE_LIMIT / 1000} KB` : '';
  console.log(`public/guide/${m.name}  ${m.width}×${m.height}  ${(m.bytes / 1000).toFixed(1)} KB${flag}`);
}
console.log(`total ${(total / 1000).toFixed(1)} KB (budget ${GUIDE_IMAGE_BUDGET / 1000} KB)`);
if (made.some((m) => m.bytes > GUIDE_IMAGE_LIMIT) || total > GUIDE_IMAGE_BUDGET) process.exitCode = 1;
