// The static JSON API written from the sample: a file for every LAO-year, procurement project, plan
// project and vendor, every link between files resolves, and rows match the download tables.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../src/lib/export/api.ts';
import { LaoDataSchema, type LaoData } from '../../src/lib/schema/site.ts';
import { importToDisk } from '../../src/pipeline/import-to-disk.ts';
import { writeApi } from '../../src/pipeline/write-api.ts';
import { filesUnder } from './helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('static JSON API of the sample', () => {
  let out: string;
  let laos: LaoData[];
  let files: Map<string, Record<string, unknown>>;
  beforeAll(async () => {
    const generated = join(mkdtempSync(join(tmpdir(), 'prongsai-api-')), 'g');
    await importToDisk({ dataDir: join(ROOT, 'data/sample'), outDir: generated, strict: true, projectRoot: ROOT, log: () => {} });
    out = join(generated, 'api-files');
    writeApi(generated, out);
    laos = readdirSync(join(generated, 'lao')).sort().map((f) => LaoDataSchema.parse(JSON.parse(readFileSync(join(generated, 'lao', f), 'utf8'))));
    files = new Map([...filesUnder(out)].map(([path, bytes]) => [`/${path}`, JSON.parse(bytes.toString('utf8')) as Record<string, unknown>]));
  }, 60_000);

  it('has a file for every procurement project, plan project and LAO-year, at URLs made of their ids', () => {
    for (const data of laos) {
      for (const p of data.procurements) {
        const file = files.get(apiPath.procurement(p));
        expect(file, p.id).toBeDefined();
        expect(file).toMatchObject({ kind: 'procurement_project', procurement_id: p.id, contracts: expect.any(Array) });
        expect((file!.contracts as unknown[]).length).toBe(p.contracts.length);
      }
      for (const p of data.planProjects) {
        const file = files.get(apiPath.planProject(p));
        expect(file, p.id).toMatchObject({ kind: 'plan_project' });
        expect((file!.years as { plan_project_id: string }[]).map((r) => r.plan_project_id)).toEqual(expect.arrayContaining([p.id]));
      }
      for (const fy of Object.keys(data.years)) expect(files.get(apiPath.laoYear(data.lao.id, fy)), `${data.lao.id} ${fy}`).toMatchObject({ kind: 'lao_year', fiscal_year: Number(fy) });
    }
    const e = laos.flatMap((d) => d.procurements).find((p) => p.sourceId)!;
    expect(apiPath.procurement(e)).toBe(`/api/lao/${e.laoId}/procurement/${e.sourceId}.json`);
  });

  it('links only to files that exist (or to the LAO summaries, which are Astro endpoints)', () => {
    const links: string[] = [];
    const collect = (value: unknown, key = '') => {
      if (typeof value === 'string' && value.startsWith('/api/') && /api$|^api|_api$|plan_project$|lao_year$/.test(key)) links.push(value);
      else if (Array.isArray(value)) value.forEach((v) => collect(v, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k === '' ? key : k);
    };
    for (const file of files.values()) collect(file);
    expect(links.length).toBeGreaterThan(100);
    const summaries = new Set(laos.map((d) => apiPath.lao(d.lao.id)));
    for (const link of new Set(links)) expect(files.has(link) || summaries.has(link), link).toBe(true);
    expect(existsSync(join(out, 'api/lao'))).toBe(true);
  });

  it('gives a vendor every contract, each linked to its procurement project', () => {
    const vendors = [...files.entries()].filter(([path]) => path.startsWith('/api/vendor/'));
    expect(vendors.length).toBe(60);
    const contracts = laos.flatMap((d) => d.procurements.flatMap((p) => p.contracts));
    const total = vendors.reduce((n, [, v]) => n + (v.contracts as unknown[]).length, 0);
    expect(total).toBe(contracts.filter((c) => c.vendorId).length);
    for (const [, v] of vendors) for (const c of v.contracts as { procurement_api: string }[]) expect(files.has(c.procurement_api), c.procurement_api).toBe(true);
  });
});
