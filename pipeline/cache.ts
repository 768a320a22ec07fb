/**
 * The per-article cache: an unchanged file read by an unchanged pipeline is
 * not read again. An entry is the serialised digest (digest.ts), stored
 * under a key that hashes the pipeline key, the file's name and the sha256
 * of its bytes; the pipeline key hashes every file of the code, schemas and
 * dictionaries, the locked dependencies and the Node version (whose
 * serialiser writes the entries), so any change to any of them is a miss.
 *
 * An entry file is a header (format and pipeline key), the sha256 of the
 * body, and the body: a file cut short or altered on disk is a miss, rebuilt.
 *
 * Layout: `<dir>/<pipeline key>/<2 hex>/<entry key>.bin`, with a marker
 * `.cybercoop-cache` in each pipeline-key folder; entries are written to a
 * temporary name and renamed, so a killed run leaves no half entry under a
 * real name. Folders of older pipeline keys are pruned (only ours, and only
 * the files we write), keeping the KEEP most recently used.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';

export const CACHE_MARKER = '.cybercoop-cache';
const KEEP = 3;
const MAGIC = 'cybercoop-cache-2\n';
const DIGEST_BYTES = 32;

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the cache lives unless told otherwise: beside the project's dependencies, as build tools do. */
export const DEFAULT_CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'cybercoop');

function listFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/**
 * The pipeline key: what makes an article's result what it is besides its
 * bytes. `extra` names more files to hash (the bundle a compiled run executes).
 */
export function pipelineKey(extra: readonly string[] = []): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\n`);
  const files = [...listFiles(path.join(ROOT, 'pipeline')), ...listFiles(path.join(ROOT, 'schemas')), path.join(ROOT, 'package.json'), path.join(ROOT, 'package-lock.json'), ...extra];
  for (const file of files) {
    if (!existsSync(file)) continue;
    hash.update(`${path.relative(ROOT, file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 24);
}

export function entryKey(key: string, sourceFile: string, sha256: string): string {
  return createHash('sha256').update(`${key}\u0000${sourceFile}\u0000${sha256}`).digest('hex');
}

export class ArticleCache {
  readonly folder: string;
  private readonly header: Buffer;
  constructor(
    readonly dir: string,
    readonly key: string,
  ) {
    this.folder = path.join(dir, key);
    this.header = Buffer.from(`${MAGIC}${key}\n`);
  }

  /** Creates the folder and its marker; called once by the main thread before workers start. */
  prepare(): void {
    mkdirSync(this.folder, { recursive: true });
    const marker = path.join(this.folder, CACHE_MARKER);
    if (!existsSync(marker)) writeAtomically(marker, Buffer.from(`cybercoop per-article cache, pipeline key ${this.key}\n`));
    // The folder's time says when this key was last used: pruning keeps the recent ones.
    const now = new Date();
    utimesSync(marker, now, now);
  }

  private fileOf(entry: string): string {
    return path.join(this.folder, entry.slice(0, 2), `${entry}.bin`);
  }

  get(entry: string): Uint8Array | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.fileOf(entry));
    } catch {
      return null;
    }
    // An entry from another key, cut short or altered is a miss, not an error: its body's hash follows the header.
    const start = this.header.length + DIGEST_BYTES;
    if (bytes.length < start || !bytes.subarray(0, this.header.length).equals(this.header)) return null;
    const body = bytes.subarray(start);
    if (!createHash('sha256').update(body).digest().equals(bytes.subarray(this.header.length, start))) return null;
    return body;
  }

  put(entry: string, value: Uint8Array): void {
    const file = this.fileOf(entry);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeAtomically(file, Buffer.concat([this.header, createHash('sha256').update(value).digest(), value]));
    } catch {
      // A cache that cannot be written (full disk, read-only) only costs time.
    }
  }

  /** Removes the folders of other pipeline keys this cache wrote, but the KEEP − 1 most recently used. */
  prune(): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    const others = names
      .filter((n) => n !== this.key && /^[0-9a-f]{24}$/.test(n) && existsSync(path.join(this.dir, n, CACHE_MARKER)))
      .map((n) => ({ n, used: statSync(path.join(this.dir, n, CACHE_MARKER)).mtimeMs }))
      .sort((a, b) => b.used - a.used || (a.n < b.n ? -1 : 1));
    for (const { n } of others.slice(KEEP - 1)) removeKeyFolder(path.join(this.dir, n));
  }
}

/** Deletes a pipeline-key folder: only `xx/<64 hex>.bin` entries, their temporary files and the marker; anything else keeps it. */
function removeKeyFolder(folder: string): void {
  try {
    for (const sub of readdirSync(folder)) {
      if (sub === CACHE_MARKER) continue;
      const dir = path.join(folder, sub);
      if (!/^[0-9a-f]{2}$/.test(sub)) return;
      for (const file of readdirSync(dir)) {
        if (!/^[0-9a-f]{64}\.bin(?:\.tmp-\d+-\d+-\d+)?$/.test(file)) return;
        unlinkSync(path.join(dir, file));
      }
      rmdirSync(dir);
    }
    unlinkSync(path.join(folder, CACHE_MARKER));
    rmdirSync(folder);
  } catch {
    // Another run may be using it; it is pruned another time.
  }
}

let counter = 0;
function writeAtomically(file: string, bytes: Uint8Array): void {
  // Workers share the pid: the thread id keeps their temporary names apart.
  const tmp = `${file}.tmp-${process.pid}-${threadId}-${counter++}`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}
