/**
 * The output folder: written only when absent, empty or a previous release;
 * never the input, inside it or above it; swapped in whole; a kill at any
 * step leaves the old or the new release under the name (or, between the
 * two renames, the old one beside it, put back by the next run); one run at
 * a time; a full disk changes nothing. Every refusal test leaves sentinel
 * files and checks that they are still there.
 */
import test from 'ava';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { MARKER, markerFor, OutputError, ReleaseWriter, STEPS, writeRelease } from '../pipeline/09-export/write.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = import.meta.resolve('tsx');
const RUN = path.join(ROOT, 'pipeline/run.ts');
const run = promisify(execFile);

const bytes = (s: string) => new TextEncoder().encode(s);
const release = (tag: string) =>
  new Map([
    ['events.csv', bytes(`event_id\nevt-${tag}\n`)],
    ['events.json', bytes(`[{"event_id":"evt-${tag}"}]\n`)],
    ['datapackage.json', bytes(`{"name":"cybercoop","version":"${tag}","resources":[{"path":"events.csv"},{"path":"events.json"}]}\n`)],
  ]);
const OLD = release('old');
const NEW = release('new');

/** Every file of a folder and its text; null when the folder is absent. */
async function contents(dir: string): Promise<Record<string, string> | null> {
  if (!existsSync(dir)) return null;
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) out[name] = await readFile(path.join(dir, name), 'utf8').catch(() => '<folder>');
  return out;
}

/** What a complete release of `files` looks like on disk: the files and the marker. */
function expected(files: Map<string, Uint8Array>): Record<string, string> {
  const out: Record<string, string> = { [MARKER]: markerFor(files) };
  for (const [name, b] of files) out[name] = new TextDecoder().decode(b);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const leftovers = async (parent: string) => (await readdir(parent)).filter((n) => n.includes('.cybercoop-') || /\.(writing|previous)-\d+$/.test(n));

async function scratch(t: { teardown(fn: () => unknown): void }): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-out-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A process id that no longer runs: what a killed run leaves in its lock. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

test('a new folder gets the release and its marker, a sha256sum manifest of every file', async (t) => {
  const dir = await scratch(t);
  const out = path.join(dir, 'deep', 'dist');
  await writeRelease(out, NEW);
  t.deepEqual(await contents(out), expected(NEW));
  t.is(spawnSync('sha256sum', ['-c', '--quiet', MARKER], { cwd: out }).status, 0);
  t.deepEqual(await leftovers(path.dirname(out)), []);
  await rm(dir, { recursive: true });
});

test('a previous release, an empty folder and a release from before the marker are replaced whole', async (t) => {
  const dir = await scratch(t);
  const out = path.join(dir, 'dist');
  await writeRelease(out, OLD);
  await writeRelease(out, NEW);
  t.deepEqual(await contents(out), expected(NEW));
  const empty = path.join(dir, 'empty');
  await mkdir(empty);
  await writeRelease(empty, NEW);
  t.deepEqual(await contents(empty), expected(NEW));
  // Before markers, a release was its tables and a datapackage.json naming cybercoop.
  const legacy = path.join(dir, 'legacy');
  await mkdir(legacy);
  for (const [name, b] of OLD) await writeFile(path.join(legacy, name), b);
  await writeRelease(legacy, NEW);
  t.deepEqual(await contents(legacy), expected(NEW));
  t.deepEqual(await leftovers(dir), []);
  await rm(dir, { recursive: true });
});

test('dangerous outputs are refused with a reason, and nothing is deleted or written', async (t) => {
  const dir = await scratch(t);
  const input = path.join(dir, 'project', 'seeds');
  await mkdir(input, { recursive: true });
  await writeFile(path.join(input, 'article.txt'), 'sentinel article');
  await writeFile(path.join(dir, 'project', 'notes.md'), 'sentinel notes');
  await mkdir(path.join(dir, 'project', '.git'));
  await writeFile(path.join(dir, 'project', '.git', 'HEAD'), 'sentinel git');
  await writeFile(path.join(dir, 'a-file'), 'sentinel file');
  await symlink(path.join(dir, 'project'), path.join(dir, 'link'));
  const previous = path.join(dir, 'release-with-notes');
  await writeRelease(previous, OLD);
  await writeFile(path.join(previous, 'my-notes.txt'), 'sentinel notes in a release');
  const before = { project: await contents(path.join(dir, 'project')), input: await contents(input), git: await contents(path.join(dir, 'project', '.git')), previous: await contents(previous), top: await contents(dir) };

  const cases: [string, string | undefined, RegExp][] = [
    [input, input, /is the input folder/],
    [path.join(input, 'out'), input, /inside the input folder/],
    [path.join(dir, 'project'), input, /contains the input folder/],
    [dir, input, /contains the input folder/],
    [path.join(dir, 'project'), undefined, /neither empty nor a cybercoop release \(it holds \.git, notes\.md, seeds\)/],
    [path.join(dir, 'a-file'), input, /is a file, not a folder/],
    [path.join(dir, 'link'), undefined, /is a symbolic link/],
    [previous, input, /also holds files cybercoop did not write \(my-notes\.txt\)/],
    ['/', input, /root of the file system/],
    [os.homedir(), undefined, /neither empty nor a cybercoop release|contains the working directory/],
    [ROOT, undefined, /contains the working directory/],
  ];
  for (const [out, inputDir, reason] of cases) {
    const error = await t.throwsAsync(writeRelease(out, NEW, inputDir === undefined ? {} : { input: inputDir }), { instanceOf: OutputError }, out);
    t.regex(error?.message ?? '', reason, out);
    t.regex(error?.message ?? '', /^refusing to write the release to /);
  }
  t.deepEqual({ project: await contents(path.join(dir, 'project')), input: await contents(input), git: await contents(path.join(dir, 'project', '.git')), previous: await contents(previous), top: await contents(dir) }, before);
  t.deepEqual(await leftovers(dir), []);
  await rm(dir, { recursive: true });
});

test('the CLI refuses `--out` equal to the input or above it, exits non-zero and deletes nothing', async (t) => {
  const dir = await scratch(t);
  const input = path.join(dir, 'seeds');
  await mkdir(input);
  await writeFile(path.join(input, 'a.txt'), 'Titre\n\nLe ministre a reçu son homologue à Hanoï pour des entretiens.');
  await writeFile(path.join(dir, 'notes.md'), 'sentinel');
  const cli = (out: string) =>
    run(process.execPath, [`--import=${TSX}`, RUN, '--in', input, '--out', out], { cwd: ROOT }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
  const [same, parent] = await Promise.all([cli(input), cli(dir)]);
  t.is(same.code, 1);
  t.regex(same.stderr, /^cybercoop: refusing to write the release to .*: it is the input folder/);
  t.is(parent.code, 1);
  t.regex(parent.stderr, /contains the input folder/);
  t.deepEqual((await readdir(dir)).sort(), ['notes.md', 'seeds']);
  t.deepEqual(await readdir(input), ['a.txt']);
  await rm(dir, { recursive: true });
});

test('a kill after any step leaves a whole release under the name or the old one beside it, and the next run recovers', async (t) => {
  for (const step of STEPS) {
    const dir = await scratch(t);
    const out = path.join(dir, 'dist');
    await writeRelease(out, OLD);
    await writeRelease(out, NEW, { stopAfter: step, pid: deadPid() });
    const now = await contents(out);
    const previous = await contents(path.join(dir, '.dist.cybercoop-previous'));
    if (step === 'old-hidden') {
      // The one instant between the two renames: the old release is whole, beside the name.
      t.is(now, null, step);
      t.deepEqual(previous, expected(OLD), step);
    } else {
      t.true([JSON.stringify(expected(OLD)), JSON.stringify(expected(NEW))].includes(JSON.stringify(now)), `${step}: ${JSON.stringify(now)}`);
    }
    // The next run takes over the dead run's lock, puts back or clears what it left, and writes.
    const recovering = await ReleaseWriter.open(out, { stopAfter: 'recovered' });
    t.true([JSON.stringify(expected(OLD)), JSON.stringify(expected(NEW))].includes(JSON.stringify(await contents(out))), `recovered after ${step}`);
    t.deepEqual(await leftovers(dir), ['.dist.cybercoop-lock'], `nothing but the new lock after recovering from ${step}`);
    const notes = recovering.notes.join('; ');
    t.regex(notes, /took over the lock of run \d+, which is gone/, step);
    if (step === 'old-hidden') t.regex(notes, /put back the release a killed run had set aside/);
    if (step === 'staging-begun' || step === 'staged') t.regex(notes, /removed .*\.dist\.cybercoop-staging, the unfinished release/);
    if (step === 'new-shown') t.regex(notes, /removed .*\.dist\.cybercoop-previous, an old release/);
    await rm(path.join(dir, '.dist.cybercoop-lock'));
    await writeRelease(out, NEW);
    t.deepEqual(await contents(out), expected(NEW), step);
    t.deepEqual(await leftovers(dir), [], step);
    await rm(dir, { recursive: true });
  }
});

test('leftovers of the earlier writer (.name.previous-PID, .name.writing-PID) are put back or removed', async (t) => {
  const dir = await scratch(t);
  const out = path.join(dir, 'dist');
  const pid = deadPid();
  const hidden = path.join(dir, `.dist.previous-${pid}`);
  const writing = path.join(dir, `.dist.writing-${pid}`);
  await mkdir(hidden);
  await mkdir(writing);
  for (const [name, b] of OLD) await writeFile(path.join(hidden, name), b);
  await writeFile(path.join(writing, 'events.csv'), 'partial');
  const writer = await ReleaseWriter.open(out, { stopAfter: 'recovered' });
  t.deepEqual(Object.keys((await contents(out))!).sort(), [...OLD.keys()].sort());
  t.deepEqual(await leftovers(dir), ['.dist.cybercoop-lock']);
  t.is(writer.notes.length, 2);
  // A leftover holding something no release writes is left alone.
  const foreign = path.join(dir, `.other.writing-${pid}`);
  await mkdir(foreign);
  await writeFile(path.join(foreign, 'mine.txt'), 'sentinel');
  await rm(path.join(dir, '.dist.cybercoop-lock'));
  await writeRelease(path.join(dir, 'other'), NEW);
  t.is(await readFile(path.join(foreign, 'mine.txt'), 'utf8'), 'sentinel');
  await rm(dir, { recursive: true });
});

test('a staging folder holding a file the pipeline did not write is never deleted: the run stops and names it', async (t) => {
  const dir = await scratch(t);
  const out = path.join(dir, 'dist');
  const staging = path.join(dir, '.dist.cybercoop-staging');
  await mkdir(staging);
  await writeFile(path.join(staging, 'precious.txt'), 'sentinel');
  const error = await t.throwsAsync(writeRelease(out, NEW), { instanceOf: OutputError });
  t.regex(error!.message, /holds files cybercoop did not write \(precious\.txt\)/);
  t.is(await readFile(path.join(staging, 'precious.txt'), 'utf8'), 'sentinel');
  t.false(existsSync(path.join(dir, '.dist.cybercoop-lock')), 'the lock is released');
  await rm(dir, { recursive: true });
});

test('one run at a time: a live lock fails fast, a dead run\'s lock is taken over', async (t) => {
  const dir = await scratch(t);
  const out = path.join(dir, 'dist');
  await writeRelease(out, OLD);
  const lock = path.join(dir, '.dist.cybercoop-lock');
  // A live run: this very process.
  await writeFile(lock, `${process.pid}\n${os.hostname()}\n`);
  const started = Date.now();
  const error = await t.throwsAsync(writeRelease(out, NEW), { instanceOf: OutputError });
  t.regex(error!.message, new RegExp(`another cybercoop run \\(pid ${process.pid}\\) is writing .*dist; wait for it to finish`));
  t.true(Date.now() - started < 5_000);
  t.deepEqual(await contents(out), expected(OLD));
  t.is(await readFile(lock, 'utf8'), `${process.pid}\n${os.hostname()}\n`, 'the other run\'s lock is left alone');
  // A run that died: its lock is stale.
  await writeFile(lock, `${deadPid()}\n${os.hostname()}\n`);
  const notes = await writeRelease(out, NEW);
  t.deepEqual(await contents(out), expected(NEW));
  t.regex(notes.join(' '), /took over the lock/);
  t.false(existsSync(lock));
  // Two writers at once: exactly one gets through.
  const results = await Promise.allSettled([writeRelease(out, OLD), writeRelease(out, NEW)]);
  t.is(results.filter((r) => r.status === 'fulfilled').length, 1);
  t.regex(String((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason), /another cybercoop run/);
  t.false(existsSync(lock));
  await rm(dir, { recursive: true });
});

test('a full disk: a message naming the path, the old release unchanged, nothing left behind', async (t) => {
  const dir = await scratch(t);
  const out = path.join(dir, 'dist');
  await writeRelease(out, OLD);
  let written = 0;
  const fullDisk = async (file: string, b: Uint8Array) => {
    if (++written === 3) throw Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC' });
    await writeFile(file, b);
  };
  const error = await t.throwsAsync(writeRelease(out, NEW, { writeFile: fullDisk }), { instanceOf: OutputError });
  t.regex(error!.message, /^could not write .*\.dist\.cybercoop-staging\/[\w.]+: no space left on the device\. The release in .*dist is unchanged and the partial copy was removed; free some space and run again\.$/);
  t.deepEqual(await contents(out), expected(OLD));
  t.deepEqual(await leftovers(dir), []);
  // A parent the run created for nothing is removed again.
  const fresh = path.join(dir, 'new', 'deeper', 'dist');
  written = 0;
  await t.throwsAsync(writeRelease(fresh, NEW, { writeFile: fullDisk }), { instanceOf: OutputError });
  t.false(existsSync(path.join(dir, 'new')));
  await rm(dir, { recursive: true });
});

test('a stop signal during the build removes the staging folder and the lock; the old release stays', async (t) => {
  t.timeout(120_000);
  const dir = await scratch(t);
  const out = path.join(dir, 'dist');
  await writeRelease(out, OLD);
  const child = spawn(process.execPath, [`--import=${TSX}`, RUN, '--in', path.join(ROOT, 'tests/corpus'), '--out', out], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lock = path.join(dir, '.dist.cybercoop-lock');
  for (let i = 0; i < 2000 && !existsSync(lock); i++) await new Promise((r) => setTimeout(r, 10));
  t.true(existsSync(lock), 'the run takes the lock before building');
  child.kill('SIGTERM');
  const code = await exited;
  if (code === 0) {
    // The build won the race: the signal came after the release was written, which is also a whole release.
    t.false(existsSync(lock));
  } else {
    t.is(code, 128 + os.constants.signals.SIGTERM, stderr);
    t.regex(stderr, /stopped by SIGTERM/);
    t.deepEqual(await contents(out), expected(OLD));
  }
  t.deepEqual(await leftovers(dir), []);
  await rm(dir, { recursive: true });
});

test('the marker lists every file with its sha256, sorted, one line each', (t) => {
  const marker = markerFor(new Map([['b.csv', bytes('b')], ['a.json', bytes('a')]]));
  t.is(marker, 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb  a.json\n3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d  b.csv\n');
});
