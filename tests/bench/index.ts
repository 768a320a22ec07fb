/**
 * `make bench`: throughput and memory at 1,000, 10,000 and 100,000 generated
 * articles (tests/bench/generate.ts), printed and never asserted (a slow
 * machine must not fail a test).
 *
 * For each size: the compiled CLI (build/cybercoop.mjs) runs in its own
 * process on a cold cache, then again unchanged (the release in place
 * checked, nothing rebuilt); its --stats give CPU seconds, peak RSS and seconds per stage, and
 * the wall time is measured from here, start-up included. Then the corpus
 * is mapped as one shard per core in parallel processes and reduced from
 * the partitions, and the release compared with the whole run's. The floor is
 * measured in this process on the same files: list them, read them, sha256
 * and decode each, the least any run must do.
 *
 *   node --import=tsx tests/bench/index.ts DIR 1000 10000 100000
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { decode, readInput, scanInput } from '../../pipeline/01-ingest.ts';
import { MANIFEST, generate, writeCorpus } from './generate.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = path.join(ROOT, 'build', 'cybercoop.mjs');

interface Stats {
  files: number;
  articles: number;
  input_bytes: number;
  output_bytes: number;
  rows: Record<string, number>;
  cached: number;
  unchanged?: boolean;
  wall_seconds: number;
  cpu_seconds: number;
  max_rss_mb: number;
  stages: Record<string, number>;
}

async function floor(dir: string): Promise<{ seconds: number; bytes: number; files: number }> {
  const started = performance.now();
  const scan = await scanInput(dir);
  let bytes = 0;
  for (const file of scan.files) {
    const raw = await readInput(dir, file);
    if (!raw.bytes) continue;
    bytes += raw.bytes.length;
    createHash('sha256').update(raw.bytes).digest('hex');
    decode(raw);
  }
  return { seconds: (performance.now() - started) / 1000, bytes, files: scan.files.length };
}

function corpus(dir: string, n: number): string {
  const folder = path.join(dir, `corpus-${n}`);
  const manifest = path.join(folder, MANIFEST);
  if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { articles: unknown[] }).articles.length === n) return folder;
  const started = performance.now();
  writeCorpus(folder, generate(n));
  process.stderr.write(`bench: generated ${n} articles in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return folder;
}

function run(input: string, out: string, cache: string, statsFile: string): { wall: number; stats: Stats } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [BUNDLE, '--in', input, '--out', out, '--cache', cache, '--stats', statsFile, '--quiet'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`the run failed (${r.status}): ${r.stderr}`);
  return { wall, stats: JSON.parse(readFileSync(statsFile, 'utf8')) as Stats };
}

/**
 * The same corpus as `shards` map processes side by side (one per core, no
 * worker threads) and the reduce from their partitions, timed from here;
 * the release must equal the whole run's.
 */
async function sharded(input: string, dir: string, shards: number, whole: string): Promise<{ map: number; reduce: number; partitionBytes: number; same: boolean }> {
  const parts = path.join(dir, 'parts');
  const out = path.join(dir, 'out');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const maps = Array.from({ length: shards }, (_, i) => {
    const child = spawn(process.execPath, [BUNDLE, '--in', input, '--shard', `${i + 1}/${shards}`, '--parts', parts, '--no-cache', '--workers', '0', '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    return new Promise<void>((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`shard ${i + 1}/${shards} failed (${code}): ${stderr}`)))));
  });
  await Promise.all(maps);
  const map = (performance.now() - started) / 1000;
  const reducing = performance.now();
  const r = spawnSync(process.execPath, [BUNDLE, '--from-parts', parts, '--out', out, '--quiet'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the reduce failed (${r.status}): ${r.stderr}`);
  const reduce = (performance.now() - reducing) / 1000;
  let partitionBytes = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else partitionBytes += statSync(path.join(d, e.name)).size;
    }
  };
  walk(parts);
  const names = readdirSync(whole).sort();
  const same = names.join('\n') === readdirSync(out).sort().join('\n') && names.every((n) => readFileSync(path.join(whole, n)).equals(readFileSync(path.join(out, n))));
  return { map, reduce, partitionBytes, same };
}

const f = (x: number, digits = 1) => x.toFixed(digits);

async function main(): Promise<void> {
  const [dir, ...sizes] = process.argv.slice(2);
  if (!dir || sizes.length === 0) throw new Error('usage: tests/bench/index.ts DIR SIZE…');
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run make build`);
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    process.stdout.write(`${line}\n`);
  };
  say(`cybercoop bench: ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`);
  for (const n of sizes.map(Number)) {
    const input = corpus(dir, n);
    const base = await floor(input);
    const cache = path.join(dir, `cache-${n}`);
    rmSync(cache, { recursive: true, force: true });
    const cold = run(input, path.join(dir, `out-${n}`), cache, path.join(dir, `stats-${n}.json`));
    const warm = run(input, path.join(dir, `out-${n}`), cache, path.join(dir, `stats-${n}-warm.json`));
    const s = cold.stats;
    const mb = base.bytes / 1e6;
    const stages = Object.entries(s.stages)
      .map(([k, v]) => `${k} ${f(v)}`)
      .join(', ');
    const merge = (s.stages.stories ?? 0) + (s.stages.merge ?? 0) + (s.stages.validate ?? 0);
    say(``);
    say(`${n} articles (${f(mb)} MB, ${s.rows.events} events, ${s.rows.agreements} agreements, ${s.rows.mentions} mentions; release ${f(s.output_bytes / 1e6)} MB)`);
    say(`  cold    ${f(n / cold.wall, 0)} articles/s, ${f(mb / cold.wall, 2)} MB/s, wall ${f(cold.wall)} s, CPU ${f(s.cpu_seconds)} s, peak RSS ${f(s.max_rss_mb, 0)} MB`);
    say(`          stages (s): ${stages}; corpus stage (stories, merge, validate) ${f((100 * merge) / cold.wall, 1)} % of the run`);
    say(`  floor   ${f(base.seconds, 2)} s (list, read, sha256, decode: ${f((1000 * base.seconds) / n, 3)} ms/article); the run is ${f(cold.wall / base.seconds, 0)}× the floor`);
    const how = warm.stats.unchanged ? 'the release in place checked, nothing rebuilt' : `${warm.stats.cached}/${n} from the cache, the corpus stage and export run again`;
    const shards = os.availableParallelism();
    const sh = await sharded(input, path.join(dir, `sharded-${n}`), shards, path.join(dir, `out-${n}`));
    say(`  sharded ${shards} --shard processes side by side ${f(sh.map, 1)} s, --from-parts ${f(sh.reduce, 1)} s (partitions ${f(sh.partitionBytes / 1e6, 1)} MB); release ${sh.same ? 'identical to the whole run' : 'DIFFERENT from the whole run'}`);
    say(`  warm    unchanged rerun, ${how}: wall ${f(warm.wall, 2)} s (1/${f(cold.wall / warm.wall, 0)} of the cold run), CPU ${f(warm.stats.cpu_seconds, 1)} s, peak RSS ${f(warm.stats.max_rss_mb, 0)} MB`);
  }
}

await main();
