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

function columnVector(column: Column, type: DataType, rows: readonly Row[]): Vector {
  const values = rows.map((r) => r[column.name] ?? null);
  if (column.kind === 'vocab') {
    const vocabulary = column.values!;
    const index = new Map(vocabulary.map((v, i) => [v, i]));
    const indices = vectorFromArray(
      values.map((v) => (v === null ? null : index.get(v as string)!)),
      new Int32(),
    );
    const data = indices.data[0]!;
    return makeVector(
      makeData({
        type: type as Dictionary<Utf8, Int32>,
        length: rows.length,
        nullCount: indices.nullCount,
        nullBitmap: data.nullBitmap,
        data: data.values,
        dictionary: dictionaryOf(vocabulary),
      }),
    );
  }
  if (column.kind === 'date') {
    return vectorFromArray(values.map((v) => (v === null ? null : new Date(`${v as string}T00:00:00Z`))), type as DateDay);
  }
  if (column.kind === 'list') {
    return vectorFromArray(values.map((v) => [...((v as readonly string[] | null) ?? [])]), type as List<Utf8>);
  }
  return vectorFromArray(values as never[], type);
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

