/**
 * A Frictionless data package (v2) describing every file of the release,
 * generated from the zod schemas: field types, vocabularies, keys, the CSV
 * conventions, and each file's size and sha256. No timestamp, so the same
 * data gives the same bytes.
 */
import { createHash } from 'node:crypto';
import type { TableSpec } from '../../schemas/index.ts';
import type { Column } from './columns.ts';

const FRICTIONLESS_TYPE = { string: 'string', vocab: 'string', date: 'date', int: 'integer', float: 'number', bool: 'boolean', list: 'list' } as const;

function field(column: Column): Record<string, unknown> {
  const out: Record<string, unknown> = { name: column.name, type: FRICTIONLESS_TYPE[column.kind], description: column.description };
  if (column.kind === 'list') {
    out.delimiter = '|';
    out.itemType = 'string';
  }
  const constraints: Record<string, unknown> = {};
  if (!column.nullable && column.kind !== 'list') constraints.required = true;
  if (column.kind === 'vocab') constraints.enum = column.values;
  if (column.kind === 'string' && column.pattern) constraints.pattern = column.pattern;
  if (Object.keys(constraints).length > 0) out.constraints = constraints;
  if (column.kind === 'bool') {
    out.trueValues = ['true'];
    out.falseValues = ['false'];
  }
  return out;
}

export interface PackageFile {
  path: string;
  bytes: Uint8Array;
}

export function dataPackage(
  tables: readonly { spec: TableSpec; columns: readonly Column[]; rows: number; files: { csv: PackageFile; json: PackageFile; arrow: PackageFile } }[],
  version: string,
): string {
  const describe = (file: PackageFile) => ({ path: file.path, bytes: file.bytes.length, hash: `sha256:${createHash('sha256').update(file.bytes).digest('hex')}` });
  const resources = tables.flatMap(({ spec, columns, rows, files }) => [
    {
      name: spec.name,
      ...describe(files.csv),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: `${spec.description} ${rows} rows. Text cells that start with = + - @ tab CR or LF are prefixed with an apostrophe in this CSV only (spreadsheet formula defusing); the JSON and Arrow files keep the exact text.`,
      dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: columns.map(field),
        missingValues: [''],
        primaryKey: [spec.primaryKey],
        foreignKeys: spec.foreignKeys.map((fk) => ({ fields: [fk.field], reference: { resource: fk.table, fields: [fk.reference] } })),
      },
    },
    { name: `${spec.name}-json`, ...describe(files.json), format: 'json', mediatype: 'application/json', description: `${spec.name} as a JSON array of row objects, keys in the order of the CSV columns.` },
    {
      name: `${spec.name}-arrow`,
      ...describe(files.arrow),
      format: 'arrow',
      mediatype: 'application/vnd.apache.arrow.file',
      description: `${spec.name} as an Arrow IPC file: vocabularies dictionary-encoded, dates Date32, counts and offsets Int32, lists List<Utf8>.`,
    },
  ]);
  const pkg = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'cybercoop',
    title: 'cybercoop — cybersecurity cooperation events, participants and agreements from French-language press about Vietnam',
    version,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }, { name: 'ODbL-1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/', title: 'Open Database License 1.0: the country names and demonyms, obtained from the world-countries database (github.com/mledoze/countries, Mohammed Le Doze and contributors); see NOTICE' }],
    resources,
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
