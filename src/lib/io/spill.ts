import { appendFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Groups records by key (an LAO id) without holding them all in memory: records are buffered as
 * they are and, whenever the buffers pass `limitBytes` (as estimated by the caller), appended as
 * JSON lines to one file per key. Reading a key back gives its records in the order they were added.
 */
export class KeyedSpill<T> {
  readonly #dir: string;
  readonly #limit: number;
  readonly #buffers = new Map<string, T[]>();
  readonly #spilled = new Set<string>();
  #buffered = 0;

  constructor(dir: string, limitBytes = 256 * 1024 * 1024) {
    this.#dir = dir;
    this.#limit = limitBytes;
    mkdirSync(dir, { recursive: true });
  }

  /** Buffers a record; `approxBytes` is its estimated size in memory. */
  add(key: string, record: T, approxBytes: number): void {
    let buffer = this.#buffers.get(key);
    if (!buffer) this.#buffers.set(key, (buffer = []));
    buffer.push(record);
    this.#buffered += approxBytes;
    if (this.#buffered > this.#limit) this.flush();
  }

  /** Writes every buffer to its file. */
  flush(): void {
    for (const [key, records] of this.#buffers) {
      if (records.length === 0) continue;
      appendFileSync(this.#file(key), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
      this.#spilled.add(key);
      records.length = 0;
    }
    this.#buffered = 0;
  }

  keys(): string[] {
    return [...new Set([...this.#buffers.keys(), ...this.#spilled])].sort();
  }

  /** Every record of a key, in insertion order; its buffer is released. */
  take(key: string): T[] {
    const out: T[] = [];
    const file = this.#file(key);
    if (this.#spilled.has(key) && existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) if (line) out.push(JSON.parse(line) as T);
    }
    for (const record of this.#buffers.get(key) ?? []) out.push(record);
    this.#buffers.delete(key);
    return out;
  }

  #file(key: string): string {
    return join(this.#dir, `${key.replace(/[^A-Za-z0-9_-]/g, '_')}.jsonl`);
  }
}
