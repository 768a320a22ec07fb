import test from 'ava';
import { dateValue, parseEdtf } from '../pipeline/dates/edtf.ts';
import { findDates, type DateExpression } from '../pipeline/dates/french.ts';
import { compatibleDates, resolveDate, type DateContext } from '../pipeline/dates/resolve.ts';

const grammar: [string, string, DateExpression][] = [
  ['s’est entretenu jeudi 15 janvier avec', 'jeudi 15 janvier', { kind: 'point', date: { year: null, month: 1, day: 15 }, weekday: 4 }],
  ['Lors d’une rencontre le 16 janvier avec', 'le 16 janvier', { kind: 'point', date: { year: null, month: 1, day: 16 }, weekday: null }],
  ['la visite, du 11 au 13 mars, à Singapour', 'du 11 au 13 mars', { kind: 'range', from: { year: null, month: 3, day: 11 }, to: { year: null, month: 3, day: 13 }, weekday: null }],
  ['tenue 15-18 octobre', '15-18 octobre', { kind: 'range', from: { year: null, month: 10, day: 15 }, to: { year: null, month: 10, day: 18 }, weekday: null }],
  ['les 21 et 22 janvier 2021', 'les 21 et 22 janvier 2021', { kind: 'range', from: { year: 2021, month: 1, day: 21 }, to: { year: 2021, month: 1, day: 22 }, weekday: null }],
  // Each day with its weekday (fixture b8-13).
  ['qui s’est tenue mercredi 1er et jeudi 2 juillet à Dili', 'mercredi 1er et jeudi 2 juillet', { kind: 'range', from: { year: null, month: 7, day: 1 }, to: { year: null, month: 7, day: 2 }, weekday: 3 }],
  ['du 30 octobre au 2 novembre 2024', 'du 30 octobre au 2 novembre 2024', { kind: 'range', from: { year: 2024, month: 10, day: 30 }, to: { year: 2024, month: 11, day: 2 }, weekday: null }],
  ['du 30 mai au 1ᵉʳ juin', 'du 30 mai au 1ᵉʳ juin', { kind: 'range', from: { year: null, month: 5, day: 30 }, to: { year: null, month: 6, day: 1 }, weekday: null }],
  ['à Singapour en mars 2025', 'mars 2025', { kind: 'point', date: { year: 2025, month: 3, day: null }, weekday: null }],
  ['signée en octobre dernier', 'en octobre dernier', { kind: 'relative-month', month: 10, direction: -1 }],
  ['présidera en novembre prochain la', 'en novembre prochain', { kind: 'relative-month', month: 11, direction: 1 }],
  ['signé en 2022, les', '2022', { kind: 'point', date: { year: 2022, month: null, day: null }, weekday: null }],
  ['pour la période 2025-2030', '2025-2030', { kind: 'period', fromYear: 2025, toYear: 2030 }],
  ['le 5 octobre 2020', 'le 5 octobre 2020', { kind: 'point', date: { year: 2020, month: 10, day: 5 }, weekday: null }],
  ['Lundi, il a dit', 'Lundi', { kind: 'weekday', weekday: 1, direction: 0 }],
  ['le 1er février', 'le 1er février', { kind: 'point', date: { year: null, month: 2, day: 1 }, weekday: null }],
  ['le 3 fevrier sans accent', 'le 3 fevrier', { kind: 'point', date: { year: null, month: 2, day: 3 }, weekday: null }],
  ['Lundi, 04/10/2021 09:15', '04/10/2021', { kind: 'point', date: { year: 2021, month: 10, day: 4 }, weekday: null }],
  // A half or a quarter of a year is its months (fixtures b6-07, b7-21).
  ['une visite à Cuba au premier semestre 2027', 'premier semestre 2027', { kind: 'range', from: { year: 2027, month: 1, day: null }, to: { year: 2027, month: 6, day: null }, weekday: null }],
  ['au troisième trimestre de 2026', 'troisième trimestre de 2026', { kind: 'range', from: { year: 2026, month: 7, day: null }, to: { year: 2026, month: 9, day: null }, weekday: null }],
];
for (const [text, span, expression] of grammar) {
  test(`grammar: « ${text} »`, (t) => {
    const found = findDates(text).find((d) => d.text === span);
    t.truthy(found, `no « ${span} » in ${JSON.stringify(findDates(text).map((d) => d.text))}`);
    t.deepEqual(found?.expression, expression);
  });
}

test('grammar: impossible days and numbers that are not dates', (t) => {
  t.deepEqual(findDates('le 31 février'), []);
  t.deepEqual(findDates('79 pays et 5 organisations'), []);
  t.deepEqual(findDates('le top 50 pays'), []);
});

const at = (published: string | null, future = false, after: DateContext['after'] = null): DateContext => ({ published: published ? parseEdtf(published) : null, after, future });
const resolve = (text: string, ctx: DateContext) => {
  const r = resolveDate(findDates(text)[0]!.expression, ctx);
  return r ? [r.value.edtf, r.value.start, r.value.end, r.value.precision, r.basis] : null;
};

test('a stated year is explicit', (t) => {
  t.deepEqual(resolve('en mars 2025', at(null)), ['2025-03', '2025-03-01', '2025-03-31', 'month', 'explicit']);
  t.deepEqual(resolve('en 2022', at(null)), ['2022', '2022-01-01', '2022-12-31', 'year', 'explicit']);
});

test('a weekday the publication year confirms fixes the year', (t) => {
  t.deepEqual(resolve('jeudi 15 janvier', at('2026-01-15')), ['2026-01-15', '2026-01-15', '2026-01-15', 'day', 'weekday']);
});

test('a weekday picks among the years the publication date brackets', (t) => {
  // 15 January 2025 was a Wednesday: in an article of early 2026, « mercredi 15 janvier » is last year's.
  t.deepEqual(resolve('mercredi 15 janvier', at('2026-02')), ['2025-01-15', '2025-01-15', '2025-01-15', 'day', 'weekday']);
});

test('day and month with a publication date: the nearest occurrence on the right side of it', (t) => {
  t.deepEqual(resolve('le 16 janvier', at('2026-01-20')), ['2026-01-16', '2026-01-16', '2026-01-16', 'day', 'relative']);
  t.deepEqual(resolve('le 20 décembre', at('2026-01-20')), ['2025-12-20', '2025-12-20', '2025-12-20', 'day', 'relative']);
  t.deepEqual(resolve('le 10 janvier', at('2025-12-20', true)), ['2026-01-10', '2026-01-10', '2026-01-10', 'day', 'relative']);
});

test('relative months resolve against the publication date', (t) => {
  t.deepEqual(resolve('en octobre dernier', at('2026-01-15')), ['2025-10', '2025-10-01', '2025-10-31', 'month', 'relative']);
  t.deepEqual(resolve('en novembre prochain', at('2020-09')), ['2020-11', '2020-11-01', '2020-11-30', 'month', 'relative']);
});

test('without a publication date the year stays unknown: never guessed', (t) => {
  t.deepEqual(resolve('du 15 au 18 octobre', at(null)), ['XXXX-10-15/XXXX-10-18', null, null, 'day_no_year', 'explicit']);
  t.deepEqual(resolve('en novembre prochain', at(null)), ['XXXX-11', null, null, 'month_no_year', 'explicit']);
  t.deepEqual(resolve('jeudi 15 janvier', at(null)), ['XXXX-01-15', null, null, 'day_no_year', 'explicit']);
  t.is(resolve('lundi', at(null)), null);
});

test('without a header, a past day after a month-precise stated date is the first such day after it (inferred)', (t) => {
  t.deepEqual(resolve('le 16 janvier', at(null, false, { year: 2025, month: 10 })), ['2026-01-16', '2026-01-16', '2026-01-16', 'day', 'inferred']);
  t.deepEqual(resolve('le 26 octobre', at(null, false, { year: 2025, month: 5 })), ['2025-10-26', '2025-10-26', '2025-10-26', 'day', 'inferred']);
  // A weekday that disagrees with the bracketed year leaves the year unknown.
  t.deepEqual(resolve('jeudi 16 janvier', at(null, false, { year: 2025, month: 10 })), ['XXXX-01-16', null, null, 'day_no_year', 'explicit']);
  // Planned events are not bracketed by the past.
  t.deepEqual(resolve('le 16 janvier', at(null, true, { year: 2025, month: 10 })), ['XXXX-01-16', null, null, 'day_no_year', 'explicit']);
});

test('a month told alone is the nearest one on the side the tense says; « de cette année-là » leaves it to the year told before', (t) => {
  t.is(resolve('a adopté en novembre la loi', at('2026-01-05'))?.[0], '2025-11');
  t.is(resolve('En août, la réunion', at('2026-09-05'))?.[0], '2026-08');
  t.is(resolve('se tiendra en mars', at('2026-10-05', true))?.[0], '2027-03');
  t.deepEqual(findDates('votée en juin de cette année-là'), []);
});

test('a half of a year resolves to its months', (t) => {
  t.is(resolve('au second semestre 2027', at('2026-09-25'))?.[0], '2027-07/2027-12');
});

test('a programme period is not an event date', (t) => {
  t.is(resolve('2025-2030', at('2026-01-15')), null);
});

test('EDTF values: start, end and precision', (t) => {
  t.deepEqual(dateValue({ year: 2024, month: 2, day: null }), { edtf: '2024-02', start: '2024-02-01', end: '2024-02-29', precision: 'month' });
  t.deepEqual(parseEdtf('2025-03-11/2025-03-13'), { edtf: '2025-03-11/2025-03-13', start: '2025-03-11', end: '2025-03-13', precision: 'day' });
  t.is(parseEdtf('2025-02-30'), null);
  t.is(parseEdtf('15 janvier'), null);
});

test('compatible dates: known parts agree', (t) => {
  t.true(compatibleDates(parseEdtf('2025-03'), parseEdtf('XXXX-03-11/XXXX-03-13')));
  t.true(compatibleDates(parseEdtf('2025-03-12'), parseEdtf('2025-03-11/2025-03-13')));
  t.false(compatibleDates(parseEdtf('2025-04'), parseEdtf('XXXX-03-11/XXXX-03-13')));
  t.false(compatibleDates(parseEdtf('2024'), parseEdtf('2025-03')));
});
