/**
 * Arrow IPC file: Utf8 strings, dictionary-encoded vocabularies (the
 * dictionary is the whole vocabulary, so every release has the same
 * categories), Date32 days, Int32 counts and offsets, List<Utf8>, Bool.
 */
import {
  Bool,
  type DataType,
  DateDay,
  Dictionary,
  Field,
  Float64,
  Int32,
  List,
  makeData,
  makeVector,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableFromIPC,
  tableToIPC,
  Utf8,
  vectorFromArray,
  type Vector,
} from 'apache-arrow';
import type { Row } from './cells.ts';
import type { Column } from './columns.ts';

/**
 * Dictionary ids are fixed per column position: apache-arrow otherwise
 * numbers dictionaries in creation order within a process, and the bytes
 * would depend on what ran before.
 */
function arrowType(column: Column, position: number): DataType {
  switch (column.kind) {
    case 'vocab':
      return new Dictionary(new Utf8(), new Int32(), position, false);
    case 'date':
      return new DateDay();
    case 'int':
      return new Int32();
    case 'float':
      return new Float64();
    case 'bool':
      return new Bool();
    case 'list':
      return new List(new Field('item', new Utf8(), false));
    case 'string':
      return new Utf8();
  }
}

/**
 * One dictionary vector per vocabulary, shared by every batch: the Arrow file
 * writer takes a different vector, even with the same values, for a
 * replacement dictionary, which the file format does not allow.
 */
const dictionaries = new WeakMap<readonly string[], Vector<Utf8>>();
function dictionaryOf(vocabulary: readonly string[]): Vector<Utf8> {
  let vector = dictionaries.get(vocabulary);
  if (!vector) dictionaries.set(vocabulary, (vector = vectorFromArray([...vocabulary], new Utf8())));
  return vector;
}

/**
 * Bytes for `bits` bits, rounded up to 64 as apache-arrow's builders round
 * them: the IPC writer writes a bitmap whole, padding included, and the
 * release must keep the bytes it had when those builders made it.
 */
const bitBytes = (bits: number) => (((bits + 7) >> 3) + 63) & ~63;

/** Validity bits (1 = present), or nothing when every value is there (what the IPC writer then writes). */
function validity(values: readonly unknown[]): { nullCount: number; nullBitmap: Uint8Array | undefined } {
  let nullCount = 0;
  for (const v of values) if (v === null) nullCount++;
  if (nullCount === 0) return { nullCount, nullBitmap: undefined };
  const bitmap = new Uint8Array(bitBytes(values.length));
  values.forEach((v, i) => {
    if (v !== null) bitmap[i >> 3]! |= 1 << (i & 7);
  });
  return { nullCount, nullBitmap: bitmap };
}

/** UTF-8 bytes and offsets of strings (a null is an empty slot), in two passes over one buffer: the Utf8 layout, built directly. */
function utf8Buffers(strings: readonly (string | null)[]): { valueOffsets: Int32Array; data: Uint8Array } {
  const valueOffsets = new Int32Array(strings.length + 1);
  let total = 0;
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i];
    if (s) total += Buffer.byteLength(s, 'utf8');
    valueOffsets[i + 1] = total;
  }
  const data = Buffer.alloc(total);
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i];
    if (s) data.write(s, valueOffsets[i]!, 'utf8');
  }
  return { valueOffsets, data };
}

const DAY_MS = 86_400_000;

/**
 * A column's Arrow data from its rows, buffers laid out directly (typed
 * arrays, one UTF-8 buffer with offsets): the same bytes the generic
 * builders give (tests/09-export.test.ts holds them to it), several times
 * faster on large tables.
 */
function columnVector(column: Column, type: DataType, rows: readonly Row[]): Vector {
  const values = rows.map((r) => r[column.name] ?? null);
  const length = rows.length;
  switch (column.kind) {
    case 'vocab': {
      const index = new Map(column.values!.map((v, i) => [v, i]));
      const data = new Int32Array(length);
      values.forEach((v, i) => {
        if (v !== null) data[i] = index.get(v as string)!;
      });
      return makeVector(makeData({ type: type as Dictionary<Utf8, Int32>, length, ...validity(values), data, dictionary: dictionaryOf(column.values!) }));
    }
    case 'date': {
      const data = new Int32Array(length);
      values.forEach((v, i) => {
        if (v !== null) data[i] = Math.floor(Date.parse(`${v as string}T00:00:00Z`) / DAY_MS);
      });
      return makeVector(makeData({ type: type as DateDay, length, ...validity(values), data }));
    }
    case 'int': {
      const data = new Int32Array(length);
      values.forEach((v, i) => {
        if (v !== null) data[i] = v as number;
      });
      return makeVector(makeData({ type: type as Int32, length, ...validity(values), data }));
    }
    case 'float': {
      const data = new Float64Array(length);
      values.forEach((v, i) => {
        if (v !== null) data[i] = v as number;
      });
      return makeVector(makeData({ type: type as Float64, length, ...validity(values), data }));
    }
    case 'bool': {
      const data = new Uint8Array(bitBytes(length));
      values.forEach((v, i) => {
        if (v === true) data[i >> 3]! |= 1 << (i & 7);
      });
      return makeVector(makeData({ type: type as Bool, length, ...validity(values), data }));
    }
    case 'list': {
      // A missing list is the empty list: list columns are never null.
      const lists = values.map((v) => (v as readonly string[] | null) ?? []);
      const valueOffsets = new Int32Array(length + 1);
      lists.forEach((l, i) => (valueOffsets[i + 1] = valueOffsets[i]! + l.length));
      const items = utf8Buffers(lists.flat());
      const child = makeData({ type: new Utf8(), length: valueOffsets[length]!, nullCount: 0, ...items });
      return makeVector(makeData({ type: type as List<Utf8>, length, nullCount: 0, valueOffsets, child }));
    }
    case 'string':
      return makeVector(makeData({ type: type as Utf8, length, ...validity(values), ...utf8Buffers(values as (string | null)[]) }));
  }
}

/**
 * The Arrow schema of a table, read off its columns: each field carries the
 * column's description as metadata, so Arrow and Parquet readers (whose
 * files embed this schema) see the same meaning as the data dictionary.
 */
export function arrowSchema(columns: readonly Column[]): Schema {
  return new Schema(columns.map((c, i) => new Field(c.name, arrowType(c, i), c.nullable, new Map([['description', c.description]]))));
}

export function arrowTable(columns: readonly Column[], rows: readonly Row[]): Table {
  const schema = arrowSchema(columns);
  const fields = schema.fields;
  const vectors = columns.map((c, i) => columnVector(c, fields[i]!.type, rows));
  const data = makeData({
    type: new Struct(fields),
    length: rows.length,
    nullCount: 0,
    children: vectors.map((v) => v.data[0]!),
  });
  return new Table([new RecordBatch(schema, data)]);
}

export function toArrow(columns: readonly Column[], rows: readonly Row[]): Uint8Array {
  return arrowFile(arrowTable(columns, rows));
}

export const arrowFile = (table: Table): Uint8Array => tableToIPC(table, 'file');

/** Reads an Arrow file back into rows shaped like the JSON export (dates as YYYY-MM-DD). */
export function fromArrow(columns: readonly Column[], bytes: Uint8Array): Row[] {
  return rowsOf(columns, tableFromIPC(bytes));
}

/** An Arrow table's rows shaped like the JSON export (also used to read Parquet back). */
export function rowsOf(columns: readonly Column[], table: Table): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < table.numRows; i++) {
    const row: Row = {};
    for (const c of columns) {
      const v = table.getChild(c.name)!.get(i);
      if (v === null || v === undefined) row[c.name] = c.kind === 'list' ? [] : null;
      else if (c.kind === 'date') row[c.name] = new Date(typeof v === 'number' ? v : (v as Date).getTime()).toISOString().slice(0, 10);
      else if (c.kind === 'list') row[c.name] = [...(v as Iterable<string>)];
      else row[c.name] = v as string | number | boolean;
    }
    out.push(row);
  }
  return out;
}

