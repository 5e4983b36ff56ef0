import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFormatMarkdown } from '../../src/lib/formats/docs.ts';
import { parseCliArgs } from '../../src/pipeline/cli-args.ts';
import { importToDisk } from '../../src/pipeline/import-to-disk.ts';
import { dataFolder, FIXTURES } from './helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('parseCliArgs', () => {
  it('takes --data, then PRONGSAI_DATA, then data/', () => {
    expect(parseCliArgs(['--data', '/x'], {}, '/p').dataDir).toBe('/x');
    expect(parseCliArgs(['--data=/y', '--strict'], {}, '/p')).toMatchObject({ dataDir: '/y', strict: true });
    expect(parseCliArgs([], { PRONGSAI_DATA: '/z' }, '/p').dataDir).toBe('/z');
    expect(parseCliArgs([], {}, '/p')).toMatchObject({ dataDir: '/p/data', strict: false, outDir: '/p/content/generated' });
    expect(parseCliArgs(['--data', '~/exports'], { HOME: '/home/a' }, '/p').dataDir).toBe('/home/a/exports');
    expect(() => parseCliArgs(['--dta', 'x'], {}, '/p')).toThrow(/Unknown option --dta/);
  });
  it('takes --dist for the site folder, else dist/', () => {
    expect(parseCliArgs([], {}, '/p').distDir).toBe('/p/dist');
    expect(parseCliArgs(['--dist', '/tmp/site'], {}, '/p').distDir).toBe('/tmp/site');
    expect(parseCliArgs(['--dist=dist-real'], {}, '/p').distDir).toMatch(/\/dist-real$/);
    expect(parseCliArgs([], {}, '/p').reuseImport).toBe(false);
    expect(parseCliArgs(['--no-import'], {}, '/p').reuseImport).toBe(true);
    expect(parseCliArgs([], {}, '/p').full).toBe(false);
    expect(parseCliArgs(['--full'], {}, '/p').full).toBe(true);
  });
});

describe('importToDisk', () => {
  const quiet = () => {};

  it('writes content, quality.json and quality.csv, and replaces the previous output', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'prongsai-out-')), 'generated');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'stale.json'), '{}');
    const { failed, result } = await importToDisk({ dataDir: join(FIXTURES, 'formats'), outDir, strict: true, projectRoot: ROOT, log: quiet });
    expect(failed).toBe(false);
    expect(existsSync(join(outDir, 'stale.json'))).toBe(false);
    expect(JSON.parse(readFileSync(join(outDir, 'laos.json'), 'utf8'))).toHaveLength(result.laos.length);
    expect(existsSync(join(outDir, 'lao', '5510101.json'))).toBe(true);
    const csv = readFileSync(join(outDir, 'quality.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFseverity,code,file,row,column,value,message_th,message_en,hint_th,hint_en\r\n')).toBe(true);
    expect(JSON.parse(readFileSync(join(outDir, 'meta.json'), 'utf8'))).toMatchObject({ sample: false });
    // Each vendor's contracts across LAOs, for its page, one file per vendor.
    for (const vendor of result.vendors) expect(existsSync(join(outDir, 'vendor', `${vendor.id}.json`)), vendor.id).toBe(true);
  });

  it('--strict with an error fails and leaves the previous output intact', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'prongsai-out-')), 'generated');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'laos.json'), '["previous"]');
    const dataDir = dataFolder({ 'bad.csv': 'foo,bar\n1,2\n' });
    const lines: string[] = [];
    const { failed } = await importToDisk({ dataDir, outDir, strict: true, projectRoot: ROOT, log: (l) => lines.push(l) });
    expect(failed).toBe(true);
    expect(readFileSync(join(outDir, 'laos.json'), 'utf8')).toBe('["previous"]');
    expect(lines.join('\n')).toContain('bad.csv:1 UnknownFormat');
    expect(lines.join('\n')).toContain('✓ bad.csv [unrecognised, utf-8]: 0 = 0 + 0');
  });

  it('is deterministic: the same input gives byte-identical output', async () => {
    const a = join(mkdtempSync(join(tmpdir(), 'prongsai-a-')), 'g');
    const b = join(mkdtempSync(join(tmpdir(), 'prongsai-b-')), 'g');
    await importToDisk({ dataDir: join(FIXTURES, 'formats'), outDir: a, strict: false, projectRoot: ROOT, log: quiet });
    await importToDisk({ dataDir: join(FIXTURES, 'formats'), outDir: b, strict: false, projectRoot: ROOT, log: quiet });
    for (const f of ['laos.json', 'vendors.json', 'quality.json', 'quality.csv', 'lao/5510101.json']) {
      expect(readFileSync(join(a, f), 'utf8'), f).toBe(readFileSync(join(b, f), 'utf8'));
    }
  });
});

describe('docs/data-format.md', () => {
  it('is generated from the format specs (run npm run docs after changing a format)', () => {
    expect(readFileSync(join(ROOT, 'docs/data-format.md'), 'utf8')).toBe(dataFormatMarkdown());
  });
});

describe('config/red-flags.schema.json', () => {
  it('is generated from the zod schema (run npm run docs after changing it), and the shipped config passes it', async () => {
    const { flagConfigJsonSchema } = await import('../../src/lib/flags/config.ts');
    const schema = JSON.parse(readFileSync(join(ROOT, 'config/red-flags.schema.json'), 'utf8'));
    expect(schema).toEqual(flagConfigJsonSchema());
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(JSON.parse(readFileSync(join(ROOT, 'config/red-flags.json'), 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ thresholds: {} })).toBe(false);
  });
});

describe('docs/configuration.md and docs/prongsai.config.schema.json', () => {
  it('are generated from the configuration schema (run npm run docs after changing it), and the starter passes the schema', async () => {
    const { configurationMarkdown } = await import('../../src/lib/config/docs.ts');
    const { siteConfigJsonSchema } = await import('../../src/lib/config/site-config.ts');
    expect(readFileSync(join(ROOT, 'docs/configuration.md'), 'utf8')).toBe(configurationMarkdown());
    const schema = JSON.parse(readFileSync(join(ROOT, 'docs/prongsai.config.schema.json'), 'utf8'));
    expect(schema).toEqual(siteConfigJsonSchema());
    const { parse } = await import('yaml');
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(parse(readFileSync(join(ROOT, 'starter/prongsai.config.yaml'), 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ titel: 'x' })).toBe(false);
  });
});
