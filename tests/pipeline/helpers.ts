import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runImport, type ImportResult } from '../../src/pipeline/import.ts';
import type { LaoData } from '../../src/lib/schema/site.ts';

export const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
export const REAL = new URL('../../../shared/real/', import.meta.url).pathname;

/** Runs the real import on a folder, keeping the output in memory. */
export async function importFolder(dataDir: string): Promise<{ result: ImportResult; laos: LaoData[] }> {
  const laos: LaoData[] = [];
  const result = await runImport({ dataDir, sink: { lao: (d) => laos.push(d), finish: () => {} } });
  return { result, laos };
}

/** A temporary data folder holding the given files (name → text, bytes, or a path to copy). */
export function dataFolder(files: Record<string, string | Uint8Array | { copy: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'prongsai-test-'));
  for (const [name, content] of Object.entries(files)) {
    if (typeof content === 'string' || content instanceof Uint8Array) writeFileSync(join(dir, name), content);
    else copyFileSync(content.copy, join(dir, name));
  }
  return dir;
}

/** Imports one CSV text on its own and returns the result. */
export async function importText(name: string, text: string | Uint8Array) {
  return importFolder(dataFolder({ [name]: text }));
}

/** Every file under a folder, by path relative to it, with its bytes. */
export function filesUnder(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else found.set(relative(dir, join(d, e.name)), readFileSync(join(d, e.name)));
    }
  };
  walk(dir);
  return found;
}
