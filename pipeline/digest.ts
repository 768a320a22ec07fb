/**
 * What the per-article stages hand to the corpus stage, in a form that
 * crosses a worker thread, goes into the cache and comes back the same:
 *
 * - the head (kept in memory for the whole run, a few hundred bytes): the
 *   article row without its cross-article columns, the publication days and
 *   the story fingerprint;
 * - the body (the extraction and the evidence text of every span it cites),
 *   serialised with v8's structured serialiser, which keeps Maps, Sets and
 *   shared references, and read back only when the merge needs it.
 *
 * The bytes depend only on the file's bytes and name and on the pipeline,
 * never on which thread made them.
 */
import v8 from 'node:v8';
import type { ArticleRow } from '../schemas/articles.ts';
import type { Article } from './02-clean.ts';
import type { Extraction } from './06-extract.ts';
import { fingerprint, type Fingerprint } from './fingerprint.ts';
import type { RejectDraft } from './rejects.ts';
import type { ArticleResult } from './run.ts';
import type { Span } from './source.ts';

/** The article row as one file gives it: url and outlet come from the sidecar, the counts and story from the corpus. */
export type ArticleRowBase = Omit<ArticleRow, 'url' | 'outlet' | 'events' | 'agreements' | 'story_id'>;

export interface ArticleHead {
  articleId: string;
  sha256: string;
  row: ArticleRowBase;
  /** Earliest and latest publication day, when the year is known. */
  published: { start: string; end: string } | null;
  fingerprint: Fingerprint;
}

export interface ArticleBody {
  extraction: Extraction;
  /** The text of every span the extraction cites, by `start:end`. */
  evidence: Map<string, string>;
}

/** One input file after the per-article stages. */
export interface ArticleEntry {
  sourceFile: string;
  rejects: RejectDraft[];
  /** Null when the file was not read or not decoded. */
  head: ArticleHead | null;
  /** Null when nothing was extracted (no body, not French); serialised (`encodeBody`) once it left the thread that made it. */
  body: ArticleBody | Uint8Array | null;
}


export const spanKey = (span: Span) => `${span.start}:${span.end}`;

/** The entry of a per-article result: what the corpus stage needs of it, and nothing of the text but the evidence. */
export function entryOf(result: ArticleResult, noiseChars: (article: Article) => number): ArticleEntry {
  const { article, segmented, extraction } = result;
  if (!article || !segmented) return { sourceFile: result.sourceFile, rejects: result.rejects, head: null, body: null };
  const { doc } = article;
  const published = article.published?.date;
  const head: ArticleHead = {
    articleId: doc.articleId,
    sha256: doc.sha256,
    row: {
      article_id: doc.articleId,
      source_file: doc.sourceFile,
      source_sha256: doc.sha256,
      bytes: doc.bytes,
      encoding: doc.encoding,
      title: article.title?.text ?? null,
      published: published?.edtf ?? null,
      published_basis: article.published?.basis ?? 'none',
      language: article.language,
      chars: doc.source.length,
      body_char_start: article.body.start,
      body_char_end: article.body.end,
      noise_chars: noiseChars(article),
      sentences: segmented.sentences.length,
      replaced_bytes: doc.replacedBytes,
    },
    published: published?.start && published.end ? { start: published.start, end: published.end } : null,
    fingerprint: fingerprint(article, result.countries ?? []),
  };
  let body: ArticleBody | null = null;
  if (extraction) {
    const evidence = new Map<string, string>();
    const cite = (span: Span) => {
      const key = spanKey(span);
      if (!evidence.has(key)) evidence.set(key, doc.source.slice(span));
    };
    for (const e of extraction.events) {
      e.mentions.forEach(cite);
      for (const p of e.participants) cite(p.evidence);
    }
    for (const a of extraction.agreements) a.mentions.forEach(cite);
    for (const a of extraction.actors.values()) a.mentions.forEach(cite);
    body = { extraction, evidence };
  }
  return { sourceFile: result.sourceFile, rejects: result.rejects, head, body };
}

export function encodeBody(body: ArticleBody): Uint8Array {
  return v8.serialize(body);
}

export function bodyOf(entry: ArticleEntry): ArticleBody | null {
  if (!entry.body) return null;
  if (entry.body instanceof Uint8Array) return v8.deserialize(entry.body) as ArticleBody;
  return entry.body;
}

/** An entry as bytes (for a worker's reply and the cache): the body serialised inside. */
export function encodeEntry(entry: ArticleEntry): Uint8Array {
  const body = entry.body && !(entry.body instanceof Uint8Array) ? encodeBody(entry.body) : entry.body;
  return v8.serialize({ ...entry, body });
}

export function decodeEntry(bytes: Uint8Array): ArticleEntry {
  const entry = v8.deserialize(bytes) as ArticleEntry;
  // v8 gives Buffers back as Uint8Array views; keep them as they are.
  return entry;
}
