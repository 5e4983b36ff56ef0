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

const CHUNK_BYTES = 1 << 20;
const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** Opens (truncates) a CSV file for streaming writes through a 1 MB buffer. */
export function openCsvFile(path: string, encoding: FileEncoding = 'utf-8'): CsvFileWriter {
  const started = performance.now();
  const fd = openSync(path, 'w');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  let bytes = 0;
  let rows = 0;
  const writeBytes = (data: Uint8Array): void => {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
    bytes += data.length;
  };
  const flush = (): void => {
    if (used === 0) return;
    writeBytes(buffer.subarray(0, used));
    used = 0;
  };
  const push = (text: string): void => {
    if (encoding === 'windows-874') {
      flush();
      writeBytes(encodeWindows874(text));
      return;
    }
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    if (used + text.length * 3 > CHUNK_BYTES) flush();
    if (text.length * 3 > CHUNK_BYTES) writeBytes(Buffer.from(text, 'utf8'));
    else used += buffer.write(text, used, 'utf8');
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
