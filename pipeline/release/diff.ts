/**
 * What changed between two releases, as pure functions over their tables:
 * schema changes (tables and columns added, removed, retyped, nullability,
 * vocabulary values, keys) read off each release's datapackage.json, and
 * row changes per table by primary key, with the columns that changed.
 * The semantic version bump the changes call for follows from them:
 *
 *   major  a table or column removed (a rename is a removal plus an addition),
 *          a column retyped or now nullable, a vocabulary value removed,
 *          a primary key changed, shared columns reordered;
 *   minor  a table or column added, a vocabulary value added, a vocabulary
 *          opened or closed, a column now always filled;
 *   patch  rows added, removed or changed only (or descriptions reworded).
 */

export type Row = Record<string, unknown>;

/** The parts of a Table Schema field that a diff compares. */
export interface FieldInfo {
  name: string;
  type: string;
  itemType?: string;
  required: boolean;
  /** Vocabulary of the column, or of a list's items. */
  values: readonly string[] | null;
  description: string;
}

export interface TableSnapshot {
  primaryKey: readonly string[];
  fields: readonly FieldInfo[];
  rows: readonly Row[];
}

export interface Snapshot {
  /** What the snapshot was read from: a tag, a commit, a folder. */
  label: string;
  version: string | null;
  tables: ReadonlyMap<string, TableSnapshot>;
}

export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface SchemaChange {
  table: string;
  column: string | null;
  bump: Exclude<Bump, 'none'>;
  what: string;
}

export interface TableRowDiff {
  table: string;
  before: number;
  after: number;
  added: string[];
  removed: string[];
  changed: string[];
  /** Column → number of rows in which it changed. */
  changedColumns: Map<string, number>;
}

export interface ReleaseDiff {
  from: string;
  to: string;
  schema: SchemaChange[];
  rows: TableRowDiff[];
  bump: Bump;
  breaking: boolean;
}

/** Reads the table resources (CSV ones, named after their table) of a datapackage.json. */
export function fieldsOfPackage(pkg: unknown): Map<string, { primaryKey: string[]; fields: FieldInfo[] }> {
  const out = new Map<string, { primaryKey: string[]; fields: FieldInfo[] }>();
  const resources = (pkg as { resources?: unknown[] }).resources ?? [];
  for (const r of resources as { name: string; format?: string; path?: string; schema?: { primaryKey?: string | string[]; fields?: Record<string, unknown>[] } }[]) {
    if (r.format !== 'csv' || !r.schema?.fields || r.path !== `${r.name}.csv`) continue;
    const pk = r.schema.primaryKey;
    out.set(r.name, {
      primaryKey: pk === undefined ? [] : Array.isArray(pk) ? pk : [pk],
      fields: r.schema.fields.map((f) => {
        const constraints = (f.constraints ?? {}) as { required?: boolean; enum?: string[] };
        return {
          name: String(f.name),
          type: String(f.type ?? 'string'),
          ...(f.itemType ? { itemType: String(f.itemType) } : {}),
          required: constraints.required === true,
          values: constraints.enum ?? (f.itemEnum as string[] | undefined) ?? null,
          description: String(f.description ?? ''),
        };
      }),
    });
  }
  return out;
}

const typeName = (f: FieldInfo) => (f.itemType ? `${f.type}<${f.itemType}>` : f.type);
const describe = (f: FieldInfo) => `${typeName(f)}${f.required ? '' : ', nullable'}`;

export function diffSchemas(from: Snapshot, to: Snapshot): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const name of from.tables.keys()) {
    if (!to.tables.has(name)) changes.push({ table: name, column: null, bump: 'major', what: `table \`${name}\` removed` });
  }
  for (const [name, after] of to.tables) {
    const before = from.tables.get(name);
    if (!before) {
      changes.push({ table: name, column: null, bump: 'minor', what: `table \`${name}\` added (${after.fields.length} columns)` });
      continue;
    }
    if (JSON.stringify(before.primaryKey) !== JSON.stringify(after.primaryKey)) {
      changes.push({ table: name, column: null, bump: 'major', what: `primary key of \`${name}\` changed from ${before.primaryKey.join(', ') || 'none'} to ${after.primaryKey.join(', ') || 'none'}` });
    }
    const old = new Map(before.fields.map((f) => [f.name, f]));
    const now = new Map(after.fields.map((f) => [f.name, f]));
    for (const f of before.fields) if (!now.has(f.name)) changes.push({ table: name, column: f.name, bump: 'major', what: `column \`${name}.${f.name}\` removed` });
    for (const f of after.fields) {
      const o = old.get(f.name);
      if (!o) {
        changes.push({ table: name, column: f.name, bump: 'minor', what: `column \`${name}.${f.name}\` added (${describe(f)})` });
        continue;
      }
      if (typeName(o) !== typeName(f)) changes.push({ table: name, column: f.name, bump: 'major', what: `column \`${name}.${f.name}\` retyped from ${typeName(o)} to ${typeName(f)}` });
      if (o.required && !f.required) changes.push({ table: name, column: f.name, bump: 'major', what: `column \`${name}.${f.name}\` can now be null` });
      if (!o.required && f.required) changes.push({ table: name, column: f.name, bump: 'minor', what: `column \`${name}.${f.name}\` is now always filled` });
      if (o.values || f.values) {
        const was = new Set(o.values ?? []);
        const is = new Set(f.values ?? []);
        const removed = [...was].filter((v) => !is.has(v));
        const added = [...is].filter((v) => !was.has(v));
        // Opening or closing a vocabulary changes what values may come, not the values there are: a reader keeps working.
        if (o.values && !f.values) changes.push({ table: name, column: f.name, bump: 'minor', what: `column \`${name}.${f.name}\` is no longer a closed vocabulary` });
        else if (!o.values && f.values) changes.push({ table: name, column: f.name, bump: 'minor', what: `column \`${name}.${f.name}\` is now a closed vocabulary: ${f.values.map((v) => `\`${v}\``).join(', ')}` });
        else {
          if (removed.length > 0) changes.push({ table: name, column: f.name, bump: 'major', what: `vocabulary of \`${name}.${f.name}\`: removed ${removed.map((v) => `\`${v}\``).join(', ')}` });
          if (added.length > 0) changes.push({ table: name, column: f.name, bump: 'minor', what: `vocabulary of \`${name}.${f.name}\`: added ${added.map((v) => `\`${v}\``).join(', ')}` });
        }
      }
      if (o.description !== f.description) changes.push({ table: name, column: f.name, bump: 'patch', what: `description of \`${name}.${f.name}\` reworded` });
    }
    const shared = (fields: readonly FieldInfo[], other: Map<string, FieldInfo>) => fields.map((f) => f.name).filter((n) => other.has(n));
    if (JSON.stringify(shared(before.fields, now)) !== JSON.stringify(shared(after.fields, old))) {
      changes.push({ table: name, column: null, bump: 'major', what: `columns of \`${name}\` reordered (a reader that takes CSV columns by position breaks)` });
    }
  }
  return changes;
}

const keyOf = (row: Row, primaryKey: readonly string[]) => primaryKey.map((k) => String(row[k])).join('\u0000');
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Rows added, removed and changed by primary key; a change is counted only on columns both releases have. */
export function diffRows(table: string, before: TableSnapshot | undefined, after: TableSnapshot | undefined): TableRowDiff {
  const primaryKey = after?.primaryKey.length ? after.primaryKey : (before?.primaryKey ?? []);
  const oldRows = new Map((before?.rows ?? []).map((r) => [keyOf(r, primaryKey), r]));
  const newRows = new Map((after?.rows ?? []).map((r) => [keyOf(r, primaryKey), r]));
  const beforeColumns = new Set((before?.fields ?? []).map((f) => f.name));
  const columns = (after?.fields ?? []).map((f) => f.name).filter((c) => beforeColumns.has(c));
  const diff: TableRowDiff = { table, before: oldRows.size, after: newRows.size, added: [], removed: [], changed: [], changedColumns: new Map() };
  for (const [key, row] of newRows) {
    const old = oldRows.get(key);
    if (!old) {
      diff.added.push(key);
      continue;
    }
    const changed = columns.filter((c) => !same(old[c], row[c]));
    if (changed.length > 0) {
      diff.changed.push(key);
      for (const c of changed) diff.changedColumns.set(c, (diff.changedColumns.get(c) ?? 0) + 1);
    }
  }
  for (const key of oldRows.keys()) if (!newRows.has(key)) diff.removed.push(key);
  for (const list of [diff.added, diff.removed, diff.changed]) list.sort();
  return diff;
}

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export function diffReleases(from: Snapshot, to: Snapshot): ReleaseDiff {
  const schema = diffSchemas(from, to);
  const names = [...to.tables.keys(), ...[...from.tables.keys()].filter((n) => !to.tables.has(n))];
  const rows = names.map((n) => diffRows(n, from.tables.get(n), to.tables.get(n)));
  let bump: Bump = 'none';
  for (const c of schema) if (RANK[c.bump] > RANK[bump]) bump = c.bump;
  if (bump === 'none' && rows.some((r) => r.added.length + r.removed.length + r.changed.length > 0)) bump = 'patch';
  return { from: from.label, to: to.label, schema, rows, bump, breaking: bump === 'major' };
}

export interface Version {
  major: number;
  minor: number;
  patch: number;
}

export function parseVersion(text: string): Version | null {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(text.trim());
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : null;
}

export const formatVersion = (v: Version) => `${v.major}.${v.minor}.${v.patch}`;

export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** The smallest version after `previous` that the bump allows (0.x releases follow the same rules: no exception for 0). */
export function minimumVersion(previous: Version, bump: Bump): Version {
  if (bump === 'major') return { major: previous.major + 1, minor: 0, patch: 0 };
  if (bump === 'minor') return { major: previous.major, minor: previous.minor + 1, patch: 0 };
  return { major: previous.major, minor: previous.minor, patch: previous.patch + 1 };
}

/** What the jump from `previous` to `next` is: the first part that grew. */
export function bumpOf(previous: Version, next: Version): Bump {
  if (next.major !== previous.major) return 'major';
  if (next.minor !== previous.minor) return 'minor';
  if (next.patch !== previous.patch) return 'patch';
  return 'none';
}

const LIST_AT_MOST = 10;
const ids = (keys: readonly string[]) => {
  const shown = keys.slice(0, LIST_AT_MOST).map((k) => `\`${k.replaceAll('\u0000', ', ')}\``);
  return keys.length > LIST_AT_MOST ? `${shown.join(', ')} and ${keys.length - LIST_AT_MOST} more` : shown.join(', ');
};

/** The diff as Markdown: the body of a CHANGELOG entry, and what `make diff` prints. */
export function formatDiff(diff: ReleaseDiff): string {
  const lines: string[] = [];
  const verdict = diff.breaking
    ? '**Breaking change**: a reader written for the earlier release may fail on this one (see the schema changes).'
    : 'No breaking change.';
  lines.push(`Compared with ${diff.from}. ${verdict} The changes call for a **${diff.bump === 'none' ? 'no new' : diff.bump}** version${diff.bump === 'none' ? '' : ' bump'}.`, '');
  lines.push('Schema changes:', '');
  const schema = diff.schema.filter((c) => c.bump !== 'patch');
  const reworded = diff.schema.length - schema.length;
  if (schema.length === 0) lines.push('- none');
  for (const c of schema) lines.push(`- ${c.what} (${c.bump})`);
  if (reworded > 0) lines.push(`- ${reworded} column description(s) reworded (patch)`);
  lines.push('', 'Row changes, by primary key:', '');
  lines.push('| table | rows | added | removed | changed | columns changed |', '|---|---|---|---|---|---|');
  for (const r of diff.rows) {
    const columns = [...r.changedColumns].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([c, n]) => `${c} ×${n}`).join(', ');
    lines.push(`| ${r.table} | ${r.before} → ${r.after} | ${r.added.length} | ${r.removed.length} | ${r.changed.length} | ${columns || '—'} |`);
  }
  const details = diff.rows.flatMap((r) => [
    ...(r.added.length ? [`- ${r.table} added: ${ids(r.added)}`] : []),
    ...(r.removed.length ? [`- ${r.table} removed: ${ids(r.removed)}`] : []),
    ...(r.changed.length ? [`- ${r.table} changed: ${ids(r.changed)}`] : []),
  ]);
  if (details.length > 0) lines.push('', ...details);
  return `${lines.join('\n')}\n`;
}

/** The first release: no earlier one to compare with, so its contents. */
export function formatFirstRelease(to: Snapshot): string {
  const lines = ['First release: nothing earlier to compare with.', '', '| table | rows | columns |', '|---|---|---|'];
  for (const [name, t] of to.tables) lines.push(`| ${name} | ${t.rows.length} | ${t.fields.length} |`);
  return `${lines.join('\n')}\n`;
}
