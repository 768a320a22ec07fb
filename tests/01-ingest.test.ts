import test from 'ava';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { decode, listInputFiles, looksBinary, MAX_BYTES, parseSidecar, readInput, readSidecars, type RawFile } from '../pipeline/01-ingest.ts';

const raw = (bytes: number[] | Uint8Array | string, sourceFile = 'a.txt'): RawFile => ({
  sourceFile,
  bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : Uint8Array.from(bytes),
  readError: null,
});

test('UTF-8 text is decoded as is, newlines untouched', (t) => {
  const { doc, rejects } = decode(raw('Hanoï\r\nœ’ «x»'));
  t.deepEqual(rejects, []);
  t.is(doc!.encoding, 'utf-8');
  t.is(doc!.source.text, 'Hanoï\r\nœ’ «x»');
  t.is(doc!.bytes, 19);
  t.regex(doc!.articleId, /^art-[0-9a-f]{16}$/);
});

test('a BOM is removed and does not count in offsets', (t) => {
  const { doc } = decode(raw([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Hanoï')]));
  t.is(doc!.source.text, 'Hanoï');
  t.is(doc!.source.length, 5);
});

test('invalid UTF-8 falls back to Windows-1252 and says so', (t) => {
  // « Hanoï – cœur » in Windows-1252: ï=0xEF, –=0x96, œ=0x9C
  const { doc, rejects } = decode(raw([0x48, 0x61, 0x6e, 0x6f, 0xef, 0x20, 0x96, 0x20, 0x63, 0x9c, 0x75, 0x72]));
  t.deepEqual(rejects, []);
  t.is(doc!.encoding, 'windows-1252');
  t.is(doc!.source.text, 'Hanoï – cœur');
});

test('bytes with no Windows-1252 meaning are refused as unknown encoding', (t) => {
  const { doc, rejects } = decode(raw([0x41, 0xff, 0x81, 0x42]));
  t.is(doc, null);
  t.is(rejects[0]!.code, 'ingest/unknown-encoding');
});

test('empty and whitespace-only files are refused with a reason', (t) => {
  t.is(decode(raw([])).rejects[0]!.code, 'ingest/empty');
  t.is(decode(raw([])).rejects[0]!.reason, 'File is empty.');
  t.is(decode(raw(' \n\r\n\t')).rejects[0]!.reason, 'File holds only whitespace.');
});

test('binary files are refused', (t) => {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d];
  const r = decode(raw(png));
  t.is(r.doc, null);
  t.is(r.rejects[0]!.code, 'ingest/binary');
  t.is(r.rejects[0]!.recordType, null);
  t.false(looksBinary(new TextEncoder().encode('Texte\tnormal\r\n')));
});

test('unreadable and oversized files are refused, never thrown', (t) => {
  t.is(decode({ sourceFile: 'x.txt', bytes: null, readError: 'EACCES' }).rejects[0]!.code, 'ingest/unreadable');
  const big = decode({ sourceFile: 'x.txt', bytes: null, readError: `too-large:${MAX_BYTES + 1}` });
  t.is(big.rejects[0]!.code, 'ingest/too-large');
  t.regex(big.rejects[0]!.reason, /split it/);
});

test('the article id depends on the bytes only', (t) => {
  t.is(decode(raw('même texte', 'a.txt')).doc!.articleId, decode(raw('même texte', 'b/c.txt')).doc!.articleId);
  t.not(decode(raw('un texte')).doc!.articleId, decode(raw('un autre')).doc!.articleId);
});

test('input files are found recursively, sorted, with / separators; missing files become data', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-ingest-'));
  await mkdir(path.join(dir, 'b'));
  await writeFile(path.join(dir, 'b', 'z.txt'), 'z');
  await writeFile(path.join(dir, 'a.TXT'), 'a');
  await writeFile(path.join(dir, 'B.txt'), 'B');
  await writeFile(path.join(dir, 'notes.md'), 'no');
  t.deepEqual(await listInputFiles(dir), ['B.txt', 'a.TXT', 'b/z.txt']);
  const missing = await readInput(dir, 'gone.txt');
  t.is(missing.bytes, null);
  t.is(missing.readError, 'ENOENT');
});

test('the sidecar gives url and outlet; unknown files and repeats are rejects', (t) => {
  const csv = 'file,url,outlet\na.txt,https://x/a,Le Courrier du Vietnam\nb.txt,,\nzzz.txt,https://x/z,X\na.txt,https://x/dup,Y\n';
  const { info, rejects } = parseSidecar(csv, new Set(['a.txt', 'b.txt']));
  t.deepEqual(info.get('a.txt'), { url: 'https://x/a', outlet: 'Le Courrier du Vietnam' });
  t.deepEqual(info.get('b.txt'), { url: null, outlet: null });
  t.deepEqual(rejects.map((r) => r.code), ['ingest/sidecar-unknown-file', 'ingest/sidecar-duplicate']);
  t.regex(rejects[0]!.reason, /row 4 names "zzz.txt"/);
});

test('a sidecar without a file column is one reject, not a crash', (t) => {
  const { info, rejects } = parseSidecar('name,link\na,b\n', new Set(['a.txt']));
  t.is(info.size, 0);
  t.is(rejects[0]!.code, 'ingest/sidecar-header');
});

test('sidecars in subfolders describe the files beside them', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-sidecar-'));
  await mkdir(path.join(dir, 'dev'));
  await writeFile(path.join(dir, 'dev', 'd1.txt'), 'x');
  await writeFile(path.join(dir, 'dev', 'sources.csv'), 'file,url,outlet\nd1.txt,https://x/d1,vietnamplus\n');
  const { info } = await readSidecars(dir, ['dev/d1.txt']);
  t.deepEqual(info.get('dev/d1.txt'), { url: 'https://x/d1', outlet: 'vietnamplus' });
});
