/**
 * Putting a release on disk without ever destroying what is not one.
 *
 * The output folder must be absent, empty, or a previous release (it holds
 * the marker `.cybercoop-release`, a `sha256sum -c` manifest of the files the
 * pipeline wrote there, and nothing else), and it may be neither the input
 * folder, nor inside it, nor above it. Beside it, in its parent:
 *
 *   .<name>.cybercoop-lock      the pid of the run writing it (created with O_EXCL)
 *   .<name>.cybercoop-staging   the new release, built whole before anything moves
 *   .<name>.cybercoop-previous  the old release, between the swap and its removal
 *
 * The swap is two renames run back to back in one synchronous block
 * (old → previous, staging → name): a SIGINT, SIGTERM or SIGHUP is handled on
 * the event loop, so it can only land before or after the block. Only a
 * SIGKILL or a power cut can fall between the two; then the next run finds
 * `previous` and no release under the name, and puts `previous` back before
 * anything else. Every leftover is recognised by its name and its marker and
 * cleared on the next run; a file the pipeline did not write is never
 * deleted: a folder holding one is refused, or left in place and named.
 */
import { closeSync, createReadStream, fsyncSync, openSync, readFileSync, renameSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile, realpath, rename, rmdir, stat, unlink } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { TABLES } from '../../schemas/index.ts';
import type { StreamedFile } from './stream.ts';
import { errnoOf, explainErrno } from '../errno.ts';

export const MARKER = '.cybercoop-release';

/** A refusal or failure the user can act on; the CLI prints its message and exits non-zero. */
export class OutputError extends Error {}

/** The steps of a write, in order; `stopAfter` ends a write right after one, as a kill would. */
export const STEPS = ['locked', 'recovered', 'staging-begun', 'staged', 'old-hidden', 'new-shown', 'old-removed'] as const;
export type Step = (typeof STEPS)[number];

export interface WriteOptions {
  /** The input folder: the output may be neither it, inside it, nor above it. */
  input?: string;
  /** Writes one file of the staging folder; tests inject a full disk here. */
  writeFile?: (file: string, bytes: Uint8Array) => Promise<void>;
  /** Test hook: stop right after this step, cleaning nothing, as a SIGKILL would. */
  stopAfter?: Step;
  /** The pid the lock names (tests name a dead process, as a killed run leaves). */
  pid?: number;
}

interface Paths {
  out: string;
  parent: string;
  base: string;
  lock: string;
  staging: string;
  previous: string;
}

function pathsOf(outDir: string): Paths {
  const out = path.resolve(outDir);
  const parent = path.dirname(out);
  const base = path.basename(out);
  const sibling = (what: string) => path.join(parent, `.${base}.cybercoop-${what}`);
  return { out, parent, base, lock: sibling('lock'), staging: sibling('staging'), previous: sibling('previous') };
}

/** The marker's text: `sha256  name` per file, sorted, the format `sha256sum -c` checks. */
export function markerFor(files: ReadonlyMap<string, Uint8Array>): string {
  return markerText([...files].map(([name, bytes]) => [name, createHash('sha256').update(bytes).digest('hex')]));
}

function markerText(entries: Iterable<readonly [string, string]>): string {
  return [...entries]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, hash]) => `${hash}  ${name}\n`)
    .join('');
}

/** The real marker, written beside the first one (which lists every name with this hash) once every file is on disk, then renamed over it. */
const NEXT_MARKER = `${'.cybercoop-release'}.next`;
const UNHASHED = '0'.repeat(64);

/** The files a marker lists, with their hashes; an unreadable or partial last line is dropped. */
function parseMarker(text: string): Map<string, string> {
  const listed = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{64}) {2}([^/\n]+)$/.exec(line);
    if (m) listed.set(m[2]!, m[1]!);
  }
  return listed;
}

const exists = async (p: string) => (await lstat(p).then(() => true).catch((e) => (errnoOf(e) === 'ENOENT' ? false : Promise.reject(e))));

/** The real path of `p`, resolving the part of it that exists (an output folder may not exist yet). */
async function realpathLoose(p: string): Promise<string> {
  const tail: string[] = [];
  let head = path.resolve(p);
  for (;;) {
    try {
      return path.join(await realpath(head), ...tail);
    } catch (error) {
      if (!['ENOENT', 'ENOTDIR'].includes(errnoOf(error))) throw error;
    }
    const up = path.dirname(head);
    if (up === head) return path.resolve(p);
    tail.unshift(path.basename(head));
    head = up;
  }
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** What a folder is, judged by its entries: a release (marker or, before markers, a cybercoop datapackage.json) or not. */
interface FolderVerdict {
  release: boolean;
  /** Entries this pipeline did not write. */
  foreign: string[];
  /** Files the pipeline wrote there, the marker last: what removing the release may delete. */
  own: string[];
}

/** The names a release written before markers existed holds: the tables' CSV, JSON, Arrow and Parquet files, their JSON Schemas, the data dictionary and datapackage.json. */
const LEGACY_NAMES = new Set(['datapackage.json', 'README.md', ...TABLES.flatMap((t) => [`${t.name}.csv`, `${t.name}.json`, `${t.name}.arrow`, `${t.name}.parquet`, `${t.name}.schema.json`])]);

async function judgeFolder(dir: string): Promise<FolderVerdict> {
  const entries = await readdir(dir);
  if (entries.length === 0) return { release: true, foreign: [], own: [] };
  if (entries.includes(MARKER)) {
    const listed = parseMarker(await readFile(path.join(dir, MARKER), 'utf8'));
    const foreign = entries.filter((e) => e !== MARKER && !listed.has(e));
    return { release: true, foreign, own: [...entries.filter((e) => e !== MARKER && listed.has(e)), MARKER] };
  }
  // A release from before the marker: its datapackage.json names the package and its resources.
  let resources: Set<string> | null = null;
  try {
    const pkg = JSON.parse(await readFile(path.join(dir, 'datapackage.json'), 'utf8')) as { name?: unknown; resources?: { path?: unknown }[] };
    if (pkg.name === 'cybercoop' && Array.isArray(pkg.resources)) resources = new Set(pkg.resources.map((r) => String(r.path)).filter((p) => LEGACY_NAMES.has(p)));
  } catch {
    resources = null;
  }
  if (!resources) return { release: false, foreign: entries, own: [] };
  const known = (e: string) => e === 'datapackage.json' || resources!.has(e);
  return { release: true, foreign: entries.filter((e) => !known(e)), own: entries.filter(known) };
}

/** True when every file a marker lists is there with its hash: a release that can be put back. */
async function isComplete(dir: string): Promise<boolean> {
  try {
    const listed = parseMarker(await readFile(path.join(dir, MARKER), 'utf8'));
    if (listed.size === 0) return false;
    for (const [name, hash] of listed) {
      if (createHash('sha256').update(await readFile(path.join(dir, name))).digest('hex') !== hash) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * The release in `dir` when it is whole and nothing else: every file its
 * marker lists, with the hash listed, and no other entry. Returns the
 * sha256 of the marker (which pins every byte of the release) and each
 * file's size, or null at the first doubt.
 */
export async function intactRelease(dir: string): Promise<{ marker: string; sizes: Map<string, number> } | null> {
  try {
    const markerBytes = await readFile(path.join(dir, MARKER));
    const listed = parseMarker(markerBytes.toString('utf8'));
    const entries = await readdir(dir);
    if (listed.size === 0 || entries.length !== listed.size + 1 || !entries.every((e) => e === MARKER || listed.has(e))) return null;
    const sizes = new Map<string, number>();
    for (const [name, hash] of listed) {
      const file = path.join(dir, name);
      // Only regular files: a link in their place could point anywhere.
      if (!(await lstat(file)).isFile()) return null;
      // Streamed: the mentions of a large archive are more than one buffer should hold.
      const digest = createHash('sha256');
      let bytes = 0;
      for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
        digest.update(chunk);
        bytes += chunk.length;
      }
      if (digest.digest('hex') !== hash) return null;
      sizes.set(name, bytes);
    }
    return { marker: createHash('sha256').update(markerBytes).digest('hex'), sizes };
  } catch {
    return null;
  }
}

/** Deletes a folder the pipeline wrote, its own files only and the marker last; a foreign file keeps the folder and is named. */
async function removeOwn(dir: string, what: string): Promise<void> {
  const verdict = await judgeFolder(dir);
  if (!verdict.release || verdict.foreign.length > 0) {
    throw new OutputError(`${dir} (${what}) holds files cybercoop did not write (${list(verdict.foreign)}); it is left as it is. Move those files away and run again.`);
  }
  for (const name of verdict.own) await unlink(path.join(dir, name)).catch((e) => (errnoOf(e) === 'ENOENT' ? undefined : Promise.reject(e)));
  await rmdir(dir);
}

const list = (names: string[]) => (names.length > 5 ? `${names.slice(0, 5).join(', ')}, … ${names.length - 5} more` : names.join(', '));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}

/**
 * Refuses any output that could destroy data, before anything is written:
 * the input folder, a folder inside it or above it, the file-system root,
 * the working directory or above it, a file, a symbolic link, and a folder
 * that is neither empty nor a previous release.
 */
export async function checkOutput(outDir: string, input?: string): Promise<Paths> {
  const paths = pathsOf(outDir);
  const refuse = (why: string): never => {
    throw new OutputError(`refusing to write the release to ${paths.out}: ${why}`);
  };
  if (paths.base === '' || paths.parent === paths.out) refuse('it is the root of the file system. Give a new or empty folder, such as dist-data.');
  const realOut = await realpathLoose(paths.out);
  if (input !== undefined) {
    const realIn = await realpath(input).catch(() => null);
    if (realIn !== null) {
      if (realOut === realIn) refuse('it is the input folder; the release would replace the articles. Give another folder, such as dist-data.');
      if (isInside(realOut, realIn)) refuse(`it is inside the input folder ${input}; the next run would read it as input. Give a folder outside it.`);
      if (isInside(realIn, realOut)) refuse(`it contains the input folder ${input}; replacing it would delete the articles. Give a folder beside the input, such as dist-data.`);
    }
  }
  if (isInside(await realpathLoose(process.cwd()), realOut)) refuse('it contains the working directory. Give a folder below it, such as dist-data.');
  let info;
  try {
    info = await lstat(paths.out);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return paths;
    refuse(`it cannot be examined (${explainErrno(errnoOf(error))}).`);
  }
  if (info!.isSymbolicLink()) refuse('it is a symbolic link; give the folder it points to, or a new folder.');
  if (!info!.isDirectory()) refuse('it is a file, not a folder. Give a new or empty folder.');
  const verdict = await judgeFolder(paths.out);
  if (!verdict.release) refuse(`it is a folder that is neither empty nor a cybercoop release (it holds ${list(verdict.foreign)}). Give a new or empty folder, or a previous release.`);
  if (verdict.foreign.length > 0) refuse(`it is a previous release, but it also holds files cybercoop did not write (${list(verdict.foreign)}); replacing it would delete them. Move them away and run again.`);
  return paths;
}

/**
 * One write of a release: `open` checks the output, takes the lock and
 * clears what killed runs left; `write` stages, swaps and removes the old
 * release; `close` releases the lock. `abandonSync` is for signal handlers:
 * it removes this run's staging folder and lock, and never touches the
 * release under the name.
 */
export class ReleaseWriter {
  /** What recovery did, for the CLI to say. */
  readonly notes: string[] = [];
  /** Set when `stopAfter` ended the write: nothing more is done, as after a kill. */
  stopped = false;
  private locked = false;
  private staged: string[] | null = null;
  /** The first folder `open` created on the way to the output's parent, removed again if no release gets written. */
  private createdParent: string | undefined;
  private written = false;

  readonly paths: Paths;

  /** A writer for `outDir` that has checked and locked nothing yet: a signal handler can hold it before `open`. */
  constructor(
    outDir: string,
    private readonly options: WriteOptions = {},
  ) {
    this.paths = pathsOf(outDir);
  }

  /** A writer with the output checked, locked and recovered. */
  static async open(outDir: string, options: WriteOptions = {}): Promise<ReleaseWriter> {
    const writer = new ReleaseWriter(outDir, options);
    await writer.open();
    return writer;
  }

  async open(): Promise<void> {
    await checkOutput(this.paths.out, this.options.input);
    try {
      this.createdParent = await mkdir(this.paths.parent, { recursive: true });
    } catch (error) {
      throw new OutputError(`cannot create ${this.paths.parent}: ${explainErrno(errnoOf(error))}.`);
    }
    await this.lock();
    if (this.stop('locked')) return;
    try {
      await this.recover();
    } catch (error) {
      await this.close();
      throw error;
    }
    this.stop('recovered');
  }

  private stop(step: Step): boolean {
    if (this.options.stopAfter === step) this.stopped = true;
    return this.stopped;
  }

  private get pid(): number {
    return this.options.pid ?? process.pid;
  }

  /** An exclusive lock file beside the output; a lock whose run is gone is taken over, a live one fails fast. */
  private async lock(): Promise<void> {
    const { lock, out } = this.paths;
    for (let attempt = 0; attempt < 3; attempt++) {
      // Created, filled and recorded in one synchronous block, so a stop signal finds the lock either absent or known to be this run's.
      let created = false;
      try {
        const fd = openSync(lock, 'wx');
        created = true;
        try {
          writeSync(fd, `${this.pid}\n${os.hostname()}\n`);
        } finally {
          closeSync(fd);
        }
        this.locked = true;
        return;
      } catch (error) {
        if (created) unlinkSync(lock);
        if (errnoOf(error) !== 'EEXIST' || created) throw new OutputError(`cannot create the lock ${lock}: ${explainErrno(errnoOf(error))}.`);
      }
      const holder = await readFile(lock, 'utf8').catch(() => null);
      if (holder === null) continue;
      const [pidText, host] = holder.split('\n');
      const pid = Number(pidText);
      const age = Date.now() - (await stat(lock).then((s) => s.mtimeMs).catch(() => 0));
      // An empty lock a moment old is another run between creating and filling it.
      const live = pidText === '' ? age < 10_000 : !Number.isInteger(pid) || pid <= 0 || host !== os.hostname() || isAlive(pid);
      if (live) {
        throw new OutputError(
          `another cybercoop run${pidText ? ` (pid ${pidText}${host && host !== os.hostname() ? ` on ${host}` : ''})` : ''} is writing ${out}; wait for it to finish. If no such run exists, remove ${lock}.`,
        );
      }
      this.notes.push(`took over the lock of run ${pidText}, which is gone`);
      await unlink(lock).catch(() => undefined);
    }
    throw new OutputError(`could not take the lock ${lock}; another run keeps taking it.`);
  }

  /** Clears what a killed run left: puts back a release set aside by a swap that did not finish, removes staging folders. */
  private async recover(): Promise<void> {
    const { out, staging, previous, parent, base } = this.paths;
    if (await exists(previous)) {
      if (!(await exists(out)) && (await isComplete(previous))) {
        await rename(previous, out);
        this.notes.push(`put back the release a killed run had set aside in ${previous}`);
      } else {
        await removeOwn(previous, 'an old release a killed run had not removed yet');
        this.notes.push(`removed ${previous}, an old release a killed run left`);
      }
    }
    if (await exists(staging)) {
      await removeOwn(staging, 'the unfinished release of a killed run');
      this.notes.push(`removed ${staging}, the unfinished release of a killed run`);
    }
    // Before the lock and the marker existed, runs staged in .<name>.writing-<pid> and set the old release aside in .<name>.previous-<pid>.
    for (const entry of (await readdir(parent)).sort()) {
      const m = /^\.(.+)\.(writing|previous)-(\d+)$/.exec(entry);
      if (!m || m[1] !== base || isAlive(Number(m[3]))) continue;
      const dir = path.join(parent, entry);
      const names = await readdir(dir).catch(() => null);
      if (!names || !names.every((n) => LEGACY_NAMES.has(n))) {
        this.notes.push(`left ${dir} alone: it holds files no release writes`);
        continue;
      }
      if (m[2] === 'previous' && names.includes('datapackage.json') && !(await exists(out))) {
        await rename(dir, out);
        this.notes.push(`put back the release a killed run had set aside in ${dir}`);
        continue;
      }
      for (const n of names) await unlink(path.join(dir, n));
      await rmdir(dir);
      this.notes.push(`removed ${dir}, left by a killed run`);
    }
  }

  /** Builds the new release beside the old one, swaps it in, removes the old one. */
  async write(files: ReadonlyMap<string, Uint8Array>): Promise<void> {
    await this.writeFiles(
      [...files.keys()],
      [...files].map(([path, bytes]) => ({ path, chunks: [bytes] })),
    );
  }

  /**
   * The same, with files given as streams of chunks, in the order of `names`
   * (every name the release will hold): nothing needs the whole release, or a
   * whole file, in memory. The marker is written first listing every name
   * with no hash yet, so a staging folder a kill interrupts is recognisable
   * and removable whatever it holds; once every file is on disk, the real
   * marker (each file's sha256) is written beside it and renamed over it.
   * Returns each file's size.
   */
  async writeFiles(names: readonly string[], files: AsyncIterable<StreamedFile> | Iterable<StreamedFile>): Promise<Map<string, number>> {
    const sizes = new Map<string, number>();
    if (this.stopped) return sizes;
    const { out, staging, previous, parent } = this.paths;
    if (names.includes(MARKER) || names.includes(NEXT_MARKER)) throw new Error(`a release file may not be named ${MARKER}`);
    this.staged = [];
    let current = staging;
    try {
      await mkdir(staging);
      current = path.join(staging, MARKER);
      this.staged.push(MARKER, NEXT_MARKER);
      await writeDurably(current, new TextEncoder().encode(markerText([...names, NEXT_MARKER].map((n) => [n, UNHASHED]))));
      const hashes = new Map<string, string>();
      let first = true;
      for await (const file of files) {
        if (!names.includes(file.path)) throw new Error(`${file.path} is not among the release's files`);
        current = path.join(staging, file.path);
        this.staged.push(file.path);
        const written = await this.writeOne(current, file.chunks);
        hashes.set(file.path, written.sha256);
        sizes.set(file.path, written.bytes);
        if (first && this.stop('staging-begun')) return sizes;
        first = false;
      }
      const missing = names.filter((n) => !hashes.has(n));
      if (missing.length > 0) throw new Error(`the release lacks ${missing.join(', ')}`);
      current = path.join(staging, NEXT_MARKER);
      await writeDurably(current, new TextEncoder().encode(markerText([...hashes])));
      renameSync(current, path.join(staging, MARKER));
      syncFolder(staging);
    } catch (error) {
      this.removeStagingSync();
      const code = errnoOf(error);
      if (!code) throw error;
      throw new OutputError(`could not write ${current}: ${explainErrno(code)}. The release in ${out} is unchanged and the partial copy was removed${code === 'ENOSPC' || code === 'EDQUOT' ? '; free some space and run again' : ''}.`);
    }
    if (this.stop('staged')) return sizes;
    this.assertStillLocked();
    const hadOld = await exists(out);
    if (hadOld) {
      // The folder may have changed during the build: judged again just before it moves.
      const verdict = await judgeFolder(out).catch(() => null);
      if (!verdict?.release || verdict.foreign.length > 0) {
        this.removeStagingSync();
        throw new OutputError(`${out} changed during the run and now holds files cybercoop did not write (${list(verdict?.foreign ?? [])}); it is left as it is.`);
      }
    }
    // The two renames run back to back, synchronously: a signal handler cannot run between them.
    if (hadOld) {
      try {
        renameSync(out, previous);
      } catch (error) {
        this.removeStagingSync();
        throw new OutputError(`could not set the old release aside (${out} → ${previous}): ${explainErrno(errnoOf(error))}. It is unchanged.`);
      }
      if (this.stop('old-hidden')) return sizes;
    }
    try {
      renameSync(staging, out);
    } catch (error) {
      if (hadOld) renameSync(previous, out);
      this.removeStagingSync();
      throw new OutputError(`could not move the new release into place (${staging} → ${out}): ${explainErrno(errnoOf(error))}. The old release is unchanged.`);
    }
    this.staged = null;
    this.written = true;
    syncFolder(parent);
    if (this.stop('new-shown')) return sizes;
    if (hadOld) {
      try {
        await removeOwn(previous, 'the release just replaced');
      } catch (error) {
        this.notes.push(error instanceof Error ? error.message : String(error));
      }
    }
    this.stop('old-removed');
    return sizes;
  }

  /** One file of the staging folder, chunk by chunk (or whole, through the test hook), flushed to disk; its size and sha256. */
  private async writeOne(file: string, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<{ bytes: number; sha256: string }> {
    const hash = createHash('sha256');
    let bytes = 0;
    if (this.options.writeFile) {
      const parts: Uint8Array[] = [];
      for await (const chunk of chunks) parts.push(chunk);
      const whole = Buffer.concat(parts);
      await this.options.writeFile(file, whole);
      return { bytes: whole.length, sha256: hash.update(whole).digest('hex') };
    }
    const handle = await open(file, 'wx');
    try {
      for await (const chunk of chunks) {
        hash.update(chunk);
        bytes += chunk.length;
        await handle.write(chunk);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    return { bytes, sha256: hash.digest('hex') };
  }

  /** The lock still names this run (nobody took it over as stale): else another run may be writing too. */
  private assertStillLocked(): void {
    let holder: string | undefined;
    try {
      holder = readFileSync(this.paths.lock, 'utf8').split('\n')[0];
    } catch {
      holder = undefined;
    }
    if (holder !== String(this.pid)) {
      this.removeStagingSync();
      this.locked = false;
      throw new OutputError(`the lock ${this.paths.lock} was ${holder ? `taken over by run ${holder}` : 'removed'} while this run was building; ${this.paths.out} is left as it is.`);
    }
  }

  private removeStagingSync(): void {
    if (!this.staged) return;
    for (const name of this.staged) {
      try {
        unlinkSync(path.join(this.paths.staging, name));
      } catch {
        // Not written yet, or already gone.
      }
    }
    try {
      rmdirSync(this.paths.staging);
    } catch {
      // Not created, or the next run's recovery will see it.
    }
    this.staged = null;
  }

  /** Releases the lock, if this run still holds it. */
  async close(): Promise<void> {
    if (this.stopped || !this.locked) return;
    this.locked = false;
    const holder = await readFile(this.paths.lock, 'utf8').catch(() => null);
    if (holder?.split('\n')[0] === String(this.pid)) await unlink(this.paths.lock).catch(() => undefined);
    // A run that failed before writing leaves no folders it created behind.
    if (!this.written && this.createdParent) {
      for (let dir = this.paths.parent; isInside(dir, this.createdParent); dir = path.dirname(dir)) {
        if (!(await rmdir(dir).then(() => true).catch(() => false))) break;
      }
    }
  }

  /** For a signal handler: removes this run's staging folder and lock, synchronously; the release under the name is left as it is. */
  abandonSync(): void {
    this.removeStagingSync();
    if (!this.locked) return;
    this.locked = false;
    try {
      if (readFileSync(this.paths.lock, 'utf8').split('\n')[0] === String(this.pid)) unlinkSync(this.paths.lock);
    } catch {
      // Already gone.
    }
  }
}

/** Writes a file that must not exist yet and flushes it to the disk before the swap can name it. */
export async function writeDurably(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems cannot sync a folder; the renames are still atomic.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Checks, locks, writes and unlocks: the whole write in one call. */
export async function writeRelease(outDir: string, files: ReadonlyMap<string, Uint8Array>, options: WriteOptions = {}): Promise<string[]> {
  const writer = await ReleaseWriter.open(outDir, options);
  try {
    await writer.write(files);
  } finally {
    await writer.close();
  }
  return writer.notes;
}
