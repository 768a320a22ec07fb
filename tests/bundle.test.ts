/**
 * The compiled bundle `make data` runs (pipeline/build-bundle.ts) gives the
 * committed release byte for byte, in its main thread and with worker
 * threads (the bundle is also the workers' module).
 */
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle } from '../pipeline/build-bundle.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

test('the bundle builds the seeds into exactly the committed dist-data/, with and without workers', async (t) => {
  const dir = path.join(ROOT, 'build', `test-${process.pid}`);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'cc-bundle-'));
  try {
    const bundle = path.join(dir, 'cybercoop.mjs');
    await buildBundle(bundle);
    const committed = (await readdir(path.join(ROOT, 'dist-data'))).sort();
    for (const workers of ['0', '2']) {
      const out = path.join(scratch, `out-${workers}`);
      execFileSync(process.execPath, [bundle, '--in', path.join(ROOT, 'seeds'), '--out', out, '--workers', workers, '--no-cache'], { cwd: scratch, stdio: 'pipe', env: { PATH: process.env.PATH ?? '', TZ: 'Pacific/Kiritimati' } });
      t.deepEqual((await readdir(out)).sort(), committed);
      for (const name of committed) t.true((await readFile(path.join(out, name))).equals(await readFile(path.join(ROOT, 'dist-data', name))), `${name} (workers ${workers})`);
    }
    const help = execFileSync(process.execPath, [bundle, '--help'], { encoding: 'utf8' });
    t.regex(help, /--workers N/);
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(scratch, { recursive: true, force: true });
  }
});
