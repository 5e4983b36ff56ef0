import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';

/** A file written in pieces of about 64 KB, hashed as it goes. */
export class OutFile {
  readonly #fd: number;
  readonly #hash: Hash = createHash('sha256');
  #pending: string[] = [];
  #pendingLength = 0;
  #bytes = 0;

  constructor(path: string) {
    this.#fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.#pending.push(text);
    this.#pendingLength += text.length;
    if (this.#pendingLength > 65_536) this.#flush();
  }

  #flush(): void {
    const bytes = Buffer.from(this.#pending.join(''), 'utf8');
    writeSync(this.#fd, bytes);
    this.#hash.update(bytes);
    this.#bytes += bytes.length;
    this.#pending = [];
    this.#pendingLength = 0;
  }

  close(): { bytes: number; sha256: string } {
    this.#flush();
    closeSync(this.#fd);
    return { bytes: this.#bytes, sha256: this.#hash.digest('hex') };
  }
}
