// Readable names for records that have no single name field.
import type { ExpenseLine } from '../schema/budget.ts';

/** A budget line by its most specific published name: รายการ, else ประเภท, หมวด, งาน, แผนงาน. */
export function budgetLineName(line: ExpenseLine): string {
  return line.item ?? line.expenseType ?? line.category ?? line.task ?? line.program ?? line.side ?? line.id;
}
