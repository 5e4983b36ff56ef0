// Reads prongsai.config.yaml text into a checked SiteConfig, or into problems an officer can fix: each
// names the line and the setting, and says what is wrong and what to write, in Thai and English.
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { SiteConfigSchema, type SiteConfig } from './site-config.ts';

export interface ConfigProblem {
  /** 1-based line in the file, or null when the problem is the whole file. */
  line: number | null;
  /** The setting, as a path: `contact.email`, `scope.laos[0].code`. */
  setting: string;
  th: string;
  en: string;
}

export type ConfigResult = { ok: true; config: SiteConfig } | { ok: false; problems: ConfigProblem[] };

/** Messages named by the schema's own checks (site-config.ts). */
const NAMED: Record<string, { th: string; en: string }> = {
  province: { th: 'ไม่ใช่ชื่อจังหวัด เขียนชื่อจังหวัดเป็นภาษาไทย เช่น อุทัยธานี', en: 'not a province of Thailand; write its name, e.g. อุทัยธานี or Uthai Thani' },
  laoCode: { th: 'รหัส อปท. ต้องเป็นตัวเลข 7 หลัก เช่น "6107101" (ใส่เครื่องหมายคำพูดครอบ)', en: 'an LAO code has 7 digits, e.g. "6107101" (in quotes)' },
  url: { th: 'ต้องเป็นที่อยู่เว็บเต็ม ขึ้นต้นด้วย https:// เช่น https://example.github.io/my-lao/', en: 'give the full address, starting with https://, e.g. https://example.github.io/my-lao/' },
  logo: { th: 'ไฟล์ตราสัญลักษณ์ต้องเป็น .png .svg .jpg หรือ .webp', en: 'the logo must be a .png, .svg, .jpg or .webp file' },
  email: { th: 'ไม่ใช่อีเมล เขียนแบบ info@example.go.th', en: 'not an e-mail address; write it like info@example.go.th' },
  phone: { th: 'เขียนเฉพาะตัวเลข เช่น 056 123 456', en: 'write digits only, e.g. 056 123 456' },
  language: { th: 'ใช้ th (ไทย) หรือ en (อังกฤษ)', en: 'use th (Thai) or en (English)' },
  thaiFirst: { th: 'เว็บไซต์มีภาษาไทยเสมอ เพิ่ม th ในรายการ', en: 'Thai (th) is always published; add th to the list' },
  languageTwice: { th: 'มีภาษาซ้ำในรายการ', en: 'a language is listed twice' },
};

const TYPE_NAMES: Record<string, { th: string; en: string }> = {
  string: { th: 'ข้อความ', en: 'text' },
  number: { th: 'ตัวเลข', en: 'a number' },
  array: { th: 'รายการ (แต่ละบรรทัดขึ้นต้นด้วย - )', en: 'a list (each line starting with - )' },
  object: { th: 'กลุ่มค่าย่อย (บรรทัดถัดไปย่อหน้าเข้าไป)', en: 'a group of settings (indented on the lines below)' },
};

export function parseSiteConfig(text: string): ConfigResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) return { ok: false, problems: doc.errors.map((error) => syntaxProblem(error.code, error.message, lineAt(error.pos[0]))) };
  if (doc.contents !== null && !isMap(doc.contents)) {
    return { ok: false, problems: [{ line: 1, setting: '', th: 'ไฟล์ต้องเป็นรายการ ชื่อ: ค่า ทีละบรรทัด เช่น title:', en: 'The file must be a list of `name: value` lines, e.g. title:' }] };
  }
  const parsed = SiteConfigSchema.safeParse(doc.toJS() ?? {}, { reportInput: true });
  if (parsed.success) return { ok: true, config: parsed.data };
  const problems = parsed.error.issues.flatMap((issue) => schemaProblems(issue, doc, lineAt));
  return { ok: false, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

function syntaxProblem(code: string, message: string, line: number): ConfigProblem {
  const tab = code === 'TAB_AS_INDENT' || /tab/i.test(message);
  if (tab) return { line, setting: '', th: 'ใช้แท็บย่อหน้า ให้ใช้ช่องว่าง (เคาะ 2 ครั้ง) แทน', en: 'A tab is used to indent; use spaces (two) instead' };
  if (code === 'DUPLICATE_KEY') return { line, setting: '', th: 'ตั้งค่าเดียวกันซ้ำสองครั้ง ลบบรรทัดที่ซ้ำออก', en: 'The same setting is given twice; delete one of them' };
  return {
    line, setting: '',
    th: 'อ่านไฟล์ไม่ได้ตั้งแต่บรรทัดนี้ ตรวจการย่อหน้า (ใช้ช่องว่างเท่ากัน) เครื่องหมาย : หลังชื่อ และเครื่องหมายคำพูดที่เปิดแล้วไม่ปิด',
    en: `The file cannot be read from this line (${message.split('\n')[0]}); check the indentation (equal spaces), the colon after each name, and quotes opened and never closed`,
  };
}

function schemaProblems(issue: z.core.$ZodIssue, doc: Document, lineAt: (offset: number) => number): ConfigProblem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const lineOf = (at: (string | number)[]) => {
    for (let n = at.length; n >= 0; n--) {
      const node = doc.getIn(at.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      const pair = n > 0 ? keyNode(doc, at.slice(0, n)) : undefined;
      const offset = pair ?? node?.range?.[0];
      if (offset !== undefined) return lineAt(offset);
    }
    return null;
  };
  const setting = settingName(path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const known = knownKeys(path);
      const near = closest(key, known);
      return {
        line: lineOf([...path, key]), setting: settingName([...path, key]),
        th: `ไม่รู้จักการตั้งค่า "${key}"${near ? ` หมายถึง "${near}" หรือเปล่า` : ''} ที่ใช้ได้: ${known.join(', ')}`,
        en: `Unknown setting "${key}"${near ? `; did you mean "${near}"?` : ''} Known here: ${known.join(', ')}`,
      };
    });
  }
  const line = lineOf(path);
  const named = NAMED[issue.message];
  if (named) return [{ line, setting, ...named }];
  if ((issue.code === 'invalid_union' || issue.code === 'invalid_type') && issue.input === undefined && setting === 'title') {
    return [{ line, setting, th: 'ต้องมีชื่อเว็บไซต์ เช่น  title: ข้อมูลเปิด เทศบาลตำบลหนองขาหย่าง', en: 'The site needs a title, e.g.  title: Open data of Nong Kha Yang' }];
  }
  switch (issue.code) {
    case 'invalid_type': {
      // A code written without quotes is read as a number.
      if (path.at(-1) === 'code' && issue.input !== undefined) return [{ line, setting, ...NAMED.laoCode! }];
      const missing = issue.input === undefined;
      const kind = TYPE_NAMES[issue.expected] ?? { th: issue.expected, en: issue.expected };
      return [missing
        ? { line, setting, th: `ต้องมีการตั้งค่านี้ (${kind.th})`, en: `This setting is required (${kind.en})` }
        : { line, setting, th: `ค่าต้องเป็น${kind.th}`, en: `The value must be ${kind.en}` }];
    }
    case 'invalid_union': {
      // Report the branch the entry was meant for (the one with the fewest problems), not "matches none".
      const branch = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      const meant = branch?.length && !branch.some((i) => i.code === 'unrecognized_keys' || (i.code === 'invalid_type' && i.path.length === 0));
      if (meant) return branch.flatMap((inner) => schemaProblems({ ...inner, path: [...issue.path, ...inner.path] }, doc, lineAt));
      if (setting === 'title' || setting === 'description') {
        return [{ line, setting, th: 'เขียนเป็นข้อความ หรือแยกภาษา th: และ en: ในบรรทัดถัดไป', en: 'Write the text, or th: and en: on the lines below' }];
      }
      return [{ line, setting, th: 'แต่ละ อปท. ให้เขียน code: "รหัส 7 หลัก" หรือ name: ชื่อ อปท. (และ province: จังหวัด)', en: 'Give each LAO as code: "7 digits", or name: the LAO name (and province:)' }];
    }
    case 'invalid_value':
      return [{ line, setting, th: `ใช้ค่าใดค่าหนึ่งต่อไปนี้: ${issue.values.join(', ')}`, en: `Use one of: ${issue.values.join(', ')}` }];
    case 'invalid_key':
      return [{ line: lineOf(path), setting, th: `ไม่รู้จักชื่อเกณฑ์นี้ ที่ใช้ได้: ${knownKeys(path).join(', ')}`, en: `Unknown threshold; known: ${knownKeys(path).join(', ')}` }];
    case 'too_small':
      return [issue.origin === 'array'
        ? { line, setting, th: 'รายการนี้ต้องมีอย่างน้อยหนึ่งค่า', en: 'The list needs at least one entry' }
        : issue.origin === 'string'
          ? { line, setting, th: 'ค่านี้ว่างอยู่', en: 'The value is empty' }
          : { line, setting, th: `ค่าต้องไม่น้อยกว่า ${String(issue.minimum)}`, en: `The value must be at least ${String(issue.minimum)}` }];
    default:
      return [{ line, setting, th: `ค่าไม่ถูกต้อง (${issue.message})`, en: `The value is not valid (${issue.message})` }];
  }
}

/** The offset of a setting's name in the file, so that the line points at the name rather than the value. */
function keyNode(doc: Document, path: (string | number)[]): number | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === path.at(-1));
  return (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
}

function settingName(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The settings the schema allows at a place in the file. */
function knownKeys(path: (string | number)[]): string[] {
  let schema: unknown = SiteConfigSchema;
  for (const part of path) schema = childSchema(schema, part);
  const shape = objectShape(schema);
  if (shape) return Object.keys(shape).filter((k) => k !== '$schema');
  const keys = (unwrap(schema) as { _zod?: { def?: { keyType?: { options?: string[] } } } })._zod?.def?.keyType?.options;
  return keys ?? [];
}

function unwrap(schema: unknown): unknown {
  let s = schema as { _zod?: { def?: { innerType?: unknown; in?: unknown; type?: string } } };
  while (s?._zod?.def?.innerType || s?._zod?.def?.type === 'pipe') s = (s._zod.def.innerType ?? s._zod.def.in) as typeof s;
  return s;
}

function objectShape(schema: unknown): Record<string, unknown> | null {
  const s = unwrap(schema) as { _zod?: { def?: { shape?: Record<string, unknown>; options?: unknown[] } } };
  if (s?._zod?.def?.shape) return s._zod.def.shape;
  const options = s?._zod?.def?.options;
  if (options) return Object.assign({}, ...options.map((o) => objectShape(o) ?? {}));
  return null;
}

function childSchema(schema: unknown, part: string | number): unknown {
  const s = unwrap(schema) as { _zod?: { def?: { element?: unknown; valueType?: unknown } } };
  if (typeof part === 'number') return s?._zod?.def?.element;
  return objectShape(s)?.[part] ?? s?._zod?.def?.valueType;
}

/** The known name nearest a misspelt one (edit distance at most 2), if any. */
function closest(word: string, known: string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The problems as lines for a terminal or CI log: file:line, the setting, Thai, then English. */
export function formatConfigProblems(file: string, problems: readonly ConfigProblem[]): string {
  const head = `ไฟล์ตั้งค่า ${file} มีจุดที่ต้องแก้ ${problems.length} จุด / The configuration ${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix:`;
  const lines = problems.map((p) => {
    const where = `${file}${p.line ? `:${p.line}` : ''}${p.setting ? ` (${p.setting})` : ''}`;
    return `  ✗ ${where}\n    ${p.th}\n    ${p.en}`;
  });
  return [head, ...lines].join('\n');
}
