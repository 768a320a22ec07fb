import test from 'ava';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { chooseEncoding, decode, listInputFiles, looksBinary, MAX_BYTES, parseSidecar, readInput, readSidecars, utf8Profile, type RawFile } from '../pipeline/01-ingest.ts';

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

test('a UTF-8 article with one stray byte stays UTF-8: the byte is replaced, counted and reported as a warning', (t) => {
  // « Le ministre a reçu à Hanoï son homologue » in UTF-8, with a Windows-1252 « ’ » (0x92) pasted in.
  const utf8 = new TextEncoder().encode('Le ministre a reçu à Hanoï l');
  const rest = new TextEncoder().encode('homologue de la Sécurité publique.');
  const { doc, rejects } = decode(raw(Uint8Array.from([...utf8, 0x92, ...rest])));
  t.is(doc!.encoding, 'utf-8');
  t.is(doc!.replacedBytes, 1);
  t.is(doc!.source.text, 'Le ministre a reçu à Hanoï l\ufffdhomologue de la Sécurité publique.');
  t.is(rejects.length, 1);
  t.is(rejects[0]!.code, 'ingest/invalid-utf8-bytes');
  t.is(rejects[0]!.severity, 'warning');
  t.is(rejects[0]!.recordType, 'article');
  t.regex(rejects[0]!.reason, /^1 byte is not valid UTF-8 \(first at byte 31\)/);
});

test('a clean file has no replaced bytes and no warning', (t) => {
  const { doc, rejects } = decode(raw('Hanoï – cœur'));
  t.is(doc!.replacedBytes, 0);
  t.deepEqual(rejects, []);
});

test('Windows-1252 only when the whole file reads so; a mixed file takes its larger part and says so', (t) => {
  const cp = (s: string) => [...Buffer.from(s, 'latin1')];
  const u8 = (s: string) => [...new TextEncoder().encode(s)];
  // Three accented letters in Windows-1252, no UTF-8 sequence: Windows-1252, no warning.
  t.like(chooseEncoding(Uint8Array.from(cp('re\xe7u \xe0 Hano\xef'))), { encoding: 'windows-1252', text: 'reçu à Hanoï' });
  t.deepEqual(decode(raw(cp('re\xe7u \xe0 Hano\xef'))).rejects, []);
  // Two UTF-8 letters, one stray byte: UTF-8.
  t.is(chooseEncoding(Uint8Array.from([...u8('reçu à '), 0xef, 0x20]))!.encoding, 'utf-8');
  // One UTF-8 letter among three Windows-1252 ones: Windows-1252, with a warning.
  const mixed = decode(raw([...u8('é'), ...cp(' re\xe7u \xe0 Hano\xef')]));
  t.is(mixed.doc!.encoding, 'windows-1252');
  t.is(mixed.doc!.replacedBytes, 0);
  t.is(mixed.doc!.source.text, 'Ã© reçu à Hanoï');
  t.deepEqual(mixed.rejects.map((r) => [r.code, r.severity]), [['ingest/mixed-encoding', 'warning']]);
  // Bytes Windows-1252 leaves undefined (0x81) in a mostly UTF-8 file: UTF-8 with the byte replaced.
  t.like(chooseEncoding(Uint8Array.from([...u8('Hanoï, '), 0x81])), { encoding: 'utf-8', text: 'Hanoï, \ufffd' });
});

test('the replaced-byte count is what the UTF-8 decoder replaces, one U+FFFD per bad run as in Python', (t) => {
  // Truncated, overlong, surrogate, above U+10FFFF, lone continuation bytes.
  const cases: [number[], number, string][] = [
    [[0x61, 0xe2, 0x82, 0x78], 2, 'a\ufffdx'],
    [[0xc0, 0xaf], 2, '\ufffd\ufffd'],
    [[0xed, 0xa0, 0x80, 0x7a], 3, '\ufffd\ufffd\ufffdz'],
    [[0xf4, 0x90, 0x80, 0x80], 4, '\ufffd\ufffd\ufffd\ufffd'],
    [[0xf0, 0x9f, 0x98], 3, '\ufffd'],
    [[0x80, 0xbf], 2, '\ufffd\ufffd'],
  ];
  for (const [bytes, invalid, text] of cases) {
    t.is(utf8Profile(Uint8Array.from(bytes)).invalid, invalid, JSON.stringify(bytes));
    t.is(new TextDecoder().decode(Uint8Array.from(bytes)), text);
  }
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: 'grapheme', maxLength: 16 }), (noise, good) => {
      const bytes = Uint8Array.from([...new TextEncoder().encode(good), ...noise]);
      const profile = utf8Profile(bytes);
      const decoded = new TextDecoder().decode(bytes);
      // Every byte is either in a well-formed sequence or replaced: re-encoding the decoded text gives back
      // the bytes with each bad run turned into EF BF BD.
      const replacements = [...decoded].filter((c) => c === '\ufffd').length - countValidReplacementChars(bytes);
      const validBytes = new TextEncoder().encode(decoded).length - 3 * replacements;
      t.is(validBytes + profile.invalid, bytes.length);
      return (profile.invalid === 0) === (replacements === 0);
    }),
  );
});

/** U+FFFD written as such in the input (EF BF BD, always a sequence of its own: EF never continues one) is a character, not a replacement. */
function countValidReplacementChars(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}

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
  t.teardown(() => rm(dir, { recursive: true, force: true }));
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
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  await mkdir(path.join(dir, 'dev'));
  await writeFile(path.join(dir, 'dev', 'd1.txt'), 'x');
  await writeFile(path.join(dir, 'dev', 'sources.csv'), 'file,url,outlet\nd1.txt,https://x/d1,vietnamplus\n');
  const { info } = await readSidecars(dir, ['dev/d1.txt']);
  t.deepEqual(info.get('dev/d1.txt'), { url: 'https://x/d1', outlet: 'vietnamplus' });
});
