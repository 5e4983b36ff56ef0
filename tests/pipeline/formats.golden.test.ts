import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFolder, FIXTURES, importFolder } from './helpers.ts';

const formatsDir = join(FIXTURES, 'formats');
const files = readdirSync(formatsDir).filter((f) => f.endsWith('.csv')).sort();

// Each format is imported beside the organisations file (and the contracts of a download beside its
// procurement table) so LAO codes resolve, and the whole
// output — LAO data files, reconciliation and issues — is compared with a committed golden file.
describe('import golden files, one per format', () => {
  it('has a fixture for every format', async () => {
    const { ADAPTERS } = await import('../../src/lib/formats/registry.ts');
    expect(files.map((f) => f.replace('.csv', '')).sort()).toEqual(ADAPTERS.map((a) => a.spec.id).sort());
  });

  for (const file of files) {
    it(`${file}`, async () => {
      const inputs: Record<string, { copy: string }> = { [file]: { copy: join(formatsDir, file) } };
      if (file !== 'organisations.csv') inputs['organisations.csv'] = { copy: join(formatsDir, 'organisations.csv') };
      // Contracts read from a download belong to the projects of its procurement table.
      if (file === 'prongsai-contracts.csv') inputs['prongsai-procurement.csv'] = { copy: join(formatsDir, 'prongsai-procurement.csv') };
      const { result, laos } = await importFolder(dataFolder(inputs));
      const report = result.report.files.find((f) => f.path === file)!;
      expect(report.format).toBe(file.replace('.csv', ''));
      expect(report.rowsRead).toBe(report.rowsImported + report.rowsRejected);
      const golden = { report, issues: result.report.issues.filter((i) => i.file === file), laos: laos.filter((l) => Object.keys(l.years).length || l.planProjects.length || l.planIndicators.length), vendors: result.vendors };
      await expect(JSON.stringify(golden, null, 1) + '\n').toMatchFileSnapshot(`./golden/${file.replace('.csv', '.json')}`);
    });
  }
});
