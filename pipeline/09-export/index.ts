/**
 * Stage 8 — export: validated tables → the release files, then onto disk
 * atomically. Rendering is pure (tables in, bytes out); only `writeRelease`
 * (write.ts) touches the disk.
 */
import { TABLES, type Tables } from '../../schemas/index.ts';
import { toArrow } from './arrow.ts';
import type { Row } from './cells.ts';
import { columnsOf } from './columns.ts';
import { toCsv } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { toJson } from './json.ts';

const utf8 = new TextEncoder();

/** All files of a release, by name, in a fixed order. */
export function renderRelease(tables: Tables, version: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const described = [];
  for (const spec of TABLES) {
    const columns = columnsOf(spec.schema);
    const rows = tables[spec.name] as unknown as Row[];
    const csv = { path: `${spec.name}.csv`, bytes: utf8.encode(toCsv(columns, rows)) };
    const json = { path: `${spec.name}.json`, bytes: utf8.encode(toJson(columns, rows)) };
    const arrow = { path: `${spec.name}.arrow`, bytes: toArrow(columns, rows) };
    for (const f of [csv, json, arrow]) files.set(f.path, f.bytes);
    described.push({ spec, columns, rows: rows.length, files: { csv, json, arrow } });
  }
  files.set('datapackage.json', utf8.encode(dataPackage(described, version)));
  return files;
}

/** Writing is `write.ts`: output checks, lock, staging, swap, recovery. */
export { MARKER, OutputError, ReleaseWriter, writeRelease, type WriteOptions } from './write.ts';
