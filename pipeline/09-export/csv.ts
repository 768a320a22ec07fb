/** CSV as the codebook fixes it: RFC 4180, UTF-8 without BOM, header row, `\n` line ends. */
import Papa from 'papaparse';
import { fromCsvCell, toCsvCell, type Row } from './cells.ts';
import type { Column } from './columns.ts';

export function toCsv(columns: readonly Column[], rows: readonly Row[]): string {
  const fields = columns.map((c) => c.name);
  const data = rows.map((row) => columns.map((c) => toCsvCell(c, row[c.name] ?? null)));
  const text = Papa.unparse({ fields, data }, { newline: '\n', quotes: false, header: true });
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Reads a CSV written by `toCsv` back into typed rows (nulls, lists, numbers and defused text restored). */
export function fromCsv(columns: readonly Column[], text: string): Row[] {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`CSV does not parse: ${JSON.stringify(parsed.errors[0])}`);
  const [header, ...records] = parsed.data;
  const names = columns.map((c) => c.name);
  if (JSON.stringify(header) !== JSON.stringify(names)) throw new Error(`CSV header ${JSON.stringify(header)} is not ${JSON.stringify(names)}`);
  return records.map((record) => Object.fromEntries(columns.map((c, i) => [c.name, fromCsvCell(c, record[i] ?? '')])));
}
