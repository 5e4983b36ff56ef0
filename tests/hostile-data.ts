// Hostile copy of the sample data (tests/browser/hostile.test.ts): every free-text field of every input
// format carries script and HTML payloads, each tagged with a marker naming the file, the field and the
// payload, so that a leak says which field leaked. Rows stay valid: the payload is put after the real
// text (formula payloads before it, since a spreadsheet only runs a cell that starts like a formula), and
// the same input value always gets the same payload, so project-level columns that repeat on each
// contract row still agree.
//
// Left alone, because they identify or link records, or are read as numbers, dates or codes and would be
// rejected or ignored (not rendered as text): LAO codes, province names, LAO types, fiscal years, budget
// phases, amounts, dates, plan periods, indicator targets and results, project ids, budget line ids,
// plan project ids (but for three, replaced consistently in every file: HOSTILE_IDS), tax ids (but for
// one deliberately invalid tax id, which the quality report shows as it was written), coordinates and the e-GP geometry (not imported). LAO names link the files of an
// LAO (several files name it only by name), so one LAO — เทศบาลตำบลหนองโพธิ์งาม — is renamed with a
// payload (with no spaces: see hostileName) after its real name in every file that names it, including
// the สขร.1 heading; the others keep their names.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** Every marker starts with this; a page's scripts must never contain it. */
export const MARKER_PREFIX = 'HX-';

/** The payloads; `{M}` is the marker. `prefix` ones go before the real text, the others after it. */
export const PAYLOADS = [
  { id: 'script', text: `<script>window.__pwned=(window.__pwned||[]).concat('{M}')</script>` },
  { id: 'img', text: `<img src=x onerror="window.__pwned=(window.__pwned||[]).concat('{M}')" data-pwned="{M}">` },
  { id: 'svg', text: `"><svg onload=alert('{M}') data-pwned="{M}">` },
  { id: 'close', text: `</textarea></title></style><b data-pwned="{M}">` },
  { id: 'template', text: `{{constructor.constructor('alert("{M}")')()}}` },
  { id: 'literal', text: `\${alert('{M}')}` },
  { id: 'formula', text: `=HYPERLINK("http://evil.example","{M}") `, prefix: true },
  { id: 'at', text: `@SUM(1+1)*cmd|' /C calc'!A0 {M} `, prefix: true },
  { id: 'plus', text: `+HYPERLINK("http://evil.example","{M}") `, prefix: true },
  { id: 'minus', text: `-2+3+cmd|' /C calc'!A0 {M} `, prefix: true },
] as const;

/** Payloads for fields that become addresses (an LAO's website). */
export const URL_PAYLOADS = [
  { id: 'js', text: `javascript:alert('{M}')` },
  { id: 'attr', text: `https://x.example/"><svg onload=alert('{M}') data-pwned="{M}">` },
  { id: 'jsmixed', text: ` JaVaScRiPt:alert('{M}')` },
  { id: 'data', text: `data:text/html,<script>alert('{M}')</script>` },
] as const;

type Kind =
  /** Plain text: payload after it (or a formula before it); a blank cell gets a word and a payload. */
  | 'text'
  /** As text, but a blank cell stays blank (it would make a contract or a bidder out of nothing). */
  | 'text-keep-blank'
  /** 'name / price บาท' pairs, one per line or after ';': each name gets a payload. */
  | 'packed'
  /** สขร.1 'เลขที่ 16/2568 ลงวันที่ …': the payload goes after the number. */
  | 'contract-cell'
  /** An address: replaced by a URL payload. */
  | 'url';

interface FieldPlan {
  column: string;
  /** Short name of the field in markers: HX-<file tag>-<key>-<payload id>. */
  key: string;
  kind: Kind;
}

interface FilePlan {
  file: string;
  tag: string;
  fields: FieldPlan[];
}

const t = (column: string, key: string, kind: Kind = 'text'): FieldPlan => ({ column, key, kind });

const PROCUREMENT_FIELDS = [
  t('project_name', 'name'), t('method', 'method'), t('bidders', 'bidders', 'packed'),
  t('winner_name', 'winner', 'text-keep-blank'), t('contract_number', 'contract', 'text-keep-blank'), t('status', 'status'),
];
const EGP_FIELDS = [
  t('ชื่อโครงการ', 'name'), t('ชื่อประเภทโครงการ', 'type'), t('ชื่อหน่วยงานย่อย', 'subunit'),
  t('วิธีจัดซื้อฯ', 'methodgroup'), t('กลุ่มวิธีจัดซื้อฯ', 'method'), t('เขต/อำเภอ', 'district'), t('แขวง/ตำบล', 'subdistrict'),
  t('สถานะโครงการ', 'status'), t('ชื่อผู้ชนะ', 'winner', 'text-keep-blank'), t('เลขที่สัญญา', 'contract', 'text-keep-blank'),
  t('สถานะสัญญา', 'contractstatus'),
];

/** Which columns of which sample file carry payloads. */
export const PLAN: readonly FilePlan[] = [
  { file: 'organisations.csv', tag: 'org', fields: [t('อำเภอ', 'district'), t('เว็บไซต์', 'website', 'url')] },
  {
    file: 'plan-projects.csv', tag: 'plan',
    fields: [
      t('ยุทธศาสตร์', 'strategy'), t('แผนงาน', 'program'), t('โครงการ', 'project'), t('วัตถุประสงค์', 'objective'),
      t('เป้าหมาย', 'target'), t('ตัวชี้วัด', 'kpi'), t('ผลที่คาดว่าจะได้รับ', 'result'), t('หน่วยงานรับผิดชอบหลัก', 'unit'),
      t('สถานที่', 'location'),
    ],
  },
  { file: 'plan-indicators.csv', tag: 'ind', fields: [t('strategy', 'strategy'), t('indicator', 'indicator'), t('unit', 'unit'), t('internal_note', 'note')] },
  {
    file: 'budget-expense.csv', tag: 'bud',
    fields: [
      t('ด้าน', 'side'), t('แผนงาน', 'program'), t('งาน', 'task'), t('งบ', 'group'), t('หมวด', 'category'),
      t('ประเภท', 'type'), t('รายการ', 'item'),
    ],
  },
  { file: 'revenue.csv', tag: 'rev', fields: [t('revenue_type', 'type'), t('category', 'category'), t('item', 'item')] },
  { file: 'pao-budget-expense.csv', tag: 'paoexp', fields: [t('ด้าน', 'side'), t('แผนงาน', 'program'), t('งาน', 'task'), t('งบ', 'group')] },
  { file: 'pao-budget-revenue.csv', tag: 'paorev', fields: [t('ประเภทรายรับ', 'type'), t('หมวด', 'category')] },
  { file: 'procurement.csv', tag: 'proc', fields: PROCUREMENT_FIELDS },
  { file: 'procurement-red-flag-cases.csv', tag: 'flag', fields: PROCUREMENT_FIELDS },
  { file: 'egp-contracts-2568.csv', tag: 'egp', fields: EGP_FIELDS },
  { file: 'egp-contracts-2567-windows874.csv', tag: 'egp874', fields: EGP_FIELDS },
  {
    file: 'skr1-5610401-2568-08.csv', tag: 'skr',
    fields: [
      t('งานที่จัดซื้อหรือจัดจ้าง', 'name'), t('วิธีซื้อหรือจ้าง', 'method'),
      t('รายชื่อผู้เสนอราคาและราคาที่เสนอ', 'bidders', 'packed'), t('ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง', 'winner', 'packed'),
      t('เหตุผลที่คัดเลือกโดยสรุป', 'reason'), t('เลขที่และวันที่ของสัญญาหรือข้อตกลง', 'contract', 'contract-cell'),
    ],
  },
  // budget-totals.csv has no free text: LAO name, province, year, total, population.
];

/** The LAO renamed in every file, and its name with the payload. */
export const HOSTILE_LAO = {
  id: '5610401',
  name: 'เทศบาลตำบลหนองโพธิ์งาม',
  marker: `${MARKER_PREFIX}lao-name`,
  get hostileName(): string {
    // No spaces: the สขร.1 heading names its LAO in running text, where a name ends at a space.
    return `${this.name}<b/data-pwned=${this.marker}></title><img/src=x/onerror=window.__pwned=(window.__pwned||[]).concat('${this.marker}')><script>alert('${this.marker}')</script>`;
  },
};

/**
 * Ids that link records across files, each replaced by a hostile one in every cell that holds exactly
 * it, so that links still hold: a procurement project id (procurement.csv), the budget line id it
 * names (budget-expense.csv, procurement.csv) and a plan project id that budget lines name
 * (plan-projects.csv, budget-expense.csv). The site turns ids that are not plain numbers into digests
 * for its anchors and file names; the ids as written are shown as text.
 */
export const HOSTILE_IDS: Readonly<Record<string, { marker: string; value: string }>> = Object.fromEntries(
  [
    ['66109672830', 'id-proc', (m: string) => `"><svg onload=alert('${m}') data-pwned="${m}">`],
    ['B2567-1002-0012', 'id-line', (m: string) => `"><img src=x onerror="alert('${m}')" data-pwned="${m}">`],
    ['P2566-0008', 'id-plan', (m: string) => `</script><b data-pwned="${m}">`],
  ].map(([id, name, payload]) => {
    const marker = `${MARKER_PREFIX}${name as string}`;
    return [id as string, { marker, value: `${id as string}${(payload as (m: string) => string)(marker)}` }];
  }),
);

/** The one row given a hostile, invalid tax id (procurement.csv, its first contract of this LAO). */
export const HOSTILE_TAX_ID = {
  file: 'procurement.csv',
  marker: `${MARKER_PREFIX}proc-taxid`,
  get value(): string {
    return `0105<img src=x onerror="alert('${this.marker}')" data-pwned="${this.marker}">`;
  },
};

export interface HostileManifest {
  /** Every marker written, with the file and column it went into and the payload used. */
  markers: { marker: string; file: string; column: string; payload: string }[];
  /** Cells changed per file. */
  cells: Record<string, number>;
  /** Data rows per file (after the header), as written. */
  rows: Record<string, number>;
}

const fill = (text: string, marker: string) => text.replaceAll('{M}', marker);

/** Windows-874 bytes of a string (Thai, ASCII and the few punctuation marks the code page has). */
function encodeWindows874(text: string): Buffer {
  const decoder = new TextDecoder('windows-874');
  const map = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (ch !== '\uFFFD' && !map.has(ch)) map.set(ch, b);
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const byte = map.get(ch);
      if (byte === undefined) throw new Error(`windows-874 cannot encode U+${code.toString(16)}`);
      out.push(byte);
    }
  }
  return Buffer.from(out);
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/**
 * Writes the hostile copy of `sampleDir` (data/sample) into `outDir` and says which markers went where.
 * Files not in PLAN are copied with only the LAO rename applied.
 */
export function writeHostileData(sampleDir: string, outDir: string): HostileManifest {
  mkdirSync(outDir, { recursive: true });
  const manifest: HostileManifest = { markers: [], cells: {}, rows: {} };
  const seen = new Set<string>();
  const note = (marker: string, file: string, column: string, payload: string) => {
    if (seen.has(marker)) return;
    seen.add(marker);
    manifest.markers.push({ marker, file, column, payload });
  };
  note(HOSTILE_LAO.marker, '(every file naming the LAO)', 'LAO name', 'img+title+script');
  note(HOSTILE_TAX_ID.marker, HOSTILE_TAX_ID.file, 'winner_tax_id', 'img');
  for (const [id, { marker }] of Object.entries(HOSTILE_IDS)) note(marker, '(every file naming it)', `id ${id}`, 'id');
  const idsFound = new Set<string>();

  for (const file of readdirSync(sampleDir).filter((f) => f.endsWith('.csv')).sort()) {
    const bytes = readFileSync(join(sampleDir, file));
    const windows874 = file.includes('windows874');
    let text = windows874 ? new TextDecoder('windows-874').decode(bytes) : bytes.toString('utf8');
    const bom = text.startsWith('\uFEFF');
    if (bom) text = text.slice(1);
    const records = parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
    const plan = PLAN.find((p) => p.file === file);
    // The header: the first record that names a planned column (สขร.1 has three heading lines first).
    const headerAt = plan ? records.findIndex((r) => plan.fields.some((f) => r.includes(f.column))) : records.findIndex((r) => r.length > 1);
    if (headerAt < 0) throw new Error(`${file}: no header`);
    let header = records[headerAt]!;
    // The Windows-874 e-GP file has a 26-name header over 28-field rows: the 28-column layout applies.
    if (plan?.tag === 'egp874' && header.length === 26) {
      const full = (parse(readFileSync(join(sampleDir, 'egp-contracts-2568.csv'), 'utf8').replace(/^\uFEFF/, ''), { to_line: 1 }) as string[][])[0]!;
      header = full;
    }
    let changed = 0;
    const distinct = new Map<string, Map<string, string>>();
    let taxIdDone = false;

    const hostile = (field: FieldPlan, fieldIndex: number, value: string): string => {
      let values = distinct.get(field.column);
      if (!values) distinct.set(field.column, (values = new Map()));
      const known = values.get(value);
      if (known !== undefined) return known;
      // Round robin over the payloads, each field starting at a different one.
      const n = values.size + fieldIndex * 3;
      const base = `${MARKER_PREFIX}${plan!.tag}-${field.key}`;
      let out: string;
      if (field.kind === 'url') {
        const p = URL_PAYLOADS[n % URL_PAYLOADS.length]!;
        const marker = `${base}-${p.id}`;
        note(marker, file, field.column, p.id);
        out = fill(p.text, marker);
      } else if (field.kind === 'packed') {
        const pairs = value.split(/(\n|;\s*)/);
        out = pairs
          .map((part, i) => {
            if (i % 2 === 1 || !part.trim()) return part;
            const p = PAYLOADS.filter((x) => !('prefix' in x))[(n + i) % 6]!;
            const marker = `${base}-${p.id}`;
            note(marker, file, field.column, p.id);
            return part.replace(/^(.*?)(\s*\/\s*[-\d,.]+\s*(?:บาท)?\.?)$/, (_, name: string, price: string) => `${name}${fill(p.text, marker)}${price}`);
          })
          .join('');
      } else if (field.kind === 'contract-cell') {
        const p = PAYLOADS[n % 6]!;
        const marker = `${base}-${p.id}`;
        note(marker, file, field.column, p.id);
        out = value.replace(/^(เลขที่\s*\S+)/, (number) => `${number}${fill(p.text, marker)}`);
      } else {
        const p = PAYLOADS[n % PAYLOADS.length]!;
        const marker = `${base}-${p.id}`;
        note(marker, file, field.column, p.id);
        const real = value.trim() ? value : 'ข้อความ';
        out = 'prefix' in p ? `${fill(p.text, marker)}${real}` : `${real}${fill(p.text, marker)}`;
      }
      values.set(value, out);
      return out;
    };

    const out = records.map((record, r) => {
      let cells = record.map((cell) => {
        const id = HOSTILE_IDS[cell];
        if (id && r > headerAt) {
          idsFound.add(cell);
          changed++;
          return id.value;
        }
        return cell.includes(HOSTILE_LAO.name) ? cell.replaceAll(HOSTILE_LAO.name, HOSTILE_LAO.hostileName) : cell;
      });
      if (!plan || r <= headerAt) return cells;
      cells = cells.map((cell, c) => {
        const fieldIndex = plan.fields.findIndex((f) => f.column === header[c]);
        const field = plan.fields[fieldIndex];
        if (!field) return cell;
        if (!cell.trim() && field.kind !== 'text') return cell;
        changed++;
        return hostile(field, fieldIndex, cell);
      });
      if (file === HOSTILE_TAX_ID.file && !taxIdDone && record[0] === HOSTILE_LAO.id) {
        const c = header.indexOf('winner_tax_id');
        if (cells[c]) {
          cells[c] = HOSTILE_TAX_ID.value;
          taxIdDone = true;
          changed++;
        }
      }
      return cells;
    });
    if (file === HOSTILE_TAX_ID.file && !taxIdDone) throw new Error(`${file}: no contract of ${HOSTILE_LAO.id} for the hostile tax id`);
    manifest.cells[file] = changed;
    manifest.rows[file] = records.length - headerAt - 1;
    const body = out.map((cells) => cells.map(quote).join(',')).join('\r\n') + '\r\n';
    writeFileSync(join(outDir, file), windows874 ? encodeWindows874(body) : (bom ? '\uFEFF' : '') + body);
  }
  for (const p of PLAN) if (!(p.file in manifest.cells)) throw new Error(`no sample file ${p.file}`);
  for (const id of Object.keys(HOSTILE_IDS)) if (!idsFound.has(id)) throw new Error(`no sample cell holds the id ${id}`);
  return manifest;
}
