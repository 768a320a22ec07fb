/**
 * The same input gives the same bytes whatever the machine: time zones west
 * and east of UTC, another locale, another working directory, files created
 * in another order. Each build runs in its own process, since a time zone and
 * a locale are fixed when a process starts.
 */
import test from 'ava';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = import.meta.resolve('tsx');
const DIGEST = path.join(ROOT, 'tests/tools/release-digest.ts');
const SEEDS = path.join(ROOT, 'seeds');
const DEV = path.join(ROOT, 'tests/corpus/dev');

type Digest = Record<string, Record<string, string>>;

async function digestIn(env: Record<string, string>, cwd: string, inputs: string[]): Promise<Digest> {
  const { stdout } = await run(process.execPath, [`--import=${TSX}`, DIGEST, ...inputs], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Digest;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test('the seeds and the development corpus give the same bytes under four time zones, three locales, another working directory and another file creation order', async (t) => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'cc-determinism-'));
  try {
    // The seeds again, created last file first (directory order follows creation on most file systems).
    const reversed = path.join(scratch, 'seeds');
    await mkdir(reversed);
    for (const name of (await readdir(SEEDS)).sort().reverse()) await copyFile(path.join(SEEDS, name), path.join(reversed, name));
    const builds = await Promise.all([
      digestIn({ TZ: 'America/New_York', LANG: 'en_US.UTF-8' }, ROOT, [SEEDS, DEV]),
      digestIn({ TZ: 'Pacific/Pago_Pago', LC_ALL: 'tr_TR.UTF-8' }, scratch, [SEEDS, DEV]),
      digestIn({ TZ: 'Pacific/Kiritimati', LC_ALL: 'fr_FR.UTF-8' }, os.tmpdir(), [reversed, DEV]),
      digestIn({ TZ: 'Asia/Ho_Chi_Minh', LANG: 'C' }, ROOT, [SEEDS, DEV]),
    ]);
    const [first, ...others] = builds.map((b) => ({ seeds: b[SEEDS] ?? b[reversed]!, dev: b[DEV]! }));
    for (const other of others) t.deepEqual(other, first!);
    // And the same as the committed release, file by file.
    t.true(Object.keys(first!.seeds).length >= 22);
    for (const [name, hash] of Object.entries(first!.seeds)) {
      t.is(sha256(await readFile(path.join(ROOT, 'dist-data', name))), hash, `${name} built west or east of UTC differs from dist-data/`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});
