/**
 * A worker thread of the pool (pool.ts): reads the files it is given,
 * through the cache, and sends back each entry's bytes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ArticleCache } from './cache.ts';
import { digestInto } from './pool.ts';

export interface WorkerData {
  cybercoopWorker: true;
  input: string;
  cache: { dir: string; key: string } | null;
}

export function serveTasks(data: WorkerData): void {
  const cache = data.cache ? new ArticleCache(data.cache.dir, data.cache.key) : null;
  parentPort!.on('message', (task: { index: number; file: string }) => {
    digestInto(data.input, task.file, cache).then(
      ({ bytes, cached }) => {
        // Transferred, not copied.
        const copy = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
        parentPort!.postMessage({ index: task.index, bytes: copy, cached }, [copy.buffer as ArrayBuffer]);
      },
      (error: unknown) => parentPort!.postMessage({ index: task.index, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

if (parentPort && (workerData as WorkerData | undefined)?.cybercoopWorker) serveTasks(workerData as WorkerData);
