import { closeSync, openSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { encodeWindows874 } from '../parse/encoding.ts';
import { csvLine } from './csv.ts';

/** How a generated file is encoded on disk. */
export type FileEncoding = 'utf-8' | 'utf-8-bom' | 'windows-874';

/** What one written file holds: data rows (header and preamble lines not counted) and bytes. */
export interface FileStats {
  file: string;
  rows: number;
  bytes: number;
  ms: number;
}

/** A CSV file written in chunks, so a national-size file never sits whole in memory. */
export interface CsvFileWriter {
  /** A line written as is (CRLF added): preambles such as 'แบบ สขร.1'. */
  writeText(line: string): void;
  /** The header record (not counted as a row). */
  writeHeader(fields: readonly string[]): void;
  /** One data record. */
  writeRow(fields: readonly string[]): void;
  /** Flushes, closes and reports. */
  close(): FileStats;
}

const CHUNK_CHARS = 1 << 18;
const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** Opens (truncates) a CSV file for streaming writes. */
export function openCsvFile(path: string, encoding: FileEncoding = 'utf-8'): CsvFileWriter {
  const started = performance.now();
  const fd = openSync(path, 'w');
  let pending: string[] = [];
  let pendingChars = 0;
  let bytes = 0;
  let rows = 0;
  const writeBytes = (data: Uint8Array): void => {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
    bytes += data.length;
  };
  const flush = (): void => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    pendingChars = 0;
    writeBytes(encoding === 'windows-874' ? encodeWindows874(text) : Buffer.from(text, 'utf8'));
  };
  const push = (text: string): void => {
    pending.push(text);
    pendingChars += text.length;
    if (pendingChars >= CHUNK_CHARS) flush();
  };
  if (encoding === 'utf-8-bom') writeBytes(UTF8_BOM);
  return {
    writeText: (line) => push(line + '\r\n'),
    writeHeader: (fields) => push(csvLine(fields)),
    writeRow: (fields) => {
      push(csvLine(fields));
      rows++;
    },
    close: () => {
      flush();
      closeSync(fd);
      return { file: basename(path), rows, bytes, ms: performance.now() - started };
    },
  };
}
