import test from 'ava';
import { tableFromIPC } from 'apache-arrow';
import { TABLES, type Tables } from '../schemas/index.ts';
import { validateTables } from '../pipeline/08-validate.ts';
import { fromArrow, toArrow } from '../pipeline/09-export/arrow.ts';
import { defuse, undefuse, type Row } from '../pipeline/09-export/cells.ts';
import { columnsOf } from '../pipeline/09-export/columns.ts';
import { fromCsv, toCsv } from '../pipeline/09-export/csv.ts';
import { releaseFiles, renderRelease } from '../pipeline/09-export/index.ts';
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
