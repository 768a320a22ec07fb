/**
 * Releases: the diff as pure functions on small tables (rows added, removed
 * and changed with their columns; columns added, removed, retyped; vocabulary
 * values; the bump and the breaking flag), then `make release` and
 * `make diff` end to end in a throwaway git repository made from this one.
 */
import test from 'ava';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  bumpOf,
  compareVersions,
  diffReleases,
  diffRows,
  diffSchemas,
  fieldsOfPackage,
  formatDiff,
  minimumVersion,
  parseVersion,
  type FieldInfo,
  type Row,
  type Snapshot,
  type TableSnapshot,
} from '../pipeline/release/diff.ts';
import { changelogEntry, prependEntry } from '../pipeline/release/index.ts';

const field = (name: string, extra: Partial<FieldInfo> = {}): FieldInfo => ({ name, type: 'string', required: true, values: null, description: name, ...extra });
const table = (fields: readonly FieldInfo[], rows: readonly Row[], primaryKey = ['id']): TableSnapshot => ({ primaryKey, fields, rows });
const snapshot = (label: string, tables: Record<string, TableSnapshot>): Snapshot => ({ label, version: null, tables: new Map(Object.entries(tables)) });

const BASE = table(
  [field('id'), field('kind', { values: ['meeting', 'visit'] }), field('city', { required: false }), field('count', { type: 'integer' })],
  [
    { id: 'a', kind: 'meeting', city: 'Hanoi', count: 1 },
    { id: 'b', kind: 'visit', city: null, count: 2 },
    { id: 'c', kind: 'visit', city: 'Singapore', count: 3 },
  ],
);

test('rows added, removed and changed by primary key, with the columns that changed', (t) => {
  const after = table(BASE.fields, [
    { id: 'a', kind: 'meeting', city: 'Hanoi', count: 1 },
    { id: 'b', kind: 'meeting', city: 'Hanoi', count: 2 },
    { id: 'c', kind: 'visit', city: 'Singapore', count: 4 },
    { id: 'd', kind: 'visit', city: null, count: 1 },
  ]);
  const diff = diffRows('events', BASE, { ...after, rows: after.rows.filter((r) => r.id !== 'a') });
  t.deepEqual(diff.added, ['d']);
  t.deepEqual(diff.removed, ['a']);
  t.deepEqual(diff.changed, ['b', 'c']);
  t.deepEqual([...diff.changedColumns].sort(), [['city', 1], ['count', 1], ['kind', 1]]);
  t.is(diff.before, 3);
  t.is(diff.after, 3);
});

test('identical tables have no row changes; lists and nulls compare by value', (t) => {
  const withLists = table([field('id'), field('topics', { type: 'list', itemType: 'string' })], [{ id: 'a', topics: ['x', 'y'] }]);
  const same = diffRows('t', withLists, table(withLists.fields, [{ id: 'a', topics: ['x', 'y'] }]));
  t.deepEqual([same.added, same.removed, same.changed], [[], [], []]);
  const reordered = diffRows('t', withLists, table(withLists.fields, [{ id: 'a', topics: ['y', 'x'] }]));
  t.deepEqual(reordered.changed, ['a']);
});

test('a new column does not count as a change in every row', (t) => {
  const after = table([...BASE.fields, field('note', { required: false })], BASE.rows.map((r) => ({ ...r, note: 'x' })));
  const diff = diffRows('events', BASE, after);
  t.deepEqual(diff.changed, []);
});

test('composite primary keys identify rows by all their columns', (t) => {
  const before = table([field('event_id'), field('actor_id'), field('role')], [{ event_id: 'e1', actor_id: 'p1', role: 'host' }], ['event_id', 'actor_id']);
  const after = table(before.fields, [{ event_id: 'e1', actor_id: 'p1', role: 'guest' }, { event_id: 'e1', actor_id: 'p2', role: 'host' }], ['event_id', 'actor_id']);
  const diff = diffRows('participants', before, after);
  t.is(diff.changed.length, 1);
  t.is(diff.added.length, 1);
});

test('schema: column added is minor; removed, retyped or now nullable is major', (t) => {
  const from = snapshot('v1', { events: BASE });
  const added = diffSchemas(from, snapshot('v2', { events: table([...BASE.fields, field('note', { required: false })], []) }));
  t.deepEqual(added.map((c) => [c.bump, c.column]), [['minor', 'note']]);
  t.regex(added[0]!.what, /column `events.note` added \(string, nullable\)/);

  const removed = diffSchemas(from, snapshot('v2', { events: table(BASE.fields.filter((f) => f.name !== 'city'), []) }));
  t.deepEqual(removed.map((c) => [c.bump, c.what]), [['major', 'column `events.city` removed']]);

  const retyped = diffSchemas(from, snapshot('v2', { events: table(BASE.fields.map((f) => (f.name === 'count' ? { ...f, type: 'number' } : f)), []) }));
  t.deepEqual(retyped.map((c) => [c.bump, c.what]), [['major', 'column `events.count` retyped from integer to number']]);

  const nullable = diffSchemas(from, snapshot('v2', { events: table(BASE.fields.map((f) => (f.name === 'count' ? { ...f, required: false } : f)), []) }));
  t.deepEqual(nullable.map((c) => c.bump), ['major']);

  // A rename is a removal and an addition: major.
  const renamed = diffReleases(from, snapshot('v2', { events: table(BASE.fields.map((f) => (f.name === 'city' ? { ...f, name: 'town' } : f)), []) }));
  t.is(renamed.bump, 'major');
  t.true(renamed.breaking);
});

test('schema: vocabulary values added are minor, removed are major; tables added minor, removed major', (t) => {
  const from = snapshot('v1', { events: BASE });
  const vocab = (values: string[]) => snapshot('v2', { events: table(BASE.fields.map((f) => (f.name === 'kind' ? { ...f, values } : f)), BASE.rows) });
  const added = diffReleases(from, vocab(['meeting', 'visit', 'conference']));
  t.deepEqual(added.schema.map((c) => [c.bump, c.what]), [['minor', 'vocabulary of `events.kind`: added `conference`']]);
  t.is(added.bump, 'minor');
  t.false(added.breaking);
  const removed = diffReleases(from, vocab(['meeting']));
  t.deepEqual(removed.schema.map((c) => [c.bump, c.what]), [['major', 'vocabulary of `events.kind`: removed `visit`']]);
  t.true(removed.breaking);

  t.is(diffReleases(from, snapshot('v2', { events: BASE, actors: table([field('id')], []) })).bump, 'minor');
  t.is(diffReleases(snapshot('v1', { events: BASE, actors: table([field('id')], []) }), snapshot('v2', { events: BASE })).bump, 'major');
});

test('schema: a changed primary key and reordered columns are major; a reworded description is patch', (t) => {
  const from = snapshot('v1', { events: BASE });
  t.is(diffReleases(from, snapshot('v2', { events: { ...BASE, primaryKey: ['kind'] } })).bump, 'major');
  const [a, b, ...rest] = BASE.fields;
  t.is(diffReleases(from, snapshot('v2', { events: { ...BASE, fields: [b!, a!, ...rest] } })).bump, 'major');
  const reworded = diffReleases(from, snapshot('v2', { events: { ...BASE, fields: BASE.fields.map((f) => ({ ...f, description: `${f.description}!` })) } }));
  t.is(reworded.bump, 'patch');
  t.false(reworded.breaking);
});

test('rows changed only is a patch; nothing changed asks for no bump', (t) => {
  const from = snapshot('v1', { events: BASE });
  t.is(diffReleases(from, snapshot('v2', { events: { ...BASE, rows: BASE.rows.slice(1) } })).bump, 'patch');
  t.is(diffReleases(from, snapshot('v2', { events: BASE })).bump, 'none');
});

test('semantic versions: parse, compare, the smallest version a bump allows, and the bump a version is', (t) => {
  const v = (s: string) => parseVersion(s)!;
  t.is(parseVersion('1.2'), null);
  t.is(parseVersion('v1.2.3'), null);
  t.true(compareVersions(v('0.10.0'), v('0.9.9')) > 0);
  t.deepEqual(minimumVersion(v('0.1.3'), 'major'), v('1.0.0'));
  t.deepEqual(minimumVersion(v('0.1.3'), 'minor'), v('0.2.0'));
  t.deepEqual(minimumVersion(v('0.1.3'), 'patch'), v('0.1.4'));
  t.is(bumpOf(v('1.2.3'), v('1.3.0')), 'minor');
  t.is(bumpOf(v('1.2.3'), v('2.0.0')), 'major');
});

test('the diff reads as Markdown: verdict, schema changes, a row per table, the keys that moved', (t) => {
  const after = snapshot('v2', {
    events: table([...BASE.fields.filter((f) => f.name !== 'count'), field('note', { required: false })], [{ id: 'a', kind: 'visit', city: 'Hanoi', note: null }]),
  });
  const text = formatDiff(diffReleases(snapshot('data-v1.0.0', { events: BASE }), after));
  t.regex(text, /^Compared with data-v1\.0\.0\. \*\*Breaking change\*\*/);
  t.regex(text, /- column `events.count` removed \(major\)/);
  t.regex(text, /- column `events.note` added \(string, nullable\) \(minor\)/);
  t.regex(text, /\| events \| 3 → 1 \| 0 \| 2 \| 1 \| kind ×1 \|/);
  t.regex(text, /- events removed: `b`, `c`/);
  t.regex(text, /- events changed: `a`/);
});

test('fieldsOfPackage reads the table resources of a datapackage.json, old or new', (t) => {
  const pkg = JSON.parse(readFileSync('dist-data/datapackage.json', 'utf8')) as unknown;
  const tables = fieldsOfPackage(pkg);
  t.deepEqual([...tables.keys()], ['articles', 'events', 'participants', 'agreements', 'actors', 'mentions', 'rejects']);
  const topics = tables.get('events')!.fields.find((f) => f.name === 'topics')!;
  t.is(topics.type, 'list');
  t.true(topics.values!.includes('cybersecurity'));
  t.deepEqual(tables.get('participants')!.primaryKey, ['participant_id']);
  const cameo = tables.get('events')!.fields.find((f) => f.name === 'cameo')!;
  t.false(cameo.required);
  t.deepEqual(cameo.values, ['040', '041', '042', '057']);
});

test('CHANGELOG entries go under the marker, newest first, leaving the rest', (t) => {
  const base = '# Changelog\n\nIntro.\n\n<!-- releases, newest first: make release writes below this line -->\n';
  const one = prependEntry(base, changelogEntry('0.1.0', '2026-01-02', 'First.\n'));
  const two = prependEntry(one, changelogEntry('0.2.0', '2026-02-03', 'Second.\n'));
  t.true(two.startsWith('# Changelog\n\nIntro.\n\n<!-- releases'));
  t.true(two.indexOf('## 0.2.0 (data-v0.2.0, 2026-02-03)') < two.indexOf('## 0.1.0 (data-v0.1.0, 2026-01-02)'));
  t.throws(() => prependEntry('# Changelog\n', 'x'), { message: /lost its marker/ });
});

// ---- end to end: make release and make diff in a throwaway repository ----

const TRACKED = ['package.json', 'package-lock.json', 'tsconfig.json', 'Makefile', 'CHANGELOG.md', 'CITATION.cff', 'LICENSE', '.gitignore', 'pipeline', 'schemas', 'seeds', 'dist-data'];

function throwawayRepo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cc-release-'));
  for (const entry of TRACKED) cpSync(entry, path.join(dir, entry), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  const run = (args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  run(['init', '--quiet', '--initial-branch=main']);
  run(['config', 'user.name', 'Release Test']);
  run(['config', 'user.email', 'release-test@example.invalid']);
  run(['config', 'commit.gpgsign', 'false']);
  run(['config', 'tag.gpgsign', 'false']);
  // The symlink to the project's node_modules is not a directory, so .gitignore's `node_modules/` misses it.
  writeFileSync(path.join(dir, '.git', 'info', 'exclude'), 'node_modules\n');
  run(['add', '-A']);
  run(['commit', '--quiet', '-m', 'start']);
  return dir;
}

/** make, never reinstalling node_modules: it is the project's own, linked in. */
function make(dir: string, ...args: string[]) {
  const r = spawnSync('make', ['--no-print-directory', '-s', '-o', 'node_modules/.installed', ...args], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}
const gitOut = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

test('make release and make diff, end to end: first release, refusals, a minor release, diffs between tags and folders', (t) => {
  const dir = throwawayRepo();
  try {
    t.regex(make(dir, 'release').out, /give the version as X\.Y\.Z/);
    t.is(make(dir, 'release', 'VERSION=one').status, 2);

    const first = make(dir, 'release', 'VERSION=0.1.0');
    t.is(first.status, 0, first.out);
    t.regex(first.out, /First release/);
    t.is(gitOut(dir, 'tag', '--list', 'data-v*'), 'data-v0.1.0');
    t.is(gitOut(dir, 'status', '--porcelain'), '');
    t.regex(readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8'), /## 0\.1\.0 \(data-v0\.1\.0, \d{4}-\d{2}-\d{2}\)\n\nFirst release/);
    t.regex(readFileSync(path.join(dir, 'CITATION.cff'), 'utf8'), /^version: "0\.1\.0"$/m);

    t.regex(make(dir, 'release', 'VERSION=0.1.0').out, /not above the last release data-v0\.1\.0/);
    writeFileSync(path.join(dir, 'notes.txt'), 'x');
    t.regex(make(dir, 'release', 'VERSION=0.1.1').out, /uncommitted changes/);
    rmSync(path.join(dir, 'notes.txt'));

    // One article less (rows: patch) and a vocabulary value added (minor): a patch version is refused.
    rmSync(path.join(dir, 'seeds', '004_45298917f67f1dde.txt'));
    const columns = path.join(dir, 'schemas', 'columns.ts');
    writeFileSync(columns, readFileSync(columns, 'utf8').replace("  'human_rights',\n] as const;", "  'human_rights',\n  'space',\n] as const;"));
    gitOut(dir, 'commit', '--quiet', '-am', 'an article less, a topic more');
    const refused = make(dir, 'release', 'VERSION=0.1.1');
    t.not(refused.status, 0);
    t.regex(refused.out, /call for a minor version \(at least 0\.2\.0\), not 0\.1\.1/);
    t.is(gitOut(dir, 'status', '--porcelain'), '', 'a refused release leaves the tree as it was');
    const minor = make(dir, 'release', 'VERSION=0.2.0');
    t.is(minor.status, 0, minor.out);
    t.regex(minor.out, /No breaking change\. The changes call for a \*\*minor\*\* version bump/);
    t.regex(minor.out, /vocabulary of `events.topics`: added `space` \(minor\)/);
    t.regex(minor.out, /\| articles \| 5 → 4 \| 0 \| 1 \| 0 \|/);
    t.deepEqual(gitOut(dir, 'tag', '--list', 'data-v*').split('\n'), ['data-v0.1.0', 'data-v0.2.0']);
    t.is(gitOut(dir, 'status', '--porcelain'), '');
    for (const file of ['package.json', 'package-lock.json', 'dist-data/datapackage.json']) {
      t.is((JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { version: string }).version, '0.2.0', file);
    }
    t.regex(readFileSync(path.join(dir, 'CITATION.cff'), 'utf8'), /^version: "0\.2\.0"$/m);
    const changelog = readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8');
    t.true(changelog.indexOf('## 0.2.0') < changelog.indexOf('## 0.1.0'));
    t.true(changelog.includes('added `space`'));

    // make diff between tags prints what the changelog says; between folders too.
    const between = make(dir, 'diff', 'FROM=data-v0.1.0', 'TO=data-v0.2.0');
    t.is(between.status, 0, between.out);
    t.regex(between.out, /Compared with data-v0\.1\.0\./);
    t.regex(between.out, /added `space`/);
    t.regex(between.out, /\| articles \| 5 → 4 \| 0 \| 1 \| 0 \|/);
    t.regex(make(dir, 'diff').out, /Compared with data-v0\.2\.0\. No breaking change\. The changes call for a \*\*no new\*\* version\./);
    const old = path.join(dir, '..', `${path.basename(dir)}-old`);
    execFileSync('git', ['worktree', 'add', '--quiet', old, 'data-v0.1.0'], { cwd: dir, stdio: 'pipe' });
    const folders = make(dir, 'diff', `FROM=${path.join(old, 'dist-data')}`, 'TO=dist-data');
    t.regex(folders.out, /\| articles \| 5 → 4 \| 0 \| 1 \| 0 \|/);
    rmSync(old, { recursive: true, force: true });
    t.regex(make(dir, 'diff', 'FROM=no-such-ref').out, /neither a folder nor a git ref/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
