/**
 * `make data` must reproduce the committed dist-data/ byte for byte, on any
 * machine: the build runs west of UTC, in another locale and from another
 * working directory, the way a contributor's laptop would.
 */
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

test('building the seeds into a fresh folder gives exactly the committed dist-data/', async (t) => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'cc-repro-'));
  const out = path.join(scratch, 'dist-data');
  execFileSync(process.execPath, [`--import=${import.meta.resolve('tsx')}`, path.join(ROOT, 'pipeline/run.ts'), '--in', path.join(ROOT, 'seeds'), '--out', out], {
    stdio: 'pipe',
    cwd: scratch,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'America/New_York', LC_ALL: 'tr_TR.UTF-8' },
  });
  const committed = (await readdir(path.join(ROOT, 'dist-data'))).sort();
  const fresh = (await readdir(out)).sort();
  t.deepEqual(fresh, committed);
  t.is(committed.filter((f) => /\.(csv|json|parquet|arrow)$/.test(f) && !/^datapackage\.json$|\.schema\.json$/.test(f)).length, 28);
  t.true(committed.includes('.cybercoop-release'));
  for (const name of committed) {
    const a = await readFile(path.join(ROOT, 'dist-data', name));
    const b = await readFile(path.join(out, name));
    t.true(a.equals(b), `${name} differs from a fresh build: run \`make data\` and commit dist-data/ with the code that changed it`);
  }
  // The marker lists every other file with its sha256.
  const marker = await readFile(path.join(out, '.cybercoop-release'), 'utf8');
  const listed = marker.trimEnd().split('\n').map((line) => line.split('  ') as [string, string]);
  t.deepEqual(listed.map(([, name]) => name), committed.filter((f) => f !== '.cybercoop-release'));
  for (const [hash, name] of listed) t.is(createHash('sha256').update(await readFile(path.join(out, name))).digest('hex'), hash, name);
  await rm(scratch, { recursive: true });
});
