#!/usr/bin/env node
// Reader check: the release's CSV files load in DuckDB (via @duckdb/node-api,
// installed by tests/readers/install.sh into tests/readers/.node) with every
// row, column and accent intact.
//
//   node tests/readers/check_duckdb.mjs [DATASET_DIR]      (default dist-data)
//
// For each table T:
//   * SELECT count(*) FROM read_csv('T.csv')  — the README's query, DuckDB's
//     own dialect and type sniffing — equals the length of the T.json array;
//   * the sniffed columns are the JSON keys / datapackage fields, in order;
//     a sniffed type that contradicts the schema (a code like "040" as BIGINT)
//     is a WARN;
//   * read again with all_varchar, every cell equals the JSON value written by
//     the README's CSV rules (null = empty, lists joined with "|", true/false,
//     defused text with its leading apostrophe), so accents survive byte for byte;
//   * one accented value is read back by primary key and printed;
//   * read_json('T.json') gives the same row count;
//   * T.parquet gives the same count (a release without Parquet files is reported, not failed).
// DuckDB cannot read Arrow IPC here (no network for its extension): not tried.
// Exits 1 on any failure.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const prefix = join(here, '.node', 'package.json');
let duckdb;
try {
  duckdb = createRequire(prefix)('@duckdb/node-api');
} catch (error) {
  console.error(`check_duckdb: @duckdb/node-api not found under ${dirname(prefix)}; run tests/readers/install.sh (${error.message})`);
  process.exit(1);
}

const TABLES = ['articles', 'events', 'participants', 'agreements', 'actors', 'mentions', 'rejects'];
const PROBES = ['Hanoï', 'œ', '’', 'Tô Lâm', 'é'];
const FORMULA_START = /^'*[=+\-@\t\r\n]/;
const defuse = (text) => (FORMULA_START.test(text) ? `'${text}` : text);
const sql = (s) => `'${String(s).replaceAll("'", "''")}'`;
const ident = (s) => `"${String(s).replaceAll('"', '""')}"`;
const show = (v, n = 70) => {
  const s = JSON.stringify(v);
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
};

function encodeCell(type, value) {
  if (value === null || value === undefined) return '';
  if (type === 'boolean') return value ? 'true' : 'false';
  if (type === 'integer' || type === 'number') return String(value);
  if (type === 'list') return value.map(defuse).join('|');
  return defuse(value);
}

// DuckDB types that fit each schema type; anything else is a lossy sniff.
const FITS = {
  string: ['VARCHAR'],
  date: ['DATE', 'VARCHAR'],
  list: ['VARCHAR'],
  integer: ['BIGINT', 'INTEGER', 'SMALLINT', 'TINYINT', 'HUGEINT', 'UBIGINT', 'UINTEGER'],
  number: ['DOUBLE', 'FLOAT', 'BIGINT', 'DECIMAL'],
  boolean: ['BOOLEAN'],
};

const dataDir = resolve(process.argv[2] ?? 'dist-data');
const failures = [];
const warnings = [];
const fail = (m) => failures.push(m);

const instance = await duckdb.DuckDBInstance.create(':memory:');
const con = await instance.connect();
const rowsOf = async (q) => (await con.runAndReadAll(q)).getRowObjectsJS();

const version = (await rowsOf('SELECT version() AS v'))[0].v;
const pkg = JSON.parse(readFileSync(join(here, '.node/node_modules/@duckdb/node-api/package.json'), 'utf8'));
console.log(`check_duckdb: DuckDB ${version} via @duckdb/node-api ${pkg.version}, dataset ${dataDir}`);

const dpPath = join(dataDir, 'datapackage.json');
const datapackage = existsSync(dpPath) ? JSON.parse(readFileSync(dpPath, 'utf8')) : { resources: [] };
const resources = Object.fromEntries(datapackage.resources.map((r) => [r.name, r]));

for (const table of TABLES) {
  const before = failures.length;
  const warnBefore = warnings.length;
  const csvPath = join(dataDir, `${table}.csv`);
  const jsonPath = join(dataDir, `${table}.json`);
  if (!existsSync(csvPath) || !existsSync(jsonPath)) {
    fail(`${table}: ${table}.csv or ${table}.json missing`);
    console.log(`FAIL ${table.padEnd(12)} missing files`);
    continue;
  }
  const rows = JSON.parse(readFileSync(jsonPath, 'utf8'));
  const fields = (resources[table]?.schema?.fields ?? []).map((f) => [f.name, f.type]);
  if (fields.length === 0) fail(`${table}: no schema in datapackage.json`);
  const names = fields.map(([n]) => n);
  const parts = [];
  try {
    // 1. the README's query, DuckDB sniffing everything
    const [{ n }] = await rowsOf(`SELECT count(*) AS n FROM read_csv(${sql(csvPath)})`);
    if (Number(n) !== rows.length) fail(`${table}: read_csv count ${n} != JSON length ${rows.length}`);
    parts.push(`count=${n} json=${rows.length}`);

    // 2. sniffed columns and types
    const described = await rowsOf(`DESCRIBE SELECT * FROM read_csv(${sql(csvPath)})`);
    const cols = described.map((d) => d.column_name);
    if (JSON.stringify(cols) !== JSON.stringify(names)) fail(`${table}: DuckDB columns ${show(cols, 200)} != datapackage ${show(names, 200)}`);
    for (const row of rows.slice(0, 1)) {
      if (JSON.stringify(Object.keys(row)) !== JSON.stringify(cols)) fail(`${table}: JSON keys differ from DuckDB columns`);
    }
    const typeOf = Object.fromEntries(described.map((d) => [d.column_name, d.column_type]));
    for (const [name, type] of fields) {
      const got = typeOf[name];
      if (got && !(FITS[type] ?? ['VARCHAR']).includes(got.replace(/\(.*\)$/, ''))) {
        warnings.push(`${table}.${name}: ${type} column sniffed by DuckDB as ${got}`);
      }
    }
    parts.push(`cols=${cols.length}`);

    // 3. every cell as text
    const text = await rowsOf(`SELECT * FROM read_csv(${sql(csvPath)}, header = true, all_varchar = true)`);
    let cells = 0;
    let bad = 0;
    let accented = 0;
    text.forEach((got, i) => {
      const want = rows[i] ?? {};
      for (const [name, type] of fields) {
        const expected = encodeCell(type, want[name]);
        const value = got[name] ?? '';
        cells += 1;
        if (/[^\x00-\x7f]/.test(expected)) accented += 1;
        if (value !== expected) {
          bad += 1;
          if (bad <= 5) fail(`${table} row ${i} ${name}: DuckDB reads ${show(value)}, expected ${show(expected)}`);
        }
      }
    });
    if (bad > 5) fail(`${table}: ${bad} cells differ in all (first 5 shown)`);
    parts.push(`cells ${cells - bad}/${cells} exact (${accented} with accents)`);

    // 4. one accented value, by primary key
    const key = resources[table]?.schema?.primaryKey?.[0] ?? names[0];
    let probe = null;
    for (const p of PROBES) {
      for (const row of rows) {
        const col = names.find((c) => typeof row[c] === 'string' && row[c].includes(p) && c !== key);
        if (col) { probe = { row, col, p }; break; }
      }
      if (probe) break;
    }
    if (probe) {
      const [hit] = await rowsOf(`SELECT ${ident(probe.col)} AS v FROM read_csv(${sql(csvPath)}) WHERE ${ident(key)} = ${sql(probe.row[key])}`);
      const expected = defuse(probe.row[probe.col]);
      if (!hit || hit.v !== expected) fail(`${table}: ${key}=${probe.row[key]} ${probe.col}: DuckDB ${show(hit?.v)} != JSON ${show(expected)}`);
      const excerpt = (() => {
        const at = expected.indexOf(probe.p);
        return expected.slice(Math.max(0, at - 15), at + probe.p.length + 15);
      })();
      parts.push(`${probe.col}[${probe.row[key]}] ~ "${excerpt}" ${hit?.v === expected ? 'round-trips' : 'DIFFERS'}`);
    } else {
      parts.push('no accented value to probe');
    }

    // 5. the JSON file through DuckDB's own JSON reader
    try {
      if (rows.length > 0) {
        const [{ n: jn }] = await rowsOf(`SELECT count(*) AS n FROM read_json(${sql(jsonPath)})`);
        if (Number(jn) !== rows.length) fail(`${table}: read_json count ${jn} != ${rows.length}`);
        parts.push(`read_json=${jn}`);
      } else {
        parts.push('read_json skipped (empty array)');
      }
    } catch (error) {
      warnings.push(`${table}: read_json not available: ${error.message.split('\n')[0]}`);
    }

    // 6. Parquet, only if the release ships it
    const parquetPath = join(dataDir, `${table}.parquet`);
    if (existsSync(parquetPath)) {
      const [{ n: pn }] = await rowsOf(`SELECT count(*) AS n FROM read_parquet(${sql(parquetPath)})`);
      if (Number(pn) !== rows.length) fail(`${table}: parquet count ${pn} != ${rows.length}`);
      parts.push(`parquet=${pn}`);
    }
  } catch (error) {
    fail(`${table}: DuckDB error: ${error.message.split('\n')[0]}`);
  }
  const warned = warnings.length - warnBefore;
  console.log(`${failures.length > before ? 'FAIL' : 'ok  '} ${table.padEnd(12)} ${parts.join(', ')}${warned ? `, ${warned} warning(s)` : ''}`);
}

const parquet = TABLES.filter((t) => existsSync(join(dataDir, `${t}.parquet`)));
if (parquet.length === 0) console.log('skip parquet: the release has no .parquet files');
for (const w of warnings) console.log(`  WARN ${w}`);
for (const f of failures) console.log(`  FAIL ${f}`);
console.log(`check_duckdb: ${TABLES.length} tables, ${failures.length} failure(s), ${warnings.length} warning(s)`);
con.closeSync?.();
process.exit(failures.length ? 1 : 0);
