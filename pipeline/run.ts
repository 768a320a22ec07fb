/**
 * The whole pipeline: raw file → article → spans → rows → tables → files.
 *
 * Per-article work (`processFile`, then `digestFile`) is a pure function of
 * the file's bytes and name, so it runs in worker threads (pool.ts) and is
 * cached by file hash (cache.ts); cross-article work (`assemble`) sees only
 * the per-article entries, in content order, so the release is the same
 * bytes whatever the number of workers and whether an entry came from the
 * cache. The command line is cli.ts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tables } from '../schemas/index.ts';
import type { ArticleRow } from '../schemas/articles.ts';
import { decode, readSidecars, scanInput, type RawFile, type SourceInfo } from './01-ingest.ts';
import { clean, noiseChars, type Article } from './02-clean.ts';
import { segment, type Segmented } from './03-segment.ts';
import { annotate } from './04-annotate.ts';
import { resolve } from './05-resolve.ts';
import { extract, type Extraction } from './06-extract.ts';
import { merge, type MergeArticle } from './07-merge.ts';
import { dictionaries } from './dictionaries.ts';
import { compare, validateTables } from './08-validate.ts';
import { bodyOf, entryOf, spanKey, type ArticleEntry } from './digest.ts';
import { runPool, type PoolOptions } from './pool.ts';
import { rejectRow, type RejectDraft } from './rejects.ts';
import { listingDigest, readPartitions, shardOf, writePartition, type Shard } from './shard.ts';
import { findStories } from './stories.ts';
import { inputDigest } from './unchanged.ts';

export interface ArticleResult {
  sourceFile: string;
  article: Article | null;
  segmented: Segmented | null;
  /** Null when nothing is extracted: no body, or not French. */
  extraction: Extraction | null;
  /** The countries the sentences name (ISO 3166 alpha-3, in reading order, demonyms included): facts for finding copies of one story. */
  countries?: string[];
  rejects: RejectDraft[];
}

/** Everything that can be known from one file alone. */
export function processFile(raw: RawFile): ArticleResult {
  const decoded = decode(raw);
  if (!decoded.doc) return { sourceFile: raw.sourceFile, article: null, segmented: null, extraction: null, rejects: decoded.rejects };
  const cleaned = clean(decoded.doc);
  const segmented = segment(cleaned.article);
  const readable = cleaned.article.language === 'fr' || cleaned.article.language === null;
  let extraction: Extraction | null = null;
  let countries: string[] = [];
  if (readable && segmented.sentences.length > 0) {
    const dicts = dictionaries();
    const sentences = annotate(cleaned.article, segmented, dicts);
    countries = sentences.flatMap((s) => s.countries.map((c) => c.ref.iso3));
    extraction = extract(resolve(cleaned.article, sentences, dicts), dicts);
  }
  // What cleaning reports (not French, no body) leaves the article in `articles`: a warning, not an error.
  const cleanWarnings = cleaned.rejects.map((r) => ({ ...r, severity: r.severity ?? ('warning' as const) }));
  return { sourceFile: raw.sourceFile, article: cleaned.article, segmented, extraction, countries, rejects: [...decoded.rejects, ...cleanWarnings] };
}

/**
 * What the corpus stage needs of one file. A failure of the pipeline on one
 * file is that file's reject, never the end of the run.
 */
export function digestFile(raw: RawFile): ArticleEntry {
  try {
    return entryOf(processFile(raw), noiseChars);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      sourceFile: raw.sourceFile,
      head: null,
      body: null,
      rejects: [
        {
          stage: 'extract',
          code: 'extract/failure',
          sourceFile: raw.sourceFile,
          recordType: null,
          reason: `The pipeline failed on this file (${message}); it is left out, the other files are read. Please report it with the file.`,
          detail: { error: message },
        },
      ],
    };
  }
}

/** Seconds spent per stage of a run, filled as it goes (for --stats and `make bench`). */
export type Timings = Record<string, number>;

function timed<T>(timings: Timings | undefined, stage: string, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    if (timings) timings[stage] = (timings[stage] ?? 0) + (performance.now() - started) / 1000;
  }
}

/** Cross-article step: per-article results or entries, in file order → the release's tables. */
export function assemble(results: readonly (ArticleResult | ArticleEntry)[], sidecar: ReadonlyMap<string, SourceInfo>, runRejects: readonly RejectDraft[], timings?: Timings): Tables {
  const entries = results.map((r) => ('head' in r ? r : entryOf(r, noiseChars)));
  const drafts: RejectDraft[] = [...runRejects];
  const kept: ArticleEntry[] = [];
  const firstByHash = new Map<string, string>();
  for (const entry of entries) {
    drafts.push(...entry.rejects);
    const head = entry.head;
    if (!head) continue;
    const earlier = firstByHash.get(head.sha256);
    if (earlier) {
      // The same bytes twice would count every event twice; the copy is reported, not read.
      drafts.push({
        stage: 'ingest',
        code: 'ingest/duplicate',
        sourceFile: entry.sourceFile,
        recordType: null,
        reason: `Same content as ${earlier}; only that file is read. Remove one of the copies.`,
        detail: { sha256: head.sha256, kept: earlier },
      });
      continue;
    }
    firstByHash.set(head.sha256, entry.sourceFile);
    kept.push(entry);
  }
  // Content order: the article's content hash, never its file name.
  const ordered = [...kept].sort((a, b) => compare(a.head!.articleId, b.head!.articleId));
  const storyOf = timed(timings, 'stories', () => findStories(ordered.map((e) => ({ articleId: e.head!.articleId, published: e.head!.published, fingerprint: e.head!.fingerprint }))));
  const storyIds = ordered.map((_, i) => `sto-${ordered[storyOf[i]!]!.head!.articleId.replace(/^art-/, '')}`);
  const storyById = new Map(ordered.map((e, i) => [e.head!.articleId, storyIds[i]!]));
  const extracted = ordered.map((e, i) => ({ e, story: storyIds[i]! })).filter((x) => x.e.body);
  const merged = timed(timings, 'merge', () => merge({
    count: extracted.length,
    load: (i): MergeArticle => {
      const { e, story } = extracted[i]!;
      const body = bodyOf(e)!;
      return {
        articleId: e.head!.articleId,
        sourceFile: e.sourceFile,
        storyId: story,
        extraction: body.extraction,
        evidence: (span) => body.evidence.get(spanKey(span)) ?? '',
      };
    },
  }));
  const articles: ArticleRow[] = kept.map((e) => {
    const head = e.head!;
    const info = sidecar.get(e.sourceFile);
    const counts = merged.counts.get(head.articleId);
    const { row } = head;
    // In the codebook's column order, as every other row.
    return {
      article_id: row.article_id,
      source_file: row.source_file,
      source_sha256: row.source_sha256,
      bytes: row.bytes,
      encoding: row.encoding,
      title: row.title,
      url: info?.url ?? null,
      outlet: info?.outlet ?? null,
      published: row.published,
      published_basis: row.published_basis,
      language: row.language,
      chars: row.chars,
      body_char_start: row.body_char_start,
      body_char_end: row.body_char_end,
      noise_chars: row.noise_chars,
      sentences: row.sentences,
      events: counts?.events ?? 0,
      agreements: counts?.agreements ?? 0,
      replaced_bytes: row.replaced_bytes,
      story_id: storyById.get(head.articleId)!,
    };
  });
  const validated = timed(timings, 'validate', () => validateTables({ articles, events: merged.events, participants: merged.participants, agreements: merged.agreements, actors: merged.actors, mentions: merged.mentions }));
  for (const r of validated.rejects) drafts.push(r);
  const rejectsById = new Map(drafts.map((d) => rejectRow(d)).map((r) => [r.reject_id, r]));
  const rejects = [...rejectsById.keys()].sort(compare).map((id) => rejectsById.get(id)!);
  return { ...validated.tables, rejects };
}

export interface BuildOptions extends Omit<PoolOptions, 'input'> {
  timings?: Timings;
}

/**
 * Reads a folder of articles and returns the release's tables, and the
 * digest of the input as it was read (unchanged.ts). By default in this
 * thread, without a cache.
 */
export async function buildDataset(inputDir: string, options: BuildOptions = {}): Promise<{ tables: Tables; files: number; input: string }> {
  const { timings } = options;
  let started = performance.now();
  const scan = await scanInput(inputDir);
  const sidecar = await readSidecars(inputDir, scan.files);
  if (timings) timings.list = (performance.now() - started) / 1000;
  started = performance.now();
  const reads: string[] = new Array(scan.files.length);
  const entries = await runPool(scan.files, { ...options, input: inputDir, onRead: (i, read) => (reads[i] = read) });
  if (timings) timings.articles = (performance.now() - started) / 1000;
  options.onStage?.('merge');
  return { tables: assemble(entries, sidecar.info, [...scan.rejects, ...sidecar.rejects], timings), files: scan.files.length, input: inputDigest(scan, sidecar, reads) };
}

/**
 * The map of one shard (shard.ts): the per-article stages on the files whose
 * path hash falls in shard k of n, written as one partition under `parts`.
 * `key` is the pipeline key the partition is filed under.
 */
export async function mapShard(inputDir: string, shard: Shard, parts: string, key: string, options: BuildOptions = {}): Promise<{ file: string; bytes: number; files: number; total: number }> {
  const { timings } = options;
  let started = performance.now();
  const scan = await scanInput(inputDir);
  if (scan.files.length === 0 && scan.rejects.length === 0) throw new Error(`input folder ${inputDir} holds no *.txt article (searched recursively); nothing is written`);
  const sidecar = await readSidecars(inputDir, scan.files);
  if (timings) timings.list = (performance.now() - started) / 1000;
  started = performance.now();
  const positions = scan.files.flatMap((f, i) => (shardOf(f, shard.n) === shard.k ? [i] : []));
  const entries = await runPool(positions.map((i) => scan.files[i]!), { ...options, input: inputDir });
  if (timings) timings.articles = (performance.now() - started) / 1000;
  started = performance.now();
  const written = await writePartition(parts, {
    key,
    shard,
    listing: listingDigest(scan, sidecar),
    files: scan.files.length,
    entries: entries.map((entry, j) => ({ position: positions[j]!, entry, info: sidecar.info.get(entry.sourceFile) })),
    runRejects: [...scan.rejects, ...sidecar.rejects],
  });
  if (timings) timings.partition = (performance.now() - started) / 1000;
  return { ...written, files: positions.length, total: scan.files.length };
}

/** The reduce: every shard's partition under `parts`, checked whole and of pipeline `key`, then the corpus stage as in one run. */
export async function buildFromParts(parts: string, key: string, options: { timings?: Timings } = {}): Promise<{ tables: Tables; files: number; partitions: number }> {
  const { timings } = options;
  const started = performance.now();
  const content = await readPartitions(parts, key);
  if (timings) timings.partitions = (performance.now() - started) / 1000;
  return { tables: assemble(content.entries, content.sidecar, content.runRejects, timings), files: content.files, partitions: content.partitions };
}

export { pipelineVersion } from './about.ts';

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Not awaited at the top level: cli.ts imports this module, which must finish evaluating first.
  void import('./cli.ts').then(({ main }) => main(process.argv.slice(2)));
}
