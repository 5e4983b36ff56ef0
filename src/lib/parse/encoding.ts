/** Encodings Prongsai reads. Windows-874 is a superset of TIS-620 (adds €, …, curly quotes). */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-874';

/**
 * Guesses the encoding from the first bytes of a file: a BOM wins; otherwise bytes that decode
 * as strict UTF-8 are UTF-8, and anything else is taken as Windows-874 (Thai Excel's "CSV").
 * `head` may end in the middle of a character: a truncated last sequence is not held against UTF-8.
 */
export function detectEncoding(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-874';
  }
}

/** A streaming decoder for the encoding; BOMs are removed. */
export function createTextDecoder(encoding: TextEncodingName): TextDecoder {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  return new TextDecoder(label, { fatal: false, ignoreBOM: false });
}

// Windows-874 bytes 0x80–0x9F that are not the TIS-620 block.
const WINDOWS_874_EXTRA: Record<string, number> = {
  '€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
};

/**
 * Encodes text as Windows-874, as Thai Windows Excel saves CSV. Used by the sample generator and
 * tests; a character with no Windows-874 byte throws, because silently writing '?' would corrupt data.
 */
export function encodeWindows874(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    let byte: number | undefined;
    if (code < 0x80) byte = code;
    else if (code === 0xa0) byte = 0xa0;
    else if (code >= 0x0e01 && code <= 0x0e5b) byte = code - 0x0e01 + 0xa1;
    else byte = WINDOWS_874_EXTRA[ch];
    if (byte === undefined || (code >= 0x0e3b && code <= 0x0e3e)) {
      throw new RangeError(`Character U+${code.toString(16).toUpperCase().padStart(4, '0')} (${ch}) has no Windows-874 byte`);
    }
    out[n++] = byte;
  }
  return out.subarray(0, n);
}
