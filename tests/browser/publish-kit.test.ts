// The publishing kit tried as a new LAO would, following the guide (docs/guide.*.md): a repository holding
// only the configuration and CI definition the site offers for download and a folder of CSV exports runs its GitHub Actions workflow (and its GitLab CI
// pipeline) step by step on this machine (tests/workflow-runner.ts), and the site it publishes works
// under the Pages base path: no broken link or asset, the configuration's title, contact, scope and
// languages on the pages. A CSV with an error stops the workflow at the data check, before anything is built.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuide, STARTER_DOWNLOADS } from '../../src/lib/site/guide-readme.ts';
import { checkLinks, formatProblems } from '../link-check.ts';
import { runGithubWorkflow, runGitlabPipeline, StepFailed, type WorkflowRun } from '../workflow-runner.ts';
import { haveChromium, launchChromium, root, serve } from './serve.ts';

const SAMPLE = join(root, 'data/sample');
const LAO_NAME = 'เทศบาลตำบลหนองโพธิ์งาม';
const LAO_ID = '5610401';
const LICENCE = { id: 'OGL-TH', title: 'Open Government Licence Thailand', url: 'https://licence.example/ogl-th' };

/** Where the guide's step 5 tells the officer to create the publishing file. */
function workflowPathFromGuide(): string {
  const path = /`(\.github\/workflows\/[^`]+\.yml)`/.exec(readGuide('en', root))?.[1];
  if (!path) throw new Error('docs/guide.en.md no longer names the workflow file');
  return path;
}

/**
 * A new LAO repository made as the guide says: the CSV exports in data/ (step 2), the settings file the
 * site offers for download at the top (step 3), the publishing file at the path step 5 names. Nothing else.
 */
function newRepository(edit: (config: string) => string = (c) => c): string {
  const repo = mkdtempSync(join(tmpdir(), 'prongsai-lao-repo-'));
  mkdirSync(join(repo, 'data'));
  for (const file of readdirSync(SAMPLE).filter((f) => f.endsWith('.csv'))) cpSync(join(SAMPLE, file), join(repo, 'data', file));
  const download = (name: string) => readFileSync(join(root, STARTER_DOWNLOADS[name]!), 'utf8');
  writeFileSync(join(repo, 'prongsai.config.yaml'), edit(download('prongsai.config.yaml')));
  const workflow = join(repo, workflowPathFromGuide());
  mkdirSync(dirname(workflow), { recursive: true });
  writeFileSync(workflow, download('publish.yml'));
  writeFileSync(join(repo, '.gitlab-ci.yml'), download('gitlab-ci.yml'));
  return repo;
}

const machineEnv = (): NodeJS.ProcessEnv => {
  // The trial stands alone: no setting of this project's own run leaks into it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PRONGSAI_')));
  return env;
};

/** Serves a published folder under its base path, as GitHub Pages does: https://example.github.io/my-lao/. */
async function serveUnder(published: string, base: string) {
  const top = mkdtempSync(join(tmpdir(), 'prongsai-pages-'));
  const parts = base.split('/').filter(Boolean);
  mkdirSync(join(top, ...parts.slice(0, -1)), { recursive: true });
  symlinkSync(published, join(top, ...parts), 'dir');
  return serve(top);
}

describe.skipIf(!haveChromium)('a new LAO repository published through the GitHub Actions workflow', () => {
  let repo: string;
  let run: WorkflowRun;
  let browser: Browser;

  beforeAll(async () => {
    // The officer's own logo, licence and threshold, as the starter's comments show.
    repo = newRepository((config) => config
      .replace('# logo: logo.png', 'logo: logo.svg')
      .replace(/^# licence:\n(?:#   .*\n)+/m, `licence:\n  id: ${LICENCE.id}\n  title: ${LICENCE.title}\n  url: ${LICENCE.url}\n`)
      .replace('# redFlags:\n#   thresholds:\n#     minimumBidders: 3', 'redFlags:\n  thresholds:\n    minimumBidders: 4'));
    writeFileSync(join(repo, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="#0b5"/></svg>');
    run = runGithubWorkflow(join(repo, '.github/workflows/publish.yml'), { workspace: repo, projectRoot: root, pagesUrl: 'https://example.github.io/my-lao', env: machineEnv() });
    browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it('checks the data before it builds, and publishes the built site', () => {
    const names = run.steps.map((s) => s.name);
    expect(names.findIndex((n) => n.includes('Check the data'))).toBeLessThan(names.findIndex((n) => n.includes('Build the site')));
    const check = run.steps.find((s) => s.name.includes('Check the data'))!;
    expect(check.output).toMatch(/ready to publish/i);
    expect(run.published).toBe(join(repo, '_site'));
  });

  it('publishes the LAO in scope only, and reports the other rows as outside the scope', () => {
    const site = run.published!;
    expect(readdirSync(join(site, 'lao'))).toEqual([LAO_ID]);
    const quality = JSON.parse(readFileSync(join(site, 'data/quality.json'), 'utf8')) as { totals: { rowsRead: number; rowsImported: number; rowsRejected: number; rowsOutOfScope?: number } };
    const t = quality.totals;
    expect(t.rowsOutOfScope).toBeGreaterThan(0);
    expect(t.rowsImported + t.rowsRejected + (t.rowsOutOfScope ?? 0)).toBe(t.rowsRead);
    expect(readFileSync(join(site, 'data/quality/index.html'), 'utf8')).toContain('<th scope="col" class="num">นอกขอบเขตเว็บไซต์</th>');
    expect(readFileSync(join(site, 'about/index.html'), 'utf8')).toContain(`อีก ${t.rowsOutOfScope!.toLocaleString('en')} แถวเป็นข้อมูลของ อปท. นอกขอบเขต`);
  });

  it('names the configuration’s licence on every page, on the about page and in the downloads', () => {
    const site = run.published!;
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain(`เผยแพร่ภายใต้สัญญาอนุญาต ${LICENCE.title} ข้อมูลต้นทาง`);
    expect(readFileSync(join(site, 'en/vendor', readdirSync(join(site, 'vendor'))[0]!, 'index.html'), 'utf8')).toContain(`published under ${LICENCE.title};`);
    expect(readFileSync(join(site, 'about/index.html'), 'utf8')).toContain(`<a href="${LICENCE.url}" rel="license" data-field="licence">${LICENCE.title}</a>`);
    const datapackage = JSON.parse(readFileSync(join(site, `download/lao/${LAO_ID}/datapackage.json`), 'utf8')) as { licenses: { name: string; path: string }[] };
    expect(datapackage.licenses[0]).toMatchObject({ name: LICENCE.id, path: LICENCE.url });
  });

  it('computes red flags with the threshold the configuration sets, and says so', () => {
    const methodology = readFileSync(join(run.published!, 'flags/methodology/index.html'), 'utf8');
    expect(methodology).toContain('ค่าที่เว็บไซต์นี้กำหนดเอง (prongsai.config.yaml)');
  });

  it('has no broken internal link or asset under the base path', () => {
    const result = checkLinks(run.published!, { base: '/my-lao/', site: 'https://example.github.io' });
    expect(result.pages).toBeGreaterThan(20);
    expect(result.problems, formatProblems(result.problems.slice(0, 20))).toEqual([]);
  });

  it('shows the configuration’s title and contact, in both languages, and works in Chromium under /my-lao/', async () => {
    const served = await serveUnder(run.published!, '/my-lao/');
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
      await page.goto(`${served.origin}/my-lao/lao/${LAO_ID}/`);
      expect(await page.title()).toContain('ข้อมูลเปิด เทศบาลตำบลหนองโพธิ์งาม');
      expect(await page.locator('h1').innerText()).toContain(LAO_NAME);
      expect(await page.locator('.site-contact').innerText()).toContain('กองคลัง เทศบาลตำบลหนองโพธิ์งาม');
      expect(await page.locator('.site-logo').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(40);
      await page.locator('.lang-switch').click();
      expect(page.url()).toBe(`${served.origin}/my-lao/en/lao/${LAO_ID}/`);
      expect(await page.title()).toContain('Open data of Nong Pho Ngam');
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await served.close();
    }
  });
});

describe('the workflow stops at the data check when a CSV has an error', () => {
  it('fails the check step, names the file, and builds nothing', () => {
    const repo = newRepository();
    try {
      // An Excel workbook uploaded as is, instead of saved as CSV.
      writeFileSync(join(repo, 'data/งบประมาณ.xlsx'), Buffer.from('504b030414000600', 'hex'));
      let failure: unknown;
      try {
        runGithubWorkflow(join(repo, '.github/workflows/publish.yml'), { workspace: repo, projectRoot: root, pagesUrl: 'https://example.github.io/my-lao', env: machineEnv() });
      } catch (error) {
        failure = error;
      }
      expect(failure).toBeInstanceOf(StepFailed);
      expect((failure as StepFailed).step).toContain('Check the data');
      expect((failure as StepFailed).output).toContain('งบประมาณ.xlsx');
      expect(existsSync(join(repo, '_site'))).toBe(false);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  }, 300_000);
});

describe('a Thai-only site published through the GitLab CI pipeline', () => {
  let repo: string;
  let run: WorkflowRun;

  beforeAll(() => {
    repo = newRepository((config) => config.replace('languages: [th, en]', 'languages: [th]'));
    run = runGitlabPipeline(join(repo, '.gitlab-ci.yml'), { workspace: repo, projectRoot: root, pagesUrl: 'https://example.gitlab.io/my-lao', env: machineEnv() });
  }, 600_000);
  afterAll(() => {
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it('runs the check job, then the pages job', () => {
    expect(run.steps.map((s) => s.name)).toEqual(['check-data', 'pages']);
    expect(run.published).toBe(join(repo, 'public'));
  });

  it('publishes no English pages and no language switch, with no broken link under the base path', () => {
    const site = run.published!;
    expect(existsSync(join(site, 'en'))).toBe(false);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).not.toContain('class="lang-switch"');
    const result = checkLinks(site, { base: '/my-lao/', site: 'https://example.gitlab.io' });
    expect(result.problems, formatProblems(result.problems.slice(0, 20))).toEqual([]);
  });
});
