import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSampleCommand } from '../../../src/lib/sample/cli-options.ts';
import { runSampleCommand } from '../../../src/lib/sample/run-command.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'prongsai-sample-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function filesOf(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f))]));
}

function generateTwice(argv: string[]): [Map<string, Buffer>, Map<string, Buffer>] {
  const runs = [tempDir(), tempDir()].map((dir) => {
    const command = parseSampleCommand([...argv, '--out', dir]);
    if (command === 'help') throw new Error('unexpected help');
    runSampleCommand(command, dir, () => {});
    return filesOf(dir);
  });
  return runs as [Map<string, Buffer>, Map<string, Buffer>];
}

describe('sample generator determinism', () => {
  it('writes the default sample byte for byte the same twice', () => {
    const [a, b] = generateTwice([]);
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect(a.size).toBe(14);
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name) as Buffer), name).toBe(true);
  });

  it('writes a --laos 30 dataset byte for byte the same twice', () => {
    const [a, b] = generateTwice(['--laos', '30', '--years', '2']);
    expect(a.size).toBe(9);
    for (const [name, bytes] of a) expect(bytes.equals(b.get(name) as Buffer), name).toBe(true);
  }, 60_000);

  it('gives different data for another seed', () => {
    const [a] = generateTwice(['--laos', '5', '--years', '1']);
    const [c] = generateTwice(['--laos', '5', '--years', '1', '--seed', '7']);
    expect((a.get('procurement.csv') as Buffer).equals(c.get('procurement.csv') as Buffer)).toBe(false);
  }, 60_000);

  it('runs as a CLI and prints one line per file', () => {
    const dir = tempDir();
    const out = execFileSync(process.execPath, ['scripts/generate-sample.ts', '--laos', '3', '--years', '1', '--out', dir], { encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('write '))).toHaveLength(9);
    expect(lines[0]).toMatch(/^write organisations\.csv → 3 rows [\d.]+ (B|kB|MB) in [\d,]+ ms$/);
  }, 60_000);
});

describe('command line options', () => {
  it('defaults to the sample and implies national scale for --laos / --years', () => {
    expect(parseSampleCommand([])).toEqual({ scale: 'sample', outDir: null });
    expect(parseSampleCommand(['--laos', '30', '--out', '/tmp/x'])).toMatchObject({ scale: 'national', laos: 30 });
    expect(parseSampleCommand(['--scale', 'province', '--out', 'd'])).toMatchObject({ scale: 'province', outDir: 'd' });
  });

  it('rejects bad combinations with a readable message', () => {
    expect(() => parseSampleCommand(['--scale', 'national'])).toThrow(/needs --out/);
    expect(() => parseSampleCommand(['--scale', 'sample', '--laos', '3'])).toThrow(/fixed set/);
    expect(() => parseSampleCommand(['--laos', 'x', '--out', 'd'])).toThrow(/positive whole number/);
    expect(() => parseSampleCommand(['--years', '6', '--out', 'd'])).toThrow(/at most 5/);
    expect(() => parseSampleCommand(['--frobnicate'])).toThrow(/Unknown option/);
  });
});
