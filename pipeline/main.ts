/**
 * The entry of the compiled bundle (build-bundle.ts): the command line in the
 * main thread, a pool worker in a worker thread, so one file serves both.
 */
import { isMainThread, workerData } from 'node:worker_threads';

if (!isMainThread && (workerData as { cybercoopWorker?: boolean } | undefined)?.cybercoopWorker) {
  // worker.ts starts serving tasks as it loads.
  await import('./worker.ts');
} else {
  const { main } = await import('./cli.ts');
  await main(process.argv.slice(2));
}
