/**
 * A Frictionless data package (v2) describing every file of the release,
 * generated from the zod schemas: field types, descriptions, vocabularies,
 * keys, the CSV dialect, and each file's size and sha256. Nothing in it comes
 * from the clock: `created` is the latest publication day of the input's
 * articles, so the same data gives the same bytes.
 *
 * The package is checked against the Frictionless v2 profile copied into
 * schemas/profiles/ (tests/datapackage.test.ts).
 */
import type { ArticleRow } from '../../schemas/articles.ts';
import type { TableSpec } from '../../schemas/index.ts';
import { parseEdtf } from '../dates/edtf.ts';
import type { Column } from './columns.ts';

export const PACKAGE = {
  name: 'cybercoop',
  title: 'cybercoop — cybersecurity cooperation events, participants and agreements from French-language press about Vietnam',
  description:
    'Who met whom, when and where, and which memoranda, conventions and laws came of it: events, participants and agreements of ' +
    "Vietnam's security and cybersecurity cooperation, read by rule from French-language press articles, with the articles, " +
    'actors, mentions and rejects beside them. Every row points to the exact characters (Unicode code points) of the source ' +
    'file that state it. The tables come as CSV, JSON, Parquet and Arrow; README.md beside this file is the data dictionary.',
  keywords: ['Vietnam', 'cybersecurity', 'international cooperation', 'event data', 'PLOVER', 'CAMEO', 'French-language press', 'provenance'],
  contributors: [{ title: 'cybercoop contributors', roles: ['creator', 'maintainer'] }],
  /** The data and its documentation; the code that builds it is MIT (LICENSE). */
  dataLicense: { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International: the data (tables, dictionary, descriptor)' },
  codeLicense: { name: 'MIT', path: 'https://opensource.org/licenses/MIT', title: 'MIT License: the code that builds the data (pipeline, schemas, tests)' },
  countriesLicense: { name: 'ODbL-1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/', title: 'Open Database License 1.0: the country names and demonyms, obtained from the world-countries database (github.com/mledoze/countries, Mohammed Le Doze and contributors); see NOTICE' },
} as const;

export type FileFormat = 'csv' | 'json' | 'parquet' | 'arrow';

const FORMATS: Record<FileFormat, { suffix: string; mediatype: string; text: boolean; about: (table: string) => string }> = {
  csv: {
    suffix: '',
    mediatype: 'text/csv',
    text: true,
    about: () =>
      'RFC 4180 CSV, UTF-8 without BOM, header row, \\n line ends; missing values are empty cells, lists are joined with |, booleans are true/false. ' +
      'Text cells that start with = + - @ tab CR or LF carry one extra leading apostrophe in this CSV only (spreadsheet formula defusing: remove one ' +
      "leading apostrophe from cells matching ^'+[=+\\-@\\t\\r\\n]); the JSON, Parquet and Arrow files keep the exact text.",
  },
  json: {
    suffix: '-json',
    mediatype: 'application/json',
    text: true,
    about: (table) => `${table} as a JSON array of row objects, keys in column order, null for missing values, lists as arrays, one row a line.`,
  },
  parquet: {
    suffix: '-parquet',
    mediatype: 'application/vnd.apache.parquet',
    text: false,
    about: (table) =>
      `${table} as Parquet (zstd): strings UTF8, vocabularies dictionary-encoded, days DATE, counts and offsets INT32, lists LIST<UTF8>, ` +
      'REQUIRED where the column cannot be null; the Arrow schema, with each field’s description, is embedded (ARROW:schema).',
  },
  arrow: {
    suffix: '-arrow',
    mediatype: 'application/vnd.apache.arrow.file',
    text: false,
    about: (table) =>
      `${table} as an Arrow IPC file: strings Utf8, vocabularies dictionary-encoded with the whole vocabulary as dictionary, days Date32, ` +
      'counts and offsets Int32, lists List<Utf8>, booleans Bool; each field’s description in its metadata.',
  },
};

const FRICTIONLESS_TYPE = { string: 'string', vocab: 'string', date: 'date', int: 'integer', float: 'number', bool: 'boolean', list: 'list' } as const;

export const frictionlessType = (column: Column): string => FRICTIONLESS_TYPE[column.kind];

/** A Table Schema field. A list's item vocabulary has no place in the v2 standard, so it goes in `itemEnum` (documented in the dictionary). */
export function tableSchemaField(column: Column): Record<string, unknown> {
  const out: Record<string, unknown> = { name: column.name, type: frictionlessType(column), description: column.description };
  if (column.kind === 'list') {
    out.delimiter = '|';
    out.itemType = 'string';
    if (column.values) out.itemEnum = column.values;
  }
  if (column.kind === 'bool') {
    out.trueValues = ['true'];
    out.falseValues = ['false'];
  }
  const constraints: Record<string, unknown> = {};
  if (!column.nullable) constraints.required = true;
  if (column.kind === 'vocab') constraints.enum = column.values;
  if (column.kind === 'string' && column.pattern) constraints.pattern = column.pattern;
  if (Object.keys(constraints).length > 0) out.constraints = constraints;
  return out;
}

/** The Table Schema of one table, its foreign keys pointing at the resources of the same format. */
export function tableSchema(spec: TableSpec, columns: readonly Column[], format: FileFormat): Record<string, unknown> {
  const schema: Record<string, unknown> = {
    fields: columns.map(tableSchemaField),
    missingValues: [''],
    primaryKey: [spec.primaryKey],
  };
  // The profile wants at least one foreign key when the property is there: a table without any leaves it out.
  if (spec.foreignKeys.length > 0) {
    schema.foreignKeys = spec.foreignKeys.map((fk) => ({ fields: [fk.field], reference: { resource: `${fk.table}${FORMATS[format].suffix}`, fields: [fk.reference] } }));
  }
  return schema;
}

export interface PackageFile {
  path: string;
  /** Size in bytes. */
  bytes: number;
  /** sha256 of the bytes, lower-case hex. */
  sha256: string;
}

export interface PackagedTable {
  spec: TableSpec;
  columns: readonly Column[];
  rows: number;
  files: Record<FileFormat, PackageFile>;
  /** The JSON Schema of the table's JSON file. */
  jsonSchema: PackageFile;
}

export interface PackageInput {
  version: string;
  tables: readonly PackagedTable[];
  /** For `sources` and `created`. */
  articles: readonly ArticleRow[];
  /** The data dictionary. */
  dictionary: PackageFile;
}

const hashOf = (file: PackageFile) => `sha256:${file.sha256}`;

/** The profile's path pattern: a URL, or a relative POSIX path. */
const isHttpUrl = (url: string) => /^(?:http|ftp)s?:\/\/\S+$/.test(url);

/**
 * The day the data speaks up to: the latest possible publication day of any
 * article whose year is known (a month-precise `2023-10` counts as its last
 * day), as RFC 3339 at midnight UTC; null when no article is dated.
 */
export function createdFrom(articles: readonly Pick<ArticleRow, 'published'>[]): string | null {
  let latest: string | null = null;
  for (const a of articles) {
    const end = a.published ? parseEdtf(a.published)?.end : null;
    if (end && (latest === null || end > latest)) latest = end;
  }
  return latest === null ? null : `${latest}T00:00:00Z`;
}

/** One source per input article: its outlet and title, and its address when the sidecar gives one. */
export function sourcesFrom(articles: readonly ArticleRow[]): Record<string, string>[] {
  return articles.map((a) => {
    const title = [a.outlet, a.title ?? a.source_file].filter((s): s is string => Boolean(s)).join(': ');
    const source: Record<string, string> = { title };
    if (a.url && isHttpUrl(a.url)) source.path = a.url;
    return source;
  });
}

export function dataPackage(input: PackageInput): string {
  const resources: Record<string, unknown>[] = [];
  for (const { spec, columns, rows, files } of input.tables) {
    for (const format of ['csv', 'json', 'parquet', 'arrow'] as const) {
      const file = files[format];
      const f = FORMATS[format];
      const resource: Record<string, unknown> = {
        name: `${spec.name}${f.suffix}`,
        type: 'table',
        path: file.path,
        format,
        mediatype: f.mediatype,
        ...(f.text ? { encoding: 'utf-8' } : {}),
        bytes: file.bytes,
        hash: hashOf(file),
        title: `${spec.name} (${format})`,
        description: `${spec.description} ${rows} rows. ${f.about(spec.name)}`,
      };
      if (format === 'csv') resource.dialect = { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true };
      resource.schema = tableSchema(spec, columns, format);
      resources.push(resource);
    }
  }
  for (const { spec, jsonSchema } of input.tables) {
    resources.push({
      name: `${spec.name}-jsonschema`,
      path: jsonSchema.path,
      format: 'json',
      mediatype: 'application/schema+json',
      encoding: 'utf-8',
      bytes: jsonSchema.bytes,
      hash: hashOf(jsonSchema),
      title: `${spec.name} JSON Schema`,
      description: `JSON Schema (draft 2020-12) that every ${spec.name}.json file of this release validates against, generated from the same zod schema as the table schemas here.`,
    });
  }
  resources.push({
    name: 'data-dictionary',
    path: input.dictionary.path,
    format: 'md',
    mediatype: 'text/markdown',
    encoding: 'utf-8',
    bytes: input.dictionary.bytes,
    hash: hashOf(input.dictionary),
    title: 'Data dictionary',
    description: 'What the dataset is and how it was made, every table and column, vocabularies, conventions, and how to load it in pandas, polars, R, DuckDB and spreadsheets.',
  });
  const created = createdFrom(input.articles);
  const pkg = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: PACKAGE.name,
    title: PACKAGE.title,
    description: PACKAGE.description,
    version: input.version,
    ...(created ? { created } : {}),
    keywords: PACKAGE.keywords,
    contributors: PACKAGE.contributors,
    licenses: [PACKAGE.dataLicense, PACKAGE.codeLicense, PACKAGE.countriesLicense],
    sources: sourcesFrom(input.articles),
    resources,
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
