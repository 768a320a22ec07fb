/**
 * The loading snippets of the data dictionary (dist-data/README.md), taken
 * from the generated file itself and run exactly as printed, from a copy of
 * the release folder, in the readers this machine has: pandas (Debian's
 * python3-pandas), R (readr, jsonlite) and DuckDB (@duckdb/node-api). What
 * each loads is then compared cell by cell with the JSON files.
 *
 * `make test` installs the readers first (tests/readers/install.sh). When one
 * is missing anyway, its tests are skipped with a loud message, except in CI,
 * where a missing reader fails.
 */
import test, { type ExecutionContext } from 'ava';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { TABLES } from '../../schemas/index.ts';
import { columnsOf } from '../../pipeline/09-export/columns.ts';
import { renderRelease } from '../../pipeline/09-export/index.ts';
import { validateTables } from '../../pipeline/08-validate.ts';
import { handMadeTables } from '../fixtures/rows.ts';

type Json = Record<string, unknown>;

const here = path.dirname(new URL(import.meta.url).pathname);
const readme = readFileSync('dist-data/README.md', 'utf8');

/** The code block after `<!-- snippet: NAME -->`, as printed. */
export function snippet(markdown: string, name: string): string {
  const m = new RegExp(`<!-- snippet: ${name} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``).exec(markdown);
  if (!m) throw new Error(`dist-data/README.md has no snippet "${name}"`);
  return m[1]!;
}

/**
 * The releases the snippets are run on: a fresh copy of the committed one, as
 * a user downloads it, and one rendered from the hand-made rows, whose text
 * starts with = + - @ and apostrophes (so the CSV defuses it) and holds
 * quotes, commas, newlines and accents.
 */
const made: string[] = [];
test.after.always(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const RELEASES = {
  seeds: () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cc-snippets-'));
    made.push(dir);
    cpSync('dist-data', dir, { recursive: true });
    return dir;
  },
  'hand-made rows': () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cc-snippets-hand-'));
    made.push(dir);
    // Validated like a real build, so rows are in primary-key order.
    const tables = { ...validateTables(handMadeTables).tables, rejects: handMadeTables.rejects };
    for (const [name, bytes] of renderRelease(tables, '0.0.0')) writeFileSync(path.join(dir, name), bytes);
    return dir;
  },
};
type Release = keyof typeof RELEASES;

const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const works = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const duckdbPrefix = path.join(here, '.node', 'package.json');
const readers = {
  pandas: works(python, ['-c', 'import pandas']),
  R: works('Rscript', ['-e', 'library(readr); library(jsonlite)']),
  DuckDB: existsSync(path.join(here, '.node', 'node_modules', '@duckdb', 'node-api', 'package.json')),
};

/** A test that needs a reader: skipped loudly when it is missing, failed in CI. */
function readerTest(reader: keyof typeof readers, title: string, body: (t: ExecutionContext) => void | Promise<void>) {
  if (readers[reader]) return test(title, body);
  if (process.env.CI) return test(title, (t) => t.fail(`${reader} is not installed: run tests/readers/install.sh (make test does)`));
  process.stderr.write(`\n*** snippets: ${reader} is not installed, so "${title}" is SKIPPED. Run tests/readers/install.sh (make test does). ***\n\n`);
  return test.skip(title, body);
}

const json = (dir: string, table: string) => JSON.parse(readFileSync(path.join(dir, `${table}.json`), 'utf8')) as Json[];
const TABLE_NAMES = TABLES.map((s) => s.name);

test('the dictionary prints every snippet the tests run, and the untested ones say so', (t) => {
  for (const name of ['pandas-csv', 'pandas-json', 'r-readr', 'r-jsonlite', 'duckdb-parquet', 'duckdb-csv', 'polars', 'r-arrow', 'spreadsheet']) t.true(snippet(readme, name).length > 20, name);
  t.regex(readme, /polars and R arrow snippets\s+are not run/);
  t.true(readme.includes('coopÃ©ration'), 'the spreadsheet section shows what a wrong encoding looks like');
});

/** R writes what it loaded back as JSON rows (NA → null, character(0) → [], Date → YYYY-MM-DD), compared here with the release's JSON. */
const R_DUMP = (frames: string) => `
for (.t in names(${frames})) {
  .f <- ${frames}[[.t]]
  for (.c in names(.f)) if (inherits(.f[[.c]], "Date")) .f[[.c]] <- format(.f[[.c]], "%Y-%m-%d")
  writeLines(jsonlite::toJSON(.f, dataframe = "rows", na = "null", null = "null", auto_unbox = FALSE, digits = NA), file.path("r-out", paste0(.t, ".json")), useBytes = TRUE)
}
`;

function compareR(t: ExecutionContext, dir: string, tables: readonly string[]) {
  for (const table of tables) {
    const columns = columnsOf(TABLES.find((s) => s.name === table)!.schema);
    const want = json(dir, table);
    const raw = JSON.parse(readFileSync(path.join(dir, 'r-out', `${table}.json`), 'utf8')) as Json[] | Json;
    // jsonlite writes a data frame with no rows as [] and a 0-row list as {}.
    const got = Array.isArray(raw) ? raw : [];
    t.is(got.length, want.length, `${table} rows`);
    got.forEach((row, i) => {
      for (const c of columns) t.deepEqual(row[c.name] ?? null, want[i]![c.name], `${table} row ${i} ${c.name}`);
    });
  }
}

/** The little of @duckdb/node-api used here (it is installed beside the tests, not in the project). */
interface DuckDB {
  DuckDBInstance: {
    create(path: string): Promise<{ connect(): Promise<{ runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): unknown[] }>; closeSync(): void }> }>;
  };
}

/** Runs a snippet's statements one by one in DuckDB from `dir`, then returns a query function. */
async function duckdbWith(dir: string, sql: string) {
  const duckdb = createRequire(duckdbPrefix)('@duckdb/node-api') as DuckDB;
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const query = async (q: string) => (await connection.runAndReadAll(q)).getRowObjectsJS() as Json[];
  // Relative paths resolve against the release folder, as when DuckDB is started in it (no chdir: tests run concurrently).
  await query(`SET file_search_path = '${dir.replaceAll("'", "''")}'`);
  for (const statement of sql.split(/;\s*(?:\n|$)/).map((s) => s.trim()).filter((s) => s.replace(/--.*$/gm, '').trim() !== '')) await query(statement);
  return { query, close: () => connection.closeSync() };
}

const duckValue = (v: unknown): unknown => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'bigint' ? Number(v) : Array.isArray(v) ? v.map(duckValue) : v ?? null);

async function compareDuckdb(t: ExecutionContext, dir: string, query: (q: string) => Promise<Json[]>) {
  for (const spec of TABLES) {
    const columns = columnsOf(spec.schema);
    const want = json(dir, spec.name);
    const described = await query(`DESCRIBE ${spec.name}`);
    const expected = { string: 'VARCHAR', vocab: 'VARCHAR', list: 'VARCHAR[]', date: 'DATE', int: 'INTEGER', float: 'DOUBLE', bool: 'BOOLEAN' };
    t.deepEqual(described.map((d) => `${String(d.column_name)} ${String(d.column_type)}`), columns.map((c) => `${c.name} ${expected[c.kind]}`), `${spec.name} types`);
    const got = await query(`SELECT * FROM ${spec.name}`);
    t.is(got.length, want.length, `${spec.name} rows`);
    got.forEach((row, i) => {
      for (const c of columns) t.deepEqual(duckValue(row[c.name]), want[i]![c.name], `${spec.name} row ${i} ${c.name}`);
    });
  }
}

for (const release of Object.keys(RELEASES) as Release[]) {
readerTest('pandas', `pandas (${release}): the CSV snippet loads every table with nulls, lists, dates, booleans and exact text`, (t) => {
  const dir = RELEASES[release]();
  // The check compares each loaded cell with the JSON value, so 'None', NaN, '40.0' or a |-joined string would fail.
  const check = `
import json as _json
def _same(a, b):
    """Equal and of the same kind: None is not NaN, '040' is not 40, a list is not a string; 1 and 1.0 are one number."""
    numbers = (int, float)
    if isinstance(a, numbers) and isinstance(b, numbers) and not isinstance(a, bool) and not isinstance(b, bool):
        return a == b
    return type(a) == type(b) and a == b
_fails = []
for _t in ${JSON.stringify(TABLE_NAMES)}:
    _frame = read_table(_t)
    _rows = _json.load(open(f"{_t}.json", encoding="utf-8"))
    _types = {f["name"]: f["type"] for r in _json.load(open("datapackage.json", encoding="utf-8"))["resources"] if r["path"] == f"{_t}.csv" for f in r["schema"]["fields"]}
    if len(_frame) != len(_rows) or list(_frame.columns) != list(_types):
        _fails.append(f"{_t}: shape {_frame.shape}")
        continue
    for _i, _row in enumerate(_rows):
        for _c, _kind in _types.items():
            _want, _got = _row[_c], _frame[_c].iloc[_i]
            if _kind == "date":
                _got = None if pd.isna(_got) else _got.strftime("%Y-%m-%d")
            elif _kind in ("integer", "boolean"):
                _got = None if pd.isna(_got) else (int(_got) if _kind == "integer" else bool(_got))
            elif _kind == "number":
                # pandas' missing value for a float column is NaN.
                _got = None if pd.isna(_got) else float(_got)
            elif _kind == "list":
                _got = list(_got) if isinstance(_got, list) else ("NOT A LIST", _got)
            if not _same(_got, _want):
                _fails.append(f"{_t} row {_i} {_c}: {_got!r} != {_want!r}")
print("\\n".join(_fails[:20]) or "ALL CELLS MATCH")
`;
  const file = path.join(dir, 'check_pandas_csv.py');
  writeFileSync(file, `${snippet(readme, 'pandas-csv')}\n${check}`);
  const out = execFileSync(python, [file], { cwd: dir, encoding: 'utf8' });
  t.regex(out, /ALL CELLS MATCH/, out);
});

readerTest('pandas', `pandas (${release}): the JSON snippet keeps nulls as None, lists as lists and codes as text`, (t) => {
  const dir = RELEASES[release]();
  const check = `
import json as _json
def _same(a, b):
    """Equal and of the same kind: None is not NaN, '040' is not 40, a list is not a string; 1 and 1.0 are one number."""
    numbers = (int, float)
    if isinstance(a, numbers) and isinstance(b, numbers) and not isinstance(a, bool) and not isinstance(b, bool):
        return a == b
    return type(a) == type(b) and a == b
_rows = _json.load(open("events.json", encoding="utf-8"))
_fails = []
for _i, _row in enumerate(_rows):
    for _c, _want in _row.items():
        _got = events[_c].iloc[_i]
        if _c in ("date_start", "date_end"):
            _got = None if pd.isna(_got) else _got.strftime("%Y-%m-%d")
        elif hasattr(_got, "item"):
            _got = _got.item()
        if isinstance(_got, float) and _got != _got:
            # pandas' missing value for a float column (lat, lon) is NaN.
            _got = None
        if not _same(_got, _want):
            _fails.append(f"row {_i} {_c}: {_got!r} != {_want!r}")
print("\\n".join(_fails[:20]) or "ALL CELLS MATCH")
`;
  const file = path.join(dir, 'check_pandas_json.py');
  writeFileSync(file, `${snippet(readme, 'pandas-json')}\n${check}`);
  const out = execFileSync(python, [file], { cwd: dir, encoding: 'utf8' });
  t.regex(out, /ALL CELLS MATCH/, out);
});


readerTest('R', `R (${release}): the readr snippet loads every table with NA, list columns, dates and exact text`, (t) => {
  const dir = RELEASES[release]();
  const check = `
dir.create("r-out")
.frames <- list()
for (.t in ${`c(${TABLE_NAMES.map((n) => `"${n}"`).join(', ')})`}) .frames[[.t]] <- read_table(.t)
stopifnot(is.character(events$cameo), is.list(events$topics), inherits(events$date_start, "Date"), is.logical(events$virtual), is.integer(events$mention_count))
${R_DUMP('.frames')}`;
  const file = path.join(dir, 'check_readr.R');
  writeFileSync(file, `${snippet(readme, 'r-readr')}\n${check}`);
  execFileSync('Rscript', [file], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  compareR(t, dir, TABLE_NAMES);
});

readerTest('R', `R (${release}): the jsonlite snippet keeps NA, list columns and codes as text`, (t) => {
  const dir = RELEASES[release]();
  const check = `
dir.create("r-out")
stopifnot(is.character(events$cameo), is.list(events$topics), inherits(events$date_start, "Date"))
${R_DUMP('list(events = events)')}`;
  const file = path.join(dir, 'check_jsonlite.R');
  writeFileSync(file, `${snippet(readme, 'r-jsonlite')}\n${check}`);
  execFileSync('Rscript', [file], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  compareR(t, dir, ['events']);
});


readerTest('DuckDB', `DuckDB (${release}): the Parquet snippet reads lists as LIST and days as DATE with no hints, every cell exact`, async (t) => {
  const dir = RELEASES[release]();
  const { query, close } = await duckdbWith(dir, snippet(readme, 'duckdb-parquet'));
  await compareDuckdb(t, dir, query);
  close();
});

readerTest('DuckDB', `DuckDB (${release}): the CSV snippet gives the same views as Parquet: types named, defusing undone, lists split`, async (t) => {
  const dir = RELEASES[release]();
  const { query, close } = await duckdbWith(dir, snippet(readme, 'duckdb-csv'));
  await compareDuckdb(t, dir, query);
  // The macros undo exactly what the CSV writer does, including text that starts with apostrophes.
  const [probe] = await query(`SELECT undefuse('''=1+1') AS a, undefuse('''''-x') AS b, undefuse('''plain') AS c, split_list('''-VNA|''@x|Tô') AS d, split_list(NULL) AS e`);
  t.deepEqual(probe, { a: '=1+1', b: "'-x", c: "'plain", d: ['-VNA', '@x', 'Tô'], e: [] });
  close();
});
}

readerTest('DuckDB', 'Parquet as DuckDB sees it: zstd, dictionary pages for vocabularies, DATE and LIST logical types, REQUIRED where not nullable', async (t) => {
  const { query, close } = await duckdbWith(path.resolve('dist-data'), '');
  for (const spec of TABLES) {
    const file = `'${spec.name}.parquet'`;
    const chunks = await query(`SELECT path_in_schema AS path, encodings, compression FROM parquet_metadata(${file})`);
    const schema = new Map((await query(`SELECT name, logical_type, repetition_type FROM parquet_schema(${file})`)).map((r) => [String(r.name), r]));
    for (const c of columnsOf(spec.schema)) {
      const chunk = chunks.find((x) => String(x.path).split(', ')[0] === c.name);
      if (spec.name !== 'rejects') t.truthy(chunk, `${spec.name}.${c.name} has a column chunk`);
      if (chunk) t.is(chunk.compression, 'ZSTD', `${spec.name}.${c.name}`);
      if (chunk && c.kind === 'vocab') t.regex(String(chunk.encodings), /RLE_DICTIONARY/, `${spec.name}.${c.name} dictionary-encoded`);
      const node = schema.get(c.name)!;
      if (c.kind === 'date') t.regex(String(node.logical_type), /Date/, `${spec.name}.${c.name}`);
      if (c.kind === 'list') t.regex(String(node.logical_type), /List/, `${spec.name}.${c.name}`);
      if (c.kind === 'string' || c.kind === 'vocab') t.regex(String(node.logical_type), /String/, `${spec.name}.${c.name}`);
      t.is(node.repetition_type, c.nullable ? 'OPTIONAL' : 'REQUIRED', `${spec.name}.${c.name} repetition`);
    }
  }
  close();
});
