/**
 * The command line: `make data`, or `node build/cybercoop.mjs` (the compiled
 * bundle), or `node --import=tsx pipeline/run.ts`. See `--help`.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs as parseArgv } from 'node:util';
import { DEFAULT_CACHE_DIR, pipelineKey } from './cache.ts';
import { MARKER, ReleaseWriter } from './09-export/write.ts';
import { AUTO_WORKERS_FROM, defaultWorkers, pipelineVersion } from './about.ts';
import type { Progress } from './pool.ts';
import { parseShard, type Shard } from './shard.ts';
import { optionsKey, putStamp, unchangedRelease, type BuildRecord } from './unchanged.ts';

export const USAGE = `cybercoop: French-language press articles → an open dataset of events, participants and agreements

Usage: cybercoop [--in DIR] [--out DIR] [options]
       cybercoop --shard K/N --parts DIR [--in DIR] [options]   (the map of one shard)
       cybercoop --from-parts DIR [--out DIR] [options]          (the reduce)

  --in DIR       folder of *.txt articles, searched recursively, with optional
                 sources.csv sidecars (default: seeds)
  --out DIR      where to write the release (default: dist-data): a folder that
                 is absent, empty or a previous release; anything else is refused
  --workers N    worker threads for the per-article stages (default: one per
                 core, here ${defaultWorkers()}, from ${AUTO_WORKERS_FROM} files on; fewer files are read
                 in the main thread, faster than starting workers); 0: the
                 main thread only
  --cache DIR    the per-article cache (default: node_modules/.cache/cybercoop);
                 an unchanged file read by an unchanged pipeline is not read
                 again, and when --out already holds, intact, the release of
                 the same files built by this pipeline with the same --strict,
                 nothing is rebuilt
  --no-cache     read every file, rebuild everything, and keep nothing
  --quiet        no progress on stderr
  --strict       fail (exit 1, nothing written) when a file or row would be
                 left out of the release as a reject; warnings do not count
  --stats FILE   write the run's figures as JSON: files, bytes, wall and CPU
                 seconds, peak memory, seconds per stage
  --shard K/N    run only the per-article stages, on the files of shard K of N
                 (by the sha256 of their path), and write their results as one
                 Parquet partition under --parts DIR; no release is written
  --parts DIR    where --shard writes: DIR/map-<pipeline key>/shard=K-of-N/
  --from-parts DIR
                 build the release from every shard's partition under DIR
                 (mapped by this same pipeline, all N of them, from one
                 input) instead of from --in: the same bytes as one whole run
  -h, --help     this text
  --version      the pipeline's version

Progress goes to stderr, the summary to stdout. Exit status: 0 when the
release is written or found unchanged (with --shard, when the partition is
written), 1 when the run fails (the message says why; the previous
release is left as it was), 2 for a wrong command line.`;

export interface CliOptions {
  input: string;
  output: string;
  /** A number of threads, or `auto`: one per core from AUTO_WORKERS_FROM files on, else none. */
  workers: number | 'auto';
  cacheDir: string | null;
  quiet: boolean;
  /** A file or row left out of the release fails the run instead. */
  strict: boolean;
  stats: string | null;
  /** The map of one shard, written under `parts`; no release. */
  shard: Shard | null;
  parts: string | null;
  /** The reduce: the release from the partitions under this folder. */
  fromParts: string | null;
}

export class UsageError extends Error {}

/** What node's parseArgs tokenises; the meaning of each option, and the wording of each error, stay here. */
const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  in: { type: 'string' },
  seeds: { type: 'string' },
  out: { type: 'string' },
  workers: { type: 'string' },
  cache: { type: 'string' },
  'no-cache': { type: 'boolean' },
  quiet: { type: 'boolean' },
  strict: { type: 'boolean' },
  stats: { type: 'string' },
  shard: { type: 'string' },
  parts: { type: 'string' },
  'from-parts': { type: 'string' },
} as const satisfies NonNullable<Parameters<typeof parseArgv>[0]>['options'];

export function parseArgs(argv: readonly string[]): CliOptions | 'help' | 'version' {
  const options: CliOptions = { input: 'seeds', output: 'dist-data', workers: 'auto', cacheDir: DEFAULT_CACHE_DIR, quiet: false, strict: false, stats: null, shard: null, parts: null, fromParts: null };
  const given = new Set<string>();
  // Not strict: parseArgs would stop at the first unknown option with its own wording; the tokens, in order, let
  // a later option win (--cache DIR --no-cache) and every mistake be named the same way.
  const { tokens } = parseArgv({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') throw new UsageError(`unexpected argument ${token.value}`);
    if (token.kind !== 'option') continue;
    const name = token.rawName;
    const known = Object.hasOwn(OPTIONS, token.name) ? OPTIONS[token.name as keyof typeof OPTIONS] : null;
    if (!known) throw new UsageError(`unknown argument ${argv[token.index]}`);
    if (known.type === 'boolean' && token.value !== undefined) throw new UsageError(`${name} takes no value`);
    given.add(token.name === 'seeds' ? 'in' : token.name);
    const value = () => {
      // Without `=`, a following option is a forgotten value (« --out --quiet »), not a folder named --quiet.
      const v = token.value;
      if (v === undefined || v === '' || (!token.inlineValue && v.startsWith('-'))) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (token.name as keyof typeof OPTIONS) {
      case 'help':
        return 'help';
      case 'version':
        return 'version';
      case 'in':
      case 'seeds':
        options.input = value();
        break;
      case 'out':
        options.output = value();
        break;
      case 'workers': {
        const v = token.value ?? '';
        if (!/^\d+$/.test(v) || Number(v) > 256) throw new UsageError(`--workers takes a number of threads from 0 to 256, not ${v || 'nothing'}`);
        options.workers = Number(v);
        break;
      }
      case 'cache':
        options.cacheDir = path.resolve(value());
        break;
      case 'no-cache':
        options.cacheDir = null;
        break;
      case 'quiet':
        options.quiet = true;
        break;
      case 'strict':
        options.strict = true;
        break;
      case 'stats':
        options.stats = path.resolve(value());
        break;
      case 'shard': {
        const v = value();
        const shard = parseShard(v);
        if (!shard) throw new UsageError(`--shard takes K/N, a shard K from 1 to N, not ${v}`);
        options.shard = shard;
        break;
      }
      case 'parts':
        options.parts = value();
        break;
      case 'from-parts':
        options.fromParts = value();
        break;
    }
  }
  // A map writes no release, a reduce reads no input: an option that would be ignored is a mistake worth naming.
  const clash = (a: string, b: string) => given.has(a) && given.has(b) && new UsageError(`--${a} and --${b} do not go together`);
  const error = clash('shard', 'out') || clash('shard', 'strict') || clash('shard', 'from-parts') || clash('from-parts', 'in') || clash('from-parts', 'parts');
  if (error) throw error;
  if (options.shard && !options.parts) throw new UsageError('--shard needs --parts DIR, where its partition goes');
  if (options.parts && !options.shard) throw new UsageError('--parts goes with --shard K/N; to build the release from the partitions, use --from-parts DIR');
  return options;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(0)} s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m} min ${Math.round(seconds % 60)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** Progress on stderr: one line rewritten in place on a terminal, a line every few seconds otherwise. */
function progressReporter(quiet: boolean): { article: (p: Progress) => void; stage: (what: string) => void; end: () => void } {
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let last = 0;
  let shown = false;
  const write = (line: string) => {
    if (tty) process.stderr.write(`\r\x1b[K${line}`);
    else process.stderr.write(`${line}\n`);
    shown = true;
  };
  return {
    article: (p) => {
      if (quiet) return;
      const now = Date.now();
      if (now - last < (tty ? 200 : 5000) && p.done < p.total) return;
      if (!tty && now - started < 5000) return;
      last = now;
      const rate = p.done / Math.max(0.001, (now - started) / 1000);
      const eta = rate > 0 ? (p.total - p.done) / rate : 0;
      write(`cybercoop: ${p.done}/${p.total} files (${Math.floor((100 * p.done) / Math.max(1, p.total))} %), ${rate.toFixed(0)} files/s${p.cached ? `, ${p.cached} from the cache` : ''}${p.done < p.total ? `, about ${duration(eta)} left` : ''}`);
    },
    stage: (what) => {
      if (quiet || (!tty && Date.now() - started < 5000)) return;
      write(`cybercoop: ${what}`);
    },
    end: () => {
      if (tty && shown) process.stderr.write('\r\x1b[K');
    },
  };
}

export async function main(argv: readonly string[]): Promise<void> {
  let options: CliOptions;
  try {
    const parsed = parseArgs(argv);
    if (parsed === 'help') return void process.stdout.write(`${USAGE}\n`);
    if (parsed === 'version') return void process.stdout.write(`${pipelineVersion()}\n`);
    options = parsed;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`cybercoop: ${error.message}\nRun with --help for the options.\n`);
    process.exitCode = 2;
    return;
  }
  try {
    await run(options);
  } catch (error) {
    process.stderr.write(`cybercoop: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

/** A compiled run also hashes the bundle it executes into the pipeline key. */
const bundleFiles = () => (process.env.CYBERCOOP_BUNDLE && process.argv[1] ? [process.argv[1]] : []);

async function run(options: CliOptions): Promise<void> {
  if (options.shard) return runShard(options, options.shard, options.parts!);
  const started = process.hrtime.bigint();
  const { input, output, fromParts } = options;
  // A reduce keeps its release out of the parts folder as a build keeps it out of the input.
  const writer = new ReleaseWriter(output, { input: fromParts ?? input });
  let said = 0;
  const sayNotes = () => {
    for (const note of writer.notes.slice(said)) process.stderr.write(`cybercoop: ${note}\n`);
    said = writer.notes.length;
  };
  // A handler runs between two steps, never inside the swap (two synchronous renames): what it leaves is a release or the old one.
  const onSignal = (signal: NodeJS.Signals) => {
    writer.abandonSync();
    process.stderr.write(`cybercoop: stopped by ${signal}; the staging folder and the lock are removed, and ${output} is as before, or the whole new release if it was already in place\n`);
    process.exit(128 + (os.constants.signals[signal] ?? 0));
  };
  for (const signal of STOP_SIGNALS) process.once(signal, onSignal);
  // The output is checked and locked before the build, so a wrong folder or a second run fails at once.
  await writer.open().catch((error: unknown) => {
    for (const signal of STOP_SIGNALS) process.removeListener(signal, onSignal);
    throw error;
  });
  const progress = progressReporter(options.quiet);
  let record: BuildRecord;
  let release: Map<string, number>;
  let cached = 0;
  let unchanged = false;
  let partitions = 0;
  const timings: Record<string, number> = {};
  try {
    sayNotes();
    const cache = options.cacheDir && !fromParts ? { dir: options.cacheDir, key: pipelineKey(bundleFiles()) } : null;
    const checking = performance.now();
    if (cache) progress.stage('checking whether the release in place is up to date');
    const same = cache ? await unchangedRelease(output, input, cache, optionsKey(options)) : null;
    if (cache) timings.check = (performance.now() - checking) / 1000;
    if (same) {
      unchanged = true;
      ({ record, sizes: release } = same);
    } else {
      // The stages are loaded only now: --help, --version and an unchanged rerun start without them.
      const { buildDataset, buildFromParts } = await import('./run.ts');
      const built = fromParts ? await buildFromParts(fromParts, pipelineKey(bundleFiles()), { timings }) : await buildDataset(input, {
        workers: options.workers,
        cache,
        workerEntry: process.env.CYBERCOOP_BUNDLE && process.argv[1] ? path.resolve(process.argv[1]) : undefined,
        onProgress: (p) => {
          cached = p.cached;
          progress.article(p);
        },
        onStage: () => progress.stage('merging across articles'),
        timings,
      });
      const { tables, files } = built;
      if ('partitions' in built) partitions = built.partitions;
      if (files === 0 && tables.rejects.length === 0) throw new Error(`input folder ${input} holds no *.txt article (searched recursively); nothing is written`);
      if (options.strict) {
        const refused = tables.rejects.filter((r) => r.severity !== 'warning');
        if (refused.length > 0) {
          const listed = refused.slice(0, 20).map((r) => `\n  ${r.code} ${r.source_file}: ${r.reason}`).join('');
          throw new Error(`--strict: ${refused.length} reject${refused.length === 1 ? '' : 's'}, nothing is written:${listed}${refused.length > 20 ? '\n  …' : ''}`);
        }
      }
      progress.stage('writing the release');
      const writing = performance.now();
      // Streamed: each table is rendered in chunks straight into the staging folder.
      const { releaseFiles, releaseNames } = await import('./09-export/stream.ts');
      release = await writer.writeFiles(releaseNames(), releaseFiles(tables, pipelineVersion()));
      timings.export = (performance.now() - writing) / 1000;
      record = {
        files,
        articles: tables.articles.length,
        input_bytes: tables.articles.reduce((n, a) => n + a.bytes, 0),
        rows: Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, (v as unknown[]).length])),
        rejects: tables.rejects.map((r) => `${r.severity === 'warning' ? 'warning' : 'reject '} ${r.code} ${r.source_file}: ${r.reason}`),
      };
      // Recorded once the release is in place, while the lock still keeps other runs out; a kill before it only costs the next run a full build.
      if (cache && !writer.stopped && 'input' in built) {
        const marker = createHash('sha256').update(await readFile(path.join(output, MARKER))).digest('hex');
        putStamp(cache, marker, built.input, optionsKey(options), record);
      }
    }
    progress.end();
    sayNotes();
  } finally {
    progress.end();
    await writer.close();
    for (const signal of STOP_SIGNALS) process.removeListener(signal, onSignal);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const { files } = record;
  const lines = [
    unchanged
      ? `cybercoop ${pipelineVersion()}: read ${files} files from ${input}/; nothing changed since the release in ${output}/ (same files, pipeline and options; its ${release.size} files checked intact), so nothing was rebuilt, in ${seconds.toFixed(2)} s`
      : fromParts
        ? `cybercoop ${pipelineVersion()}: read the entries of ${files} files from ${partitions} partitions in ${fromParts}/, wrote ${release.size} files to ${output}/ in ${seconds.toFixed(2)} s`
        : `cybercoop ${pipelineVersion()}: read ${files} files from ${input}/${cached ? ` (${cached} from the cache)` : ''}, wrote ${release.size} files to ${output}/ in ${seconds.toFixed(2)} s`,
  ];
  for (const [name, rows] of Object.entries(record.rows)) lines.push(`  ${name.padEnd(12)} ${String(rows).padStart(6)} rows`);
  for (const r of record.rejects) lines.push(`  ${r}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (options.stats) {
    await writeStats(options.stats, {
      files,
      articles: record.articles,
      input_bytes: record.input_bytes,
      output_bytes: [...release.values()].reduce((n, b) => n + b, 0),
      rows: record.rows,
      cached,
      // True when the release in place was checked and kept: no stage ran but the check.
      unchanged,
    }, seconds, timings);
  }
}



/** The map of one shard: the per-article stages on its files, one partition written, no release. */
async function runShard(options: CliOptions, shard: Shard, parts: string): Promise<void> {
  const started = process.hrtime.bigint();
  const progress = progressReporter(options.quiet);
  const timings: Record<string, number> = {};
  let cached = 0;
  const key = pipelineKey(bundleFiles());
  const { mapShard } = await import('./run.ts');
  let mapped: Awaited<ReturnType<typeof mapShard>>;
  try {
    mapped = await mapShard(options.input, shard, parts, key, {
      workers: options.workers,
      cache: options.cacheDir ? { dir: options.cacheDir, key } : null,
      workerEntry: process.env.CYBERCOOP_BUNDLE && process.argv[1] ? path.resolve(process.argv[1]) : undefined,
      onProgress: (p) => {
        cached = p.cached;
        progress.article(p);
      },
      timings,
    });
  } finally {
    progress.end();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(
    `cybercoop ${pipelineVersion()}: shard ${shard.k}/${shard.n}: read ${mapped.files} of the ${mapped.total} files in ${options.input}/${cached ? ` (${cached} from the cache)` : ''}, wrote ${mapped.file} (${mapped.bytes} bytes) in ${seconds.toFixed(2)} s\n`,
  );
  if (options.stats) {
    await writeStats(options.stats, {
      shard: `${shard.k}/${shard.n}`,
      files: mapped.files,
      listed: mapped.total,
      partition: mapped.file,
      output_bytes: mapped.bytes,
      cached,
    }, seconds, timings);
  }
}

/** `--stats FILE`: the run's own figures, then what every run reports — its version first, its wall and CPU time, peak RSS and stages last. */
async function writeStats(file: string, figures: Record<string, unknown>, seconds: number, timings: Record<string, number>): Promise<void> {
  const cpu = process.cpuUsage();
  const stats = {
    version: pipelineVersion(),
    ...figures,
    wall_seconds: seconds,
    // The whole process: the main thread and every worker thread.
    cpu_seconds: (cpu.user + cpu.system) / 1e6,
    max_rss_mb: process.resourceUsage().maxRSS / 1024,
    stages: timings,
  };
  await writeFile(file, `${JSON.stringify(stats, null, 2)}\n`);
}
