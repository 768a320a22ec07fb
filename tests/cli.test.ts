/** The command line: help, version, clear errors with the right exit status, progress on stderr, the summary on stdout. */
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError } from '../pipeline/cli.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = import.meta.resolve('tsx');
const cli = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [`--import=${TSX}`, path.join(ROOT, 'pipeline/run.ts'), ...args], { cwd, encoding: 'utf8' });

test('--help prints the usage on stdout and exits 0; --version prints the version', (t) => {
  const help = cli(['--help']);
  t.is(help.status, 0);
  for (const option of ['--in', '--out', '--workers', '--cache', '--no-cache', '--quiet', '--strict']) t.true(help.stdout.includes(option), option);
  const version = cli(['--version']);
  t.is(version.status, 0);
  t.regex(version.stdout, /^\d+\.\d+\.\d+\n$/);
});

test('a wrong command line exits 2 and says what is wrong', (t) => {
  for (const [args, message] of [
    [['--frobnicate'], /unknown argument --frobnicate/],
    [['--workers', 'many'], /--workers takes a number/],
    [['--out'], /--out needs a value/],
    [['--out', '--quiet'], /--out needs a value/],
    [['--quiet=yes'], /--quiet takes no value/],
    [['seeds'], /unexpected argument seeds/],
  ] as const) {
    const r = cli([...args]);
    t.is(r.status, 2, args.join(' '));
    t.regex(r.stderr, message);
    t.regex(r.stderr, /--help/);
  }
});

test('options parse in both spellings; --no-cache and --workers 0 are honoured', (t) => {
  const o = parseArgs(['--in=x', '--out', 'y', '--workers', '0', '--no-cache', '--quiet']);
  t.like(o, { input: 'x', output: 'y', workers: 0, cacheDir: null, quiet: true });
  t.throws(() => parseArgs(['--workers', '-1']), { instanceOf: UsageError });
  t.like(parseArgs(['--cache', 'c', '--no-cache', '--strict']), { cacheDir: null, strict: true });
  t.like(parseArgs(['--no-cache', '--cache', 'c']), { cacheDir: path.resolve('c'), strict: false });
  t.is(parseArgs(['-h']), 'help');
});

test('an input folder without a *.txt exits 1 saying so, and writes nothing', async (t) => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'cc-cli-'));
  try {
    const input = path.join(scratch, 'in');
    await mkdir(input);
    await writeFile(path.join(input, 'notes.md'), 'not an article\n');
    const r = cli(['--in', input, '--out', path.join(scratch, 'out'), '--no-cache']);
    t.is(r.status, 1);
    t.regex(r.stderr, /in holds no \*\.txt article/);
    t.deepEqual(await readdir(scratch), ['in']);
    t.deepEqual(await readdir(input), ['notes.md']);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});

test('--strict fails on a reject and writes nothing; without it the same input is a release with the reject', async (t) => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'cc-cli-'));
  try {
    const input = path.join(scratch, 'in');
    await mkdir(input);
    await writeFile(path.join(input, 'a.txt'), 'Titre\n\nLe ministre Luong Tam Quang a reçu le 3 mars 2024 à Hanoï la ministre singapourienne Josephine Teo.\n');
    await writeFile(path.join(input, 'b.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
    const strict = cli(['--in', input, '--out', path.join(scratch, 'out'), '--no-cache', '--strict', '--workers', '0']);
    t.is(strict.status, 1);
    t.regex(strict.stderr, /--strict: 1 reject, nothing is written:\n {2}ingest\/binary b\.txt/);
    t.deepEqual(await readdir(scratch), ['in']);
    const lenient = cli(['--in', input, '--out', path.join(scratch, 'out'), '--no-cache', '--workers', '0']);
    t.is(lenient.status, 0, lenient.stderr);
    t.regex(lenient.stdout, /reject {2}ingest\/binary b\.txt/);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});

test('a missing input folder exits 1 with its name, and writes nothing', async (t) => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'cc-cli-'));
  try {
    const r = cli(['--in', path.join(scratch, 'nowhere'), '--out', path.join(scratch, 'out'), '--no-cache']);
    t.is(r.status, 1);
    t.regex(r.stderr, /nowhere does not exist/);
    t.deepEqual(await readdir(scratch), []);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});

test('a run prints its summary on stdout, and an unchanged second run says it rebuilt nothing', async (t) => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'cc-cli-'));
  try {
    await writeFile(path.join(scratch, 'a.txt'), 'Titre\n\nLe ministre Luong Tam Quang a reçu le 3 mars 2024 à Hanoï la ministre singapourienne Josephine Teo.\n');
    const args = ['--in', scratch, '--out', path.join(os.tmpdir(), `${path.basename(scratch)}-out`), '--cache', path.join(os.tmpdir(), `${path.basename(scratch)}-cache`), '--workers', '0'];
    const first = cli(args, os.tmpdir());
    t.is(first.status, 0, first.stderr);
    t.regex(first.stdout, /read 1 files from .*, wrote 37 files to/);
    const second = cli(args, os.tmpdir());
    t.regex(second.stdout, /read 1 files from .*; nothing changed since the release in .*, so nothing was rebuilt/);
  } finally {
    await rm(scratch, { recursive: true, force: true });
    await rm(path.join(os.tmpdir(), `${path.basename(scratch)}-out`), { recursive: true, force: true });
    await rm(path.join(os.tmpdir(), `${path.basename(scratch)}-cache`), { recursive: true, force: true });
  }
});
