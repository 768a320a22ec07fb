import test from 'ava';
import { readFile, readdir } from 'node:fs/promises';
import { goldenSnapshot } from './golden.ts';

test('seeds match their golden files (regenerate with `make golden` and review the diff)', async (t) => {
  const snapshot = await goldenSnapshot();
  const files = (await readdir('tests/golden/seeds')).filter((f) => f.endsWith('.json'));
  t.is(files.length, 5);
  t.deepEqual(Object.keys(snapshot).sort(), files.map((f) => f.replace(/\.json$/, '')).sort());
  for (const [name, value] of Object.entries(snapshot)) {
    const expected = JSON.parse(await readFile(`tests/golden/seeds/${name}.json`, 'utf8')) as { sentences: unknown[] };
    t.true(expected.sentences.length > 0, `${name} has sentences`);
    t.deepEqual(value, expected, name);
  }
});
