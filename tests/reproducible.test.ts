/** `make data` must reproduce the committed dist-data/ byte for byte. */
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

test('building the seeds into a fresh folder gives exactly the committed dist-data/', async (t) => {
  const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'cc-repro-')), 'dist-data');
  execFileSync(process.execPath, ['--import=tsx', 'pipeline/run.ts', '--in', 'seeds', '--out', out], { stdio: 'pipe' });
  const committed = (await readdir('dist-data')).sort();
  const fresh = (await readdir(out)).sort();
  t.deepEqual(fresh, committed);
  t.is(committed.filter((f) => /\.(csv|json|parquet|arrow)$/.test(f) && !/^datapackage\.json$|\.schema\.json$/.test(f)).length, 28);
  for (const name of committed) {
    const a = await readFile(path.join('dist-data', name));
    const b = await readFile(path.join(out, name));
    t.true(a.equals(b), `${name} differs from a fresh build: run \`make data\` and commit dist-data/ with the code that changed it`);
  }
});
