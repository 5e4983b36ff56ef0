import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { qualityCsv } from '../lib/quality/report-csv.ts';
import type { GeneratedDigests } from '../lib/schema/digests.ts';
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

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Writes the import's output into a staging folder and swaps it into place only when the whole
 * import succeeded, so a failed run never leaves half-written content behind.
 */
export class DiskSink implements ImportSink {
  readonly outDir: string;
  readonly #staging: string;
  readonly #meta: (result: ImportResult) => RunMeta;
  readonly #digests: GeneratedDigests = { files: {}, laos: {}, vendors: {} };

  constructor(outDir: string, meta: (result: ImportResult) => RunMeta) {
    this.outDir = outDir;
    this.#meta = meta;
    this.#staging = `${outDir}.staging-${process.pid}`;
    rmSync(this.#staging, { recursive: true, force: true });
    mkdirSync(join(this.#staging, 'lao'), { recursive: true });
    mkdirSync(join(this.#staging, 'vendor'), { recursive: true });
  }

  lao(data: LaoData): void {
    const text = JSON.stringify(data);
    writeFileSync(join(this.#staging, 'lao', `${data.lao.id}.json`), text);
    this.#digests.laos[data.lao.id] = sha256(text);
  }

  finish(result: ImportResult): void {
    const write = (name: string, value: unknown) => {
      const text = JSON.stringify(value, null, 1) + '\n';
      writeFileSync(join(this.#staging, name), text);
      this.#digests.files[name] = sha256(text);
    };
    write('laos.json', result.laos);
    write('vendors.json', result.vendors);
    for (const list of result.vendorContracts) {
      const text = JSON.stringify(list);
      writeFileSync(join(this.#staging, 'vendor', `${list.vendorId}.json`), text);
      this.#digests.vendors[list.vendorId] = sha256(text);
    }
    write('plan-projects.json', result.planProjects);
    write('flag-examples.json', result.flagExamples);
    write('quality.json', result.report);
    write('meta.json', this.#meta(result));
    writeFileSync(join(this.#staging, 'quality.csv'), qualityCsv(result.report));
  }

  /** Adds a file beside the import's own (the flag thresholds it used). */
  writeFile(name: string, text: string): void {
    writeFileSync(join(this.#staging, name), text);
    this.#digests.files[name] = sha256(text);
  }

  /** Replaces the previous output with this run's. */
  publish(): void {
    // What incremental builds compare to know which LAOs and vendors changed.
    writeFileSync(join(this.#staging, 'digests.json'), JSON.stringify(this.#digests, null, 1) + '\n');
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
