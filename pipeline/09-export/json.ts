/** JSON: an array of row objects, keys in codebook order, one row a line so that a release's diff reads row by row. */
import type { Row } from './cells.ts';
import type { Column } from './columns.ts';

export function toJson(columns: readonly Column[], rows: readonly Row[]): string {
  if (rows.length === 0) return '[]\n';
  const lines = rows.map((row) => JSON.stringify(Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null]))));
  return `[\n${lines.join(',\n')}\n]\n`;
}
