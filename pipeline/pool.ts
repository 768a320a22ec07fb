/**
 * The per-article stages on every core. The main thread reads each file
 * (ingest's rules), hashes it and looks it up in the cache; a hit is its
 * entry at once, a miss goes to a pool of worker threads
 * (node:worker_threads), started at the first miss, which run the stages,
 * fill the cache and send the entry back as bytes (digest.ts). Entries are
 * put back in file order, so what the corpus stage sees, and the release, do
 * not depend on how many workers there are, which finished first, or what
 * came from the cache. With `workers: 0` the stages run in this thread.
 */
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { readInput, type RawFile } from './01-ingest.ts';
import { AUTO_WORKERS_FROM, defaultWorkers } from './about.ts';
import { ArticleCache, entryKey } from './cache.ts';
import { decodeEntry, encodeEntry, type ArticleEntry } from './digest.ts';
import { digestFile } from './run.ts';

export { AUTO_WORKERS_FROM, defaultWorkers } from './about.ts';

export interface Progress {
  done: number;
  total: number;
  cached: number;
}

export interface PoolOptions {
  input: string;
  /** Worker threads; 0 runs the stages in this thread; `auto`, one per core from AUTO_WORKERS_FROM files on. Default 0. */
  workers?: number | 'auto';
  /** The per-article cache, or none. */
  cache?: { dir: string; key: string } | null;
  /** The module a worker runs (worker.ts, or the compiled bundle, which serves as both). */
  workerEntry?: URL | string;
  onProgress?: (p: Progress) => void;
  /** Each file as it was read: the sha256 of its bytes, or `!` and why it could not be read (what the run's input digest is made of). */
  onRead?: (index: number, read: string) => void;
  /** Called when a stage of the run begins (`merge` after the per-article stages). */
  onStage?: (stage: 'merge') => void;
}

/** A file for a worker: its bytes (transferred), and where its entry goes in the cache. */
export interface Task {
  index: number;
  raw: RawFile;
  cacheId: string | null;
}

/** The stages on one file, and the cache filled: what a worker does per task. */
export function runTask(task: Task, cache: ArticleCache | null): Uint8Array {
  const bytes = encodeEntry(digestFile(task.raw));
  if (cache && task.cacheId) cache.put(task.cacheId, bytes);
  return bytes;
}

/** The entries of `files` (paths relative to the input), in the same order. */
export async function runPool(files: readonly string[], options: PoolOptions): Promise<ArticleEntry[]> {
  const cache = options.cache ? new ArticleCache(options.cache.dir, options.cache.key) : null;
  cache?.prepare();
  const asked = options.workers === 'auto' ? (files.length >= AUTO_WORKERS_FROM ? defaultWorkers() : 0) : options.workers ?? 0;
  const workers = Math.max(0, Math.min(asked, files.length));
  const entries: ArticleEntry[] = new Array(files.length);
  const progress: Progress = { done: 0, total: files.length, cached: 0 };
  const settle = (index: number, bytes: Uint8Array, cached: boolean) => {
    // In this thread too the entry goes through its bytes: the same as from a worker or the cache, and a small heap.
    entries[index] = decodeEntry(bytes);
    progress.done++;
    if (cached) progress.cached++;
    options.onProgress?.(progress);
  };
  /** An entry whose bytes pass the cache's hash but do not decode into an article's entry is rebuilt, never trusted. */
  const settleCached = (index: number, bytes: Uint8Array): boolean => {
    let entry: ArticleEntry;
    try {
      entry = decodeEntry(bytes);
    } catch {
      return false;
    }
    if (!isEntry(entry, files[index]!)) return false;
    entries[index] = entry;
    progress.done++;
    progress.cached++;
    options.onProgress?.(progress);
    return true;
  };
  let pool: Pool | null = null;
  try {
    for (const [index, file] of files.entries()) {
      const raw = await readInput(options.input, file);
      const sha256 = raw.bytes && (cache || options.onRead) ? createHash('sha256').update(raw.bytes).digest('hex') : null;
      options.onRead?.(index, sha256 ?? `!${raw.readError}`);
      let cacheId: string | null = null;
      if (cache && raw.bytes && sha256) {
        cacheId = entryKey(cache.key, file, sha256);
        const hit = cache.get(cacheId);
        if (hit && settleCached(index, hit)) continue;
      }
      const task: Task = { index, raw, cacheId };
      if (workers === 0) settle(index, runTask(task, cache), false);
      else {
        pool ??= new Pool(workers, options, (i, bytes) => settle(i, bytes, false));
        await pool.submit(task);
      }
    }
    await pool?.drain();
  } finally {
    await pool?.close();
  }
  cache?.prune();
  return entries;
}

/** Worker threads taking tasks, at most two in flight each, so that none waits for the next file. */
class Pool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private inFlight = 0;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  constructor(
    count: number,
    options: PoolOptions,
    private readonly done: (index: number, bytes: Uint8Array) => void,
  ) {
    const entry = options.workerEntry ?? null;
    const workerData = { cybercoopWorker: true, cache: options.cache ?? null };
    for (let w = 0; w < count; w++) {
      const worker = entry ? new Worker(entry, { workerData }) : new Worker(typeScriptWorker(), { eval: true, workerData });
      this.workers.push(worker);
      this.load.set(worker, 0);
      worker.on('message', (message: { index: number; bytes: Uint8Array } | { index: number; error: string }) => {
        this.load.set(worker, this.load.get(worker)! - 1);
        this.inFlight--;
        if ('error' in message) this.fail(new Error(`a worker failed: ${message.error}`));
        else this.done(message.index, message.bytes);
        this.notify();
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (this.load.get(worker)! > 0) this.fail(new Error(`a worker stopped (exit code ${code}) with files left to read`));
      });
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private async waitFor(ready: () => boolean): Promise<void> {
    while (!ready() && !this.failure) await new Promise<void>((resolve) => (this.wake = resolve));
    if (this.failure) throw this.failure;
  }

  /** Hands a task to the least busy worker, waiting while every worker has two. */
  async submit(task: Task): Promise<void> {
    await this.waitFor(() => this.inFlight < this.workers.length * 2);
    const worker = [...this.workers].sort((a, b) => this.load.get(a)! - this.load.get(b)!)[0]!;
    this.load.set(worker, this.load.get(worker)! + 1);
    this.inFlight++;
    // Transferred, not copied; a view on a shared buffer is copied first, so nothing else loses its bytes.
    let { bytes } = task.raw;
    if (bytes && (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength)) bytes = bytes.slice();
    worker.postMessage({ ...task, raw: { ...task.raw, bytes } }, bytes ? [bytes.buffer as ArrayBuffer] : []);
  }

  async drain(): Promise<void> {
    await this.waitFor(() => this.inFlight === 0);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Run from the TypeScript sources (tsx), a worker thread does not inherit the
 * loader: it registers tsx itself before loading worker.ts.
 */
function typeScriptWorker(): string {
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`;
}


/** The shape of an entry, and that it is this file's: the least a cached entry must show before the corpus stage reads it. */
function isEntry(entry: unknown, file: string): entry is ArticleEntry {
  if (typeof entry !== 'object' || entry === null) return false;
  const e = entry as Record<string, unknown>;
  return e.sourceFile === file && Array.isArray(e.rejects) && (e.head === null || typeof e.head === 'object') && (e.body === null || e.body instanceof Uint8Array);
}
