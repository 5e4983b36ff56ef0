import { chartOrder, groupOrder } from './budget-chart.ts';
import { plainAmount } from './format.ts';
import type { LaoData } from './model.ts';

/** Header of the real อบจ. expense summary (ACT / WeVis "ผ่างบเมือง"). */
export const PAO_EXPENSE_HEADER = ['ปีงบประมาณ', 'อปท.', 'จังหวัด', 'ด้าน', 'แผนงาน', 'งาน', 'งบ', 'จำนวนเงิน'] as const;
/** Header of the real อบจ. revenue summary. */
export const PAO_REVENUE_HEADER = ['ปีงบประมาณ', 'อปท.', 'จังหวัด', 'ประเภทรายรับ', 'หมวด', 'จำนวนเงิน'] as const;
/** Header of the real อบจ. totals file. */
export const BUDGET_TOTALS_HEADER = ['ปีงบประมาณ', 'อปท.', 'จังหวัด', 'งบประมาณรายจ่ายรวม', 'ประชากร'] as const;

/** Approved expense summed by ด้าน / แผนงาน / งาน / งบ, in chart order: each year's rows add up to its total. */
export function paoExpenseRows(data: LaoData): string[][] {
  const rows: string[][] = [];
  for (const year of data.years) {
    const sums = new Map<string, { key: string[]; order: number; amount: number }>();
    for (const line of year.expense) {
      const amount = line.amounts.approved;
      if (amount === undefined) continue;
      const id = `${line.side}|${line.program}|${line.task}|${line.group}`;
      const entry = sums.get(id) ?? { key: [line.side, line.program, line.task, line.group], order: chartOrder(line.program, line.task) * 100 + groupOrder(line.group), amount: 0 };
      entry.amount += amount;
      sums.set(id, entry);
    }
    const sorted = [...sums.values()].sort((a, b) => a.order - b.order);
    for (const s of sorted) rows.push([String(year.fiscalYear), data.lao.name, data.lao.province, ...s.key, plainAmount(s.amount)]);
  }
  return rows;
}

/** Approved revenue estimates summed by ประเภทรายรับ / หมวด. */
export function paoRevenueRows(data: LaoData): string[][] {
  const rows: string[][] = [];
  for (const year of data.years) {
    const sums = new Map<string, number>();
    for (const line of year.revenue) {
      if (line.amounts.approved === undefined) continue;
      const id = `${line.revenueType}\u0000${line.category}`;
      sums.set(id, (sums.get(id) ?? 0) + line.amounts.approved);
    }
    for (const [id, amount] of sums) rows.push([String(year.fiscalYear), data.lao.name, data.lao.province, ...id.split('\u0000'), plainAmount(amount)]);
  }
  return rows;
}

/** One row per year: the approved expense total and the population. */
export function budgetTotalRows(data: LaoData): string[][] {
  return data.years.map((year) => {
    const total = year.expense.reduce((sum, l) => sum + (l.amounts.approved ?? 0), 0);
    return [String(year.fiscalYear), data.lao.name, data.lao.province, plainAmount(total), String(data.lao.population)];
  });
}
