/**
 * A grammar of French date expressions as the press writes them. It reads
 * what the text says, nothing more: « jeudi 15 janvier » is a weekday, a day
 * and a month with no year. Choosing a year is `resolve.ts`'s job.
 */
import { fr } from 'date-fns/locale';
import { foldAccents, originalRange } from '../source.ts';

export interface PartialDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

export type DateExpression =
  | { kind: 'point'; date: PartialDate; weekday: number | null }
  | { kind: 'range'; from: PartialDate; to: PartialDate; weekday: number | null }
  /** « en octobre dernier », « en novembre prochain » (direction -1, 1), « en novembre » alone (0: the nearest one on the side the tense says). */
  | { kind: 'relative-month'; month: number; direction: -1 | 1 | 0 }
  | { kind: 'relative-year'; offset: number }
  /** « le mois dernier », « le mois prochain », « ce mois-ci »: a month counted from the publication date. */
  | { kind: 'month-offset'; offset: number }
  /** « aujourd'hui », « ce matin », « hier », « avant-hier », « demain »: a day counted from the publication day. */
  | { kind: 'day-offset'; offset: number }
  /** « la semaine dernière », « cette semaine », « la semaine prochaine »: a Monday-to-Sunday week counted from the publication's. */
  | { kind: 'week-offset'; offset: number }
  /** « lundi », « ce dimanche », « mercredi dernier »: a day of the current or previous week. */
  | { kind: 'weekday'; weekday: number; direction: -1 | 1 | 0 }
  /** « 2025-2030 », « pour la période 2019-2021 »: a span of years a programme covers, not an occurrence. */
  | { kind: 'period'; fromYear: number; toYear: number };

export interface DateMatch {
  /** UTF-16 offsets into the string given to `findDates`. */
  start: number;
  end: number;
  text: string;
  expression: DateExpression;
}

const MONTHS: string[] = Array.from({ length: 12 }, (_, i) => fr.localize.month(i as never, { width: 'wide' }) as string);
const WEEKDAYS: string[] = Array.from({ length: 7 }, (_, i) => fr.localize.day(i as never, { width: 'wide' }) as string);
const fold = (s: string) => foldAccents(s).text.toLowerCase();
const MONTH_INDEX = new Map<string, number>(MONTHS.map((m, i) => [fold(m), i + 1]));
const WEEKDAY_INDEX = new Map<string, number>(WEEKDAYS.map((d, i) => [fold(d), i]));

const MONTH = `(?<month>${MONTHS.map(fold).join('|')})`;
const MONTH2 = MONTH.replace('?<month>', '?<month2>');
const WEEKDAY = `(?<weekday>${WEEKDAYS.map(fold).join('|')})`;
const DAY = `(?<day>[0-3]?\\d|premier)(?:er|eme|e)?`;
const DAY2 = `(?<day2>[0-3]?\\d)(?:er|eme|e)?`;
const YEAR = `(?<year>(?:19|20)\\d{2})`;

/** Ordered so that the longest reading of a stretch of text wins. */
const RULES: { name: string; re: RegExp }[] = [
  // du 15 octobre au 2 novembre 2025
  { name: 'range-months', re: new RegExp(`(?<![\\p{L}\\p{N}])du\\s+(?:${WEEKDAY}\\s+)?${DAY}\\s+${MONTH}(?:\\s+(?<year1>(?:19|20)\\d{2}))?\\s+au\\s+(?:[a-z]+\\s+)?${DAY2}\\s+${MONTH2}(?:\\s+${YEAR})?`, 'giu') },
  // du 11 au 13 mars (2025), les 21 et 22 janvier 2021, 15-18 octobre, entre le 5 et le 9 octobre
  { name: 'range', re: new RegExp(`(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))(?:du|les|entre\\s+le)\\s+(?:${WEEKDAY}\\s+)?${DAY}\\s+(?:au|et|et\\s+le)\\s+(?:[a-z]+\\s+)?${DAY2}\\s+${MONTH}(?:\\s+${YEAR})?`, 'giu') },
  { name: 'range', re: new RegExp(`(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))${DAY}\\s*-\\s*${DAY2}\\s+${MONTH}(?:\\s+${YEAR})?`, 'giu') },
  // mercredi 1er et jeudi 2 juillet (fixture b8-13): two days each with its weekday.
  { name: 'range', re: new RegExp(`(?<![\\p{L}\\p{N}])${WEEKDAY}\\s+${DAY}\\s+(?:et|au)\\s+(?:${WEEKDAYS.map(fold).join('|')})\\s+${DAY2}\\s+${MONTH}(?:\\s+${YEAR})?`, 'giu') },
  // 04/10/2021
  { name: 'numeric', re: /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?<day>[0-3]?\d)\/(?<monthNum>[01]?\d)\/(?<year>(?:19|20)\d{2})(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/gu },
  // jeudi 15 janvier 2026, le 16 janvier, 1er février
  { name: 'day', re: new RegExp(`(?:(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))${WEEKDAY}\\s*,?\\s+)?(?:(?<![\\p{L}\\p{N}])le\\s+)?(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))${DAY}\\s+${MONTH}(?:\\s*,?\\s+${YEAR})?`, 'giu') },
  // en octobre dernier, novembre prochain
  { name: 'relative-month', re: new RegExp(`(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))(?:en\\s+|au\\s+mois\\s+d'|au\\s+mois\\s+de\\s+|d'|de\\s+)?${MONTH}\\s+(?<direction>dernier|prochain)(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))`, 'giu') },
  // en mars 2025, mars 2025, fin octobre 2020
  { name: 'month', re: new RegExp(`(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))${MONTH}\\s+${YEAR}(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))`, 'giu') },
  // au premier semestre 2027, au troisième trimestre 2026: the months of that part of the year
  { name: 'part-of-year', re: /(?<![\p{L}\p{N}])(?<part>premier|1er|second|deuxieme|2e|troisieme|3e|quatrieme|4e|dernier)\s+(?<unit>semestre|trimestre)\s+(?:de\s+l'annee\s+|de\s+)?(?<year>(?:19|20)\d{2})(?![\p{L}\p{N}])/gu },
  // en novembre, début mars, fin octobre: a month the publication date places in its year (resolve.ts), when no year or « dernier » follows
  { name: 'month-alone', re: new RegExp(`(?<![\\p{L}\\p{N}])(?:en|au\\s+mois\\s+d'|au\\s+mois\\s+de|debut|fin|mi-)\\s*${MONTH}(?![\\p{L}\\p{N}])(?!\\s*,?\\s*(?:19|20)\\d{2})(?!\\s+(?:dernier|prochain|de\\s+cette\\s+annee-la|de\\s+la\\s+meme\\s+annee))`, 'giu') },
  // 2025-2030, 2019 - 2021
  { name: 'period', re: /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?<from>(?:19|20)\d{2})\s*-\s*(?<to>(?:19|20)\d{2})(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/gu },
  // l'année dernière, l'an dernier, cette année, l'année prochaine
  { name: 'relative-year', re: /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:(?<last>l'annee\s+derniere|l'an\s+dernier|l'annee\s+precedente)|(?<this>cette\s+annee(?!-la))|(?<next>l'annee\s+prochaine|l'an\s+prochain))(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/giu },
  // le mois dernier, le mois prochain, ce mois-ci
  { name: 'month-offset', re: /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:(?<last>le\s+mois\s+(?:dernier|precedent|passe))|(?<this>ce\s+mois-ci)|(?<next>le\s+mois\s+prochain))(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/giu },
  // aujourd'hui, ce matin, cet après-midi, ce soir, hier (soir), avant-hier, demain
  { name: 'day-offset', re: /(?<![a-z])(?:(?<today>aujourd'hui|ce\s+matin|cet\s+apres-midi|ce\s+soir)|(?<before>avant-hier)|(?<yesterday>hier)(?:\s+(?:matin|soir|apres-midi))?|(?<tomorrow>demain)(?:\s+(?:matin|soir))?)(?![a-z])/gi },
  // la semaine dernière, la semaine passée, cette semaine, la semaine prochaine
  { name: 'week-offset', re: /(?<![a-z])(?:(?<last>la\s+semaine\s+(?:derniere|passee|precedente))|(?<this>cette\s+semaine)|(?<next>la\s+semaine\s+prochaine))(?![a-z])/gi },
  // en 2022, depuis 2016, (2018)
  { name: 'year', re: /(?<![\d/-])(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?<year>(?:19|20)\d{2})(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?![\d/]|\s*-\s*\d)/gu },
  // lundi, ce dimanche, mercredi dernier
  { name: 'weekday', re: new RegExp(`(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))(?:ce\\s+)?${WEEKDAY}(?:\\s+(?<direction>dernier|prochain))?(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))`, 'giu') },
];

const num = (s: string | undefined) => (s === undefined ? null : s.toLowerCase() === 'premier' ? 1 : Number(s));

function validDay(day: number | null, month: number | null): boolean {
  return day === null || (day >= 1 && day <= 31 && (month === null || day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!));
}

function readMatch(name: string, g: Record<string, string | undefined>): DateExpression | null {
  const month = g.month ? MONTH_INDEX.get(g.month.toLowerCase()) ?? null : null;
  const weekday = g.weekday ? WEEKDAY_INDEX.get(g.weekday.toLowerCase()) ?? null : null;
  switch (name) {
    case 'range-months': {
      const month2 = MONTH_INDEX.get(g.month2!.toLowerCase()) ?? null;
      const year = num(g.year);
      const from = { year: num(g.year1) ?? year, month, day: num(g.day) };
      const to = { year, month: month2, day: num(g.day2) };
      if (!validDay(from.day, month) || !validDay(to.day, month2)) return null;
      return { kind: 'range', from, to, weekday };
    }
    case 'range': {
      const year = num(g.year);
      const from = { year, month, day: num(g.day) };
      const to = { year, month, day: num(g.day2) };
      if (!validDay(from.day, month) || !validDay(to.day, month) || to.day! <= from.day!) return null;
      return { kind: 'range', from, to, weekday };
    }
    case 'numeric': {
      const m = num(g.monthNum)!;
      if (m < 1 || m > 12 || !validDay(num(g.day), m)) return null;
      return { kind: 'point', date: { year: num(g.year), month: m, day: num(g.day) }, weekday: null };
    }
    case 'day':
      if (!validDay(num(g.day), month)) return null;
      return { kind: 'point', date: { year: num(g.year), month, day: num(g.day) }, weekday };
    case 'relative-month':
      return { kind: 'relative-month', month: month!, direction: g.direction?.toLowerCase() === 'dernier' ? -1 : 1 };
    case 'month-alone':
      return { kind: 'relative-month', month: month!, direction: 0 };
    case 'month':
      return { kind: 'point', date: { year: num(g.year), month, day: null }, weekday: null };
    case 'period': {
      const fromYear = Number(g.from);
      const toYear = Number(g.to);
      return toYear > fromYear ? { kind: 'period', fromYear, toYear } : null;
    }
    case 'relative-year':
      return { kind: 'relative-year', offset: g.last ? -1 : g.next ? 1 : 0 };
    case 'month-offset':
      return { kind: 'month-offset', offset: g.last ? -1 : g.next ? 1 : 0 };
    case 'year':
      return { kind: 'point', date: { year: num(g.year), month: null, day: null }, weekday: null };
    case 'part-of-year': {
      const months = g.unit === 'semestre' ? 6 : 3;
      const rank = ({ premier: 1, '1er': 1, second: 2, deuxieme: 2, '2e': 2, troisieme: 3, '3e': 3, quatrieme: 4, '4e': 4, dernier: 12 / months } as Record<string, number>)[g.part!]!;
      if (rank > 12 / months) return null;
      return { kind: 'range', from: { year: num(g.year), month: (rank - 1) * months + 1, day: null }, to: { year: num(g.year), month: rank * months, day: null }, weekday: null };
    }
    case 'day-offset':
      return { kind: 'day-offset', offset: g.yesterday ? -1 : g.before ? -2 : g.tomorrow ? 1 : 0 };
    case 'week-offset':
      return { kind: 'week-offset', offset: g.last ? -1 : g.next ? 1 : 0 };
    case 'weekday': {
      const d = g.direction?.toLowerCase();
      return { kind: 'weekday', weekday: weekday!, direction: d === 'dernier' ? -1 : d === 'prochain' ? 1 : 0 };
    }
  }
  return null;
}

/** Every date expression in `text[from, to)`, non-overlapping, in text order. Offsets are UTF-16 into `text`. */
export function findDates(text: string, from = 0, to = text.length): DateMatch[] {
  const view = foldAccents(text, from, to);
  const lowered = view.text.toLowerCase();
  const taken: boolean[] = new Array(lowered.length).fill(false);
  const found: DateMatch[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(lowered); m; m = rule.re.exec(lowered)) {
      const a = m.index;
      const b = a + m[0].length;
      if (b === a) {
        rule.re.lastIndex++;
        continue;
      }
      let free = true;
      for (let i = a; i < b; i++) if (taken[i]) free = false;
      if (!free) continue;
      const expression = readMatch(rule.name, m.groups ?? {});
      if (!expression) continue;
      for (let i = a; i < b; i++) taken[i] = true;
      const [start, end] = originalRange(view, a, b);
      found.push({ start, end, text: text.slice(start, end), expression });
    }
  }
  return found.sort((x, y) => x.start - y.start);
}
