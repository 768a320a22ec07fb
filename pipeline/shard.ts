/**
 * The per-article map on shards, and what the reduce reads back (SCALE.md).
 *
 * `--shard k/n` maps the files whose path hash falls in shard k and writes
 * one Parquet partition:
 *
 *   <parts>/map-<pipeline key>/shard=<k>-of-<n>/entries-<sha256 of the file>.parquet
 *
 * one row per file of the shard (its entry, serialised as in the cache, and
 * its sidecar's url and outlet) and one per reject the input listing gives
 * that shard (a link leading outside, a sidecar line that names no file).
 * Each row carries its position in the whole run (the file's rank in the
 * sorted listing, the reject's rank among the run's rejects), so the reduce
 * puts everything back in the order one whole run sees it, and the release
 * is the same bytes. The file's metadata says which shard of which run it is
 * and digests the whole listing, so partitions of different inputs, counts
 * or pipelines are told apart, and a missing or doubled one is named.
 *
 * The name is the sha256 of the file's bytes: the same shard of the same
 * input always gives the same name, a partition cut short or altered fails
 * its own name, and a scheduler can see what exists.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import { threadId } from 'node:worker_threads';
import type { Table } from 'apache-arrow';
import type { InputScan, SourceInfo } from './01-ingest.ts';
import { decodeEntry, encodeEntry, type ArticleEntry } from './digest.ts';
import { errnoOf, explainErrno } from './errno.ts';
import { writeDurably } from './09-export/write.ts';
import type { RejectDraft } from './rejects.ts';

export interface Shard {
  k: number;
  n: number;
}

const FORMAT = 'cybercoop-parts-1';
const PARTITION = /^entries-([0-9a-f]{64})\.parquet$/;
const SHARD_FOLDER = /^shard=(\d+)-of-(\d+)$/;
/** Rows per row group: a few thousand entries, so a reader needs one group at a time. */
const GROUP_ROWS = 4096;

/** The shard (1 … n) a file belongs to: its path relative to the input, hashed, so adding files moves only theirs. */
export function shardOf(sourceFile: string, n: number): number {
  return Number(BigInt(`0x${createHash('sha256').update(sourceFile).digest('hex')}`) % BigInt(n)) + 1;
}

/** `k/n` as the command line gives it. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text);
  if (!m) return null;
  const k = Number(m[1]);
  const n = Number(m[2]);
  return k >= 1 && k <= n ? { k, n } : null;
}

/** Everything but the files' bytes: the same listing on every machine gives the same digest, whatever shard it maps. */
export function listingDigest(scan: InputScan, sidecar: { info: ReadonlyMap<string, SourceInfo>; rejects: readonly RejectDraft[] }): string {
  const info = [...sidecar.info].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify([FORMAT, scan.files, scan.rejects, info, sidecar.rejects])).digest('hex');
}

interface Metadata {
  format: typeof FORMAT;
  pipeline_key: string;
  shard: number;
  of: number;
  listing: string;
  /** Files and run rejects in the whole listing, and in this shard. */
  files: number;
  rejects: number;
  shard_files: number;
  shard_rejects: number;
}

export interface ShardContent {
  key: string;
  shard: Shard;
  listing: string;
  files: number;
  /** This shard's entries, with each file's position in the listing. */
  entries: { position: number; entry: ArticleEntry; info: SourceInfo | undefined }[];
  /** All the run's rejects (listing and sidecars), in order; this shard keeps those of its own paths. */
  runRejects: readonly RejectDraft[];
}

const keyFolder = (parts: string, key: string) => path.join(parts, `map-${key}`);

/** Writes one shard's partition; returns its path. Other partitions of the same shard (an older input) are removed once this one is in place. */
export async function writePartition(parts: string, content: ShardContent): Promise<{ file: string; bytes: number }> {
  const { shard } = content;
  const mine = content.runRejects.map((r, position) => ({ r, position })).filter((x) => shardOf(x.r.sourceFile, shard.n) === shard.k);
  const rows = [
    ...content.entries.map((e) => ({ kind: 'article', position: e.position, source_file: e.entry.sourceFile, data: encodeEntry(e.entry), url: e.info?.url ?? null, outlet: e.info?.outlet ?? null })),
    ...mine.map(({ r, position }) => ({ kind: 'reject', position, source_file: r.sourceFile, data: new Uint8Array(v8.serialize(r)), url: null, outlet: null })),
  ];
  // Loaded here, not with the module: the command line reads --shard without starting Arrow and the Parquet engine.
  const { Binary, Field, Int32, Schema, Table, tableToIPC, Utf8, vectorFromArray } = await import('apache-arrow');
  const { Compression, Table: WasmTable, writeParquet, WriterPropertiesBuilder } = await import('parquet-wasm');
  const metadata: Metadata = {
    format: FORMAT,
    pipeline_key: content.key,
    shard: shard.k,
    of: shard.n,
    listing: content.listing,
    files: content.files,
    rejects: content.runRejects.length,
    shard_files: content.entries.length,
    shard_rejects: mine.length,
  };
  const schema = new Schema(
    [
      new Field('kind', new Utf8(), false),
      new Field('position', new Int32(), false),
      new Field('source_file', new Utf8(), false),
      new Field('data', new Binary(), false),
      new Field('url', new Utf8(), true),
      new Field('outlet', new Utf8(), true),
    ],
    new Map([[FORMAT, JSON.stringify(metadata)]]),
  );
  const table = new Table(schema, {
    kind: vectorFromArray(rows.map((r) => r.kind), new Utf8()),
    position: vectorFromArray(rows.map((r) => r.position), new Int32()),
    source_file: vectorFromArray(rows.map((r) => r.source_file), new Utf8()),
    data: vectorFromArray(rows.map((r) => r.data), new Binary()),
    url: vectorFromArray(rows.map((r) => r.url), new Utf8()),
    outlet: vectorFromArray(rows.map((r) => r.outlet), new Utf8()),
  });
  const properties = new WriterPropertiesBuilder().setCompression(Compression.ZSTD).setMaxRowGroupSize(GROUP_ROWS).build();
  // writeParquet consumes (frees) the wasm table and the properties.
  const bytes = writeParquet(WasmTable.fromIPCStream(tableToIPC(table, 'stream')), properties);
  const folder = path.join(keyFolder(parts, content.key), `shard=${shard.k}-of-${shard.n}`);
  const name = `entries-${createHash('sha256').update(bytes).digest('hex')}.parquet`;
  const file = path.join(folder, name);
  try {
    await mkdir(folder, { recursive: true });
    // Under a temporary name, flushed, then renamed: a killed run leaves no partition that looks whole.
    const tmp = `${file}.tmp-${process.pid}-${threadId}`;
    await writeDurably(tmp, bytes);
    await rename(tmp, file);
  } catch (error) {
    const code = errnoOf(error);
    if (!code) throw error;
    throw new Error(`could not write the partition ${file}: ${explainErrno(code)}`);
  }
  // Only files whose bytes hash to their own name are partitions this layout wrote; anything else is left alone.
  for (const other of await readdir(folder)) {
    const m = PARTITION.exec(other);
    if (!m || other === name) continue;
    const old = await readFile(path.join(folder, other)).catch(() => null);
    if (old && createHash('sha256').update(old).digest('hex') === m[1]) await unlink(path.join(folder, other)).catch(() => undefined);
  }
  return { file, bytes: bytes.length };
}

/** What the reduce gets from every partition: the run's entries and rejects in the order one whole run has them. */
export interface PartsContent {
  files: number;
  partitions: number;
  entries: ArticleEntry[];
  sidecar: Map<string, SourceInfo>;
  runRejects: RejectDraft[];
}

/** Reads and checks every partition of `key` under `parts`: one per shard, all of one run, together every file once. */
export async function readPartitions(parts: string, key: string): Promise<PartsContent> {
  const folder = keyFolder(parts, key);
  let shardFolders: string[];
  try {
    shardFolders = (await readdir(folder)).filter((n) => SHARD_FOLDER.test(n)).sort();
  } catch (error) {
    const code = errnoOf(error);
    if (code !== 'ENOENT') throw new Error(`cannot read ${folder}: ${explainErrno(code)}`);
    const others = await readdir(parts).then((names) => names.filter((n) => /^map-[0-9a-f]{24}$/.test(n)).sort(), () => null);
    if (others === null) throw new Error(`parts folder ${parts} does not exist`);
    throw new Error(
      others.length > 0
        ? `${parts} holds no partition of this pipeline (key ${key}), only of ${others.map((o) => o.slice(4)).join(', ')}: map the shards again with this version, the same Node and the same build`
        : `${parts} holds no partition: map the input first with --shard k/n --parts ${parts}`,
    );
  }
  const counts = new Set(shardFolders.map((n) => Number(SHARD_FOLDER.exec(n)![2])));
  if (counts.size === 0) throw new Error(`${folder} holds no shard: map the input first with --shard k/n`);
  if (counts.size > 1) throw new Error(`${folder} holds shards of ${[...counts].sort((a, b) => a - b).join(' and of ')} runs; remove the folders of the count not in use`);
  const n = [...counts][0]!;
  const { tableFromIPC } = await import('apache-arrow');
  const { readParquet } = await import('parquet-wasm');
  let first: Metadata | null = null;
  let entries: (ArticleEntry | undefined)[] = [];
  let rejects: (RejectDraft | undefined)[] = [];
  const sidecar = new Map<string, SourceInfo>();
  for (let k = 1; k <= n; k++) {
    const sub = path.join(folder, `shard=${k}-of-${n}`);
    const names = await readdir(sub).then((all) => all.filter((x) => PARTITION.test(x)), () => [] as string[]);
    if (names.length === 0) throw new Error(`shard ${k}/${n} is missing from ${folder}: run --shard ${k}/${n}`);
    if (names.length > 1) throw new Error(`shard ${k}/${n} has ${names.length} partitions in ${sub}; keep the one of the input to reduce`);
    const file = path.join(sub, names[0]!);
    const bytes = await readFile(file);
    if (createHash('sha256').update(bytes).digest('hex') !== PARTITION.exec(names[0]!)![1]) throw new Error(`${file} is cut short or altered (its bytes do not hash to its name): run --shard ${k}/${n} again`);
    let table: Table;
    try {
      table = tableFromIPC(readParquet(bytes).intoIPCStream());
    } catch (error) {
      throw new Error(`${file} is not a readable partition (${error instanceof Error ? error.message : String(error)})`);
    }
    const meta = JSON.parse(table.schema.metadata.get(FORMAT) ?? 'null') as Metadata | null;
    if (!meta || meta.format !== FORMAT || meta.pipeline_key !== key || meta.shard !== k || meta.of !== n) throw new Error(`${file} is not shard ${k}/${n} of this pipeline's map`);
    if (!first) {
      first = meta;
      entries = new Array(meta.files);
      rejects = new Array(meta.rejects);
    } else if (meta.listing !== first.listing || meta.files !== first.files || meta.rejects !== first.rejects) {
      throw new Error(`shard ${k}/${n} was mapped from another input than shard 1/${n} (the files listed differ): map every shard of the same input`);
    }
    const kind = table.getChild('kind')!;
    const position = table.getChild('position')!;
    const sourceFile = table.getChild('source_file')!;
    const data = table.getChild('data')!;
    const url = table.getChild('url')!;
    const outlet = table.getChild('outlet')!;
    let articles = 0;
    let dropped = 0;
    for (let i = 0; i < table.numRows; i++) {
      const at = position.get(i) as number;
      const file = sourceFile.get(i) as string;
      if (shardOf(file, n) !== k) throw new Error(`${sub} holds ${file}, which belongs to shard ${shardOf(file, n)}/${n}`);
      const bytesOf = data.get(i) as Uint8Array;
      if (kind.get(i) === 'article') {
        if (!(at >= 0 && at < entries.length) || entries[at]) throw new Error(`${file} appears twice, or out of place, in the partitions`);
        const entry = decodeEntry(bytesOf);
        if (entry.sourceFile !== file) throw new Error(`${sub}: the entry of ${file} is another file's`);
        entries[at] = entry;
        const u = url.get(i) as string | null;
        const o = outlet.get(i) as string | null;
        if (u !== null || o !== null) sidecar.set(file, { url: u, outlet: o });
        articles++;
      } else {
        if (!(at >= 0 && at < rejects.length) || rejects[at]) throw new Error(`a reject of ${file} appears twice, or out of place, in the partitions`);
        rejects[at] = v8.deserialize(bytesOf) as RejectDraft;
        dropped++;
      }
    }
    if (articles !== meta.shard_files || dropped !== meta.shard_rejects) throw new Error(`${file} holds ${articles} files and ${dropped} rejects where its metadata says ${meta.shard_files} and ${meta.shard_rejects}`);
  }
  const lost = entries.findIndex((e) => !e);
  if (lost >= 0 || rejects.some((r) => !r)) throw new Error(`the partitions in ${folder} lack ${lost >= 0 ? `file number ${lost + 1} of the listing` : 'a reject of the listing'}; map every shard again`);
  // Positions are ranks in a listing sorted by path: entries back in that order are one whole run's order.
  for (let i = 1; i < entries.length; i++) if (!(entries[i - 1]!.sourceFile < entries[i]!.sourceFile)) throw new Error(`the partitions in ${folder} list their files out of order`);
  return { files: entries.length, partitions: n, entries: entries as ArticleEntry[], sidecar, runRejects: rejects as RejectDraft[] };
}
