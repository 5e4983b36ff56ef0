// npm run check-data -- [--data DIR] [--lang th|en|both] [--strict] [--summary FILE] [--config FILE]
//
// Checks a data folder without building the site (the folder and the LAOs in scope as the build takes
// them from prongsai.config.yaml, if any), and explains each problem (file, Excel row, column,
// value, what is wrong, how to fix it) in Thai and English. Nothing is written, except the Markdown
// summary: to --summary FILE, else appended to $GITHUB_STEP_SUMMARY when set (GitHub Actions).
//
// Exit codes, so that CI can tell "the data has errors" from "the check did not run":
//   0  no errors (warnings allowed)
//   1  the data has errors (with --strict, warnings too)
//   2  the check could not run: an unknown option, no such data folder, an invalid configuration, or an unexpected failure
import './check-node.ts';
import { appendFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkVerdict, explainMarkdown, explainText, type ReportLang } from '../src/lib/issues/explain.ts';
import { checkDataFolder } from '../src/pipeline/check-data.ts';
import { parseCliArgs } from '../src/pipeline/cli-args.ts';
import { importSettings } from '../src/pipeline/import-settings.ts';
import { applySiteConfig } from '../src/pipeline/site-config-file.ts';

const USAGE = 'npm run check-data -- [--data DIR] [--lang th|en|both] [--strict] [--summary FILE] [--config FILE]';

function cannotRun(th: string, en: string): never {
  console.error(`${th}\n${en}`);
  process.exit(2);
}

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
let data: string | undefined;
let lang: ReportLang = 'both';
let strict = false;
let summary: string | undefined;
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i]!;
  const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
  const value = () => {
    const v = inline ?? argv[++i];
    if (v === undefined || v === '') cannotRun(`ตัวเลือก ${name} ต้องมีค่าตามหลัง เช่น ${name} data`, `Option ${name} needs a value. Usage: ${USAGE}`);
    return v;
  };
  if (name === '--data') data = value();
  else if (name === '--summary') summary = value();
  else if (name === '--config') value(); // read by applySiteConfig
  else if (name === '--strict' && inline === undefined) strict = true;
  else if (name === '--lang') {
    const v = value();
    if (v !== 'th' && v !== 'en' && v !== 'both') cannotRun(`--lang ต้องเป็น th, en หรือ both (ได้รับ “${v}”)`, `--lang must be th, en or both (got “${v}”)`);
    lang = v;
  } else if (name === '--help' || name === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else {
    cannotRun(`ไม่รู้จักตัวเลือก “${arg}” ใช้: ${USAGE}`, `Unknown option “${arg}”. Usage: ${USAGE}`);
  }
}

// The same folder as the import and the build: --data, else $PRONGSAI_DATA (or the configuration's data), else data/.
applySiteConfig(projectRoot);
const { dataDir } = parseCliArgs(data === undefined ? [] : ['--data', data], process.env, projectRoot);
const shown = relative(process.cwd(), dataDir);
const folder = shown === '' ? '.' : shown.startsWith('..') || isAbsolute(shown) ? dataDir : shown;
const kind = (() => {
  try {
    return statSync(dataDir).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
})();
if (kind === 'missing') {
  cannotRun(
    `ไม่พบโฟลเดอร์ข้อมูล ${folder} — สร้างโฟลเดอร์นี้แล้ววางไฟล์ CSV ที่ส่งออกจาก Excel ไว้ข้างใน หรือระบุโฟลเดอร์อื่นด้วย --data`,
    `The data folder ${folder} does not exist: create it and put the CSV files exported from Excel in it, or name another folder with --data`,
  );
}
if (kind === 'file') {
  cannotRun(`${folder} เป็นไฟล์ ไม่ใช่โฟลเดอร์ — ให้ --data เป็นโฟลเดอร์ที่มีไฟล์ CSV`, `${folder} is a file, not a folder: give --data the folder that holds the CSV files`);
}

try {
  const { report, facts } = await checkDataFolder(dataDir, importSettings(projectRoot));
  const options = { ...facts, lang, strict, folder };
  process.stdout.write(explainText(report, options));
  const markdown = explainMarkdown(report, options);
  if (summary) writeFileSync(summary, markdown);
  else if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown);
  process.exitCode = checkVerdict(report, strict).failed ? 1 : 0;
} catch (error) {
  cannotRun(`ตรวจข้อมูลไม่สำเร็จ เพราะเกิดข้อผิดพลาดที่ไม่คาดคิด: ${(error as Error).message}`, `The check could not run: ${(error as Error).stack ?? error}`);
}
