// Property-based tests of encoding detection and decoding (src/lib/parse/encoding.ts): random bytes,
// UTF-8 with and without BOM, UTF-16LE and Windows-874 (Thai Excel's "CSV").
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTextDecoder, detectEncoding, encodeWindows874 } from '../../../src/lib/parse/encoding.ts';
import type { TextEncodingName } from '../../../src/lib/parse/encoding.ts';
import { hostileString } from './arbitraries.ts';

const ENCODINGS: TextEncodingName[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'windows-874'];
const BOM = [0xef, 0xbb, 0xbf];
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Characters Windows-874 can hold: ASCII, NBSP, the Thai block but U+0E3B–U+0E3E, and its nine extras. */
const windows874Char = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x0e01, max: 0x0e5b }).filter((c) => c < 0x0e3b || c > 0x0e3e).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u00A0', '€', '…', '‘', '’', '“', '”', '•', '–', '—'),
);
const windows874Text = fc.string({ unit: windows874Char, maxLength: 200 });

/** Decodes `bytes` in chunks cut at `cuts` (fractions of the length), as a stream reader would. */
function decodeInChunks(encoding: TextEncodingName, bytes: Uint8Array, cuts: number[]): string {
  const points = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b);
  const decoder = createTextDecoder(encoding);
  let text = '';
  let from = 0;
  for (const to of points) {
    text += decoder.decode(bytes.subarray(from, to), { stream: true });
    from = to;
  }
  return text + decoder.decode(bytes.subarray(from));
}

const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 });

describe('detectEncoding and decoding never throw', () => {
  it('any bytes get one of the four encodings, and decode in it, whole or in chunks', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), cuts, (bytes, at) => {
        const encoding = detectEncoding(bytes);
        expect(ENCODINGS).toContain(encoding);
        const whole = createTextDecoder(encoding).decode(bytes);
        expect(decodeInChunks(encoding, bytes, at)).toBe(whole);
      }),
      { numRuns: 1000 },
    );
  });

  it('any bytes decode without throwing in every encoding (bad bytes become U+FFFD)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        for (const encoding of ENCODINGS) expect(typeof createTextDecoder(encoding).decode(bytes)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('a BOM decides: EF BB BF is UTF-8 with BOM, FF FE is UTF-16LE', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (rest) => {
        expect(detectEncoding(new Uint8Array([...BOM, ...rest]))).toBe('utf-8-bom');
        expect(detectEncoding(new Uint8Array([0xff, 0xfe, ...rest]))).toBe('utf-16le');
      }),
    );
  });
});

describe('text round-trips through its bytes', () => {
  it('UTF-8 with or without BOM is detected and decoded back, even cut short or read in chunks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), hostileString, fc.boolean(), cuts, (a, b, withBom, at) => {
        const text = (a + b).toWellFormed();
        fc.pre(!text.startsWith('\uFEFF')); // a leading U+FEFF without a BOM is itself read as the BOM
        const bytes = new Uint8Array([...(withBom ? BOM : []), ...utf8(text)]);
        const encoding = detectEncoding(bytes);
        expect(encoding).toBe(withBom ? 'utf-8-bom' : 'utf-8');
        expect(createTextDecoder(encoding).decode(bytes)).toBe(text);
        expect(decodeInChunks(encoding, bytes, at)).toBe(text);
        // A head cut anywhere, even inside a character, is still UTF-8.
        const head = bytes.subarray(0, Math.floor((at[0] ?? 1) * bytes.length));
        expect(detectEncoding(head)).toBe(withBom && head.length >= 3 ? 'utf-8-bom' : 'utf-8');
      }),
      { numRuns: 1000 },
    );
  });

  it('UTF-16LE with BOM is detected and decoded back', () => {
    fc.assert(
      fc.property(hostileString, (raw) => {
        const text = raw.toWellFormed();
        const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
        expect(detectEncoding(bytes)).toBe('utf-16le');
        expect(createTextDecoder('utf-16le').decode(bytes)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('encodeWindows874 writes one byte a character, and Windows-874 decoding gives the text back', () => {
    fc.assert(
      fc.property(windows874Text, cuts, (text, at) => {
        const bytes = encodeWindows874(text);
        expect(bytes.length).toBe([...text].length);
        expect(createTextDecoder('windows-874').decode(bytes)).toBe(text);
        expect(decodeInChunks('windows-874', bytes, at)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('Thai text saved as Windows-874 is detected as such when a byte cannot be UTF-8', () => {
    // ก–ฟ are bytes A1–BF, UTF-8 continuation bytes: after ASCII, or at the start, they are invalid UTF-8.
    const continuationLetter = fc.integer({ min: 0x0e01, max: 0x0e1f }).map((c) => String.fromCharCode(c));
    const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 20 });
    fc.assert(
      fc.property(ascii, continuationLetter, windows874Text, (before, letter, after) => {
        const text = before + letter + after;
        const bytes = encodeWindows874(text);
        expect(detectEncoding(bytes)).toBe('windows-874');
        expect(createTextDecoder(detectEncoding(bytes)).decode(bytes)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('encodeWindows874 throws a RangeError, and nothing else, on a character it cannot hold', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        let bytes: Uint8Array | null = null;
        try {
          bytes = encodeWindows874(text);
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
          return;
        }
        expect(createTextDecoder('windows-874').decode(bytes)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});
