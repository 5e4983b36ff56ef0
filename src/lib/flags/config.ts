// The red-flag thresholds: read from config/red-flags.json, each value dated so that a change in the
// law applies from its own day and earlier procurement is judged by the rule of its time.
import { z } from 'astro/zod';
import { FlagConfigSchema, type FlagConfig, type ThresholdKey, type ThresholdVersion } from '../schema/flags.ts';

/** The config, or every problem with it, each naming the field (in Thai and English). */
export function parseFlagConfig(json: unknown, file: string): FlagConfig {
  const parsed = FlagConfigSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  ${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(
    `ไฟล์ตั้งค่าสัญญาณเตือนไม่ถูกต้อง แก้ตามรายการนี้ / The red-flag configuration is not valid; fix these fields:\n${problems.join('\n')}`,
  );
}

/** JSON Schema of config/red-flags.json, so that editors check the file as it is typed. */
export function flagConfigJsonSchema(): unknown {
  return z.toJSONSchema(FlagConfigSchema, { io: 'input' });
}

/** The version of a threshold in force on a date (ISO): the latest one starting on or before it, else the earliest. */
export function thresholdVersion(config: FlagConfig, key: ThresholdKey, date: string): ThresholdVersion {
  const versions = [...config.thresholds[key]].sort((a, b) => (a.from < b.from ? -1 : 1));
  return versions.filter((v) => v.from <= date).at(-1) ?? versions[0]!;
}

/** The value of a threshold on a date. */
export function threshold(config: FlagConfig, key: ThresholdKey, date: string): number {
  return thresholdVersion(config, key, date).value;
}

/**
 * The site's own values for some thresholds (prongsai.config.yaml), each in force for every date: dated
 * from the threshold's first version, and a threshold's earliest version also judges earlier dates.
 */
export function withThresholds(config: FlagConfig, overrides: Partial<Record<ThresholdKey, number>>): FlagConfig {
  const thresholds = { ...config.thresholds };
  for (const [key, value] of Object.entries(overrides) as [ThresholdKey, number | undefined][]) {
    if (value === undefined) continue;
    thresholds[key] = [{
      value,
      from: [...thresholds[key]].map((v) => v.from).sort()[0]!,
      basis: { th: 'ค่าที่เว็บไซต์นี้กำหนดเอง (prongsai.config.yaml)', en: 'Set by this site (prongsai.config.yaml)' },
    }];
  }
  return { ...config, thresholds };
}
