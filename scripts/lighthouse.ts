// npm run lighthouse -- [--dist DIR] [--runs N]: Lighthouse (mobile, simulated throttling) on the home page,
// the largest LAO-year page and the LAO overview (plan projects), served with gzip.
// Prints performance and accessibility scores and key metrics as Markdown; for a missed target
// (performance ≥ 95, accessibility 100) it lists the audits that lose points. Exits 1 on a miss.
// With --runs N each page is measured N times and the run with the median performance score is kept.
import './check-node.ts';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, haveSite, largestLaoYear, pick, serve } from '../tests/browser/serve.ts';

const TARGETS = { performance: 95, accessibility: 100 } as const;

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '1' } },
});
const RUNS = Math.max(1, Number(values.runs) || 1);
const dir = resolve(values.dist!);
if (!haveSite(dir)) {
  console.error(`${dir} has no index.html — build the site first (node scripts/build.ts --dist ${values.dist}).`);
  process.exit(2);
}

const p = pick(dir);
const pages = [
  { name: 'home', path: '/' },
  { name: 'largest LAO-year', path: largestLaoYear(dir) },
  { name: 'LAO overview', path: `/lao/${p.lao}/` },
];

const served = await serve(dir, { gzip: true });
const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'] });

interface Row {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  fcp: string;
  lcp: string;
  tbt: string;
  cls: string;
  bytes: number;
  losses: string[];
  spread: number[];
}
const rows: Row[] = [];
try {
  for (const page of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${served.origin}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      if (!result) throw new Error(`no Lighthouse result for ${page.path}`);
      if (result.lhr.runtimeError)
        throw new Error(`${page.path}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      runs.push(result.lhr);
    }
    runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = runs[Math.floor((runs.length - 1) / 2)]!;
    const spread = runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100));
    const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id: string): string => lhr.audits[id]?.displayValue ?? '–';
    const losses: string[] = [];
    for (const [id, target] of Object.entries(TARGETS)) {
      if (score(id) >= target) continue;
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
        const nodes =
          audit.details && 'items' in audit.details
            ? (audit.details.items as { node?: { selector?: string } }[])
                .map((item) => item.node?.selector)
                .filter(Boolean)
                .slice(0, 5)
            : [];
        losses.push(
          `${id}: ${ref.id} (score ${audit.score}, weight ${ref.weight})${audit.displayValue ? ` ${audit.displayValue}` : ''} — ${audit.title}${nodes.length ? ` [${nodes.join(', ')}]` : ''}`,
        );
      }
    }
    if (score('performance') < TARGETS.performance) {
      // What the diagnostics blame: layout-shift culprits and main-thread work.
      const items = (id: string): Record<string, unknown>[] => {
        const d = lhr.audits[id]?.details;
        return d && 'items' in d ? (d.items as Record<string, unknown>[]) : [];
      };
      for (const item of items('layout-shifts').slice(0, 5)) {
        const node = (item.node as { selector?: string; snippet?: string } | undefined) ?? {};
        const sub = item.subItems as { items?: { cause?: string; extra?: { value?: string } }[] } | undefined;
        const causes = (sub?.items ?? []).map((c) => `${c.cause ?? ''}${c.extra?.value ? ` ${c.extra.value}` : ''}`).join('; ');
        losses.push(`  layout shift ${Number(item.score ?? 0).toFixed(3)} at ${node.selector ?? node.snippet ?? '?'}${causes ? ` — ${causes}` : ''}`);
      }
      const work = items('mainthread-work-breakdown')
        .slice(0, 5)
        .map((i) => `${String(i.groupLabel ?? i.group)} ${Math.round(Number(i.duration))} ms`);
      if (work.length) losses.push(`  main-thread work: ${work.join(', ')}`);
    }
    rows.push({
      ...page,
      performance: score('performance'),
      accessibility: score('accessibility'),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      bytes: Number(lhr.audits['total-byte-weight']?.numericValue ?? 0),
      losses,
      spread,
    });
  }
} finally {
  chrome.kill();
  await served.close();
}

console.log(`Lighthouse, mobile with simulated throttling, on ${dir}${RUNS > 1 ? ` (median of ${RUNS} runs)` : ''}\n`);
console.log('| page | path | performance | accessibility | FCP | LCP | TBT | CLS | total bytes |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.name} | \`${r.path}\` | ${r.performance}${RUNS > 1 ? ` (${r.spread.join('/')})` : ''} | ${r.accessibility} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.bytes.toLocaleString('en-US')} |`,
  );
const missed = rows.filter((r) => r.performance < TARGETS.performance || r.accessibility < TARGETS.accessibility);
for (const r of missed) console.log(`\nTarget missed on ${r.path}:\n${r.losses.map((l) => `- ${l}`).join('\n')}`);
if (missed.length) process.exit(1);
