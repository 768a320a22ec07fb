/**
 * Choosing a year for what the text says, in the order the project fixes:
 * a year stated in the expression; the publication date for relative forms
 * (« en octobre dernier », « jeudi 15 janvier » in a dated article); a
 * weekday, only among the years that the publication date or another
 * stated date brackets; otherwise `XXXX`. A year is never guessed.
 */
import type { DATE_BASIS } from '../../schemas/columns.ts';
import { dateValue, type DatePoint, type DateValue } from './edtf.ts';
import type { DateExpression, PartialDate } from './french.ts';

export type DateBasis = (typeof DATE_BASIS)[number];

export interface ResolvedDate {
  value: DateValue;
  basis: DateBasis;
}

export interface DateContext {
  /** The publication date, when the header or a dateline stamp gives one. */
  published: DateValue | null;
  /**
   * Without a publication date: the latest month-precise date the article
   * states for something already done (« la cérémonie de signature … en
   * octobre 2025 »). An undated day told in the past tense after it is
   * taken as the first such day after it.
   */
  after: { year: number; month: number } | null;
  future: boolean;
  /** The event is told in the present tense (« effectue du 5 au 8 octobre une mission »): a schedule under way, days ahead may be this year's. */
  present?: boolean;
}

// Every calendar question is asked in UTC: a local-time method (date-fns' getDay, Date#getDay) answers for the
// machine's time zone, and west of UTC midnight of the 15th is still the 14th.
const dayOf = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const iso = (d: Date) => d.toISOString().slice(0, 10);

function withYear(p: PartialDate, year: number): DatePoint {
  return { year, month: p.month, day: p.day };
}

function weekdayMatches(year: number, p: PartialDate, weekday: number | null): boolean {
  if (weekday === null || p.month === null || p.day === null) return true;
  return dayOf(year, p.month, p.day).getUTCDay() === weekday;
}

/** A date the text gives without a year: pick the year from the context, or leave it unknown. */
function resolveYearless(from: PartialDate, to: PartialDate | null, weekday: number | null, ctx: DateContext): ResolvedDate {
  const build = (year: number) => {
    // « du 30 décembre au 2 janvier »: the end falls in the next year.
    const toYear = to && to.month !== null && from.month !== null && to.month < from.month ? year + 1 : year;
    return dateValue(withYear(from, year), to ? withYear(to, toYear) : null);
  };
  const pub = ctx.published;
  if (pub && pub.start && pub.end) {
    const pubYear = Number(pub.start.slice(0, 4));
    const candidates = [pubYear - 1, pubYear, pubYear + 1];
    // « effectue du 5 au 8 octobre une mission …, avant une mission en Serbie du 9 au 11 octobre » in an article of 8 October (fixture
    // b9-17): a present tense tells the schedule under way, and a day a fortnight ahead at most is this year's, not last year's.
    const soon = new Date(Date.parse(pub.end) + 14 * 86_400_000).toISOString().slice(0, 10);
    const inWindow = (year: number) => {
      const v = build(year);
      // Past events end no later than the publication; planned ones start no earlier. One year either side at most.
      return ctx.future ? v.end! >= pub.start! : v.start! <= pub.end! || (year === pubYear && ctx.present === true && v.start! <= soon);
    };
    const nearest = (years: number[]) =>
      years.filter(inWindow).sort((a, b) => (ctx.future ? a - b : b - a))[0];
    if (weekday !== null) {
      const matching = candidates.filter((y) => weekdayMatches(y, from, weekday));
      const pick = nearest(matching);
      if (pick !== undefined) return { value: build(pick), basis: 'weekday' };
    }
    const pick = nearest(candidates) ?? pubYear;
    return { value: build(pick), basis: 'relative' };
  }
  if (ctx.after && !ctx.future && from.month !== null) {
    const year = from.month >= ctx.after.month ? ctx.after.year : ctx.after.year + 1;
    if (weekdayMatches(year, from, weekday)) return { value: build(year), basis: weekday !== null ? 'weekday' : 'inferred' };
  }
  return { value: dateValue({ year: null, month: from.month, day: from.day }, to ? { year: null, month: to.month, day: to.day } : null), basis: 'explicit' };
}

/** Resolve one expression; null when it is not a date an event can carry (a programme's period) or nothing can be said. */
export function resolveDate(expression: DateExpression, ctx: DateContext): ResolvedDate | null {
  const pub = ctx.published;
  const pubStart = pub?.start ? new Date(`${pub.start}T00:00:00Z`) : null;
  switch (expression.kind) {
    case 'point': {
      const { date, weekday } = expression;
      if (date.year !== null) return { value: dateValue(date), basis: 'explicit' };
      return resolveYearless(date, null, weekday, ctx);
    }
    case 'range': {
      const { from, to, weekday } = expression;
      if (to.year !== null) {
        const fromYear = from.year ?? (from.month !== null && to.month !== null && from.month > to.month ? to.year - 1 : to.year);
        return { value: dateValue(withYear(from, fromYear), to as DatePoint), basis: 'explicit' };
      }
      return resolveYearless(from, to, weekday, ctx);
    }
    case 'relative-month': {
      if (!pub?.start || pub.precision === 'year') return { value: dateValue({ year: null, month: expression.month, day: null }), basis: 'explicit' };
      const pubYear = Number(pub.start.slice(0, 4));
      const pubMonth = Number(pub.start.slice(5, 7));
      let year = pubYear;
      if (expression.direction === -1 && expression.month >= pubMonth) year = pubYear - 1;
      if (expression.direction === 1 && expression.month <= pubMonth) year = pubYear + 1;
      // « a adopté en novembre » in January: last November; « se tiendra en mars » in October: next March.
      if (expression.direction === 0 && !ctx.future && expression.month > pubMonth) year = pubYear - 1;
      if (expression.direction === 0 && ctx.future && expression.month < pubMonth) year = pubYear + 1;
      return { value: dateValue({ year, month: expression.month, day: null }), basis: 'relative' };
    }
    case 'relative-year': {
      if (!pub?.start) return null;
      return { value: dateValue({ year: Number(pub.start.slice(0, 4)) + expression.offset, month: null, day: null }), basis: 'relative' };
    }
    case 'month-offset': {
      if (!pub?.start || pub.precision === 'year') return null;
      const months = Number(pub.start.slice(0, 4)) * 12 + Number(pub.start.slice(5, 7)) - 1 + expression.offset;
      return { value: dateValue({ year: Math.floor(months / 12), month: (months % 12) + 1, day: null }), basis: 'relative' };
    }
    case 'weekday': {
      if (!pubStart || pub?.precision !== 'day') return null;
      // « lundi » in an article published on a Thursday is the Monday of that week, or the next one for planned events.
      const diff = (expression.weekday - pubStart.getUTCDay() + 7) % 7;
      const back = diff === 0 ? 0 : diff - 7;
      const shift = ctx.future || expression.direction === 1 ? (diff === 0 ? 7 : diff) : back;
      const d = new Date(pubStart.getTime() + shift * 86_400_000);
      const value = dateValue({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      return { value: { ...value, start: iso(d), end: iso(d) }, basis: 'relative' };
    }
    case 'day-offset': {
      if (!pubStart || pub?.precision !== 'day') return null;
      const d = new Date(pubStart.getTime() + expression.offset * 86_400_000);
      return { value: dateValue({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }), basis: 'relative' };
    }
    case 'week-offset': {
      if (!pubStart || pub?.precision !== 'day') return null;
      // Weeks run Monday to Sunday.
      const monday = new Date(pubStart.getTime() - ((pubStart.getUTCDay() + 6) % 7) * 86_400_000 + expression.offset * 7 * 86_400_000);
      const sunday = new Date(monday.getTime() + 6 * 86_400_000);
      const point = (d: Date) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      return { value: dateValue(point(monday), point(sunday)), basis: 'relative' };
    }
    case 'period':
      return null;
  }
}

/** True when two dates can be the same occurrence: equal, or one's known parts agree with the other. */
export function compatibleDates(a: DateValue | null, b: DateValue | null): boolean {
  if (!a || !b) return true;
  if (a.start && b.start && a.end && b.end) return a.start <= b.end && b.start <= a.end;
  const parts = (v: DateValue) => /^(\d{4}|XXXX)(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v.edtf)!;
  const pa = parts(a);
  const pb = parts(b);
  for (const i of [1, 2, 3]) {
    const x = pa[i];
    const y = pb[i];
    if (x && y && x !== 'XXXX' && y !== 'XXXX' && x !== y) return false;
  }
  return true;
}
