/**
 * A worker thread of the pool (pool.ts): runs the per-article stages on the
 * files it is given, fills the cache, and sends back each entry's bytes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ArticleCache } from './cache.ts';
import { runTask, type Task } from './pool.ts';

export interface WorkerData {
  cybercoopWorker: true;
  cache: { dir: string; key: string } | null;
}

export function serveTasks(data: WorkerData): void {
  const cache = data.cache ? new ArticleCache(data.cache.dir, data.cache.key) : null;
  parentPort!.on('message', (task: Task) => {
    try {
      const bytes = runTask(task, cache);
      // Transferred, not copied.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      parentPort!.postMessage({ index: task.index, bytes: own }, [own.buffer as ArrayBuffer]);
    } catch (error) {
      parentPort!.postMessage({ index: task.index, error: error instanceof Error ? error.message : String(error) });
    }
  });
}

if (parentPort && (workerData as WorkerData | undefined)?.cybercoopWorker) serveTasks(workerData as WorkerData);
