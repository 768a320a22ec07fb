/**
 * Stage 7 — validate: every row against its zod schema, primary keys unique,
 * foreign keys resolved. A row that fails is not exported; it becomes a
 * `rejects` row saying which field broke which rule. The schemas run as
 * compiled checks (validator.ts), and zod itself reads only the rows those
 * checks refuse, to decide and to word the reason: the same verdicts, at a
 * fraction of the cost on millions of rows.
 */
import type { z } from 'zod';
import { TABLES, type TableName, type Tables } from '../schemas/index.ts';
import type { RejectRow } from '../schemas/rejects.ts';
import type { RejectDraft } from './rejects.ts';
import { compileRow } from './validator.ts';

const compiled = new Map<TableName, (row: Record<string, unknown>) => boolean>();
function checksOf(name: TableName, schema: z.ZodObject) {
  let check = compiled.get(name);
  if (!check) compiled.set(name, (check = compileRow(schema, name)));
  return check;
}

const RECORD_TYPE: Record<TableName, RejectRow['record_type']> = {
  articles: 'article',
  events: 'event',
  participants: 'participant',
  agreements: 'agreement',
  actors: 'actor',
  mentions: 'mention',
  rejects: null,
};

type AnyRow = Record<string, unknown>;

/** Validate and sort every table except `rejects`, which the run assembles last from all drafts. */
export function validateTables(input: Omit<Tables, 'rejects'>): { tables: Omit<Tables, 'rejects'>; rejects: RejectDraft[] } {
  const rejects: RejectDraft[] = [];
  const out: Record<string, AnyRow[]> = {};
  for (const spec of TABLES) {
    if (spec.name === 'rejects') continue;
    const rows = input[spec.name] as unknown as AnyRow[];
    const kept = new Map<string, AnyRow>();
    const passes = checksOf(spec.name, spec.schema as z.ZodObject);
    for (const row of rows) {
      const key = String(row[spec.primaryKey] ?? '');
      const parsed = passes(row) ? { success: true as const } : (spec.schema as z.ZodObject).safeParse(row);
      const sourceFile = String(row.source_file ?? '');
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message }));
        rejects.push({
          stage: 'validate',
          code: `validate/${spec.name}`,
          sourceFile,
          recordType: RECORD_TYPE[spec.name],
          reason: `${spec.name} row ${key || '(no id)'} breaks the codebook (${issues.map((i) => `${i.path || 'row'}: ${i.message}`).join('; ')}); it is left out.`,
          detail: { row, issues },
        });
        continue;
      }
      if (kept.has(key)) {
        rejects.push({
          stage: 'validate',
          code: `validate/${spec.name}-duplicate-key`,
          sourceFile,
          recordType: RECORD_TYPE[spec.name],
          reason: `${spec.name} has two rows with ${spec.primaryKey} ${key}; the first is kept.`,
          detail: { row },
        });
        continue;
      }
      kept.set(key, row);
    }
    out[spec.name] = [...kept.keys()].sort(compare).map((k) => kept.get(k)!);
  }
  for (const spec of TABLES) {
    if (spec.name === 'rejects') continue;
    for (const fk of spec.foreignKeys) {
      const targets = new Set(out[fk.table]!.map((r) => r[fk.reference]));
      out[spec.name] = out[spec.name]!.filter((row) => {
        const value = row[fk.field];
        if (value === null || value === undefined || targets.has(value)) return true;
        rejects.push({
          stage: 'validate',
          code: `validate/${spec.name}-dangling-${fk.field}`,
          sourceFile: String(row.source_file ?? ''),
          recordType: RECORD_TYPE[spec.name],
          reason: `${spec.name} row ${String(row[spec.primaryKey])} points to ${fk.table} ${String(value)}, which is not in the release; it is left out.`,
          detail: { row },
        });
        return false;
      });
    }
  }
  return { tables: out as unknown as Omit<Tables, 'rejects'>, rejects };
}

/** Keys sort by UTF-16 code units: the same order on every machine and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
