/**
 * Quality floors: a change that loses precision or recall against the
 * hand-written gold fails the build. The floors sit a little under what the
 * pipeline reaches today (README, « Quality »), so they catch regressions,
 * not noise.
 */
import test from 'ava';
import { CORPORA, evaluate, prf } from './eval.ts';

const FLOORS = {
  seeds: { events: 0.97, participants: 0.97, agreements: 0.97, dates: 0.95 },
  dev: { events: 0.91, participants: 0.87, agreements: 0.93, dates: 0.93 },
  heldout: { events: 0.94, participants: 0.87, agreements: 0.92, dates: 0.92 },
  dev2: { events: 0.86, participants: 0.83, agreements: 0.85, dates: 0.90 },
} as const;

for (const corpus of CORPORA) {
  if (corpus.setAside) continue;
  test(`${corpus.name}: F1 and date floors, no noise rows, no invented years`, async (t) => {
    const r = await evaluate(corpus);
    t.true(r.events.tp > 10);
    for (const [name, counts] of [['events', r.events], ['participants', r.participants], ['agreements', r.agreements]] as const) {
      const floor = FLOORS[corpus.name][name];
      t.true(prf(counts).f1 >= floor, `${name} F1 ${prf(counts).f1.toFixed(3)} < ${floor}`);
    }
    t.true(r.dates.correct / r.dates.total >= FLOORS[corpus.name].dates, `dates ${r.dates.correct}/${r.dates.total}`);
    t.is(r.noiseRows, 0);
    t.is(r.inventedYears, 0);
  });
}
