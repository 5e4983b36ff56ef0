import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFlagConfig } from '../lib/flags/config.ts';
import type { FlagConfig } from '../lib/schema/flags.ts';

/** The red-flag configuration file: PRONGSAI_FLAGS_CONFIG, else config/red-flags.json of the project. */
export function flagConfigPath(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.PRONGSAI_FLAGS_CONFIG || join(projectRoot, 'config/red-flags.json');
}

/** Reads and checks the red-flag configuration; a broken file stops the build with every problem named. */
export function loadFlagConfig(file: string): FlagConfig {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`อ่านไฟล์ตั้งค่าสัญญาณเตือนไม่ได้ / Cannot read the red-flag configuration ${file}: ${(error as Error).message}`);
  }
  return parseFlagConfig(json, file);
}
