import { LAO_COLUMNS, type Adapter } from './adapter.ts';
import type { ColumnSpec } from './spec.ts';

const PLAN_COMMON: readonly ColumnSpec[] = [
  ...LAO_COLUMNS,
  { key: 'planPeriod', names: ['plan_period', 'ช่วงแผน', 'ช่วงเวลาของแผน', 'แผนพัฒนาท้องถิ่น'], doc: 'Plan period in BE, e.g. 2566-2570' },
  { key: 'strategy', names: ['strategy', 'ยุทธศาสตร์', 'ยุทธศาสตร์การพัฒนา'], doc: 'Development strategy (ยุทธศาสตร์)' },
];

/** Form ผ.02: the projects of the 5-year local development plan. */
export const planProjects: Adapter = {
  spec: {
    id: 'plan-projects',
    label: { th: 'โครงการตามแผนพัฒนาท้องถิ่น (ผ.02)', en: 'Development plan projects (form ผ.02)' },
    description: 'One row per project of the 5-year local development plan, with the amount planned for each year.',
    columns: [
      ...PLAN_COMMON,
      { key: 'program', names: ['program', 'แผนงาน'], doc: 'Programme (แผนงาน)' },
      { key: 'projectId', names: ['project_id', 'รหัสโครงการ', 'ลำดับโครงการ'], doc: 'Project id, used by budget lines and procurement to link to it' },
      { key: 'project', names: ['project', 'โครงการ', 'ชื่อโครงการ'], required: true, doc: 'Project name' },
      { key: 'objective', names: ['objective', 'วัตถุประสงค์'], doc: 'Objective' },
      { key: 'target', names: ['target', 'เป้าหมาย', 'เป้าหมาย (ผลผลิตของโครงการ)'], doc: 'Target (output of the project)' },
      { key: 'planned', names: [], yearPrefixes: ['budget_', 'budget', 'งบประมาณ', 'งบประมาณ พ.ศ.', 'งบประมาณปี'], required: true, money: true, doc: 'Amount planned for the year in the column name, e.g. budget_2566 / งบประมาณ 2566; one column per year' },
      { key: 'budgeted', names: [], yearPrefixes: ['budgeted_', 'budgeted', 'ตั้งงบประมาณ', 'งบประมาณที่ได้รับ', 'ตั้งงบ'], money: true, doc: 'Amount actually budgeted that year (optional), e.g. budgeted_2566 / ตั้งงบประมาณ 2566' },
      { key: 'kpi', names: ['kpi', 'ตัวชี้วัด', 'ตัวชี้วัด (kpi)'], doc: 'Key performance indicator' },
      { key: 'expectedResult', names: ['expected_result', 'ผลที่คาดว่าจะได้รับ'], doc: 'Expected result' },
      { key: 'responsibleUnit', names: ['responsible_unit', 'หน่วยงานรับผิดชอบหลัก', 'หน่วยงานรับผิดชอบ'], doc: 'Responsible unit' },
      { key: 'location', names: ['location', 'สถานที่', 'หมู่บ้าน', 'สถานที่/หมู่บ้าน'], doc: 'Village or place' },
    ],
    signature: ['โครงการ', 'project'],
  },
  map(row) {
    const name = row.required('project');
    if (!name) return [];
    return [{
      kind: 'plan-project',
      data: {
        sourceId: row.text('projectId'),
        planPeriod: row.text('planPeriod'),
        strategy: row.text('strategy'),
        program: row.text('program'),
        name,
        objective: row.text('objective'),
        target: row.text('target'),
        plannedByYear: row.byYear('planned', 'amount'),
        budgetedByYear: row.byYear('budgeted', 'amount'),
        kpi: row.text('kpi'),
        expectedResult: row.text('expectedResult'),
        responsibleUnit: row.text('responsibleUnit'),
        location: row.text('location'),
        source: { file: row.file, row: row.line },
      },
    }];
  },
};

/** Plan indicators with a target and a result per year. */
export const planIndicators: Adapter = {
  spec: {
    id: 'plan-indicators',
    label: { th: 'ตัวชี้วัดของแผนพัฒนา', en: 'Development plan indicators' },
    description: 'One row per indicator, with its target and result for each year.',
    columns: [
      ...PLAN_COMMON,
      { key: 'indicator', names: ['indicator', 'ตัวชี้วัด'], required: true, doc: 'Indicator' },
      { key: 'unit', names: ['unit', 'หน่วยนับ', 'หน่วย'], doc: 'Unit of the indicator' },
      { key: 'target', names: [], yearPrefixes: ['target_', 'target', 'เป้าหมาย', 'ค่าเป้าหมาย'], required: true, doc: 'Target for the year in the column name, e.g. target_2566 / เป้าหมาย 2566' },
      { key: 'result', names: [], yearPrefixes: ['result_', 'result', 'ผล', 'ผลการดำเนินงาน'], doc: 'Result achieved that year, e.g. result_2566 / ผล 2566' },
    ],
  },
  map(row) {
    const indicator = row.required('indicator');
    if (!indicator) return [];
    return [{
      kind: 'plan-indicator',
      data: {
        planPeriod: row.text('planPeriod'),
        strategy: row.text('strategy'),
        indicator,
        unit: row.text('unit'),
        targetByYear: row.byYear('target', 'decimal'),
        resultByYear: row.byYear('result', 'decimal'),
        source: { file: row.file, row: row.line },
      },
    }];
  },
};
