/**
 * The compiled checks (pipeline/validator.ts) give zod's verdict on every row:
 * hand-made rows mutated field by field into every kind of wrong value (and
 * right ones) are accepted by the checks exactly when zod accepts them.
 */
import test from 'ava';
import fc from 'fast-check';
import type { z } from 'zod';
import { TABLES } from '../schemas/index.ts';
import { compileRow, UncompiledRule } from '../pipeline/validator.ts';
import { handMadeTables } from './fixtures/rows.ts';
import { z as zod } from 'zod';

const values = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom('', ' ', 'x', ' x', 'x ', 'a|b', '2024-02-29', '2023-02-29', '2024-13-01', '2024-1-1', 'XXXX-10-05/XXXX-10-09', '2025-03', 'meeting', 'CONSULT', 'cybersecurity', 'art-80b0c1ae4b853d3a', 'utf-8', 'error', '0'.repeat(64), 'é'),
  fc.string(),
  fc.integer(),
  fc.constantFrom(0, -1, 0.5, 1, 1.5, 90, 90.5, -180, 181, 2 ** 31, 2 ** 31 - 1, Number.NaN, Number.POSITIVE_INFINITY, -0),
  fc.double(),
  fc.boolean(),
  fc.array(fc.oneof(fc.string(), fc.constantFrom('cybercrime', 'a|b', ''), fc.integer()), { maxLength: 3 }),
);

for (const spec of TABLES) {
  test(`${spec.name}: the compiled checks accept a row exactly when zod does`, (t) => {
    const check = compileRow(spec.schema as z.ZodObject, spec.name);
    const base = (handMadeTables[spec.name] as unknown as Record<string, unknown>[])[0]!;
    const keys = Object.keys(spec.schema.shape);
    t.true(check(base), 'a hand-made row passes');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), values), { minLength: 1, maxLength: 3 }), (mutations) => {
        const row: Record<string, unknown> = { ...base };
        for (const [key, value] of mutations) row[key] = value;
        return check(row) === spec.schema.safeParse(row).success;
      }),
      { numRuns: 3000 },
    );
  });
}

test('a schema rule the compiler does not know stops it, instead of being skipped', (t) => {
  t.throws(() => compileRow(zod.object({ a: zod.string().email() })), { instanceOf: UncompiledRule });
  t.throws(() => compileRow(zod.object({ a: zod.string().optional() })), { instanceOf: UncompiledRule });
  t.throws(() => compileRow(zod.strictObject({ a: zod.string() })), { instanceOf: UncompiledRule });
});
