/**
 * The zod schemas compiled into plain checks, for millions of rows: each
 * column's rule (type, nullability, vocabulary, pattern, bounds, list items)
 * is read off the schema once and becomes one small function. A row that
 * passes every check is what zod would accept; a row that fails one is then
 * given to zod itself, whose verdict and messages stand, so the checks only
 * ever save time. A schema rule the compiler does not know stops the
 * compilation (never a rule silently skipped); tests/validator.test.ts holds
 * the checks and zod to the same verdicts on random rows.
 */
import type { z } from 'zod';

type Check = (value: unknown) => boolean;

interface Def {
  type: string;
  format?: string;
  pattern?: RegExp;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
}

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

export class UncompiledRule extends Error {}

const INT32 = { min: -2147483648, max: 2147483647 };

/** Without flags that keep state between calls. */
const stateless = (re: RegExp) => (re.global || re.sticky ? new RegExp(re.source, re.flags.replace(/[gy]/g, '')) : re);

function compileChecks(where: string, checks: Def['checks'], typeOk: Check, length: (v: never) => number): Check {
  const parts: Check[] = [typeOk];
  for (const c of checks ?? []) {
    const d = c._zod.def;
    switch (d.check) {
      case 'min_length':
        parts.push((v) => length(v as never) >= d.minimum!);
        break;
      case 'max_length':
        parts.push((v) => length(v as never) <= d.maximum!);
        break;
      case 'string_format': {
        if (d.format !== 'regex' || !d.pattern) throw new UncompiledRule(`${where}: string format ${d.format}`);
        const re = stateless(d.pattern);
        parts.push((v) => re.test(v as string));
        break;
      }
      case 'greater_than':
        parts.push(d.inclusive ? (v) => (v as number) >= d.value! : (v) => (v as number) > d.value!);
        break;
      case 'less_than':
        parts.push(d.inclusive ? (v) => (v as number) <= d.value! : (v) => (v as number) < d.value!);
        break;
      default:
        throw new UncompiledRule(`${where}: check ${d.check}`);
    }
  }
  return (v) => parts.every((p) => p(v));
}

function compileField(where: string, schema: z.ZodType): Check {
  const def = defOf(schema);
  switch (def.type) {
    case 'nullable': {
      const inner = compileField(where, def.innerType!);
      return (v) => v === null || inner(v);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries!));
      return (v) => typeof v === 'string' && values.has(v);
    }
    case 'boolean':
      if (def.checks?.length) throw new UncompiledRule(`${where}: checks on a boolean`);
      return (v) => typeof v === 'boolean';
    case 'string': {
      const typeOk: Check = def.format === 'date' ? ((re) => (v) => typeof v === 'string' && re.test(v))(stateless(def.pattern!)) : (v) => typeof v === 'string';
      if (def.format && def.format !== 'date') throw new UncompiledRule(`${where}: string format ${def.format}`);
      return compileChecks(where, def.checks, typeOk, (v: string) => v.length);
    }
    case 'number': {
      let typeOk: Check;
      if (def.format === 'int32') typeOk = (v) => typeof v === 'number' && Number.isInteger(v) && v >= INT32.min && v <= INT32.max;
      else if (def.format === undefined) typeOk = (v) => typeof v === 'number' && Number.isFinite(v);
      else throw new UncompiledRule(`${where}: number format ${def.format}`);
      return compileChecks(where, def.checks, typeOk, () => 0);
    }
    case 'array': {
      const element = compileField(`${where}[]`, def.element!);
      return compileChecks(where, def.checks, (v) => Array.isArray(v) && v.every(element), (v: unknown[]) => v.length);
    }
    default:
      throw new UncompiledRule(`${where}: type ${def.type}`);
  }
}

/** The checks of an object schema: true when zod would accept the row. */
export function compileRow(schema: z.ZodObject, name = 'row'): (row: Record<string, unknown>) => boolean {
  const def = defOf(schema);
  if (def.catchall !== undefined && defOf(def.catchall as z.ZodType).type !== 'unknown') throw new UncompiledRule(`${name}: catchall`);
  const fields = Object.entries(def.shape!).map(([key, field]) => [key, compileField(`${name}.${key}`, field)] as const);
  return (row) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
    for (const [key, check] of fields) if (!check(row[key])) return false;
    return true;
  };
}
