/**
 * What the command line needs before it knows what the run will do (the
 * version, the default number of workers): kept apart from the stages, so
 * that --help, --version and an unchanged rerun load none of them.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** Below this many files, starting workers (each loads the dictionaries, about a second) costs more than it saves. */
export const AUTO_WORKERS_FROM = 100;

/** Workers to use by default: one per core the process may use. */
export function defaultWorkers(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

export function pipelineVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
