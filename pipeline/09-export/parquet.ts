/**
 * Parquet, written from the same Arrow table as the `.arrow` file (one schema,
 * read off the zod schemas): zstd, dictionary pages, DATE for days, LIST of
 * UTF8 for lists, REQUIRED only where the codebook forbids null. The Arrow
 * schema travels in the file's `ARROW:schema` metadata, so Arrow-based readers
 * (pyarrow, polars, R arrow) also get the vocabularies back as dictionary
 * (categorical) columns and every field's description.
 *
 * parquet-wasm (arrow-rs compiled to WebAssembly) writes the same bytes for
 * the same table on every run and machine; it takes Arrow IPC streams.
 */
import { tableFromIPC, tableToIPC, type Table } from 'apache-arrow';
import { Compression, readParquet, Table as WasmTable, writeParquet, WriterPropertiesBuilder } from 'parquet-wasm';
import { arrowTable, rowsOf } from './arrow.ts';
import type { Row } from './cells.ts';
import type { Column } from './columns.ts';

export function toParquet(columns: readonly Column[], rows: readonly Row[]): Uint8Array {
  return parquetOf(arrowTable(columns, rows));
}

export function parquetOf(table: Table): Uint8Array {
  // zstd at its default level (parquet-wasm offers no other); dictionary pages for every column, plain where a dictionary grows too large.
  const properties = new WriterPropertiesBuilder().setCompression(Compression.ZSTD).setDictionaryEnabled(true).build();
  // writeParquet consumes (frees) the wasm table and the properties.
  return writeParquet(WasmTable.fromIPCStream(tableToIPC(table, 'stream')), properties);
}

/** The Parquet file as an Arrow table (schema from its embedded Arrow schema). */
export function parquetTable(bytes: Uint8Array): Table {
  return tableFromIPC(readParquet(bytes).intoIPCStream());
}

/** Reads a Parquet file back into rows shaped like the JSON export. */
export function fromParquet(columns: readonly Column[], bytes: Uint8Array): Row[] {
  return rowsOf(columns, parquetTable(bytes));
}
