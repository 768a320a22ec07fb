/**
 * Dates are calendar facts, the same in every time zone. Node re-reads
 * process.env.TZ when it is assigned, so one process can ask the same
 * questions as a machine west of UTC (where midnight UTC is still the day
 * before) and one far east of it.
 */
import test from 'ava';
import { dateValue, daysInMonth, isRealDay, parseEdtf } from '../pipeline/dates/edtf.ts';
import { findDates } from '../pipeline/dates/french.ts';
import { resolveDate, type DateContext } from '../pipeline/dates/resolve.ts';

const ZONES = ['UTC', 'America/New_York', 'Pacific/Pago_Pago', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh', 'Europe/Paris'];

function inZone<T>(zone: string, run: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

const published = (edtf: string): DateContext => ({ published: parseEdtf(edtf), after: null, future: false });

test('the zones really differ: midnight UTC of 15 January 2026 is the 14th in New York and the 15th in Kiritimati', (t) => {
  const midnight = new Date(Date.UTC(2026, 0, 15));
  t.is(inZone('America/New_York', () => midnight.getDate()), 14);
  t.is(inZone('Pacific/Kiritimati', () => midnight.getDate()), 15);
});

test('a weekday fixes the same year in every time zone', (t) => {
  // « jeudi 15 janvier » in an article published on 20 January 2026: 15 January 2026 is a Thursday.
  const [thursday] = findDates('jeudi 15 janvier');
  const [wrongDay] = findDates('mardi 15 janvier');
  for (const zone of ZONES) {
    const right = inZone(zone, () => resolveDate(thursday!.expression, published('2026-01-20')));
    t.deepEqual(right, { value: dateValue({ year: 2026, month: 1, day: 15 }), basis: 'weekday' }, zone);
    // No year in reach has a Tuesday 15 January before the publication, so the publication year is taken, as relative.
    const fallback = inZone(zone, () => resolveDate(wrongDay!.expression, published('2026-01-20')));
    t.is(fallback?.basis, 'relative', zone);
  }
});

test('weekdays and month ends are the calendar\'s in every zone, 1999 to 2030', (t) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const zone of ZONES) {
    const wrong = inZone(zone, () => {
      const out: string[] = [];
      for (let year = 1999; year <= 2030; year++) {
        for (let month = 1; month <= 12; month++) {
          const end = dateValue({ year, month, day: null }).end;
          if (end !== `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`) out.push(`end of ${year}-${month}: ${end}`);
          // The 13th told with its true weekday, in an article of the 14th: the weekday fixes that very day.
          const weekday = new Date(Date.UTC(year, month - 1, 13)).getUTCDay();
          const r = resolveDate({ kind: 'point', date: { year: null, month, day: 13 }, weekday }, published(`${year}-${pad(month)}-14`));
          if (r?.basis !== 'weekday' || r.value.start !== `${year}-${pad(month)}-13`) out.push(`${year}-${month}-13: ${JSON.stringify(r)}`);
        }
      }
      return out;
    });
    t.deepEqual(wrong, [], zone);
  }
  t.is(daysInMonth(2024, 2), 29);
  t.is(daysInMonth(1900, 2), 28);
  t.is(daysInMonth(2000, 2), 29);
  // Years below 100 are years, not 19xx.
  t.is(dateValue({ year: 44, month: 2, day: null }).end, '0044-02-29');
  t.true(isRealDay(44, 2, 29));
  t.false(isRealDay(2025, 2, 29));
});
