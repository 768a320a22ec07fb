/**
 * Dates as the codebook writes them: EDTF strings with the earliest and
 * latest possible day and a precision. A year the text does not give stays
 * `XXXX`, and then start and end are null: never a guessed year.
 */
import type { DATE_PRECISION } from '../../schemas/columns.ts';

export type DatePrecision = (typeof DATE_PRECISION)[number];

export interface DateValue {
  edtf: string;
  /** YYYY-MM-DD, null when the year is unknown. */
  start: string | null;
  end: string | null;
  precision: DatePrecision;
}

/** A point on the calendar at some precision; `year` null when the text gives none. */
export interface DatePoint {
  year: number | null;
  month: number | null;
  day: number | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days in a month of the proleptic Gregorian calendar, by arithmetic: no Date, so no time zone and no 1900 offset for years below 100. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pointEdtf(p: DatePoint): string {
  const y = p.year === null ? 'XXXX' : pad(p.year, 4);
  if (p.month === null) return y;
  if (p.day === null) return `${y}-${pad(p.month)}`;
  return `${y}-${pad(p.month)}-${pad(p.day)}`;
}

function firstDay(p: DatePoint): string | null {
  if (p.year === null) return null;
  return `${pad(p.year, 4)}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

function lastDay(p: DatePoint): string | null {
  if (p.year === null) return null;
  if (p.month === null) return `${pad(p.year, 4)}-12-31`;
  if (p.day === null) return `${pad(p.year, 4)}-${pad(p.month)}-${pad(daysInMonth(p.year, p.month))}`;
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

function precisionOf(p: DatePoint): DatePrecision {
  if (p.year === null) return p.day !== null ? 'day_no_year' : p.month !== null ? 'month_no_year' : 'unknown';
  return p.day !== null ? 'day' : p.month !== null ? 'month' : 'year';
}

/** One point (`2026-01-15`) or an interval (`2025-03-11/2025-03-13`); the precision is that of the start. */
export function dateValue(from: DatePoint, to: DatePoint | null = null): DateValue {
  const single = to === null || pointEdtf(from) === pointEdtf(to);
  const edtf = single ? pointEdtf(from) : `${pointEdtf(from)}/${pointEdtf(to!)}`;
  return {
    edtf,
    start: firstDay(from),
    end: lastDay(single ? from : to!),
    precision: precisionOf(from),
  };
}

/** Reads back the EDTF subset the dataset writes; null for anything else or an impossible day. */
export function parseEdtf(edtf: string): DateValue | null {
  const parts = edtf.split('/');
  if (parts.length > 2) return null;
  const points: DatePoint[] = [];
  for (const part of parts) {
    const m = /^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(part);
    if (!m) return null;
    const p: DatePoint = { year: m[1] === 'XXXX' ? null : Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
    if (p.month !== null && (p.month < 1 || p.month > 12)) return null;
    if (p.day !== null && p.year !== null && !isRealDay(p.year, p.month!, p.day)) return null;
    if (p.day !== null && (p.day < 1 || p.day > 31)) return null;
    points.push(p);
  }
  return dateValue(points[0]!, points[1] ?? null);
}

export const UNKNOWN_DATE = { edtf: null, start: null, end: null, precision: 'unknown' as const };
