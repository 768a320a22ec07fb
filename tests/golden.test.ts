import test from 'ava';
import { readFile, readdir } from 'node:fs/promises';
import { GOLDEN_TABLES, goldenSnapshot } from './golden.ts';

const snapshot = goldenSnapshot();

test('seed articles match their golden files (regenerate with `make golden` and review the diff)', async (t) => {
  const { articles } = await snapshot;
  const files = (await readdir('tests/golden/seeds')).filter((f) => f.endsWith('.json'));
  t.is(files.length, 5);
  t.deepEqual(Object.keys(articles).sort(), files.map((f) => f.replace(/\.json$/, '')).sort());
  for (const [name, value] of Object.entries(articles)) {
    const expected = JSON.parse(await readFile(`tests/golden/seeds/${name}.json`, 'utf8')) as { sentences: unknown[] };
    t.true(expected.sentences.length > 0, `${name} has sentences`);
    t.deepEqual(value, expected, name);
  }
});

for (const name of GOLDEN_TABLES) {
  test(`seed ${name} match tests/golden/seeds/tables/${name}.json`, async (t) => {
    const { tables } = await snapshot;
    const expected = JSON.parse(await readFile(`tests/golden/seeds/tables/${name}.json`, 'utf8')) as unknown[];
    t.true(expected.length > 0);
    t.deepEqual(tables[name], expected);
  });
}
