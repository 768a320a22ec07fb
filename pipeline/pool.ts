/**
 * The per-article stages on every core: a pool of worker threads
 * (node:worker_threads), each reading its files, checking the cache and
 * running the stages, and sending back the entry as bytes (digest.ts). The
 * entries are put back in file order, so what the corpus stage sees, and the
 * release, do not depend on how many workers there are or which finished
 * first. With `workers: 0` the same work runs in this thread.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { readInput } from './01-ingest.ts';
import { ArticleCache } from './cache.ts';
import { decodeEntry, encodeEntry, type ArticleEntry } from './digest.ts';
import { digestFile } from './run.ts';

/** Below this many files, starting workers (each loads the dictionaries, about a second) costs more than it saves. */
export const AUTO_WORKERS_FROM = 100;

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
  /** Called when a stage of the run begins (`merge` after the per-article stages). */
  onStage?: (stage: 'merge') => void;
}

export interface TaskResult {
  bytes: Uint8Array;
  cached: boolean;
}

/** One file through the cache and the stages: what a worker does per task. */
export async function digestInto(input: string, file: string, cache: ArticleCache | null): Promise<TaskResult> {
  const raw = await readInput(input, file);
  if (!cache || !raw.bytes) return { bytes: encodeEntry(digestFile(raw)), cached: false };
  const key = createHash('sha256').update(raw.bytes).digest('hex');
  const entry = `${cache.key}\u0000${file}\u0000${key}`;
  const id = createHash('sha256').update(entry).digest('hex');
  const hit = cache.get(id);
  if (hit) return { bytes: hit, cached: true };
  const bytes = encodeEntry(digestFile(raw));
  cache.put(id, bytes);
  return { bytes, cached: false };
}

/** The entries of `files` (paths relative to the input), in the same order. */
export async function runPool(files: readonly string[], options: PoolOptions): Promise<ArticleEntry[]> {
  const cache = options.cache ? new ArticleCache(options.cache.dir, options.cache.key) : null;
  cache?.prepare();
  const asked = options.workers === 'auto' ? (files.length >= AUTO_WORKERS_FROM ? defaultWorkers() : 0) : options.workers ?? 0;
  const workers = Math.max(0, Math.min(asked, files.length));
  const entries: ArticleEntry[] = new Array(files.length);
  const progress: Progress = { done: 0, total: files.length, cached: 0 };
  const settle = (index: number, result: TaskResult) => {
    entries[index] = decodeEntry(result.bytes);
    progress.done++;
    if (result.cached) progress.cached++;
    options.onProgress?.(progress);
  };
  if (workers === 0) {
    for (const [index, file] of files.entries()) {
      // In this thread too the entry goes through its bytes: the same as from a worker, and a small heap.
      settle(index, await digestInto(options.input, file, cache));
    }
  } else {
    await inWorkers(files, options, workers, settle);
  }
  cache?.prune();
  return entries;
}

async function inWorkers(files: readonly string[], options: PoolOptions, count: number, settle: (index: number, result: TaskResult) => void): Promise<void> {
  const entry = options.workerEntry ?? null;
  let next = 0;
  const pool: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let remaining = files.length;
      let failed = false;
      const fail = (error: Error) => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      for (let w = 0; w < count; w++) {
        const workerData = { cybercoopWorker: true, input: options.input, cache: options.cache ?? null };
        const worker = entry ? new Worker(entry, { workerData }) : new Worker(typeScriptWorker(), { eval: true, workerData });
        pool.push(worker);
        const give = () => {
          if (next < files.length) {
            const index = next++;
            worker.postMessage({ index, file: files[index] });
          }
        };
        worker.on('message', (message: { index: number; bytes: Uint8Array; cached: boolean } | { index: number; error: string }) => {
          if ('error' in message) return fail(new Error(`${files[message.index]}: ${message.error}`));
          settle(message.index, message);
          remaining--;
          if (remaining === 0) resolve();
          else give();
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (remaining > 0) fail(new Error(`a worker stopped (exit code ${code}) before the files were read`));
        });
        // Two tasks in flight per worker: it never waits for the next file name.
        give();
        give();
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
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

/** Workers to use by default: one per core the process may use. */
export function defaultWorkers(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

