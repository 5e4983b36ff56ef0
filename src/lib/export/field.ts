// What each column of a download means, attached to its zod schema: the data dictionary page,
// datapackage.json's Table Schemas and the downloads' headers are all read from here.
import { z } from 'astro/zod';

export interface FieldInfo {
  th: string;
  en: string;
  about: { th: string; en: string };
  /** Unit of a number: baht, a Buddhist Era year, a count, a share 0–1. */
  unit?: 'THB' | 'BE' | 'count' | 'share';
  /** The input column(s) the value comes from, as the input names them. */
  source?: string;
  /** Fiscal Data Package columnType hint (budget and spending tables). */
  columnType?: string;
}

export const fieldInfo = z.registry<FieldInfo>();

/** A column: a copy of the schema (so shared schemas can mean different things) with its meaning. */
export function field<T extends z.ZodType>(schema: T, info: FieldInfo): T {
  const column = schema.describe(info.about.en) as T;
  fieldInfo.add(column, info);
  return column;
}

// Column types, each nullable where the data may lack the value.
export const text = (info: FieldInfo) => field(z.string().nullable(), info);
export const requiredText = (info: FieldInfo) => field(z.string(), info);
export const baht = (info: Omit<FieldInfo, 'unit'>) => field(z.number().nullable(), { ...info, unit: 'THB' });
export const count = (info: Omit<FieldInfo, 'unit'>) => field(z.number().int().nonnegative(), { ...info, unit: 'count' });
export const fiscalYear = (info: Omit<FieldInfo, 'unit'>) => field(z.number().int().nullable(), { ...info, unit: 'BE' });
export const isoDate = (info: FieldInfo) => field(z.iso.date().nullable(), info);
export const score = (info: Omit<FieldInfo, 'unit'>) => field(z.number().min(0).max(1).nullable(), { ...info, unit: 'share' });
export const decimal = (info: FieldInfo) => field(z.number().nullable(), info);
