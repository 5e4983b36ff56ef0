// The downloads against the official schemas in ../shared/schemas: datapackage.json (Data Package
// 2.0) and the OCDS 1.1 release packages, for the bundled sample and the real files in ../shared/real.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DownloadIndex } from '../../src/lib/schema/downloads.ts';
import { importAndExport, REAL } from './helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SCHEMAS = new URL('../../../shared/schemas/', import.meta.url).pathname;
const haveSchemas = existsSync(join(SCHEMAS, 'datapackage-2.0/datapackage.json'));

function validator(file: string): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(SCHEMAS, 'datapackage-2.0', file), 'utf8')));
}

const made = new Map<string, Promise<{ out: string; index: DownloadIndex }>>();
/** The downloads of a data folder, made once for all the tests of this file. */
function downloadsOf(dataDir: string): Promise<{ out: string; index: DownloadIndex }> {
  let downloads = made.get(dataDir);
  if (!downloads) made.set(dataDir, (downloads = importAndExport(dataDir)));
  return downloads;
}

const sets = [
  { name: 'sample', dir: join(ROOT, 'data/sample'), present: true, referencePrices: true },
  // The real e-GP export leaves ราคากลาง blank on every row.
  { name: 'real files', dir: REAL, present: existsSync(REAL), referencePrices: false },
];

for (const set of sets) {
  describe.skipIf(!haveSchemas || !set.present)(`datapackage.json of the ${set.name}`, () => {
    let out: string;
    let index: DownloadIndex;
    beforeAll(async () => {
      ({ out, index } = await downloadsOf(set.dir));
    }, 180_000);

    it('is valid against the Data Package 2.0 profile, with a valid Table Schema per resource', () => {
      const pkg = validator('datapackage.json');
      const table = validator('tableschema.json');
      const resource = validator('dataresource.json');
      for (const scope of index.scopes.filter((s) => s.files.length)) {
        const descriptor = JSON.parse(readFileSync(join(out, scope.dir, 'datapackage.json'), 'utf8')) as { resources: { schema: unknown }[] };
        expect(pkg(descriptor), `${scope.dir}: ${JSON.stringify(pkg.errors)}`).toBe(true);
        for (const r of descriptor.resources) {
          expect(resource(r), `${scope.dir}: ${JSON.stringify(resource.errors)}`).toBe(true);
          expect(table(r.schema), `${scope.dir}: ${JSON.stringify(table.errors)}`).toBe(true);
        }
      }
    });

    it('the validators catch a broken descriptor (so the check above can fail)', () => {
      const all = index.scopes.find((s) => s.scope.kind === 'all')!;
      const descriptor = JSON.parse(readFileSync(join(out, all.dir, 'datapackage.json'), 'utf8')) as { resources: { hash: string; schema: { fields: { type: string }[] } }[] };
      expect(validator('datapackage.json')({ ...descriptor, resources: [] })).toBe(false);
      expect(validator('dataresource.json')({ ...descriptor.resources[0], hash: 'sha256:not-hex' })).toBe(false);
      const schema = structuredClone(descriptor.resources[0]!.schema);
      schema.fields[0]!.type = 'decimal';
      expect(validator('tableschema.json')(schema)).toBe(false);
    });

    it('describes each CSV with its real size, hash and row count, and states licence and sources', () => {
      const all = index.scopes.find((s) => s.scope.kind === 'all')!;
      const descriptor = JSON.parse(readFileSync(join(out, all.dir, 'datapackage.json'), 'utf8')) as {
        licenses: { name: string }[]; sources: { title: string }[];
        resources: { name: string; path: string; bytes: number; hash: string; rows: number; schema: { fields: { name: string; columnType?: string }[] } }[];
      };
      expect(descriptor.licenses[0]!.name).toBe('CC-BY-4.0');
      expect(descriptor.sources.map((s) => s.title)).toEqual(index.sources);
      for (const r of descriptor.resources) {
        const bytes = readFileSync(join(out, all.dir, r.path));
        expect(r.bytes, r.name).toBe(bytes.length);
        expect(r.hash, r.name).toMatch(/^sha256:[0-9a-f]{64}$/);
        // Lines = header + rows (no field of these files holds a line break).
        expect(bytes.toString('utf8').split('\r\n').length - 2, r.name).toBe(r.rows);
      }
      const budget = descriptor.resources.find((r) => r.name === 'budget_lines');
      if (budget) expect(budget.schema.fields.find((f) => f.name === 'amount')!.columnType).toBe('value');
    });
  });
}

/**
 * The official release package schema. The package schema asks for `uniqueItems` releases, which Ajv
 * checks by comparing every pair: for a national file of many thousand releases the envelope is checked
 * with one release, each release on its own against the release schema, and uniqueness by release id.
 */
function ocdsValidator(): { errors: unknown; (pkg: { releases: unknown[] }): boolean } {
  const ajv = new AjvDraft04({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const dir = join(SCHEMAS, 'ocds-1.1');
  const releaseSchema = JSON.parse(readFileSync(join(dir, 'release-schema.json'), 'utf8')) as { id: string };
  ajv.addSchema(releaseSchema);
  const envelope = ajv.compile(JSON.parse(readFileSync(join(dir, 'release-package-schema.json'), 'utf8')));
  const release = ajv.getSchema(releaseSchema.id)!;
  const check = (pkg: { releases: unknown[] }): boolean => {
    check.errors = null;
    if (!envelope({ ...pkg, releases: pkg.releases.slice(0, 1) })) return ((check.errors = envelope.errors), false);
    for (const r of pkg.releases) if (!release(r)) return ((check.errors = release.errors), false);
    const ids = pkg.releases.map((r) => `${(r as { ocid: string }).ocid} ${(r as { id: string }).id}`);
    if (new Set(ids).size !== ids.length) return ((check.errors = 'repeated release'), false);
    return true;
  };
  check.errors = null as unknown;
  return check;
}

const haveOcds = existsSync(join(SCHEMAS, 'ocds-1.1/release-package-schema.json'));

for (const set of sets) {
  describe.skipIf(!haveOcds || !set.present)(`OCDS 1.1 release packages of the ${set.name}`, () => {
    let out: string;
    let index: DownloadIndex;
    let validate: ReturnType<typeof ocdsValidator>;
    beforeAll(async () => {
      ({ out, index } = await downloadsOf(set.dir));
      validate = ocdsValidator();
    }, 180_000);

    it('are valid against the official release package schema, national and per LAO-year', () => {
      const packages = index.scopes.flatMap((s) => s.files.filter((f) => f.table === 'ocds' && f.format === 'json'));
      expect(packages.some((f) => f.path === 'all/ocds.json')).toBe(true);
      expect(packages.length).toBeGreaterThan(1);
      for (const file of packages) {
        const pkg = JSON.parse(readFileSync(join(out, file.path), 'utf8')) as { releases: unknown[] };
        expect(validate(pkg), `${file.path}: ${JSON.stringify(validate.errors).slice(0, 500)}`).toBe(true);
        expect(pkg.releases.length).toBe(file.rows);
      }
      // The validator is not a formality: a release without its ocid fails.
      const broken = JSON.parse(readFileSync(join(out, 'all/ocds.json'), 'utf8')) as { releases: Record<string, unknown>[] };
      delete broken.releases.at(-1)!.ocid;
      expect(validate(broken)).toBe(false);
      expect(validate({ ...broken, releases: [] })).toBe(false);
    });

    it('has one release per procurement project, with buyer, method, suppliers and tax ids, and the same releases line by line', () => {
      const pkg = JSON.parse(readFileSync(join(out, 'all/ocds.json'), 'utf8')) as { releases: Record<string, any>[] };
      const projects = index.scopes.find((s) => s.scope.kind === 'all')!.files.find((f) => f.path === 'all/procurement_projects.csv')!.rows;
      expect(pkg.releases.length).toBe(projects);
      expect(new Set(pkg.releases.map((r) => r.ocid)).size).toBe(projects);
      const lines = readFileSync(join(out, 'all/ocds.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
      expect(lines).toEqual(pkg.releases);
      const withContract = pkg.releases.find((r) => r.contracts?.length && r.parties.some((p: any) => p.identifier))!;
      expect(withContract.buyer.id).toMatch(/^TH-LAO-/);
      expect(withContract.parties.find((p: any) => p.id === withContract.buyer.id).roles).toEqual(['buyer', 'procuringEntity']);
      const supplier = withContract.parties.find((p: any) => p.roles.includes('supplier') && p.identifier);
      expect(supplier.identifier).toMatchObject({ scheme: 'TH-DBD', id: expect.stringMatching(/^0\d{12}$/) });
      expect(withContract.awards[0].suppliers[0].id).toBeTruthy();
      const methods = new Set(pkg.releases.map((r) => r.tender.procurementMethod).filter(Boolean));
      for (const m of methods) expect(['open', 'selective', 'limited', 'direct']).toContain(m);
      expect(pkg.releases.every((r) => !r.tender.procurementMethod || r.tender.procurementMethodDetails)).toBe(true);
    });

    it('puts each money level where OCDS means it: budget in planning, reference price as the tender value, contract values per contract', () => {
      const pkg = JSON.parse(readFileSync(join(out, 'all/ocds.json'), 'utf8')) as { releases: Record<string, any>[] };
      const rows = new Map((parse(readFileSync(join(out, 'all/procurement_projects.csv'), 'utf8').slice(1), { columns: true }) as Record<string, string>[])
        .map((r) => [r.procurement_id!, r]));
      const amount = (text: string | undefined) => (text ? Number(text) : undefined);
      let withReference = 0;
      for (const release of pkg.releases) {
        const row = rows.get(release.tender.id)!;
        expect(release.planning?.budget?.amount?.amount, release.ocid).toBe(amount(row.budget));
        expect(release.tender.value?.amount, release.ocid).toBe(amount(row.reference_price) ?? amount(row.budget));
        if (row.reference_price) withReference++;
        expect(release.tender.status, release.ocid).toBe(/ยกเลิก/.test(row.status ?? '') ? 'cancelled' : Number(row.contracts) > 0 ? 'complete' : undefined);
      }
      expect(withReference > 0).toBe(set.referencePrices);
    });
  });
}
