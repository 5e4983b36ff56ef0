import type { FileEncoding, FileStats } from './csv-file.ts';
import type { DeliberateProblem, Table } from './deliberate-problems.ts';
import { formatBytes, formatCount } from './format.ts';
import { LAO_TYPE_INFO } from './lao-types.ts';
import type { LaoData, ProcurementProject } from './model.ts';
import { EGP_LAOS, PROCUREMENT_CSV_LAOS, SKR1 } from './sample-laos.ts';

/** How the sample's records link, counted (the README states these numbers). */
export interface LinkCounts {
  planProjects: number;
  planBudgeted: number;
  linesExplicitPlan: number;
  linesPlanByName: number;
  /** Projects in procurement.csv: naming their budget line, matching one by name only, matching none. */
  csvExplicit: number;
  csvByName: number;
  csvUnmatched: number;
  /** Projects in the e-GP files (which cannot name a budget line). */
  egpByName: number;
  egpUnmatched: number;
}

/**
 * Counts plan → budget and budget → procurement links as the files show them: only LAOs with
 * line-level budgets (not the อบจ., whose budget is a summary) can link to budget lines.
 */
export function linkCounts(data: readonly LaoData[]): LinkCounts {
  const withLines = data.filter((d) => d.lao.type !== 'pao');
  const lines = withLines.flatMap((d) => d.years.flatMap((y) => y.expense));
  const projectsOf = (codes: readonly string[]): ProcurementProject[] =>
    data.filter((d) => codes.includes(d.lao.code)).flatMap((d) => d.years.flatMap((y) => y.procurement.map((p) => (d.lao.type === 'pao' ? { ...p, budgetLineId: null } : p))));
  const csv = projectsOf(PROCUREMENT_CSV_LAOS);
  const egp = projectsOf(EGP_LAOS);
  return {
    planProjects: withLines.reduce((n, d) => n + d.plan.length, 0),
    planBudgeted: withLines.reduce((n, d) => n + d.plan.filter((p) => p.budgeted.size > 0).length, 0),
    linesExplicitPlan: lines.filter((l) => l.planProjectId && l.planLinkExplicit).length,
    linesPlanByName: lines.filter((l) => l.planProjectId && !l.planLinkExplicit).length,
    csvExplicit: csv.filter((p) => p.budgetLineId && p.budgetLinkExplicit).length,
    csvByName: csv.filter((p) => p.budgetLineId && !p.budgetLinkExplicit).length,
    csvUnmatched: csv.filter((p) => !p.budgetLineId).length,
    egpByName: egp.filter((p) => p.budgetLineId).length,
    egpUnmatched: egp.filter((p) => !p.budgetLineId).length,
  };
}

// The showcase road, linked by name only from plan to budget to e-GP.
function showcase(data: readonly LaoData[]): string[] {
  for (const d of data) {
    const plan = d.plan.find((p) => p.featured);
    if (!plan) continue;
    for (const y of d.years) {
      const line = y.expense.find((l) => l.featured);
      const project = line ? y.procurement.find((p) => p.budgetLineId === line.lineId) : undefined;
      if (!line || !project) continue;
      return [
        `- Showcase chain, by name only (${d.lao.name}, FY${y.fiscalYear}): plan ${plan.projectId} '${plan.name}'`,
        `  → budget line ${line.lineId} '${line.item}' (no plan id) → e-GP ${project.projectId} '${project.egpName}'.`,
      ];
    }
  }
  return [];
}

const FORMATS: Readonly<Record<string, readonly [string, string]>> = {
  'organisations.csv': ['canonical, Thai headers', 'รายชื่อ อปท. หัวตารางภาษาไทย'],
  'plan-projects.csv': ['canonical ผ.02 plan projects, Thai headers, with ตั้งงบประมาณ columns', 'โครงการตามแผนพัฒนา (ผ.02) หัวตารางภาษาไทย มีคอลัมน์ตั้งงบประมาณ'],
  'plan-indicators.csv': ['canonical plan indicators, English headers', 'ตัวชี้วัดของแผน หัวตารางภาษาอังกฤษ'],
  'budget-expense.csv': ['canonical expense budget, Thai headers and phases (FY2567 อนุมัติ/แก้ไข/เบิกจ่าย, FY2568 ขอตั้ง/อนุมัติ); LAOs named by code only', 'งบประมาณรายจ่าย หัวตารางและขั้นตอนภาษาไทย ระบุ อปท. ด้วยรหัสเท่านั้น'],
  'revenue.csv': ['canonical revenue, English headers; LAOs named by name + province only (no code), อบต. abbreviated', 'ประมาณการรายรับ หัวตารางภาษาอังกฤษ ระบุ อปท. ด้วยชื่อและจังหวัดเท่านั้น'],
  'procurement.csv': ['canonical contracts (one row per contract), English headers, dates dd/mm/BE', 'สัญญาจัดซื้อจัดจ้าง หนึ่งแถวต่อสัญญา หัวตารางภาษาอังกฤษ'],
  'procurement-red-flag-cases.csv': ['purchases of เทศบาลนครสะแกกรัง FY2568 made on purpose to raise the red flags the generator seldom makes (splitting, contract above price, one bidder, repeat winner, bunching, September rush) and a cancelled one that must raise none', 'การจัดซื้อที่ใส่ไว้โดยตั้งใจให้เกิดสัญญาณเตือนแต่ละแบบ และโครงการที่ยกเลิกซึ่งต้องไม่มีสัญญาณ'],
  'egp-contracts-2568.csv': ['real e-GP 28-column layout (data.go.th egp-contact), UTF-8 with BOM', 'รูปแบบ e-GP 28 คอลัมน์ UTF-8 มี BOM'],
  'egp-contracts-2567-windows874.csv': ['same e-GP layout, Windows-874, 26-name header (no เขต/อำเภอ, แขวง/ตำบล) over 28-field rows', 'รูปแบบ e-GP เข้ารหัส Windows-874 หัวตาราง 26 ชื่อ แต่ทุกแถวมี 28 ช่อง'],
  'pao-budget-expense.csv': ['real อบจ. summary layout (ด้าน/แผนงาน/งาน/งบ), approved budget', 'สรุปงบรายจ่าย อบจ. แบบ ผ่างบเมือง'],
  'pao-budget-revenue.csv': ['real อบจ. summary layout (ประเภทรายรับ/หมวด), approved estimates', 'สรุปประมาณการรายรับ อบจ.'],
  'budget-totals.csv': ['real อบจ. totals layout; equals the sum of the อบจ. rows in pao-budget-expense.csv (and of pao-budget-revenue.csv)', 'ยอดรวมงบรายจ่าย อบจ. เท่ากับผลรวมใน pao-budget-expense.csv'],
};

function encodingName(e: FileEncoding): string {
  return e === 'utf-8-bom' ? 'UTF-8 + BOM' : e === 'windows-874' ? 'Windows-874' : 'UTF-8';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Everything the README describes. */
export interface ReadmeInput {
  seed: number;
  stats: readonly FileStats[];
  problems: readonly DeliberateProblem[];
  data: readonly LaoData[];
  tables: ReadonlyMap<string, { table: Table; encoding: FileEncoding }>;
}

/** data/sample/README.md, in Thai and English. */
export function sampleReadme(input: ReadmeInput): string {
  const links = linkCounts(input.data);
  const skr1File = `skr1-${SKR1.code}-${SKR1.yearBE}-${String(SKR1.month).padStart(2, '0')}.csv`;
  const where = (code: string): string =>
    (PROCUREMENT_CSV_LAOS as readonly string[]).includes(code) ? 'procurement.csv' : (EGP_LAOS as readonly string[]).includes(code) ? 'egp-contracts-*.csv' : '';
  const out: string[] = [
    '# Sample data — ข้อมูลตัวอย่าง',
    '',
    '> **SYNTHETIC DATA — ข้อมูลสมมติทั้งหมด.** Every LAO name, person, company, tax id, project and amount in this',
    `> folder is invented by \`scripts/generate-sample.ts\` (seed ${input.seed}; \`npm run sample\` rewrites these files`,
    '> byte for byte). Province names, DOPA province codes and district names are real; the other six LAOs are',
    '> invented, and the อบจ. only bears its province\'s name — its budget, plan and contracts are invented too. No row',
    '> was copied from real data. Do not cite these numbers as facts about any real place.',
    '>',
    `> ข้อมูลในโฟลเดอร์นี้สร้างขึ้นโดยโปรแกรม \`scripts/generate-sample.ts\` (seed ${input.seed}) ทั้งหมด ชื่อ อปท. บุคคล บริษัท`,
    '> เลขประจำตัวผู้เสียภาษี โครงการ และจำนวนเงินเป็นข้อมูลสมมติ มีเพียงชื่อจังหวัด รหัสจังหวัด และชื่ออำเภอที่เป็นของจริง',
    '> (อบจ. ใช้ชื่อตามจังหวัด แต่ข้อมูลงบประมาณ แผน และสัญญาทั้งหมดเป็นข้อมูลสมมติ)',
    '> ห้ามนำตัวเลขเหล่านี้ไปอ้างอิงเป็นข้อเท็จจริงของพื้นที่ใด',
    '',
    'Regenerate: `npm run sample` (or `node scripts/generate-sample.ts`). Larger datasets:',
    '`node scripts/generate-sample.ts --scale national --out DIR`, `--scale province --out DIR`, `--laos N --years K --seed S`.',
    '',
    '## LAOs — อปท. ในชุดข้อมูล',
    '',
    '| code | name | type | province | district | procurement in |',
    '|---|---|---|---|---|---|',
    ...input.data.map((d) => `| ${d.lao.code} | ${d.lao.name} | ${LAO_TYPE_INFO[d.lao.type].label} | ${d.lao.province} | ${d.lao.district} | ${where(d.lao.code)} |`),
    '',
    'Fiscal years 2567 and 2568; plan period 2566–2570. ปีงบประมาณ 2567 และ 2568 แผนพัฒนาท้องถิ่น 2566–2570',
    '',
    '## Files — ไฟล์',
    '',
    'All files are CSV with CRLF line ends and RFC 4180 quoting. ทุกไฟล์เป็น CSV ขึ้นบรรทัดด้วย CRLF',
    '',
    '| file | format | encoding | data rows | size |',
    '|---|---|---|---|---|',
    ...input.stats.map((s) => {
      const [en, th] = FORMATS[s.file] ?? (s.file === skr1File ? ['สขร.1 monthly summary: 3 preamble lines, then the header; several bidders per cell on separate lines', 'แบบ สขร.1 สรุปผลการจัดซื้อจัดจ้างรายเดือน'] : ['', '']);
      return `| ${s.file} | ${cell(en)} — ${cell(th)} | ${encodingName(input.tables.get(s.file)?.encoding ?? 'utf-8')} | ${formatCount(s.rows)} | ${formatBytes(s.bytes)} |`;
    }),
    '',
    '## How records link — การเชื่อมโยงข้อมูล',
    '',
    `- Plan → budget (the six LAOs with budget lines): ${links.planProjects} plan projects; ${links.planBudgeted} of them reach a budget, ${links.planProjects - links.planBudgeted} never do.`,
    `  ${links.linesExplicitPlan} budget lines (each counted once, whatever its phases) name their plan project in \`รหัสโครงการตามแผน\``,
    `  (capital items only); ${links.linesPlanByName} more come from a plan project but can only be matched by name`,
    "  (e.g. plan 'โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สาย… หมู่ที่ 4' → budget 'โครงการก่อสร้างถนน คสล. สาย… หมู่ที่ 4').",
    `- Budget → procurement: in procurement.csv, ${links.csvExplicit} projects name their budget line (\`budget_line_id\`),`,
    `  ${links.csvByName} come from a budget line but match it only by name, ${links.csvUnmatched} match no line at all. In the e-GP files`,
    `  (no such column) ${links.egpByName} projects match a line by name only and ${links.egpUnmatched} match none (the อบจ.\'s`,
    '  purchases among them: its budget is only a summary).',
    ...showcase(input.data),
    '- แผน → งบประมาณ: บางรายการระบุรหัสโครงการตามแผน บางรายการเชื่อมได้ด้วยชื่อที่คล้ายกันเท่านั้น และมีโครงการตามแผนที่ไม่เคยได้ตั้งงบ',
    '- งบประมาณ → จัดซื้อจัดจ้าง: บางโครงการระบุรหัสรายการงบประมาณ บางโครงการเชื่อมได้ด้วยชื่อ และบางโครงการไม่ตรงกับรายการใดเลย',
    '',
    '## Deliberate problems — ปัญหาคุณภาพข้อมูลที่ใส่ไว้โดยตั้งใจ',
    '',
    'These are **warnings at most, never errors**: the sample imports with zero rejected rows. `row` is the 1-based data',
    'record (header not counted), `line` the 1-based line in the file (header = line 1).',
    'ปัญหาเหล่านี้ได้อย่างมากเพียงคำเตือน ไม่ใช่ข้อผิดพลาด ทุกแถวต้องนำเข้าได้',
    '',
    '| file | row | line | column | value | problem | ปัญหา |',
    '|---|---|---|---|---|---|---|',
    ...input.problems.map((p) => `| ${p.file} | ${p.row || '(header)'} | ${p.line} | ${p.column} | ${p.value === '' ? '(empty)' : cell(p.value)} | ${cell(p.problem)} | ${cell(p.problemTh)} |`),
    '',
    '## Real-world quirks that are not problems — ลักษณะของข้อมูลจริงที่ไม่ถือเป็นปัญหา',
    '',
    '- e-GP files: `วิธีจัดซื้อฯ` holds the method group and `กลุ่มวิธีจัดซื้อฯ` the method (swapped, as in the real data);',
    "  `วันที่ประกาศ` is '-' for เฉพาะเจาะจง; `ราคากลาง(บาท)` and `งบสัญญา(บาท)` are blank; dates look like '25 มิ.ย. 68';",
    '  project names carry Thai digits, double spaces and a method suffix; the buyer is named only by ชื่อหน่วยงาน + จังหวัด;',
    '  project-level money repeats on every contract row of a multi-contract project.',
    '- `egp-contracts-2567-windows874.csv` has 26 header names but 28 fields in every row (เขต/อำเภอ and แขวง/ตำบล',
    '  are missing from the header only), and is Windows-874 encoded.',
    '- `revenue.csv` names LAOs by name + province, without `lao_code` (อบต. written `อบต.…`); `budget-expense.csv` by code only;',
    '  the other canonical files give both.',
    '- The อบจ.\'s budget and revenue come only as the อบจ. summary files (`pao-*.csv`, `budget-totals.csv`), as ACT /',
    '  WeVis publish them; the six other LAOs are in `budget-expense.csv` and `revenue.csv`. Its plan and e-GP contracts',
    '  are in the shared files.',
    `- \`${skr1File}\` lists the same August 2568 purchases that \`procurement.csv\` has for ${SKR1.code} (a second source, not new purchases).`,
    '- Some persons win contracts without a tax id (blank), as in real e-GP data.',
    '- ไฟล์ e-GP สลับคอลัมน์วิธีจัดซื้อ ใช้เลขไทยและช่องว่างซ้อนในชื่อโครงการ ไฟล์ สขร.1 เป็นข้อมูลชุดเดียวกับ procurement.csv ของเดือนสิงหาคม 2568',
    '',
  ];
  return out.join('\n');
}
