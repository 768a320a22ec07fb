/**
 * The release as a stream of files, each a stream of chunks, so that no
 * table is ever held as one string or one buffer (V8 caps a string near
 * 512 MB; the mentions of 100,000 articles are more): CSV and JSON a few
 * thousand rows at a time, Arrow and Parquet one record batch of BATCH_ROWS
 * rows at a time (a table that fits in one batch gives the same bytes as
 * when it was written whole). The data dictionary and datapackage.json come
 * last: they give every other file's size and hash, measured as it streams.
 */
import { createHash } from 'node:crypto';
import { RecordBatchFileWriter, tableToIPC } from 'apache-arrow';
import { Compression, Table as WasmTable, transformParquetStream, writeParquet, WriterPropertiesBuilder } from 'parquet-wasm';
import { TABLES, type Tables } from '../../schemas/index.ts';
import { arrowTable } from './arrow.ts';
import { toCsvCell, type Row } from './cells.ts';
import { columnsOf, type Column } from './columns.ts';
import { dataPackage, type PackagedTable } from './datapackage.ts';
import { dataDictionary } from './dictionary.ts';
import { jsonSchemaOf } from './jsonschema.ts';

/** Rows per Arrow record batch and Parquet write. */
export const BATCH_ROWS = 65_536;
/** Rows per CSV or JSON chunk. */
const TEXT_ROWS = 4096;

export interface StreamedFile {
  path: string;
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

const utf8 = new TextEncoder();

/**
 * One CSV cell as Papa.unparse writes it (the dialect the codebook fixes):
 * quoted when it holds a quote, a comma, a line break or a BOM, or starts or
 * ends with a space; quotes doubled. tests/09-export.test.ts holds it to Papa
 * on random text.
 */
const NEEDS_QUOTES = /[",\r\n\ufeff]|^ | $/;
export function csvCell(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function* csvChunks(columns: readonly Column[], rows: readonly Row[]): Generator<Uint8Array> {
  // The same dialect as one Papa.unparse of the whole table: header, `\n` between rows, one at the end.
  yield utf8.encode(`${columns.map((c) => csvCell(c.name)).join(',')}\n`);
  for (let i = 0; i < rows.length; i += TEXT_ROWS) {
    let text = '';
    const end = Math.min(rows.length, i + TEXT_ROWS);
    for (let r = i; r < end; r++) {
      const row = rows[r]!;
      let line = '';
      for (let c = 0; c < columns.length; c++) {
        const column = columns[c]!;
        line += (c === 0 ? '' : ',') + csvCell(toCsvCell(column, row[column.name] ?? null));
      }
      text += `${line}\n`;
    }
    yield utf8.encode(text);
  }
}

/** One JSON row, keys in column order: what JSON.stringify gives for the row object, without building it. */
function jsonRow(columns: readonly Column[], keys: readonly string[], row: Row): string {
  let out = '{';
  for (let c = 0; c < columns.length; c++) {
    const v = row[columns[c]!.name] ?? null;
    out += `${keys[c]}${v === null ? 'null' : typeof v === 'string' ? JSON.stringify(v) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v)}`;
  }
  return `${out}}`;
}

export function* jsonChunks(columns: readonly Column[], rows: readonly Row[]): Generator<Uint8Array> {
  if (rows.length === 0) {
    yield utf8.encode('[]\n');
    return;
  }
  const keys = columns.map((c, i) => `${i === 0 ? '' : ','}${JSON.stringify(c.name)}:`);
  for (let i = 0; i < rows.length; i += TEXT_ROWS) {
    const lines = rows.slice(i, i + TEXT_ROWS).map((row) => jsonRow(columns, keys, row));
    yield utf8.encode(`${i === 0 ? '[\n' : ',\n'}${lines.join(',\n')}`);
  }
  yield utf8.encode('\n]\n');
}

/** The record batches of a table, built one at a time. */
function* batchesOf(columns: readonly Column[], rows: readonly Row[], size: number) {
  for (let i = 0; i === 0 || i < rows.length; i += size) yield arrowTable(columns, rows.slice(i, i + size));
}

/**
 * The Arrow IPC file, a batch at a time: the writer's output queue is taken
 * as it fills (apache-arrow keeps it in `_sink._values` until someone reads).
 */
export function* arrowChunks(columns: readonly Column[], rows: readonly Row[], batchRows = BATCH_ROWS): Generator<Uint8Array> {
  const writer = new RecordBatchFileWriter();
  const queue = (writer as unknown as { _sink: { _values?: unknown } })._sink;
  const take = function* (): Generator<Uint8Array> {
    const values = queue._values;
    if (!Array.isArray(values)) throw new Error('apache-arrow: the writer keeps its output elsewhere; pipeline/09-export/stream.ts must be updated for this version');
    for (const chunk of values.splice(0) as Uint8Array[]) yield chunk;
  };
  for (const table of batchesOf(columns, rows, batchRows)) {
    for (const batch of table.batches) writer.write(batch);
    yield* take();
  }
  writer.finish();
  yield* take();
}

function parquetProperties(batchRows = BATCH_ROWS) {
  // zstd at its default level (parquet-wasm offers no other); dictionary pages for every column, plain where a dictionary grows too large.
  return new WriterPropertiesBuilder().setCompression(Compression.ZSTD).setDictionaryEnabled(true).setMaxRowGroupSize(batchRows).build();
}

/** The Parquet file from the same record batches, through parquet-wasm's streaming writer. */
export async function* parquetChunks(columns: readonly Column[], rows: readonly Row[], batchRows = BATCH_ROWS): AsyncGenerator<Uint8Array> {
  // One batch: written whole, the same bytes as streamed, and no stream to set up.
  if (rows.length <= batchRows) {
    yield parquetWhole(columns, rows);
    return;
  }
  const batches = batchesOf(columns, rows, batchRows);
  const input = new ReadableStream({
    pull(controller) {
      const next = batches.next();
      if (next.done) return controller.close();
      // One wasm table per batch, freed as parquet-wasm consumes its batches.
      for (const batch of WasmTable.fromIPCStream(tableToIPC(next.value, 'stream')).recordBatches()) controller.enqueue(batch);
    },
  });
  const output = await transformParquetStream(input, parquetProperties(batchRows));
  for await (const chunk of output as unknown as AsyncIterable<Uint8Array>) yield chunk;
}

/** A table that fits in one batch, as one Parquet file. */
function parquetWhole(columns: readonly Column[], rows: readonly Row[]): Uint8Array {
  if (rows.length > BATCH_ROWS) throw new Error(`a table of ${rows.length} rows is written through releaseFiles, in batches`);
  // writeParquet consumes (frees) the wasm table and the properties.
  return writeParquet(WasmTable.fromIPCStream(tableToIPC(arrowTable(columns, rows), 'stream')), parquetProperties());
}

/** A file's chunks, counted and hashed as they pass. */
class Measured {
  bytes = 0;
  done = false;
  private readonly hash = createHash('sha256');
  constructor(
    readonly path: string,
    private readonly source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  ) {}
  async *chunks(): AsyncGenerator<Uint8Array> {
    for await (const chunk of this.source) {
      this.bytes += chunk.length;
      this.hash.update(chunk);
      yield chunk;
    }
    this.done = true;
  }
  get sha256(): string {
    if (!this.done) throw new Error(`${this.path} was not read to its end before the files that describe it`);
    return this.hash.digest('hex');
  }
}

/** The names of a release's files, in the order releaseFiles gives them. */
export function releaseNames(): string[] {
  return [...TABLES.flatMap((t) => ['csv', 'json', 'parquet', 'arrow', 'schema.json'].map((f) => `${t.name}.${f}`)), 'README.md', 'datapackage.json'];
}

/** The data dictionary and datapackage.json, which describe the files before them. */
function describing(tables: Tables, version: string, described: readonly PackagedTable[]): [string, Uint8Array][] {
  const dictionaryBytes = utf8.encode(
    dataDictionary({
      version,
      articles: tables.articles,
      tables: described.map((t) => ({ spec: t.spec, columns: t.columns, rows: t.rows, files: [t.files.csv, t.files.json, t.files.parquet, t.files.arrow, t.jsonSchema].map((f) => ({ path: f.path, bytes: f.bytes })) })),
    }),
  );
  const dictionary = { path: 'README.md', bytes: dictionaryBytes.length, sha256: createHash('sha256').update(dictionaryBytes).digest('hex') };
  return [
    [dictionary.path, dictionaryBytes],
    ['datapackage.json', utf8.encode(dataPackage({ version, tables: described, articles: tables.articles, dictionary }))],
  ];
}

/**
 * Every file of a release, in a fixed order, each to be read to its end
 * before the next is asked for (the last two describe the others).
 */
export async function* releaseFiles(tables: Tables, version: string, batchRows = BATCH_ROWS): AsyncGenerator<StreamedFile> {
  const described: PackagedTable[] = [];
  const hashes = new Map<Measured, string>();
  const done = (m: Measured) => {
    if (!hashes.has(m)) hashes.set(m, m.sha256);
    return { path: m.path, bytes: m.bytes, sha256: hashes.get(m)! };
  };
  for (const spec of TABLES) {
    const columns = columnsOf(spec.schema);
    const rows = tables[spec.name] as unknown as Row[];
    const files = {
      csv: new Measured(`${spec.name}.csv`, csvChunks(columns, rows)),
      json: new Measured(`${spec.name}.json`, jsonChunks(columns, rows)),
      parquet: new Measured(`${spec.name}.parquet`, parquetChunks(columns, rows, batchRows)),
      arrow: new Measured(`${spec.name}.arrow`, arrowChunks(columns, rows, batchRows)),
    };
    const jsonSchema = new Measured(`${spec.name}.schema.json`, [utf8.encode(jsonSchemaOf(spec))]);
    for (const m of [files.csv, files.json, files.parquet, files.arrow, jsonSchema]) yield { path: m.path, chunks: m.chunks() };
    described.push({ spec, columns, rows: rows.length, files: { csv: done(files.csv), json: done(files.json), parquet: done(files.parquet), arrow: done(files.arrow) }, jsonSchema: done(jsonSchema) });
  }
  for (const [path, bytes] of describing(tables, version, described)) yield { path, chunks: [bytes] };
}

/**
 * All files of a release in memory, by name, in the same order and with the
 * same bytes as releaseFiles: for tests and small releases whose tables fit
 * in one batch (the CLI streams to disk).
 */
export function renderRelease(tables: Tables, version: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const described: PackagedTable[] = [];
  const put = (path: string, chunks: Iterable<Uint8Array>) => {
    const bytes = Buffer.concat([...chunks]);
    files.set(path, bytes);
    return { path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  };
  for (const spec of TABLES) {
    const columns = columnsOf(spec.schema);
    const rows = tables[spec.name] as unknown as Row[];
    const csv = put(`${spec.name}.csv`, csvChunks(columns, rows));
    const json = put(`${spec.name}.json`, jsonChunks(columns, rows));
    const parquet = put(`${spec.name}.parquet`, [parquetWhole(columns, rows)]);
    const arrow = put(`${spec.name}.arrow`, arrowChunks(columns, rows));
    const jsonSchema = put(`${spec.name}.schema.json`, [utf8.encode(jsonSchemaOf(spec))]);
    described.push({ spec, columns, rows: rows.length, files: { csv, json, parquet, arrow }, jsonSchema });
  }
  for (const [path, bytes] of describing(tables, version, described)) files.set(path, bytes);
  return files;
}
