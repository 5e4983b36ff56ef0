import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SampleCommand } from './cli-options.ts';
import type { FileStats } from './csv-file.ts';
import { writeRegistryDataset } from './dataset-writer.ts';
import { DEFAULT_SEED, writeDefaultSample } from './default-sample.ts';
import { formatBytes, formatCount } from './format.ts';

/** Seed of the national and province datasets unless --seed is given. */
export const REGISTRY_SEED = 20250101;

/** 'write organisations.csv → 7,850 rows 1.2 MB in 340 ms' */
export function describeWrite(s: FileStats): string {
  return `write ${s.file} → ${formatCount(s.rows)} rows ${formatBytes(s.bytes)} in ${formatCount(Math.round(s.ms))} ms`;
}

/**
 * Empties the output folder of what a previous run wrote (*.csv, README.md; dotfiles stay); refuses
 * a folder holding anything else, so a mistyped --out never deletes unrelated files.
 */
export function prepareOutDir(dir: string): void {
  if (existsSync(dir)) {
    const entries = readdirSync(dir).filter((e) => !e.startsWith('.'));
    const foreign = entries.filter((e) => !e.endsWith('.csv') && e !== 'README.md');
    if (foreign.length > 0) throw new Error(`${dir} holds other files (${foreign.slice(0, 3).join(', ')}); choose an empty or new folder`);
    for (const entry of entries) rmSync(join(dir, entry));
  }
  mkdirSync(dir, { recursive: true });
}

/** Runs a parsed command, printing one line per written file; returns the stats. */
export function runSampleCommand(command: SampleCommand, defaultDir: string, print: (line: string) => void): FileStats[] {
  const dir = command.outDir ?? defaultDir;
  prepareOutDir(dir);
  const report = (s: FileStats): void => print(describeWrite(s));
  if (command.scale === 'sample') return writeDefaultSample(dir, command.seed ?? DEFAULT_SEED, report).stats;
  return writeRegistryDataset({ scale: command.scale, laos: command.laos, years: command.years, seed: command.seed ?? REGISTRY_SEED, outDir: dir }, report);
}
