import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { createTextDecoder, detectEncoding, type TextEncodingName } from '../parse/encoding.ts';

/** What the first bytes of a file say about how to read it. */
export interface CsvSniff {
  /** null: the file is empty, or binary (see `binary`). */
  encoding: TextEncodingName | null;
  delimiter: ',' | ';' | '\t';
  binary: boolean;
  empty: boolean;
}

/** One CSV record and the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

const SNIFF_BYTES = 64 * 1024;

/** Reads the head of a file to choose its encoding and delimiter. */
export async function sniffCsv(path: string): Promise<CsvSniff> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    if (bytesRead === 0) return { encoding: null, delimiter: ',', binary: false, empty: true };
    const encoding = utf8WithStrayBytes(head) ? 'utf-8' : detectEncoding(head);
    const zip = head[0] === 0x50 && head[1] === 0x4b; // .xlsx and other zip files
    if (zip || (encoding !== 'utf-16le' && head.includes(0))) return { encoding: null, delimiter: ',', binary: true, empty: false };
    const text = createTextDecoder(encoding).decode(head);
    if (text.trim() === '') return { encoding, delimiter: ',', binary: false, empty: true };
    return { encoding, delimiter: guessDelimiter(text), binary: false, empty: false };
  } finally {
    await handle.close();
  }
}

/**
 * True for a UTF-8 file with a few bytes of another encoding in it (a row pasted in from a
 * Windows-874 file): strict UTF-8 fails, but most of its Thai decodes. Read as UTF-8, the foreign row
 * shows replacement characters and is reported on its own line, instead of the whole file turning to
 * mojibake. Windows-874 Thai read as UTF-8 gives almost no Thai at all.
 */
function utf8WithStrayBytes(head: Uint8Array): boolean {
  if (head[0] === 0xef || head[0] === 0xff) return false; // a BOM decides
  const strict = new TextDecoder('utf-8', { fatal: true });
  let clean = 0;
  let broken = 0;
  let start = 0;
  // Lines with bytes beyond ASCII: those that are valid UTF-8, and those that are not. The last line
  // may be cut in the middle of a character by the end of the head, and is left out.
  for (let end = head.indexOf(0x0a); end !== -1; start = end + 1, end = head.indexOf(0x0a, start)) {
    const line = head.subarray(start, end);
    if (!line.some((b) => b >= 0x80)) continue;
    try {
      strict.decode(line);
      clean++;
    } catch {
      broken++;
    }
  }
  return broken > 0 && clean > broken;
}

/** The delimiter used most, outside quotes, on the first non-blank lines. */
export function guessDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let lines = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
    else if (!quoted && ch === '\n' && ++lines >= 5) break;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

function lineBreaks(fields: readonly string[]): number {
  let n = 0;
  for (const field of fields) {
    if (field.indexOf('\n') === -1 && field.indexOf('\r') === -1) continue;
    n += field.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return n;
}

/** Thrown when the CSV cannot be read past a line (an unclosed quote). */
export class CsvSyntaxError extends Error {
  readonly line: number;
  /** csv-parse's error code, e.g. CSV_QUOTE_NOT_CLOSED, CSV_MAX_RECORD_SIZE. */
  readonly code: string;
  constructor(message: string, line: number, code = 'CSV_ERROR') {
    super(message);
    this.name = 'CsvSyntaxError';
    this.line = line;
    this.code = code;
  }
}

/**
 * Streams the records of a CSV file, decoded from its encoding, with the line each starts on.
 * Nothing is read whole: memory stays flat whatever the file size.
 */
export async function* readCsv(path: string, sniff: CsvSniff): AsyncGenerator<CsvRecord> {
  if (!sniff.encoding) return;
  const decoder = createTextDecoder(sniff.encoding);
  const parser = parse({
    delimiter: sniff.delimiter,
    // Any line end, not only the first one seen: a file edited by hand may mix CRLF and LF, and a
    // bare LF must not glue the next row into the last field of this one.
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: 16 * 1024 * 1024,
  });
  const source = createReadStream(path, { highWaterMark: 1024 * 1024 });
  source.on('data', (chunk) => {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    if (!parser.write(text)) source.pause();
  });
  parser.on('drain', () => source.resume());
  source.on('end', () => {
    const rest = decoder.decode();
    if (rest) parser.write(rest);
    parser.end();
  });
  source.on('error', (error) => parser.destroy(error));
  let line = 1;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      yield { line, fields };
      line += 1 + lineBreaks(fields);
    }
  } catch (error) {
    source.destroy();
    const code = (error as { code?: string }).code;
    if (code?.startsWith('CSV_')) throw new CsvSyntaxError((error as Error).message, line, code);
    throw error;
  }
}
