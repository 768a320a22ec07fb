/**
 * Every paraphrase fixture reads today as `results.json` records: a rule change that makes a fixture pass or fail
 * shows up here until `make fixtures` rewrites the record, and the diff of `results.json` is reviewed with the change.
 */
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RESULTS, checkAll, loadFixtures } from './paraphrases.ts';

test('paraphrase fixtures read as recorded in results.json (`make fixtures` rewrites it; review the diff)', (t) => {
  const fixtures = loadFixtures();
  t.true(fixtures.length > 150);
  t.is(new Set(fixtures.map((f) => f.id)).size, fixtures.length, 'fixture ids are unique');
  const recorded = JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, string[]>;
  t.deepEqual(checkAll(fixtures), recorded);
});

test('a fixture that fails says why', (t) => {
  const [first] = loadFixtures();
  const broken = { ...first!, events: [...first!.events, { event_type: 'visit', name: null, date: '2031-01-01', city: null, country: null, status: 'occurred', virtual: false, participants: [{ name: 'Personne Inventée', actor_type: 'person', role: 'guest' }] }] };
  t.true(checkAll([broken])[broken.id]!.some((p) => p.startsWith('missing visit 2031-01-01')));
});

test('set-aside fixtures stay apart: their ids are not among the tuned ones, and no rule in pipeline/ cites one', (t) => {
  const setAside = loadFixtures(new URL('./fixtures/setaside-paraphrases/', import.meta.url));
  t.true(setAside.length >= 20);
  const tuned = new Set(loadFixtures().map((f) => f.id));
  t.deepEqual(setAside.filter((f) => tuned.has(f.id)).map((f) => f.id), []);
  const sources = readdirSync('pipeline', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') || f.endsWith('.csv'));
  const cited = sources.flatMap((f) => setAside.filter((x) => readFileSync(path.join('pipeline', f), 'utf8').includes(x.id)).map((x) => `${f}: ${x.id}`));
  t.deepEqual(cited, []);
});
