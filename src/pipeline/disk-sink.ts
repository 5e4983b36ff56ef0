import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { qualityCsv } from '../lib/quality/report-csv.ts';
import type { LaoData } from '../lib/schema/site.ts';
import type { ImportResult, ImportSink } from './import.ts';

/** Facts about the run that pages show (provenance, sample notice). */
export interface RunMeta {
  /** The inputs are the bundled synthetic sample. */
  sample: boolean;
  /** Input files, relative to the data folder. */
  files: string[];
  /** The latest contract date in the data (ISO), which tells readers how recent it is. */
  latestDate: string | null;
}

/**
 * Writes the import's output into a staging folder and swaps it into place only when the whole
 * import succeeded, so a failed run never leaves half-written content behind.
 */
export class DiskSink implements ImportSink {
  readonly outDir: string;
  readonly #staging: string;
  readonly #meta: (result: ImportResult) => RunMeta;

  constructor(outDir: string, meta: (result: ImportResult) => RunMeta) {
    this.outDir = outDir;
    this.#meta = meta;
    this.#staging = `${outDir}.staging-${process.pid}`;
    rmSync(this.#staging, { recursive: true, force: true });
    mkdirSync(join(this.#staging, 'lao'), { recursive: true });
    mkdirSync(join(this.#staging, 'vendor'), { recursive: true });
  }

  lao(data: LaoData): void {
    writeFileSync(join(this.#staging, 'lao', `${data.lao.id}.json`), JSON.stringify(data));
  }

  finish(result: ImportResult): void {
    const write = (name: string, value: unknown) => writeFileSync(join(this.#staging, name), JSON.stringify(value, null, 1) + '\n');
    write('laos.json', result.laos);
    write('vendors.json', result.vendors);
    for (const list of result.vendorContracts) writeFileSync(join(this.#staging, 'vendor', `${list.vendorId}.json`), JSON.stringify(list));
    write('plan-projects.json', result.planProjects);
    write('flag-examples.json', result.flagExamples);
    write('quality.json', result.report);
    write('meta.json', this.#meta(result));
    writeFileSync(join(this.#staging, 'quality.csv'), qualityCsv(result.report));
  }

  /** Replaces the previous output with this run's. */
  publish(): void {
    mkdirSync(dirname(this.outDir), { recursive: true });
    const old = `${this.outDir}.old-${process.pid}`;
    if (existsSync(this.outDir)) renameSync(this.outDir, old);
    renameSync(this.#staging, this.outDir);
    rmSync(old, { recursive: true, force: true });
  }

  /** Drops this run's output; the previous one stays. */
  abort(): void {
    rmSync(this.#staging, { recursive: true, force: true });
  }
}
