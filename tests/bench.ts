/**
 * `make bench`: throughput and memory figures, printed, never asserted (a slow
 * machine must not fail a test). Replicates the development corpus N times
 * (each copy made distinct, so nothing is deduplicated) and times the
 * per-article stages and the cross-article merge separately.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { assemble, processFile, type ArticleResult } from '../pipeline/run.ts';
import { renderRelease } from '../pipeline/09-export/index.ts';

const copies = Number(process.argv[2] ?? 20);
const dir = 'tests/corpus/dev';
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const encoder = new TextEncoder();

const t0 = performance.now();
const results: ArticleResult[] = [];
for (let c = 0; c < copies; c++) {
  texts.forEach((text, i) => {
    results.push(processFile({ sourceFile: `copy${String(c).padStart(4, '0')}/${i}.txt`, bytes: encoder.encode(`${text}\n\n(${c})`), readError: null }));
  });
}
const t1 = performance.now();
const tables = assemble(results, new Map(), []);
const t2 = performance.now();
const files = renderRelease(tables, 'bench');
const t3 = performance.now();
const n = results.length;
const bytes = [...files.values()].reduce((s, b) => s + b.length, 0);
console.log(`articles                ${n}`);
console.log(`per-article stages      ${((t1 - t0) / 1000).toFixed(2)} s  (${(n / ((t1 - t0) / 1000)).toFixed(0)} articles/s, ${((t1 - t0) / n).toFixed(1)} ms/article)`);
console.log(`merge + validate        ${((t2 - t1) / 1000).toFixed(2)} s  (${tables.events.length} events, ${tables.agreements.length} agreements, ${tables.mentions.length} mentions)`);
console.log(`render release files    ${((t3 - t2) / 1000).toFixed(2)} s  (${(bytes / 1e6).toFixed(1)} MB: CSV, JSON, Parquet, Arrow, schemas, dictionary)`);
console.log(`peak RSS                ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
