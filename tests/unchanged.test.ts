/**
 * An unchanged rerun rebuilds nothing, and only an unchanged rerun: the
 * shortcut is shown by the run's --stats and summary (never by timing), and
 * one altered input file, one altered or missing release file, another
 * option or --no-cache each give a full build, whose bytes are those of a
 * build from nothing.
 */
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, unlink, writeFile, appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = import.meta.resolve('tsx');

interface Stats {
  unchanged: boolean;
  cached: number;
  files: number;
  stages: Record<string, number>;
}

async function same(t: { true: (v: boolean, m?: string) => void; deepEqual: (a: unknown, b: unknown, m?: string) => void }, a: string, b: string) {
  const names = (await readdir(a)).sort();
  t.deepEqual(names, (await readdir(b)).sort(), 'the same files');
  for (const name of names) t.true((await readFile(path.join(a, name))).equals(await readFile(path.join(b, name))), `${name} is the same`);
}

test('an unchanged rerun skips the build; an altered input, release file or option, or --no-cache, rebuilds the same bytes as a build from nothing', async (t) => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'cc-unchanged-'));
  try {
    const input = path.join(scratch, 'in');
    await cp(path.join(ROOT, 'seeds'), input, { recursive: true });
    const out = path.join(scratch, 'out');
    const statsFile = path.join(scratch, 'stats.json');
    const run = async (...extra: string[]) => {
      const r = spawnSync(process.execPath, [`--import=${TSX}`, path.join(ROOT, 'pipeline/run.ts'), '--in', input, '--out', out, '--cache', path.join(scratch, 'cache'), '--workers', '0', '--quiet', '--stats', statsFile, ...extra], { cwd: scratch, encoding: 'utf8' });
      t.is(r.status, 0, r.stderr);
      return { stdout: r.stdout, stats: JSON.parse(await readFile(statsFile, 'utf8')) as Stats };
    };
    const fresh = async (into: string) => {
      const r = spawnSync(process.execPath, [`--import=${TSX}`, path.join(ROOT, 'pipeline/run.ts'), '--in', input, '--out', into, '--no-cache', '--workers', '0', '--quiet'], { cwd: scratch, encoding: 'utf8' });
      t.is(r.status, 0, r.stderr);
    };

    const cold = await run();
    t.false(cold.stats.unchanged);
    t.regex(cold.stdout, /wrote 37 files to/);
    await same(t, out, path.join(ROOT, 'dist-data'));

    const warm = await run();
    t.true(warm.stats.unchanged);
    // Neither the per-article stages nor the corpus stage nor the export ran.
    t.deepEqual(Object.keys(warm.stats.stages), ['check']);
    t.regex(warm.stdout, /read 5 files from .*; nothing changed since the release in .*its 37 files checked intact\), so nothing was rebuilt/);
    t.regex(warm.stdout, /events {11}17 rows/);
    await same(t, out, path.join(ROOT, 'dist-data'));

    // Another option: a full build (every article from the cache), then that option's rerun is unchanged.
    const strict = await run('--strict');
    t.false(strict.stats.unchanged);
    t.is(strict.stats.cached, 5);
    t.true((await run('--strict')).stats.unchanged);
    t.false((await run()).stats.unchanged);

    // A release file altered, or gone: rebuilt whole, to the same bytes.
    await appendFile(path.join(out, 'events.csv'), 'x');
    t.false((await run()).stats.unchanged);
    await same(t, out, path.join(ROOT, 'dist-data'));
    await unlink(path.join(out, 'README.md'));
    t.false((await run()).stats.unchanged);
    await same(t, out, path.join(ROOT, 'dist-data'));
    t.true((await run()).stats.unchanged);

    // --no-cache: a full build whatever is in place.
    t.false((await run('--no-cache')).stats.unchanged);

    // One input file altered: the release is rebuilt (that file read again) and equals a build from nothing.
    const first = (await readdir(input)).filter((n) => n.endsWith('.txt')).sort()[0]!;
    await writeFile(path.join(input, first), `${await readFile(path.join(input, first), 'utf8')}\n`);
    const edited = await run();
    t.false(edited.stats.unchanged);
    t.is(edited.stats.cached, 4);
    t.true((await run()).stats.unchanged);
    await fresh(path.join(scratch, 'fresh'));
    await same(t, out, path.join(scratch, 'fresh'));
    // The sidecar is input too.
    await writeFile(path.join(input, 'sources.csv'), (await readFile(path.join(input, 'sources.csv'), 'utf8')).replace(/https?:\/\/[^,\n]*/, 'https://example.org/other'));
    const sidecar = await run();
    t.false(sidecar.stats.unchanged);
    t.is(sidecar.stats.cached, 5);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});
