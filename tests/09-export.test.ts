import test from 'ava';
import { type DataType, type Dictionary, type Int32, makeData, makeVector, RecordBatch, Struct, Table, tableFromIPC, tableToIPC, type Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import { TABLES, type Tables } from '../schemas/index.ts';
import { validateTables } from '../pipeline/08-validate.ts';
import { arrowSchema, fromArrow, toArrow } from '../pipeline/09-export/arrow.ts';
import { defuse, undefuse, type Row } from '../pipeline/09-export/cells.ts';
import { type Column, columnsOf } from '../pipeline/09-export/columns.ts';
import { fromCsv, toCsv } from '../pipeline/09-export/csv.ts';
import { releaseFiles, renderRelease } from '../pipeline/09-export/index.ts';
import { csvCell, jsonChunks } from '../pipeline/09-export/stream.ts';
import fc from 'fast-check';
import Papa from 'papaparse';
import { toJson } from '../pipeline/09-export/json.ts';
import { fromParquet, parquetTable, toParquet } from '../pipeline/09-export/parquet.ts';
import { handMadeTables } from './fixtures/rows.ts';

const rowsOf = (name: keyof Tables) => handMadeTables[name] as unknown as Row[];

test('hand-made rows are valid against their schemas (so the round trips below test real rows)', (t) => {
  for (const spec of TABLES) {
    t.true(rowsOf(spec.name).length > 0, spec.name);
    for (const row of rowsOf(spec.name)) {
      const result = spec.schema.safeParse(row);
      t.true(result.success, `${spec.name}: ${result.success ? '' : JSON.stringify(result.error.issues)}`);
    }
  }
});

for (const spec of TABLES) {
  const columns = columnsOf(spec.schema);

  test(`${spec.name}: CSV reads back equal to the JSON rows`, (t) => {
    const rows = rowsOf(spec.name);
    const json = JSON.parse(toJson(columns, rows)) as Row[];
    t.deepEqual(fromCsv(columns, toCsv(columns, rows)), json);
  });

  test(`${spec.name}: Arrow reads back equal to the JSON rows`, (t) => {
    const rows = rowsOf(spec.name);
    const json = JSON.parse(toJson(columns, rows)) as Row[];
    t.deepEqual(fromArrow(columns, toArrow(columns, rows)), json);
  });

  test(`${spec.name}: Parquet reads back equal to the JSON rows, with the Arrow file's schema`, (t) => {
    const rows = rowsOf(spec.name);
    const json = JSON.parse(toJson(columns, rows)) as Row[];
    const parquet = toParquet(columns, rows);
    t.deepEqual(fromParquet(columns, parquet), json);
    t.deepEqual(
      parquetTable(parquet).schema.fields.map((f) => [f.name, String(f.type), f.nullable]),
      tableFromIPC(toArrow(columns, rows)).schema.fields.map((f) => [f.name, String(f.type), f.nullable]),
    );
  });

  test(`${spec.name}: JSON keys follow the codebook column order, nulls explicit`, (t) => {
    const json = JSON.parse(toJson(columns, rowsOf(spec.name))) as Row[];
    for (const row of json) t.deepEqual(Object.keys(row), columns.map((c) => c.name));
  });

  test(`${spec.name}: Arrow types follow the codebook`, (t) => {
    const table = tableFromIPC(toArrow(columns, rowsOf(spec.name)));
    for (const c of columns) {
      const field = table.schema.fields.find((f) => f.name === c.name)!;
      const expected = { string: 'Utf8', vocab: 'Dictionary<Int32, Utf8>', date: 'Date32<DAY>', int: 'Int32', float: 'Float64', bool: 'Bool', list: 'List<Utf8>' }[c.kind];
      t.is(String(field.type), expected, c.name);
      t.is(field.nullable, c.nullable, `${c.name} nullable`);
    }
  });

  test(`${spec.name}: empty table still exports with its header and schema`, (t) => {
    t.is(toCsv(columns, []), `${columns.map((c) => c.name).join(',')}\n`);
    t.is(toJson(columns, []), '[]\n');
    t.is(tableFromIPC(toArrow(columns, [])).schema.fields.length, columns.length);
    t.is(parquetTable(toParquet(columns, [])).schema.fields.length, columns.length);
  });
}

test('CSV defuses formula-like text but JSON keeps it exact', (t) => {
  const columns = columnsOf(TABLES.find((s) => s.name === 'events')!.schema);
  const csv = toCsv(columns, rowsOf('events'));
  t.true(csv.includes(",'=SUM(A1:A9) réunion,"));
  t.true(csv.includes(",'-VNA signature,"));
  t.true(csv.includes(`"'@'+cmd|' /C calc'!A0"`) || csv.includes(`'@'+cmd|' /C calc'!A0`));
  t.false(csv.includes(',=SUM'));
  const json = toJson(columns, rowsOf('events'));
  t.true(json.includes('"name":"=SUM(A1:A9) réunion"'));
});

test('defusing is undone exactly, including text that starts with an apostrophe', (t) => {
  for (const s of ['=1+1', '+33', '-VNA', '@x', '\tx', '\nx', "'=x", "''-x", "'plain", 'plain', "l'ONU", '']) {
    t.is(undefuse(defuse(s)), s, JSON.stringify(s));
  }
  t.is(defuse('=1+1'), "'=1+1");
  t.is(defuse("l'ONU"), "l'ONU");
});

test('CSV has no BOM, LF line ends, lists joined with |, booleans true/false, nulls empty', (t) => {
  const columns = columnsOf(TABLES.find((s) => s.name === 'events')!.schema);
  const csv = toCsv(columns, rowsOf('events'));
  t.not(csv.charCodeAt(0), 0xfeff);
  t.false(/\r\n/.test(csv.replace(/"[^"]*"/g, '')));
  t.true(csv.includes('cybersecurity|digital_transformation'));
  t.true(csv.includes(',false,') && csv.includes(',true,'));
  t.true(csv.includes('Hanoï') && csv.includes('œuvre') && csv.includes('’'));
});

test('validation turns a bad row into a reject with a readable reason and leaves the rest', (t) => {
  const bad = { ...handMadeTables.events[0]!, event_id: 'evt-bad', date: '15 janvier', topics: ['cyber'] };
  const { tables, rejects } = validateTables({ ...handMadeTables, events: [...handMadeTables.events, bad as never] });
  t.is(tables.events.length, handMadeTables.events.length);
  t.is(rejects.length, 1);
  t.is(rejects[0]!.code, 'validate/events');
  t.regex(rejects[0]!.reason, /evt-bad/);
  t.regex(rejects[0]!.reason, /date/);
  t.regex(rejects[0]!.reason, /topics/);
});

test('validation rejects duplicate primary keys and dangling foreign keys', (t) => {
  const orphan = { ...handMadeTables.participants[0]!, participant_id: 'par-orphan', event_id: 'evt-missing' };
  const dup = { ...handMadeTables.mentions[0]! };
  const { tables, rejects } = validateTables({
    ...handMadeTables,
    participants: [...handMadeTables.participants, orphan],
    mentions: [...handMadeTables.mentions, dup],
  });
  t.deepEqual(rejects.map((r) => r.code).sort(), ['validate/mentions-duplicate-key', 'validate/participants-dangling-event_id']);
  t.is(tables.participants.length, 1);
  t.is(tables.mentions.length, 1);
});

test('validation sorts rows by primary key', (t) => {
  const reversed = { ...handMadeTables, articles: [...handMadeTables.articles].reverse() };
  const { tables } = validateTables(reversed);
  t.deepEqual(tables.articles.map((a) => a.article_id), ['art-0000000000000001', 'art-80b0c1ae4b853d3a']);
});

test('a release is CSV, JSON, Parquet, Arrow and JSON Schema per table, the data dictionary and datapackage.json, byte-identical when rendered twice', (t) => {
  const a = renderRelease(handMadeTables, '0.0.0');
  const b = renderRelease(handMadeTables, '0.0.0');
  t.is(a.size, TABLES.length * 5 + 2);
  t.true(a.has('README.md') && a.has('datapackage.json'));
  for (const [name, bytes] of a) t.deepEqual(Buffer.from(bytes), Buffer.from(b.get(name)!), name);
  const pkg = JSON.parse(new TextDecoder().decode(a.get('datapackage.json'))) as { resources: { path: string; bytes: number }[] };
  t.is(pkg.resources.length, TABLES.length * 5 + 1);
  for (const r of pkg.resources) t.is(r.bytes, a.get(r.path)!.length, r.path);
});

test('a table larger than a batch streams: CSV and JSON the same bytes as written whole, Arrow and Parquet in several batches and row groups reading back the same rows', async (t) => {
  const spec = TABLES.find((s) => s.name === 'mentions')!;
  const columns = columnsOf(spec.schema);
  const base = handMadeTables.mentions as unknown as Row[];
  const rows = Array.from({ length: 300 }, (_, i) => ({ ...base[i % base.length]!, mention_id: `men-${String(i).padStart(12, '0')}`, char_start: i }));
  const tables = { ...handMadeTables, mentions: rows as unknown as typeof handMadeTables.mentions };
  const files = new Map<string, Uint8Array>();
  for await (const file of releaseFiles(tables, '0.0.0', 64)) {
    const chunks: Uint8Array[] = [];
    for await (const chunk of file.chunks) chunks.push(chunk);
    files.set(file.path, Buffer.concat(chunks));
  }
  const text = (name: string) => new TextDecoder().decode(files.get(name));
  t.is(text('mentions.csv'), toCsv(columns, rows));
  t.is(text('mentions.json'), toJson(columns, rows));
  const arrow = tableFromIPC(files.get('mentions.arrow')!);
  t.is(arrow.batches.length, 5);
  t.deepEqual(fromArrow(columns, files.get('mentions.arrow')!), JSON.parse(toJson(columns, rows)));
  t.deepEqual(fromParquet(columns, files.get('mentions.parquet')!), JSON.parse(toJson(columns, rows)));
  // The other tables fit in one batch: the same bytes as the in-memory rendering.
  const whole = renderRelease(handMadeTables, '0.0.0');
  t.deepEqual(Buffer.from(files.get('events.parquet')!), Buffer.from(whole.get('events.parquet')!));
  t.deepEqual(Buffer.from(files.get('events.arrow')!), Buffer.from(whole.get('events.arrow')!));
  const pkg = JSON.parse(text('datapackage.json')) as { resources: { path: string; bytes: number }[] };
  for (const r of pkg.resources) if (files.has(r.path)) t.is(r.bytes, files.get(r.path)!.length, r.path);
});

test('CSV cells are quoted exactly as Papa.unparse quotes them, and JSON rows are what JSON.stringify gives', (t) => {
  const texts = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(' ', ',', '"', '\n', '\r', '\ufeff', 'a', 'é', "'", '=') }));
  fc.assert(
    fc.property(fc.array(texts, { minLength: 1, maxLength: 4 }), (cells) => {
      const ours = cells.map(csvCell).join(',');
      return ours === Papa.unparse([cells], { newline: '\n', quotes: false, header: false });
    }),
    { numRuns: 2000 },
  );
  for (const spec of TABLES) {
    const columns = columnsOf(spec.schema);
    const rows = rowsOf(spec.name);
    t.is(toJson(columns, rows), new TextDecoder().decode(Buffer.concat([...jsonChunks(columns, rows)])), spec.name);
  }
});

/** The Arrow file apache-arrow's generic builders make (how the export built it before laying out buffers itself). */
function builtByArrow(columns: readonly Column[], rows: readonly Row[]): Uint8Array {
  const schema = arrowSchema(columns);
  const vector = (column: Column, type: DataType): Vector => {
    const values = rows.map((r) => r[column.name] ?? null);
    if (column.kind === 'vocab') {
      const index = new Map(column.values!.map((v, i) => [v, i]));
      const dictionaryType = type as Dictionary<Utf8, Int32>;
      const data = vectorFromArray(
        values.map((v) => (v === null ? null : index.get(v as string)!)),
        dictionaryType.indices,
      ).data[0]!;
      const dictionary = vectorFromArray([...column.values!], dictionaryType.dictionary);
      return makeVector(makeData({ type: dictionaryType, length: rows.length, nullCount: data.nullCount, nullBitmap: data.nullBitmap, data: data.values, dictionary }));
    }
    if (column.kind === 'date') return vectorFromArray(values.map((v) => (v === null ? null : new Date(`${v as string}T00:00:00Z`))), type);
    if (column.kind === 'list') return vectorFromArray(values.map((v) => [...((v as readonly string[] | null) ?? [])]), type);
    return vectorFromArray(values as never[], type);
  };
  const children = columns.map((c, i) => vector(c, schema.fields[i]!.type).data[0]!);
  return tableToIPC(new Table([new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: rows.length, nullCount: 0, children }))]), 'file');
}

test('Arrow buffers laid out directly are byte for byte what the generic builders make, at sizes around the 64-byte padding, with and without nulls', (t) => {
  let compared = 0;
  for (const spec of TABLES) {
    const columns = columnsOf(spec.schema);
    const base = rowsOf(spec.name);
    for (const length of [0, 1, 7, 8, 9, 511, 512, 513, 3000]) {
      for (const nulls of [false, true]) {
        // Every third row loses its nullable values: bitmaps appear, and lists and vocabularies meet nulls.
        const rows = Array.from({ length }, (_, i) => {
          const row = { ...base[i % base.length]! };
          if (nulls && i % 3 === 1) for (const c of columns) if (c.nullable) row[c.name] = null;
          return row;
        });
        t.deepEqual(Buffer.from(toArrow(columns, rows)), Buffer.from(builtByArrow(columns, rows)), `${spec.name}, ${length} rows${nulls ? ', with nulls' : ''}`);
        compared++;
      }
    }
  }
  t.is(compared, TABLES.length * 18);
});
