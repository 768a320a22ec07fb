/**
 * An unchanged rerun: when the output already holds, intact, the release
 * this pipeline built from these very input files with these options, the
 * corpus stage and the export would write the same bytes again, so they are
 * skipped.
 *
 * After each full build the run records a stamp in the per-article cache,
 * under the pipeline key and the sha256 of the release's marker (which
 * lists the sha256 of every file of the release): the digest of the input
 * as the build read it, the options that change what is written, and what
 * the summary prints. The next run takes the shortcut only if every one of
 * these holds: a stamp for the marker now in the output, the output holding
 * exactly the files the marker lists with those hashes, the same options, and
 * the input read again giving the same digest. Any doubt is a full build.
 *
 * Nothing lives in the release itself: the pipeline key hashes the Node
 * version and the code, which the release's bytes must not depend on.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readInput, readSidecars, scanInput, type InputScan, type SourceInfo } from './01-ingest.ts';
import { intactRelease, MARKER } from './09-export/write.ts';
import { ArticleCache } from './cache.ts';
import type { RejectDraft } from './rejects.ts';

/** What the summary and --stats of a build say, kept so that a skipped rerun says the same. */
export interface BuildRecord {
  files: number;
  articles: number;
  input_bytes: number;
  rows: Record<string, number>;
  /** The summary's reject lines, as printed. */
  rejects: string[];
}

interface Stamp extends BuildRecord {
  format: 'cybercoop-build-1';
  input: string;
  options: string;
}

/** The options that change what a run writes (or whether it writes): any other (workers, quiet, stats) does not. */
export function optionsKey(options: { strict: boolean }): string {
  return JSON.stringify({ strict: options.strict });
}

/**
 * The input as a run reads it, in one hash: every file's path and the sha256
 * of its bytes (or why it could not be read), what the scan refused, and
 * what the sidecars give each file.
 */
export function inputDigest(scan: InputScan, sidecar: { info: ReadonlyMap<string, SourceInfo>; rejects: readonly RejectDraft[] }, reads: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update('cybercoop-input-1\n');
  scan.files.forEach((file, i) => hash.update(`${JSON.stringify(file)} ${reads[i] ?? '?'}\n`));
  hash.update(`scan ${JSON.stringify(scan.rejects)}\n`);
  const info = [...sidecar.info].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  hash.update(`sidecars ${JSON.stringify(info)} ${JSON.stringify(sidecar.rejects)}\n`);
  return hash.digest('hex');
}

/** Lists and reads the input as a build would, without running any stage on it. */
export async function readInputDigest(input: string): Promise<{ digest: string; files: number }> {
  const scan = await scanInput(input);
  const sidecar = await readSidecars(input, scan.files);
  const reads: string[] = new Array(scan.files.length);
  // A few files in flight: each read is several small system calls, which the thread pool overlaps.
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < scan.files.length; i = next++) {
      const raw = await readInput(input, scan.files[i]!);
      reads[i] = raw.bytes ? createHash('sha256').update(raw.bytes).digest('hex') : `!${raw.readError}`;
    }
  };
  await Promise.all(Array.from({ length: 8 }, reader));
  return { digest: inputDigest(scan, sidecar, reads), files: scan.files.length };
}

const stampId = (key: string, marker: string) => createHash('sha256').update(`release\u0000${key}\u0000${marker}`).digest('hex');

export function putStamp(cache: { dir: string; key: string }, marker: string, input: string, options: string, record: BuildRecord): void {
  const stamp: Stamp = { format: 'cybercoop-build-1', input, options, ...record };
  new ArticleCache(cache.dir, cache.key).put(stampId(cache.key, marker), Buffer.from(JSON.stringify(stamp)));
}

/** The stamp of the release whose marker hashes to `marker`, if this pipeline built it; an entry that does not parse is none. */
export function getStamp(cache: { dir: string; key: string }, marker: string): (BuildRecord & { input: string; options: string }) | null {
  const bytes = new ArticleCache(cache.dir, cache.key).get(stampId(cache.key, marker));
  if (!bytes) return null;
  try {
    const stamp = JSON.parse(Buffer.from(bytes).toString('utf8')) as Partial<Stamp>;
    if (stamp.format !== 'cybercoop-build-1' || typeof stamp.input !== 'string' || typeof stamp.options !== 'string') return null;
    if (typeof stamp.files !== 'number' || typeof stamp.articles !== 'number' || typeof stamp.input_bytes !== 'number') return null;
    if (typeof stamp.rows !== 'object' || stamp.rows === null || !Array.isArray(stamp.rejects)) return null;
    return stamp as Stamp;
  } catch {
    return null;
  }
}

/**
 * The build record of the release in `out` when rebuilding it would give the
 * same bytes: see the module's comment for what must hold. The stamp is
 * looked up first from the marker alone, so a release of another pipeline or
 * input costs one small read before the full build.
 */
export async function unchangedRelease(out: string, input: string, cache: { dir: string; key: string }, options: string): Promise<{ record: BuildRecord; sizes: Map<string, number> } | null> {
  let marker: string;
  try {
    marker = createHash('sha256').update(await readFile(path.join(out, MARKER))).digest('hex');
  } catch {
    return null;
  }
  const stamp = getStamp(cache, marker);
  if (!stamp || stamp.options !== options) return null;
  const release = await intactRelease(out);
  if (!release || release.marker !== marker) return null;
  if ((await readInputDigest(input)).digest !== stamp.input) return null;
  const { files, articles, input_bytes, rows, rejects } = stamp;
  return { record: { files, articles, input_bytes, rows, rejects }, sizes: release.sizes };
}
