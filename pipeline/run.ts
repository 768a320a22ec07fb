/**
 * The whole pipeline: raw file → article → spans → rows → tables → files.
 *
 *   tsx pipeline/run.ts [--in seeds] [--out dist-data]
 *
 * Per-article work (`processFile`) is a pure function of the file's bytes and
 * its sidecar entry, so it can later move to worker threads and be cached by
 * file hash; cross-article work (`assemble`) sees only the per-article results.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tables } from '../schemas/index.ts';
import type { ArticleRow } from '../schemas/articles.ts';
import { decode, readInput, readSidecars, scanInput, type RawFile, type SourceInfo } from './01-ingest.ts';
import { clean, noiseChars, type Article } from './02-clean.ts';
import { segment, type Segmented } from './03-segment.ts';
import { annotate } from './04-annotate.ts';
import { resolve } from './05-resolve.ts';
import { extract, type Extraction } from './06-extract.ts';
import { merge } from './07-merge.ts';
import { dictionaries } from './dictionaries.ts';
import { compare, validateTables } from './08-validate.ts';
import { ReleaseWriter, renderRelease } from './09-export/index.ts';
import { rejectRow, type RejectDraft } from './rejects.ts';

export interface ArticleResult {
  sourceFile: string;
  article: Article | null;
  segmented: Segmented | null;
  /** Null when nothing is extracted: no body, or not French. */
  extraction: Extraction | null;
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
  if (readable && segmented.sentences.length > 0) {
    const dicts = dictionaries();
    const sentences = annotate(cleaned.article, segmented, dicts);
    extraction = extract(resolve(cleaned.article, sentences, dicts), dicts);
  }
  // What cleaning reports (not French, no body) leaves the article in `articles`: a warning, not an error.
  const cleanWarnings = cleaned.rejects.map((r) => ({ ...r, severity: r.severity ?? ('warning' as const) }));
  return { sourceFile: raw.sourceFile, article: cleaned.article, segmented, extraction, rejects: [...decoded.rejects, ...cleanWarnings] };
}

export function articleRow(result: ArticleResult & { article: Article; segmented: Segmented }, info: SourceInfo | undefined, counts: { events: number; agreements: number } | undefined): ArticleRow {
  const { article, segmented } = result;
  const { doc } = article;
  return {
    article_id: doc.articleId,
    source_file: doc.sourceFile,
    source_sha256: doc.sha256,
    bytes: doc.bytes,
    encoding: doc.encoding,
    title: article.title?.text ?? null,
    url: info?.url ?? null,
    outlet: info?.outlet ?? null,
    published: article.published?.date.edtf ?? null,
    published_basis: article.published?.basis ?? 'none',
    language: article.language,
    chars: doc.source.length,
    body_char_start: article.body.start,
    body_char_end: article.body.end,
    noise_chars: noiseChars(article),
    sentences: segmented.sentences.length,
    events: counts?.events ?? 0,
    agreements: counts?.agreements ?? 0,
    replaced_bytes: doc.replacedBytes,
  };
}

/** Cross-article step: per-article results → the release's tables. */
export function assemble(results: readonly ArticleResult[], sidecar: ReadonlyMap<string, SourceInfo>, runRejects: readonly RejectDraft[]): Tables {
  const drafts: RejectDraft[] = [...runRejects];
  const kept: (ArticleResult & { article: Article; segmented: Segmented })[] = [];
  const firstByHash = new Map<string, string>();
  for (const result of results) {
    drafts.push(...result.rejects);
    if (!result.article || !result.segmented) continue;
    const { doc } = result.article;
    const earlier = firstByHash.get(doc.sha256);
    if (earlier) {
      // The same bytes twice would count every event twice; the copy is reported, not read.
      drafts.push({
        stage: 'ingest',
        code: 'ingest/duplicate',
        sourceFile: doc.sourceFile,
        recordType: null,
        reason: `Same content as ${earlier}; only that file is read. Remove one of the copies.`,
        detail: { sha256: doc.sha256, kept: earlier },
      });
      continue;
    }
    firstByHash.set(doc.sha256, doc.sourceFile);
    kept.push(result as ArticleResult & { article: Article; segmented: Segmented });
  }
  const merged = merge(
    kept
      .filter((r) => r.extraction)
      .map((r) => ({ articleId: r.article.doc.articleId, sourceFile: r.article.doc.sourceFile, source: r.article.doc.source, extraction: r.extraction! })),
  );
  const articles = kept.map((r) => articleRow(r, sidecar.get(r.article.doc.sourceFile), merged.counts.get(r.article.doc.articleId)));
  const validated = validateTables({ articles, events: merged.events, participants: merged.participants, agreements: merged.agreements, actors: merged.actors, mentions: merged.mentions });
  drafts.push(...validated.rejects);
  const rejectsById = new Map(drafts.map((d) => rejectRow(d)).map((r) => [r.reject_id, r]));
  const rejects = [...rejectsById.keys()].sort(compare).map((id) => rejectsById.get(id)!);
  return { ...validated.tables, rejects };
}

/** Reads a folder of articles and returns the release's tables. */
export async function buildDataset(inputDir: string): Promise<{ tables: Tables; files: number }> {
  const scan = await scanInput(inputDir);
  const sidecar = await readSidecars(inputDir, scan.files);
  const results: ArticleResult[] = [];
  for (const file of scan.files) results.push(processFile(await readInput(inputDir, file)));
  return { tables: assemble(results, sidecar.info, [...scan.rejects, ...sidecar.rejects]), files: scan.files.length };
}

export function pipelineVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function parseArgs(argv: readonly string[]): { input: string; output: string } {
  let input = 'seeds';
  let output = 'dist-data';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = argv[i + 1];
    if ((arg === '--in' || arg === '--seeds') && value) (input = value), i++;
    else if (arg === '--out' && value) (output = value), i++;
    else throw new Error(`unknown argument ${arg}; usage: run.ts [--in DIR] [--out DIR]`);
  }
  return { input, output };
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const { input, output } = parseArgs(process.argv.slice(2));
  const writer = new ReleaseWriter(output, { input });
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
  let tables: Tables;
  let files: number;
  let release: Map<string, Uint8Array>;
  try {
    sayNotes();
    ({ tables, files } = await buildDataset(input));
    release = renderRelease(tables, pipelineVersion());
    await writer.write(release);
    sayNotes();
  } finally {
    await writer.close();
    for (const signal of STOP_SIGNALS) process.removeListener(signal, onSignal);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const lines = [`cybercoop ${pipelineVersion()}: read ${files} files from ${input}/, wrote ${release.size} files to ${output}/ in ${seconds.toFixed(2)} s`];
  for (const [name, rows] of Object.entries(tables)) lines.push(`  ${name.padEnd(12)} ${String((rows as unknown[]).length).padStart(6)} rows`);
  for (const r of tables.rejects) lines.push(`  ${r.severity === 'warning' ? 'warning' : 'reject '} ${r.code} ${r.source_file}: ${r.reason}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`cybercoop: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
