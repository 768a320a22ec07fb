/**
 * Stage 8 — export: validated tables → the release files, then onto disk
 * atomically. Rendering is pure (tables in, bytes out); only `writeRelease`
 * touches the disk.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
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

/**
 * Writes into a fresh sibling folder and swaps it in only when every file is
 * written, so an interrupted run never leaves a half-written release.
 */
export async function writeRelease(outDir: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(path.resolve(outDir));
  await mkdir(parent, { recursive: true });
  const staging = path.join(parent, `.${base}.writing-${process.pid}`);
  const previous = path.join(parent, `.${base}.previous-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  for (const [name, bytes] of files) await writeFile(path.join(staging, name), bytes);
  let moved = false;
  try {
    await rename(outDir, previous);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await rename(staging, outDir);
  if (moved) await rm(previous, { recursive: true, force: true });
}
