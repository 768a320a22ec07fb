/**
 * `make eval` (with tests/eval.ts): how well the corpus stage merges across
 * articles, judged on pairs of mentions from two articles that are or are
 * not the same event, agreement or actor.
 *
 * - the real pairs, tests/gold/merge/pairs.json (written blind: see its
 *   README), on one dataset built from tests/corpus/dev and tests/corpus/dev2
 *   together;
 * - generated pairs (tests/bench/generate.ts), labelled by construction: two
 *   tellings of a story are the same, a near miss (a week or a year later,
 *   another partner, another counterpart) is not; and the story ids of the
 *   same pairs of articles.
 *
 * A quote stands for the rows of its table whose mentions overlap it (every
 * occurrence of it in its file), and of those, when a sentence holds several,
 * the ones it names best (rowFinder). A pair is predicted the same when the
 * two sides share a row. Precision = same predicted and gold / same predicted; recall = same
 * predicted and gold / same in gold. A side with no row is counted (an
 * extraction miss, which costs recall) and listed.
 *
 *   node --import=tsx tests/eval-merge.ts [real|generated] [--verbose]
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tables } from '../schemas/index.ts';
import { buildDataset } from '../pipeline/run.ts';
import { generate, pairsOf, writeCorpus, type Pair } from './bench/generate.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const GENERATED_ARTICLES = 400;

type Table = Pair['table'];
const TABLES: Table[] = ['event', 'agreement', 'actor'];

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Pairs with a side that has no row of the table. */
  unresolved: number;
  /** Same pairs missed because a side has no row (the extraction's miss, not the merge's). */
  missedNoRow: number;
  pairs: number;
}

export interface MergeReport {
  name: string;
  tables: Record<Table, Scores>;
  stories?: Scores;
  errors: string[];
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’']/g, "'").toLowerCase();

/** Code-point spans of every occurrence of `quote` in `text`. */
function spansOf(text: string, quote: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    const start = [...text.slice(0, at)].length;
    out.push({ start, end: start + [...quote].length });
  }
  return out;
}

/** Where a folded name occurs in a folded quote as whole words. */
function occurrences(quote: string, name: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (name.length < 2) return out;
  const letter = /[\p{L}\p{N}]/u;
  for (let at = quote.indexOf(name); at >= 0; at = quote.indexOf(name, at + 1)) {
    if (letter.test(quote[at - 1] ?? '') || letter.test(quote[at + name.length] ?? '')) continue;
    out.push({ start: at, end: at + name.length });
  }
  return out;
}

/** Longest name of `names` found in the folded quote as whole words, in characters; 0 for none. */
function longestIn(quote: string, names: readonly (string | null)[]): number {
  let best = 0;
  for (const n of names) if (n && occurrences(quote, fold(n)).length > 0) best = Math.max(best, n.length);
  return best;
}

/**
 * Finds, for a (file, quote), the ids of the rows of a table it stands for:
 * those whose mentions overlap the quote and, when a sentence holds several,
 * those the quote names best (events: most participants and names of the
 * event or its agreement in the quote; agreements: the most of the name's
 * words; actors: every one it names, but one named only inside another's
 * name; when both quotes name a person, only the people).
 */
function rowFinder(tables: Tables, readText: (file: string) => string) {
  const byFile = new Map<string, Tables['mentions']>();
  for (const m of tables.mentions) {
    const list = byFile.get(m.source_file);
    if (list) list.push(m);
    else byFile.set(m.source_file, [m]);
  }
  const actors = new Map(tables.actors.map((a) => [a.actor_id, a]));
  const agreements = new Map(tables.agreements.map((a) => [a.agreement_id, a]));
  const events = new Map(tables.events.map((e) => [e.event_id, e]));
  const participantsOf = new Map<string, Tables['participants']>();
  for (const p of tables.participants) participantsOf.set(p.event_id, [...(participantsOf.get(p.event_id) ?? []), p]);
  const namesOfActor = (id: string) => {
    const a = actors.get(id);
    return a ? [a.name, ...a.aliases] : [];
  };
  const words = (s: string) => new Set(fold(s).split(/[^a-z0-9]+/).filter((w) => w.length > 3));
  const score = (table: Table, id: string, quote: string, file: string): number => {
    const q = fold(quote);
    if (table === 'actor') return longestIn(q, namesOfActor(id));
    if (table === 'agreement') {
      const a = agreements.get(id);
      if (!a) return 0;
      const w = words(a.name);
      const inQuote = words(quote);
      return Math.max([...w].filter((x) => inQuote.has(x)).length / Math.max(1, w.size), longestIn(q, [a.short_name]) > 0 ? 1 : 0);
    }
    const e = events.get(id);
    if (!e) return 0;
    // The people this article gives the row: a merged row's people from other articles say nothing of what this quote tells.
    const named = (participantsOf.get(id) ?? []).filter((p) => p.source_file === file && longestIn(q, [p.name, p.name_as_written, ...namesOfActor(p.actor_id)]) > 0).length;
    const agreement = e.agreement_id ? agreements.get(e.agreement_id) : undefined;
    return named + (longestIn(q, [e.name, agreement?.short_name ?? null]) > 0 || (agreement && [...words(agreement.name)].filter((x) => words(quote).has(x)).length >= 3) ? 1 : 0);
  };
  return (table: Table, file: string, quote: string, eventType?: string): Set<string> => {
    const spans = spansOf(readText(file), quote);
    const scored = new Map<string, number>();
    for (const m of byFile.get(file) ?? []) {
      if (m.record_type !== table || scored.has(m.record_id)) continue;
      if (eventType && events.get(m.record_id)?.event_type !== eventType) continue;
      if (!spans.some((s) => s.start < m.char_end && m.char_start < s.end)) continue;
      const value = score(table, m.record_id, quote, file);
      // An actor the quote does not name is not what it stands for.
      if (table === 'actor' && value === 0) continue;
      scored.set(m.record_id, value);
    }
    if (table === 'actor') return namedActors([...scored.keys()], fold(quote));
    const best = Math.max(...scored.values());
    return new Set([...scored].filter(([, v]) => v === best).map(([id]) => id));
  };

  /** Every actor the quote names, but one named only inside another's longer name (« Nations unies » in « Office des Nations unies contre la drogue et le crime »). */
  function namedActors(ids: string[], q: string): Set<string> {
    const where = new Map<string, { start: number; end: number }[]>();
    for (const id of ids) {
      const found: { start: number; end: number }[] = [];
      for (const name of namesOfActor(id)) found.push(...occurrences(q, fold(name)));
      where.set(id, found);
    }
    const kept = ids.filter((id) =>
      where.get(id)!.some((o) => !ids.some((other) => other !== id && where.get(other)!.some((x) => x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start))),
    );
    return new Set(kept);
  }
}

function emptyScores(): Scores {
  return { tp: 0, fp: 0, fn: 0, tn: 0, unresolved: 0, missedNoRow: 0, pairs: 0 };
}

function judge(scores: Scores, gold: boolean, predicted: boolean): void {
  scores.pairs++;
  if (gold && predicted) scores.tp++;
  else if (!gold && predicted) scores.fp++;
  else if (gold) scores.fn++;
  else scores.tn++;
}

export function scorePairs(name: string, pairs: readonly Pair[], tables: Tables, readText: (file: string) => string): MergeReport {
  const find = rowFinder(tables, readText);
  const report: MergeReport = { name, tables: { event: emptyScores(), agreement: emptyScores(), actor: emptyScores() }, errors: [] };
  for (const pair of pairs) {
    const a = find(pair.table, pair.a.file, pair.a.quote, pair.event_type);
    const b = find(pair.table, pair.b.file, pair.b.quote, pair.event_type);
    // Two quotes that both name a person are about people: the bodies in their titles are not what is compared.
    const persons = (ids: Set<string>) => new Set([...ids].filter((id) => id.startsWith('person:')));
    const [x, y] = pair.table === 'actor' && persons(a).size > 0 && persons(b).size > 0 ? [persons(a), persons(b)] : [a, b];
    const predicted = [...x].some((id) => y.has(id));
    const scores = report.tables[pair.table];
    judge(scores, pair.same, predicted);
    if (a.size === 0 || b.size === 0) {
      scores.unresolved++;
      if (pair.same) scores.missedNoRow++;
    }
    if (pair.same !== predicted) {
      const why = a.size === 0 || b.size === 0 ? `no ${pair.table} row for ${a.size === 0 ? pair.a.file : pair.b.file}` : pair.same ? 'not merged' : 'merged';
      report.errors.push(`${pair.id} ${pair.table} ${pair.same ? 'same' : 'different'}: ${why} — ${pair.note}`);
    }
  }
  return report;
}

const ratio = (a: number, b: number) => (b === 0 ? '   — ' : (a / b).toFixed(3));
export const precision = (s: Scores) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Scores) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));

export function formatReport(report: MergeReport, verbose: boolean): string {
  const lines = [`merge — ${report.name}`, `  table       pairs  same  diff  precision  recall  no-row  recall where both sides have a row`];
  const row = (label: string, s: Scores) =>
    `  ${label.padEnd(10)} ${String(s.pairs).padStart(6)} ${String(s.tp + s.fn).padStart(5)} ${String(s.fp + s.tn).padStart(5)}  ${ratio(s.tp, s.tp + s.fp).padStart(9)}  ${ratio(s.tp, s.tp + s.fn).padStart(6)}  ${String(s.unresolved).padStart(6)}  ${ratio(s.tp, s.tp + s.fn - s.missedNoRow).padStart(6)}`;
  for (const t of TABLES) if (report.tables[t].pairs > 0) lines.push(row(t, report.tables[t]));
  if (report.stories) lines.push(row('story_id', report.stories));
  if (verbose || report.errors.length <= 25) lines.push(...report.errors.map((e) => `    ${e}`));
  else lines.push(`    ${report.errors.length} pairs judged wrong (--verbose lists them)`);
  return lines.join('\n');
}

/** The real pairs on dev + dev2 built together. */
export async function evaluateReal(): Promise<MergeReport> {
  const pairs = JSON.parse(readFileSync(path.join(ROOT, 'tests/gold/merge/pairs.json'), 'utf8')) as Pair[];
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cc-eval-merge-'));
  try {
    cpSync(path.join(ROOT, 'tests/corpus/dev'), path.join(scratch, 'dev'), { recursive: true });
    cpSync(path.join(ROOT, 'tests/corpus/dev2'), path.join(scratch, 'dev2'), { recursive: true });
    const { tables } = await buildDataset(scratch);
    const texts = new Map<string, string>();
    const readText = (file: string) => {
      if (!texts.has(file)) texts.set(file, readFileSync(path.join(ROOT, 'tests/corpus', file), 'utf8').replace(/^\ufeff/, ''));
      return texts.get(file)!;
    };
    return scorePairs('real pairs, tests/gold/merge (dev + dev2)', pairs, tables, readText);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Pairs labelled by the generator on a generated corpus, and the story ids of the same articles. */
export async function evaluateGenerated(n = GENERATED_ARTICLES): Promise<MergeReport> {
  const generated = generate(n);
  const pairs = pairsOf(generated);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cc-eval-gen-'));
  try {
    writeCorpus(scratch, generated);
    const { tables } = await buildDataset(scratch);
    const texts = new Map(generated.articles.map((a) => [a.file, a.text]));
    const report = scorePairs(`generated pairs (${n} articles: tellings of a story are the same, near misses are not)`, pairs, tables, (f) => texts.get(f)!);
    // Story ids: every two tellings of a story share one; a near miss and the story it nearly repeats do not.
    const storyOf = new Map(tables.articles.map((a) => [a.source_file, a.story_id]));
    const stories = emptyScores();
    const byStory = new Map<number, string[]>();
    for (const a of generated.articles) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a.file]);
    for (const params of generated.stories) {
      const files = byStory.get(params.story) ?? [];
      for (let i = 1; i < files.length; i++) judge(stories, true, storyOf.get(files[0]!) === storyOf.get(files[i]!));
      if (params.nearMissOf !== null && files[0] && byStory.get(params.nearMissOf)?.[0]) judge(stories, false, storyOf.get(files[0]) === storyOf.get(byStory.get(params.nearMissOf)![0]!));
    }
    report.stories = stories;
    return report;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const which = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const verbose = process.argv.includes('--verbose');
  const reports: MergeReport[] = [];
  if (which.length === 0 || which.includes('real')) reports.push(await evaluateReal());
  if (which.length === 0 || which.includes('generated')) reports.push(await evaluateGenerated());
  process.stdout.write(`${reports.map((r) => formatReport(r, verbose)).join('\n\n')}\n`);
}
