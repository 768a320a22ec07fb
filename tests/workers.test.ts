/**
 * The pool of worker threads and the per-article cache change nothing: the
 * same release bytes in this thread, with two and three workers, and from
 * the cache, which an unchanged rerun reads instead of the files' stages.
 */
import test from 'ava';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
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
