/**
 * The data dictionary, `README.md` beside the data: generated from the zod
 * schemas (columns, types, nullability, vocabularies, descriptions) and the
 * codebook's prose (what each table is, provenance, dates, identity), so it
 * says what the files hold and cannot drift from them. Deterministic: the
 * same tables and version give the same bytes.
 */
import { readFileSync } from 'node:fs';
import type { ArticleRow } from '../../schemas/articles.ts';
import type { TableSpec } from '../../schemas/index.ts';
import type { Column } from './columns.ts';
import { createdFrom, PACKAGE } from './datapackage.ts';
import { duckdbCsv, duckdbParquet, PANDAS_CSV, PANDAS_JSON, POLARS, R_ARROW, R_JSONLITE, R_READR, SPREADSHEET, type Snippet } from './snippets.ts';

export interface DictionaryTable {
  spec: TableSpec;
  columns: readonly Column[];
  rows: number;
  /** File name → size in bytes, for the file list. */
  files: readonly { path: string; bytes: number }[];
}

export interface DictionaryInput {
  version: string;
  tables: readonly DictionaryTable[];
  articles: readonly ArticleRow[];
}

let codebookText: string | null = null;
function codebook(): string {
  codebookText ??= readFileSync(new URL('../../schemas/CODEBOOK.md', import.meta.url), 'utf8');
  return codebookText;
}

/** The body of a `## heading` section of the codebook; throws if the codebook lost it, so the dictionary never silently shrinks. */
export function codebookSection(text: string, heading: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === `## ${heading}`);
  if (start < 0) throw new Error(`schemas/CODEBOOK.md has no "## ${heading}" section, which the data dictionary quotes; restore it or change pipeline/09-export/dictionary.ts.`);
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
}

/** A table's title and the codebook's prose about it, without its column list (the dictionary lists columns from the schema). */
export function codebookTable(text: string, table: string): { title: string; intro: string } {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`### \`${table}\``));
  if (start < 0) throw new Error(`schemas/CODEBOOK.md has no "### \`${table}\`" section, which the data dictionary quotes.`);
  const title = lines[start]!.replace(/^### `[^`]+`\s*—\s*/, '');
  const end = lines.findIndex((l, i) => i > start && /^##/.test(l));
  const paragraphs = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('Columns:') && !p.startsWith('`'));
  return { title, intro: paragraphs.join('\n\n') };
}

const TYPE_NAME: Record<Column['kind'], string> = { string: 'string', vocab: 'string (vocabulary)', date: 'date', int: 'integer', float: 'number', bool: 'boolean', list: 'list of strings' };

interface Vocabulary {
  values: readonly string[];
  columns: string[];
}

/** Every vocabulary, once, with the columns that use it (in table order). */
function vocabularies(tables: readonly DictionaryTable[]): Vocabulary[] {
  const byValues = new Map<string, Vocabulary>();
  for (const { spec, columns } of tables) {
    for (const c of columns) {
      if (!c.values) continue;
      const key = JSON.stringify(c.values);
      const v = byValues.get(key) ?? { values: c.values, columns: [] };
      v.columns.push(`${spec.name}.${c.name}`);
      byValues.set(key, v);
    }
  }
  return [...byValues.values()];
}

const code = (s: string) => `\`${s}\``;
/** 12345 → 12,345, without the locale (the same bytes on every machine). */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function columnType(c: Column): string {
  if (c.kind === 'list') return c.values ? 'list of strings (vocabulary)' : 'list of strings';
  if (c.kind === 'string' && c.pattern?.includes('XXXX')) return 'string (EDTF date)';
  return TYPE_NAME[c.kind];
}

function columnValues(c: Column): string {
  if (!c.values) return '';
  if (c.values.length <= 8) return c.values.map(code).join(', ');
  return `${c.values.length} values, see [Vocabularies](#vocabularies)`;
}

function snippetBlock(s: Snippet): string {
  return `<!-- snippet: ${s.name} -->\n\`\`\`${s.language}\n${s.code}\n\`\`\``;
}

const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const sameWords = (a: string, b: string) => words(a) === words(b);

function tableSection(t: DictionaryTable, text: string): string {
  const { title, intro } = codebookTable(text, t.spec.name);
  const keys = [`Primary key: ${code(t.spec.primaryKey)}.`];
  if (t.spec.foreignKeys.length > 0) keys.push(`Foreign keys: ${t.spec.foreignKeys.map((fk) => `${code(fk.field)} → ${code(`${fk.table}.${fk.reference}`)}`).join(', ')}.`);
  const rows = t.columns.map((c) => `| ${code(c.name)} | ${columnType(c)} | ${c.nullable ? 'yes' : 'no'} | ${cell(c.description)} | ${columnValues(c)} |`);
  return [
    `### ${code(t.spec.name)} — ${title}`,
    // The schema's one-line description, unless it only repeats the codebook's title.
    `${sameWords(t.spec.description, title) ? '' : `${t.spec.description} `}${t.rows} rows in this release. ${keys.join(' ')}`,
    ...(intro ? [intro] : []),
    ['| column | type | null | meaning | values |', '|---|---|---|---|---|', ...rows].join('\n'),
  ].join('\n\n');
}

export function dataDictionary(input: DictionaryInput): string {
  const text = codebook();
  const created = createdFrom(input.articles);
  const outlets = [...new Set(input.articles.map((a) => a.outlet).filter((o): o is string => o !== null))].sort();
  const rows = (name: string) => input.tables.find((t) => t.spec.name === name)?.rows ?? 0;
  const fileRows = input.tables.map((t) => {
    const sizes = t.files.map((f) => `${code(f.path)} (${thousands(f.bytes)} B)`);
    return `| ${code(t.spec.name)} | ${t.rows} | ${sizes.join(', ')} |`;
  });
  const specs = input.tables.map((t) => t.spec);
  const vocabs = vocabularies(input.tables).map((v) => `- ${v.columns.map(code).join(', ')}: ${v.values.map(code).join(', ')}.`);
  const vocabularyNotes = codebookSection(text, 'Vocabularies')
    .split(/\n{2,}/)
    .filter((p) => !p.startsWith('`topics`'))
    .join('\n\n');

  const sections = [
    `# ${PACKAGE.name} ${input.version} — data dictionary`,
    `<!-- Generated by \`make data\` (pipeline/09-export/dictionary.ts) from the zod schemas in schemas/ and schemas/CODEBOOK.md. Do not edit: change the schemas or the codebook. -->`,
    PACKAGE.description.replace('; README.md beside this file is the data dictionary.', '. This file is its data dictionary.'),
    [
      '| | |',
      '|---|---|',
      `| version | ${input.version} (see [Versions](#versions-and-changes)) |`,
      `| data as of | ${created ? created.slice(0, 10) : 'unknown'} (\`created\` in datapackage.json: the latest publication day of the input articles, never the build's clock) |`,
      `| input | ${input.articles.length} articles${outlets.length > 0 ? ` from ${outlets.join(', ')}` : ''} (each listed in datapackage.json \`sources\` and in \`articles\`) |`,
      `| rows | ${rows('events')} events, ${rows('participants')} participants, ${rows('agreements')} agreements, ${rows('actors')} actors, ${rows('mentions')} mentions, ${rows('rejects')} rejects |`,
      `| licence | data: ${PACKAGE.dataLicense.name}; the code that builds it: ${PACKAGE.codeLicense.name} (see [Licence and citation](#licence-and-citation)) |`,
    ].join('\n'),

    '## How it was made',
    'A TypeScript pipeline reads each article (a `.txt` file), sets aside page noise (captions, credits, related links, teaser blocks), ' +
      'splits the story into sentences, finds countries, organizations, people with their titles, places, French date expressions, ' +
      'event triggers, named gatherings and instruments, and turns them into rows by written rules of French press style: no statistical ' +
      'model, nothing learned from the articles. Rows telling the same event, agreement or actor across articles are merged into one, ' +
      'with one `mentions` row per supporting span. Every row is validated against the schema before it is written; a row or file that ' +
      'fails is kept in `rejects` with a reason, so nothing is dropped silently. Quality against hand-written gold is measured by the ' +
      "project's `make eval` and reported in its README.",

    '## Files',
    'Every table comes in four formats holding the same rows in the same order (sorted by primary key), plus a JSON Schema of its JSON file. ' +
      '`datapackage.json` (Frictionless Data Package v2) describes every file: its Table Schema (types, descriptions, vocabularies as ' +
      '`enum` constraints, primary and foreign keys), size and sha256.',
    ['| table | rows | files |', '|---|---|---|', ...fileRows].join('\n'),
    [
      '| column kind | CSV | JSON | Parquet | Arrow | datapackage.json |',
      '|---|---|---|---|---|---|',
      '| text | UTF-8 text, defused (below) | string | BYTE_ARRAY UTF8 | Utf8 | `string` |',
      '| vocabulary | text | string | UTF8, dictionary-encoded | Dictionary<Int32, Utf8>, the whole vocabulary as dictionary | `string` with `constraints.enum` |',
      '| day | `YYYY-MM-DD` | string `YYYY-MM-DD` | INT32 DATE | Date32 | `date` |',
      '| count, offset | digits | number | INT32 | Int32 | `integer` |',
      '| fraction | decimal | number | DOUBLE | Float64 | `number` |',
      '| boolean | `true` / `false` | true / false | BOOLEAN | Bool | `boolean` |',
      '| list | items joined with `\\|`, empty cell = empty list | array | LIST of UTF8 | List<Utf8> | `list` with `delimiter` `\\|` (`itemEnum` for a vocabulary) |',
      '| missing | empty cell | null | null (OPTIONAL column) | null (nullable field) | `missingValues: [""]` |',
    ].join('\n'),
    'A column is nullable only where the codebook allows null (Parquet REQUIRED, Arrow non-nullable otherwise). A list is never null: ' +
      'no item is the empty list. Each Parquet and Arrow field carries its description in its metadata.',

    '## Loading',
    'Paths are relative to this folder: run the snippets from it (in the repository, `cd dist-data`). The CSV snippets read each ' +
      "column's type from `datapackage.json`, so they keep working when a release adds a column.",
    '### pandas',
    'From the CSV: keep empty cells as missing and nothing else (`keep_default_na=False, na_values=[""]`, otherwise a text `NA` or ' +
      '`null` becomes missing), read text columns as text (otherwise the CAMEO code `040` becomes `40.0`), turn missing text into ' +
      '`None` (not `NaN` or `"nan"`), split lists, and remove the defusing apostrophe; a missing number (`lat`, `lon`) is `NaN`, pandas\' missing value for floats:',
    snippetBlock(PANDAS_CSV),
    'From the JSON, through the `json` module, so nulls stay `None` and codes stay text. Avoid `pd.read_json(..., dtype={"cameo": str})`, ' +
      "which writes a null as the string `'None'`, and `pd.read_json`'s defaults, which turn `040` into `40` and parse the EDTF `date` " +
      'column as timestamps:',
    snippetBlock(PANDAS_JSON),
    '### polars',
    'Parquet keeps every type; the JSON keeps nulls and lists:',
    snippetBlock(POLARS),
    '### R',
    'readr over the CSV, typed by datapackage.json (`trim_ws = FALSE` keeps the text exact; `na = ""` leaves a text `NA` alone):',
    snippetBlock(R_READR),
    'jsonlite over the JSON, and arrow over the Parquet:',
    snippetBlock(R_JSONLITE),
    snippetBlock(R_ARROW),
    '### DuckDB',
    'Parquet needs no hints:',
    snippetBlock(duckdbParquet(specs)),
    'Over the CSV, name every type so that nothing is guessed (a lone `2026-01-15` in `articles.published` looks like a DATE but is ' +
      'EDTF text, `040` looks like a number), undo the defusing and split the lists. The views have the same names, columns and ' +
      'types as the Parquet ones:',
    snippetBlock(duckdbCsv(input.tables)),
    '### Spreadsheets',
    'The CSV files are UTF-8 without a byte-order mark. A spreadsheet that is not told so reads them in the local 8-bit encoding ' +
      'and shows `coopÃ©ration` for `coopération`. In LibreOffice Calc: File › Open, choose the `.csv`, and in the Text Import ' +
      'dialog set Character set to "Unicode (UTF-8)", Separated by "Comma", String delimiter `"`; to keep codes such as `040` ' +
      'and days as written, select all columns in the preview and set Column type to "Text". In Excel: Data › From Text/CSV, ' +
      'File origin "65001: Unicode (UTF-8)", Delimiter "Comma", then Transform Data and set the columns to Text. ' +
      'Cells that start with `=`, `+`, `-` or `@` show a leading apostrophe: that is the defusing (see [CSV](#csv-and-formula-defusing)), ' +
      'which keeps the spreadsheet from running them as formulas. The same import without a window:',
    snippetBlock(SPREADSHEET),
    '**Tested:** the project runs the pandas, R (readr, jsonlite) and DuckDB snippets above exactly as printed here, on every ' +
      'build (`tests/readers/snippets.test.ts`), and checks every cell they load against the JSON. The polars and R arrow snippets ' +
      'are not run: the build machine has no polars and no R arrow package (Debian ships neither); the spreadsheet import is ' +
      'checked by `make readers SPREADSHEET=1` with LibreOffice.',

    '## Tables',
    'Reading the tables together: `participants.event_id` → `events`, `participants.actor_id` → `actors`, `events.agreement_id` ↔ ' +
      '`agreements.event_id`, every extracted row\'s `article_id` → `articles`, and `mentions` (`record_type`, `record_id`) lists every ' +
      'span that supports a row of `events`, `participants`, `agreements` or `actors`.',
    ...input.tables.map((t) => tableSection(t, text)),

    '## Vocabularies',
    'Every vocabulary is closed: a value outside it fails validation and the row goes to `rejects`. The Arrow files carry each ' +
      'whole vocabulary as the dictionary of its column, so categories are the same in every release.',
    vocabs.join('\n'),
    vocabularyNotes,

    '## Conventions',
    '### Provenance',
    codebookSection(text, 'Provenance, on every row'),
    'In Python: `open(source_file, encoding="utf-8-sig", newline="").read()[char_start:char_end] == evidence` (for a file whose ' +
      '`articles.encoding` is `windows-1252`, use `encoding="cp1252"`). In JavaScript, slice code points (`[...text].slice(s, e).join("")`), ' +
      'not UTF-16 units.',
    '### Dates',
    codebookSection(text, 'Dates'),
    '### CSV and formula defusing',
    'RFC 4180, UTF-8 without BOM, `\\n` line ends, a header row, comma separator, `"` quotes (doubled inside a field). Missing values ' +
      'are empty cells; lists are joined with `|` (no item contains one); booleans are `true`/`false`. **Formula defusing:** a text ' +
      'cell that starts with `=`, `+`, `-`, `@`, tab, CR or LF gets a leading apostrophe (`\'-VNA`), so a spreadsheet shows it as text ' +
      'instead of running it (OWASP CSV injection). A cell that already starts with apostrophes followed by one of those characters ' +
      "gets one more, so the exact text comes back by removing one leading apostrophe from cells matching `^'+[=+\\-@\\t\\r\\n]` " +
      '(list items one by one), as every CSV snippet above does. Vocabulary values and days are never defused. JSON, Parquet and ' +
      'Arrow keep the exact text.',
    '### Order and identity',
    'Rows are sorted by primary key (code-unit order). The same input and pipeline version give byte-identical files (no timestamps ' +
      'anywhere).',
    codebookSection(text, 'Identity and stability'),

    '## Versions and changes',
    `This is version ${input.version}. Releases are tagged \`data-vX.Y.Z\` in the repository, and its \`CHANGELOG.md\` lists, for each ` +
      'release, the rows added, removed and changed per table (by primary key, with the columns that changed) and the schema ' +
      'changes. Versions follow semantic versioning applied to data:',
    [
      '- **major** (`2.0.0`): a breaking change: a column or table removed, renamed or retyped, a column that becomes nullable, a vocabulary value removed, a primary key changed;',
      '- **minor** (`1.1.0`): a column or table added, a vocabulary value added;',
      '- **patch** (`1.0.1`): rows added, removed or changed only.',
    ].join('\n'),
    'Ids come from content, so a row keeps its id across releases unless what makes it itself changes; a diff by primary key is ' +
      'meaningful. `make diff FROM=data-v0.1.0 TO=data-v0.2.0` in the repository prints the same diff for any two releases or folders.',

    '## Licence and citation',
    `The data (tables, this dictionary, datapackage.json) is published under ${PACKAGE.dataLicense.title.split(':')[0]} ` +
      `(${PACKAGE.dataLicense.name}, ${PACKAGE.dataLicense.path}): share and adapt it, with attribution. The code that builds it is under ` +
      `the ${PACKAGE.codeLicense.name} licence (LICENSE in the repository). The \`evidence\` column and the titles quote short passages ` +
      'of the source articles, which remain their publishers\'; each is attributed to its article (`articles.url`, `articles.outlet`). ' +
      "Country names come from the `world-countries` package (ODbL-1.0) and `i18n-iso-countries` (MIT). Cite the release you used with " +
      'its version; the repository\'s `CITATION.cff` has the details:',
    `> cybercoop contributors. *${PACKAGE.title}*, version ${input.version}. Dataset, ${PACKAGE.dataLicense.name}.`,
  ];
  return `${sections.join('\n\n')}\n`;
}
