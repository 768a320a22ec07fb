/**
 * Floors for the merge across articles (tests/eval-merge.ts): `make test`
 * fails when the corpus stage merges what the blind pairs say is different,
 * or stops merging what they say is the same. Raise them when it improves.
 */
import test from 'ava';
import { evaluateGenerated, evaluateReal, precision, recall, type Scores } from './eval-merge.ts';

const floor = (t: { true: (v: boolean, m?: string) => void }, what: string, s: Scores, p: number, r: number) => {
  t.true(precision(s) >= p, `${what} precision ${precision(s).toFixed(3)} < ${p}`);
  t.true(recall(s) >= r, `${what} recall ${recall(s).toFixed(3)} < ${r}`);
};

test('the blind cross-article pairs of dev and dev2: precision and recall per table at or above their floors', async (t) => {
  const report = await evaluateReal();
  floor(t, 'events', report.tables.event, 0.97, 0.7);
  floor(t, 'agreements', report.tables.agreement, 0.97, 0.95);
  floor(t, 'actors', report.tables.actor, 0.97, 0.8);
});

test('generated repeats and near misses: events and agreements merge as constructed, and copies share a story id', async (t) => {
  const report = await evaluateGenerated(200);
  floor(t, 'events', report.tables.event, 0.97, 0.7);
  floor(t, 'agreements', report.tables.agreement, 0.97, 0.75);
  floor(t, 'stories', report.stories!, 0.97, 0.95);
});
