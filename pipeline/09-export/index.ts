/**
 * Stage 8 — export: validated tables → the release files, then onto disk
 * atomically. Rendering is pure (tables in, bytes out); only `writeRelease`
 * (write.ts) touches the disk.
 */
import { TABLES, type Tables } from '../../schemas/index.ts';
import { arrowFile, arrowTable } from './arrow.ts';
import type { Row } from './cells.ts';
import { columnsOf } from './columns.ts';
import { toCsv } from './csv.ts';
import { dataPackage, type PackagedTable } from './datapackage.ts';
import { dataDictionary } from './dictionary.ts';
import { toJson } from './json.ts';
import { jsonSchemaOf } from './jsonschema.ts';
import { parquetOf } from './parquet.ts';

const utf8 = new TextEncoder();

/** All files of a release, by name, in a fixed order. */
export function renderRelease(tables: Tables, version: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const described: PackagedTable[] = [];
  for (const spec of TABLES) {
    const columns = columnsOf(spec.schema);
    const rows = tables[spec.name] as unknown as Row[];
    const csv = { path: `${spec.name}.csv`, bytes: utf8.encode(toCsv(columns, rows)) };
    const json = { path: `${spec.name}.json`, bytes: utf8.encode(toJson(columns, rows)) };
    // One Arrow table for both binary formats: the Parquet file embeds the same schema the Arrow file has.
    const table = arrowTable(columns, rows);
    const parquet = { path: `${spec.name}.parquet`, bytes: parquetOf(table) };
    const arrow = { path: `${spec.name}.arrow`, bytes: arrowFile(table) };
    const jsonSchema = { path: `${spec.name}.schema.json`, bytes: utf8.encode(jsonSchemaOf(spec)) };
    for (const f of [csv, json, parquet, arrow, jsonSchema]) files.set(f.path, f.bytes);
    described.push({ spec, columns, rows: rows.length, files: { csv, json, parquet, arrow }, jsonSchema });
  }
  const dictionary = {
    path: 'README.md',
    bytes: utf8.encode(
      dataDictionary({
        version,
        articles: tables.articles,
        tables: described.map((t) => ({ spec: t.spec, columns: t.columns, rows: t.rows, files: [t.files.csv, t.files.json, t.files.parquet, t.files.arrow, t.jsonSchema].map((f) => ({ path: f.path, bytes: f.bytes.length })) })),
      }),
    ),
  };
  files.set(dictionary.path, dictionary.bytes);
  files.set('datapackage.json', utf8.encode(dataPackage({ version, tables: described, articles: tables.articles, dictionary })));
  return files;
}

/** Writing is `write.ts`: output checks, lock, staging, swap, recovery. */
export { MARKER, OutputError, ReleaseWriter, writeRelease, type WriteOptions } from './write.ts';
