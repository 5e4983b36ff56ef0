// datapackage.json (Data Package 2.0) for one scope of the downloads: a resource per CSV file with
// its Table Schema (from the export tables' zod schemas), byte size, SHA-256 hash and row count, the
// sources and the licence. Budget fields carry Fiscal Data Package `columnType` hints.
import type { DownloadFile } from '../schema/downloads.ts';
import { columns, TABLES } from './catalog.ts';
import type { Licence } from './provenance.ts';

export interface PackageContext {
  name: string;
  title: string;
  description: string;
  imported: string;
  sources: string[];
  licence: Licence;
  homepage?: string;
}

export function tableSchema(tableName: string): Record<string, unknown> {
  const table = TABLES.find((t) => t.name === tableName);
  if (!table) throw new Error(`no export table ${tableName}`);
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: columns(table).map((c) => ({
      name: c.name,
      type: c.type,
      title: c.info.en,
      description: c.info.about.en,
      ...(c.type === 'number' ? { decimalChar: '.', groupChar: '' } : {}),
      ...(c.nullable ? {} : { constraints: { required: true } }),
      // Not in Table Schema itself; allowed as extra properties.
      ...(c.info.columnType ? { columnType: c.info.columnType } : {}),
      ...(c.info.unit ? { unit: c.info.unit } : {}),
      ...(c.info.source ? { sourceColumn: c.info.source } : {}),
      titleTh: c.info.th,
      descriptionTh: c.info.about.th,
    })),
    primaryKey: table.primaryKey,
    missingValues: [''],
  };
}

/** The descriptor of one scope's CSV files (paths relative to the descriptor). */
export function dataPackage(context: PackageContext, files: readonly DownloadFile[]): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: context.name,
    title: context.title,
    description: context.description,
    ...(context.homepage ? { homepage: context.homepage } : {}),
    created: `${context.imported}T00:00:00Z`,
    licenses: [{ name: context.licence.name, path: context.licence.url, title: context.licence.title }],
    sources: context.sources.map((title) => ({ title })),
    resources: files.filter((f) => f.format === 'csv').map((f) => {
      const table = TABLES.find((t) => t.name === f.table)!;
      return {
        name: f.table,
        type: 'table',
        path: f.path.split('/').at(-1)!,
        title: table.title.en,
        description: table.about.en,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: f.bytes,
        hash: `sha256:${f.sha256}`,
        rows: f.rows,
        dialect: { $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json', delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', header: true },
        schema: tableSchema(f.table),
      };
    }),
  };
}
