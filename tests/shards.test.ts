/**
 * The map on shards and the reduce from their partitions give the release of
 * one whole run, byte for byte; a partition missing, altered, of another
 * input or of another pipeline is refused by name.
 */
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile, appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRelease } from '../pipeline/09-export/index.ts';
import { pipelineKey } from '../pipeline/cache.ts';
import { parseShard, shardOf } from '../pipeline/shard.ts';
import { buildDataset, buildFromParts, mapShard } from '../pipeline/run.ts';

const DEV = fileURLToPath(new URL('./corpus/dev', import.meta.url));
const KEY = pipelineKey();
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = import.meta.resolve('tsx');

/** The development corpus, and what makes a run's own rejects: a sidecar line naming no file, a link leading outside, a binary file, a copy. */
async function corpus(scratch: string): Promise<string> {
  const input = path.join(scratch, 'in');
  await cp(DEV, input, { recursive: true });
  await appendFile(path.join(input, 'sources.csv'), 'absent.txt,https://example.org/absent,Nobody\n');
  await writeFile(path.join(scratch, 'outside.txt'), 'Titre\n\nHors du dossier.\n');
  await symlink(path.join(scratch, 'outside.txt'), path.join(input, 'link.txt'));
  await writeFile(path.join(input, 'zz-binary.txt'), Buffer.from([0, 1, 2, 3, 4]));
  const first = (await readdir(input)).filter((n) => n.startsWith('d')).sort()[0]!;
  await mkdir(path.join(input, 'sub'));
  await cp(path.join(input, first), path.join(input, 'sub', `copy-${first}`));
  return input;
}

test('shards are fixed by the path hash, and k/n is checked', (t) => {
  t.deepEqual(parseShard('2/3'), { k: 2, n: 3 });
  for (const bad of ['0/3', '4/3', '1/0', '1', '1/3/4', 'a/b', '-1/3']) t.is(parseShard(bad), null, bad);
  const counts = [0, 0, 0];
  for (let i = 0; i < 300; i++) counts[shardOf(`f${i}.txt`, 3) - 1]!++;
  for (const c of counts) t.true(c > 60, `${counts.join(' ')}`);
  t.is(shardOf('a/b.txt', 5), shardOf('a/b.txt', 5));
});

test('the development corpus mapped as three shards and reduced gives every file of the whole run, byte for byte', async (t) => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'cc-shards-'));
  try {
    const input = await corpus(scratch);
    const whole = renderRelease((await buildDataset(input)).tables, 'test');
    t.true((JSON.parse(Buffer.from(whole.get('rejects.json')!).toString('utf8')) as unknown[]).length >= 4, 'the corpus has rejects of every kind');
    const parts = path.join(scratch, 'parts');
    let mapped = 0;
    for (let k = 1; k <= 3; k++) {
      const shard = await mapShard(input, { k, n: 3 }, parts, KEY, { workers: k === 2 ? 2 : 0 });
      t.regex(path.relative(parts, shard.file), new RegExp(`^map-${KEY}/shard=${k}-of-3/entries-[0-9a-f]{64}\\.parquet$`));
      mapped += shard.files;
    }
    t.is(mapped, (await buildDataset(input)).files);
    const reduced = await buildFromParts(parts, KEY);
    t.is(reduced.partitions, 3);
    const fromParts = renderRelease(reduced.tables, 'test');
    t.deepEqual([...fromParts.keys()], [...whole.keys()]);
    for (const [name, bytes] of whole) t.true(Buffer.from(fromParts.get(name)!).equals(Buffer.from(bytes)), `${name} differs`);

    // The same shard mapped again writes the same name.
    const again = await mapShard(input, { k: 1, n: 3 }, parts, KEY);
    t.deepEqual((await readdir(path.dirname(again.file))).sort(), [path.basename(again.file)]);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});

test('the reduce refuses a missing, altered or foreign partition, naming it', async (t) => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'cc-shards-'));
  try {
    const input = path.join(scratch, 'in');
    await cp(fileURLToPath(new URL('../seeds', import.meta.url)), input, { recursive: true });
    const parts = path.join(scratch, 'parts');
    await mapShard(input, { k: 1, n: 2 }, parts, KEY);
    await t.throwsAsync(buildFromParts(parts, KEY), { message: /shard 2\/2 is missing .*run --shard 2\/2/ });
    await t.throwsAsync(buildFromParts(parts, 'f'.repeat(24)), { message: /no partition of this pipeline/ });
    const second = await mapShard(input, { k: 2, n: 2 }, parts, KEY);
    t.truthy(await buildFromParts(parts, KEY));
    // Another input for one shard: refused, not mixed.
    await writeFile(path.join(input, 'extra.txt'), 'Titre\n\nLe ministre Luong Tam Quang a reçu le 3 mars 2024 à Hanoï la ministre singapourienne Josephine Teo.\n');
    const other = await mapShard(input, { k: shardOf('extra.txt', 2), n: 2 }, parts, KEY);
    t.not(other.file, second.file);
    await t.throwsAsync(buildFromParts(parts, KEY), { message: /mapped from another input/ });
    await mapShard(input, { k: 3 - shardOf('extra.txt', 2), n: 2 }, parts, KEY);
    t.truthy(await buildFromParts(parts, KEY));
    // A partition altered on disk fails its own name.
    const bytes = await readFile(other.file);
    bytes[bytes.length - 20]! ^= 1;
    await writeFile(other.file, bytes);
    await t.throwsAsync(buildFromParts(parts, KEY), { message: /cut short or altered/ });
    // Shards of two counts side by side are not guessed between.
    await mapShard(input, { k: 1, n: 3 }, parts, KEY);
    await t.throwsAsync(buildFromParts(parts, KEY), { message: /shards of 2 and of 3 runs/ });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});

test('the command line: three --shard runs and --from-parts write the same release, marker included, as one whole run', async (t) => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'cc-shards-cli-'));
  try {
    const input = path.join(scratch, 'in');
    await cp(fileURLToPath(new URL('../seeds', import.meta.url)), input, { recursive: true });
    const cli = (...args: string[]) => {
      const r = spawnSync(process.execPath, [`--import=${TSX}`, path.join(ROOT, 'pipeline/run.ts'), '--workers', '0', '--quiet', ...args], { cwd: scratch, encoding: 'utf8' });
      return r;
    };
    const whole = cli('--in', input, '--out', path.join(scratch, 'whole'), '--no-cache');
    t.is(whole.status, 0, whole.stderr);
    for (let k = 1; k <= 3; k++) {
      const r = cli('--in', input, '--shard', `${k}/3`, '--parts', path.join(scratch, 'parts'), '--cache', path.join(scratch, 'cache'));
      t.is(r.status, 0, r.stderr);
      t.regex(r.stdout, new RegExp(`shard ${k}/3: read \\d of the 5 files in .*, wrote .*shard=${k}-of-3/entries-[0-9a-f]{64}\\.parquet`));
    }
    const reduced = cli('--from-parts', path.join(scratch, 'parts'), '--out', path.join(scratch, 'reduced'));
    t.is(reduced.status, 0, reduced.stderr);
    t.regex(reduced.stdout, /read the entries of 5 files from 3 partitions in .*, wrote 37 files to/);
    const names = (await readdir(path.join(scratch, 'whole'))).sort();
    t.deepEqual((await readdir(path.join(scratch, 'reduced'))).sort(), names);
    for (const name of names) t.true((await readFile(path.join(scratch, 'reduced', name))).equals(await readFile(path.join(scratch, 'whole', name))), name);
    for (const [args, message] of [
      [['--shard', '1/3'], /--shard needs --parts/],
      [['--shard', '4/3', '--parts', 'p'], /--shard takes K\/N/],
      [['--shard', '1/3', '--parts', 'p', '--out', 'o'], /--shard and --out do not go together/],
      [['--from-parts', 'p', '--in', 'i'], /--from-parts and --in do not go together/],
      [['--parts', 'p'], /--parts goes with --shard/],
    ] as const) {
      const r = cli(...args);
      t.is(r.status, 2, args.join(' '));
      t.regex(r.stderr, message);
    }
    const missing = cli('--from-parts', path.join(scratch, 'nowhere'), '--out', path.join(scratch, 'o'));
    t.is(missing.status, 1);
    t.regex(missing.stderr, /parts folder .*nowhere does not exist/);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});
