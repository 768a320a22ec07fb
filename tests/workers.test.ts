/**
 * The pool of worker threads and the per-article cache change nothing: the
 * same release bytes in this thread, with two and three workers, and from
 * the cache, which an unchanged rerun reads instead of the files' stages.
 */
import test from 'ava';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRelease } from '../pipeline/09-export/index.ts';
import { CACHE_MARKER, pipelineKey } from '../pipeline/cache.ts';
import { buildDataset, type BuildOptions } from '../pipeline/run.ts';

const DEV = fileURLToPath(new URL('./corpus/dev', import.meta.url));

async function release(options: BuildOptions, input = DEV) {
  let cached = 0;
  const { tables } = await buildDataset(input, { ...options, onProgress: (p) => (cached = p.cached) });
  return { files: renderRelease(tables, 'test'), cached };
}

const same = (t: { is: (a: unknown, b: unknown, m?: string) => void; deepEqual: (a: unknown, b: unknown) => void }, a: Map<string, Uint8Array>, b: Map<string, Uint8Array>) => {
  t.deepEqual([...a.keys()], [...b.keys()]);
  for (const [name, bytes] of a) t.is(Buffer.compare(Buffer.from(bytes), Buffer.from(b.get(name)!)), 0, `${name} differs`);
};

test('the development corpus gives the same release bytes in this thread and with two or three worker threads', async (t) => {
  const inThread = await release({ workers: 0 });
  const two = await release({ workers: 2 });
  const three = await release({ workers: 3 });
  same(t, inThread.files, two.files);
  same(t, inThread.files, three.files);
});

test('an unchanged rerun reads every article from the cache and gives the same bytes; a changed file is read again', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-cache-'));
  const input = await mkdtemp(path.join(os.tmpdir(), 'cc-cache-in-'));
  try {
    await writeFile(path.join(input, 'a.txt'), 'Titre\n\nLe ministre vietnamien de la Sécurité publique To Lam s’est entretenu le 9 janvier 2022 à Hanoï avec son homologue lao Vilay Lakhamfong.\n');
    await writeFile(path.join(input, 'b.txt'), 'Titre\n\nLe ministre Luong Tam Quang a reçu le 3 mars 2024 à Hanoï la ministre singapourienne Josephine Teo.\n');
    const cache = { dir, key: pipelineKey() };
    const cold = await release({ workers: 0, cache }, input);
    const warm = await release({ workers: 2, cache }, input);
    t.is(cold.cached, 0);
    t.is(warm.cached, 2);
    same(t, cold.files, warm.files);
    await writeFile(path.join(input, 'b.txt'), 'Titre\n\nLe ministre Luong Tam Quang a reçu le 4 mars 2024 à Hanoï la ministre singapourienne Josephine Teo.\n');
    const changed = await release({ workers: 0, cache }, input);
    t.is(changed.cached, 1);
    t.true((await readdir(path.join(dir, cache.key))).includes(CACHE_MARKER));
    // Another pipeline key misses every entry.
    const other = await release({ workers: 0, cache: { dir, key: 'f'.repeat(24) } }, input);
    t.is(other.cached, 0);
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(input, { recursive: true, force: true });
  }
});

test('a cache entry cut short, altered, or well hashed but not an entry is rebuilt, never trusted', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-cache-'));
  const input = await mkdtemp(path.join(os.tmpdir(), 'cc-cache-in-'));
  try {
    await writeFile(path.join(input, 'a.txt'), 'Titre\n\nLe ministre vietnamien de la Sécurité publique To Lam s’est entretenu le 9 janvier 2022 à Hanoï avec son homologue lao Vilay Lakhamfong.\n');
    await writeFile(path.join(input, 'b.txt'), 'Titre\n\nLe ministre Luong Tam Quang a reçu le 3 mars 2024 à Hanoï la ministre singapourienne Josephine Teo.\n');
    await writeFile(path.join(input, 'c.txt'), 'Titre\n\nLe vice-ministre Nguyen Duy Ngoc a reçu le 5 avril 2023 à Hanoï une délégation de la police cambodgienne.\n');
    const cache = { dir, key: pipelineKey() };
    const cold = await release({ workers: 0, cache }, input);
    const folder = path.join(dir, cache.key);
    const entries: string[] = [];
    for (const sub of (await readdir(folder)).filter((n) => n !== CACHE_MARKER).sort()) for (const f of (await readdir(path.join(folder, sub))).sort()) entries.push(path.join(folder, sub, f));
    t.is(entries.length, 3);
    const header = Buffer.from(`cybercoop-cache-2\n${cache.key}\n`);
    const [cut, altered, foreign] = entries as [string, string, string];
    const bytes = await readFile(cut);
    await writeFile(cut, bytes.subarray(0, bytes.length - 9));
    const other = await readFile(altered);
    other[other.length - 3]! ^= 0x20;
    await writeFile(altered, other);
    const garbage = Buffer.from('not an entry at all');
    await writeFile(foreign, Buffer.concat([header, createHash('sha256').update(garbage).digest(), garbage]));
    const rerun = await release({ workers: 0, cache }, input);
    t.is(rerun.cached, 0);
    same(t, cold.files, rerun.files);
    // Rebuilt, the entries are read again.
    t.is((await release({ workers: 0, cache }, input)).cached, 3);
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(input, { recursive: true, force: true });
  }
});
