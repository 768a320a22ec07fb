/**
 * dist-data/datapackage.json against the Frictionless v2 profile kept in
 * schemas/profiles/ (offline, ajv), and every generated description of the
 * tables (Table Schema, JSON Schema, Arrow and Parquet schemas) against the
 * zod schemas they come from, so none can drift.
 */
import test from 'ava';
import AjvModule from 'ajv';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { tableFromIPC, type Field } from 'apache-arrow';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { TABLES } from '../schemas/index.ts';
import { columnsOf, type Column } from '../pipeline/09-export/columns.ts';
import { createdFrom, tableSchemaField } from '../pipeline/09-export/datapackage.ts';
import { parquetTable } from '../pipeline/09-export/parquet.ts';

// ajv and ajv-formats are CommonJS: under NodeNext their classes are the modules' `default`.
const Ajv = AjvModule.default;
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

type Json = Record<string, unknown>;
interface Resource extends Json {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  bytes: number;
  hash: string;
  encoding?: string;
  schema?: { fields: Json[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
}

const read = (file: string) => readFileSync(`dist-data/${file}`);
const pkg = JSON.parse(read('datapackage.json').toString('utf8')) as Json & { resources: Resource[]; version: string };
const profile = JSON.parse(readFileSync('schemas/profiles/datapackage-2.0/datapackage.json', 'utf8')) as Json;

function profileValidator(schema: Json) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // The profile's editor hint for long text; not a validation format.
  ajv.addFormat('textarea', true);
  return ajv.compile(schema);
}
const validatePackage = profileValidator(profile);
const clone = <T>(x: T): T => structuredClone(x);

test('datapackage.json is valid against the Frictionless Data Package v2 profile', (t) => {
  const ok = validatePackage(pkg);
  t.true(ok, JSON.stringify(validatePackage.errors?.slice(0, 5), null, 2));
});

test('the profile check is not vacuous: an empty foreignKeys list, a bad hash and a missing path fail', (t) => {
  const emptyKeys = clone(pkg);
  emptyKeys.resources.find((r) => r.name === 'articles')!.schema!.foreignKeys = [];
  t.false(validatePackage(emptyKeys));
  t.true(validatePackage.errors!.some((e: { instancePath: string; keyword: string }) => e.instancePath.endsWith('/schema/foreignKeys') && e.keyword === 'minItems'));
  const badHash = clone(pkg);
  badHash.resources[0]!.hash = 'sha256:not-hex';
  t.false(validatePackage(badHash));
  const noPath = clone(pkg);
  delete (noPath.resources[0] as Partial<Resource>).path;
  t.false(validatePackage(noPath));
});

test('the published profile lacks the v2 list type, which is why the copy adds it (and only it)', (t) => {
  const published = clone(profile) as Json;
  const fieldTypes = (((((published.properties as Json).resources as Json).items as Json).properties as Json).schema as Json).properties as Json;
  const oneOf = ((fieldTypes.fields as Json).items as Json).oneOf as Json[];
  t.is(oneOf.filter((o) => o.title === 'List Field').length, 1);
  ((fieldTypes.fields as Json).items as Json).oneOf = oneOf.filter((o) => o.title !== 'List Field');
  const validate = profileValidator(published);
  t.false(validate(pkg));
  const events = pkg.resources.find((r) => r.name === 'events')!;
  const withoutLists = clone(pkg);
  withoutLists.resources = [{ ...events, schema: { ...events.schema!, fields: events.schema!.fields.filter((f) => f.type !== 'list') } }];
  t.true(validate(withoutLists), JSON.stringify(validate.errors?.slice(0, 3)));
});

test('package metadata: name, title, description, version, licences for data and code, contributors, sources, created', (t) => {
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  t.is(pkg.name, 'cybercoop');
  t.is(pkg.version, version);
  t.true(String(pkg.title).length > 20 && String(pkg.description).length > 100);
  t.deepEqual((pkg.licenses as Json[]).map((l) => l.name), ['CC-BY-4.0', 'MIT', 'ODbL-1.0']);
  t.true((pkg.contributors as Json[]).length > 0);
  const articles = JSON.parse(read('articles.json').toString('utf8')) as { url: string | null; outlet: string | null; title: string | null; published: string | null }[];
  const sources = pkg.sources as { title: string; path?: string }[];
  t.is(sources.length, articles.length);
  articles.forEach((a, i) => {
    if (a.url) t.is(sources[i]!.path, a.url);
    if (a.outlet) t.true(sources[i]!.title.startsWith(`${a.outlet}: `));
  });
  t.is(pkg.created, createdFrom(articles));
  t.regex(String(pkg.created), /^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
});

test('created comes from the articles’ publication dates, never the clock', (t) => {
  t.is(createdFrom([{ published: '2023-10' }, { published: '2021-01-05' }, { published: null }, { published: 'XXXX-12-01' }]), '2023-10-31T00:00:00Z');
  t.is(createdFrom([{ published: '2022' }]), '2022-12-31T00:00:00Z');
  t.is(createdFrom([{ published: null }]), null);
});

test('every file of the release is a resource with the right size and sha256, and nothing else is', (t) => {
  const listed = pkg.resources.map((r) => r.path).sort();
  const expected = [...TABLES.flatMap((s) => ['csv', 'json', 'parquet', 'arrow', 'schema.json'].map((x) => `${s.name}.${x}`)), 'README.md'].sort();
  t.deepEqual(listed, expected);
  for (const r of pkg.resources) {
    const bytes = read(r.path);
    t.is(r.bytes, bytes.length, r.path);
    t.is(r.hash, `sha256:${createHash('sha256').update(bytes).digest('hex')}`, r.path);
    t.regex(r.mediatype, /^[a-z]+\/[a-z0-9.+-]+$/, r.path);
    if (['csv', 'json', 'md'].includes(r.format)) t.is(r.encoding, 'utf-8', r.path);
  }
});

for (const spec of TABLES) {
  const columns = columnsOf(spec.schema);

  test(`${spec.name}: the Table Schema of each format is the zod schema (types, descriptions, vocabularies, required, keys)`, (t) => {
    for (const suffix of ['', '-json', '-parquet', '-arrow']) {
      const r = pkg.resources.find((x) => x.name === `${spec.name}${suffix}`)!;
      t.truthy(r, `${spec.name}${suffix}`);
      t.deepEqual(r.schema!.fields, columns.map(tableSchemaField));
      t.deepEqual(r.schema!.primaryKey, [spec.primaryKey]);
      const fks = spec.foreignKeys.map((fk) => ({ fields: [fk.field], reference: { resource: `${fk.table}${suffix}`, fields: [fk.reference] } }));
      if (fks.length === 0) t.false('foreignKeys' in r.schema!, 'no empty foreignKeys');
      else t.deepEqual(r.schema!.foreignKeys, fks);
      for (const fk of r.schema!.foreignKeys ?? []) t.truthy(pkg.resources.find((x) => x.name === fk.reference.resource));
    }
    for (const c of columns) {
      t.true(c.description.length > 5, `${spec.name}.${c.name} has a description`);
      const field = tableSchemaField(c) as { constraints?: { required?: boolean; enum?: string[] }; itemEnum?: string[] };
      t.is(field.constraints?.required === true, !c.nullable, `${c.name} required`);
      if (c.kind === 'vocab') t.deepEqual(field.constraints?.enum, c.values);
      if (c.kind === 'list' && c.values) t.deepEqual(field.itemEnum, c.values);
    }
  });

  test(`${spec.name}: every foreign key of the data resolves`, (t) => {
    const rows = JSON.parse(read(`${spec.name}.json`).toString('utf8')) as Json[];
    for (const fk of spec.foreignKeys) {
      const targets = new Set((JSON.parse(read(`${fk.table}.json`).toString('utf8')) as Json[]).map((r) => r[fk.reference]));
      for (const row of rows) if (row[fk.field] !== null) t.true(targets.has(row[fk.field]), `${spec.name}.${fk.field} = ${String(row[fk.field])}`);
    }
    t.pass();
  });

  test(`${spec.name}: ${spec.name}.json validates against ${spec.name}.schema.json, and a wrong row does not`, (t) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(read(`${spec.name}.schema.json`).toString('utf8')) as Json);
    const rows = JSON.parse(read(`${spec.name}.json`).toString('utf8')) as Json[];
    t.true(validate(rows), JSON.stringify(validate.errors?.slice(0, 3)));
    const sample = rows[0] ?? Object.fromEntries(columns.map((c) => [c.name, c.kind === 'list' ? [] : c.kind === 'int' ? 0 : c.kind === 'bool' ? false : 'x']));
    t.false(validate([{ ...sample, [spec.primaryKey]: 7 }]));
    const { [columns[1]!.name]: _dropped, ...missing } = sample;
    t.false(validate([missing]));
  });

  test(`${spec.name}: the Arrow and Parquet files carry the zod schema (types, nullability, descriptions)`, (t) => {
    const expected = { string: 'Utf8', vocab: 'Dictionary<Int32, Utf8>', date: 'Date32<DAY>', int: 'Int32', float: 'Float64', bool: 'Bool', list: 'List<Utf8>' };
    const check = (fields: Field[], what: string) => {
      t.deepEqual(fields.map((f) => f.name), columns.map((c) => c.name), what);
      fields.forEach((f, i) => {
        const c: Column = columns[i]!;
        t.is(String(f.type), expected[c.kind], `${what} ${c.name} type`);
        t.is(f.nullable, c.nullable, `${what} ${c.name} nullable`);
        t.is(f.metadata.get('description'), c.description, `${what} ${c.name} description`);
      });
    };
    check(tableFromIPC(read(`${spec.name}.arrow`)).schema.fields, 'arrow');
    check(parquetTable(read(`${spec.name}.parquet`)).schema.fields, 'parquet');
  });
}
