/**
 * What each column is, read off the zod schemas, so the exporters never keep
 * a second list of types that could drift from the contract.
 */
import type { z } from 'zod';

export type ColumnKind = 'string' | 'vocab' | 'date' | 'int' | 'float' | 'bool' | 'list';

export interface Column {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
  description: string;
  /** Allowed values of a vocabulary column, or of a list's items when they are a vocabulary. */
  values: readonly string[] | null;
  /** Regular expression a string column's values follow, when the schema states one. */
  pattern: string | null;
}

interface Def {
  type: string;
  format?: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check?: string; format?: string; pattern?: RegExp } } }[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

export function columnsOf(schema: z.ZodObject): Column[] {
  return Object.entries(schema.shape).map(([name, field]) => describeColumn(name, field as z.ZodType));
}

function describeColumn(name: string, field: z.ZodType): Column {
  const description = field.description ?? '';
  let def = defOf(field);
  let nullable = false;
  while (def.type === 'nullable' || def.type === 'optional') {
    nullable = true;
    def = defOf(def.innerType!);
  }
  const base = { name, nullable, description, values: null, pattern: null };
  switch (def.type) {
    case 'enum':
      return { ...base, kind: 'vocab', values: Object.values(def.entries!) };
    case 'boolean':
      return { ...base, kind: 'bool' };
    case 'number':
      return { ...base, kind: def.format === 'int32' || def.format === 'safeint' ? 'int' : 'float' };
    case 'array': {
      const item = defOf(def.element!);
      return { ...base, kind: 'list', values: item.type === 'enum' ? Object.values(item.entries!) : null };
    }
    case 'string': {
      if (def.format === 'date') return { ...base, kind: 'date' };
      const regex = def.checks?.map((c) => c._zod.def.pattern).find((p) => p instanceof RegExp);
      return { ...base, kind: 'string', pattern: regex ? regex.source : null };
    }
    default:
      throw new Error(`schemas: column "${name}" has type ${def.type}, which the exporters do not know; use a builder from schemas/columns.ts.`);
  }
}
