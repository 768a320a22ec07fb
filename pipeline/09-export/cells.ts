/**
 * Cell conventions shared by the CSV writer and reader: lists joined with `|`,
 * booleans true/false, null as an empty cell, and spreadsheet formula
 * defusing that can be undone exactly.
 */
import type { Column } from './columns.ts';

export type Cell = string | number | boolean | null | readonly string[];
export type Row = Record<string, Cell>;

/**
 * OWASP CSV-injection defence: a text cell that a spreadsheet would read as a
 * formula (starting with = + - @ tab CR LF) gets a leading apostrophe. So that
 * the CSV still reads back to the exact text, a cell that already starts with
 * apostrophes followed by such a character gets one more.
 */
const FORMULA_START = /^'*[=+\-@\t\r\n]/;

export function defuse(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function undefuse(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text) ? text.slice(1) : text;
}

export function toCsvCell(column: Column, value: Cell): string {
  if (value === null) return '';
  switch (column.kind) {
    case 'bool':
      return value ? 'true' : 'false';
    case 'int':
    case 'float':
      return String(value);
    case 'list':
      return (value as readonly string[]).map((item) => (column.values ? item : defuse(item))).join('|');
    case 'string':
      return defuse(value as string);
    default:
      return value as string;
  }
}

export function fromCsvCell(column: Column, cell: string): Cell {
  if (column.kind === 'list') return cell === '' ? [] : cell.split('|').map((item) => (column.values ? item : undefuse(item)));
  if (cell === '') return column.nullable ? null : column.kind === 'string' ? '' : null;
  switch (column.kind) {
    case 'bool':
      return cell === 'true';
    case 'int':
    case 'float':
      return Number(cell);
    case 'string':
      return undefuse(cell);
    default:
      return cell;
  }
}
