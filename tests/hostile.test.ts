/** Every hostile file is accounted for in `articles` or `rejects`, and one bad file never stops the others. */
import test from 'ava';
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildDataset } from '../pipeline/run.ts';
import { MAX_BYTES } from '../pipeline/01-ingest.ts';

test('binary, empty, cp1252, huge, non-French, unreadable and duplicate files', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-hostile-'));
  const good = ' date 2026-01-15 Titre\n\nLe ministre de la Police, Luong Tam Quang, s’est entretenu jeudi 15 janvier à Hanoï avec la ministre singapourienne, Josephine Teo.';
  await writeFile(path.join(dir, 'a-good.txt'), good);
  await writeFile(path.join(dir, 'b-copy.txt'), good);
  await writeFile(path.join(dir, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
  await writeFile(path.join(dir, 'd-empty.txt'), '');
  // « Hanoï – cœur » in Windows-1252.
  await writeFile(path.join(dir, 'e-cp1252.txt'), Buffer.from('Titre\n\nLe ministre a re\xe7u \xe0 Hano\xef son homologue \x96 c\x9cur de la coop\xe9ration bilat\xe9rale entre les deux pays.', 'latin1'));
  await writeFile(path.join(dir, 'f-huge.txt'), Buffer.alloc(MAX_BYTES + 1, 0x61));
  await writeFile(path.join(dir, 'g-vietnamese.txt'), 'Tiêu đề\n\nBộ trưởng Bộ Công an đã tiếp người đồng cấp Singapore tại Hà Nội để thảo luận về hợp tác an ninh mạng giữa hai nước trong thời gian tới và nhiều vấn đề khác.');
  await writeFile(path.join(dir, 'h-unreadable.txt'), 'secret');
  await chmod(path.join(dir, 'h-unreadable.txt'), 0o000);
  await mkdir(path.join(dir, 'sub'));
  await writeFile(path.join(dir, 'sub', 'i-nested.txt'), 'Titre\n\n>> Lien\n\nPhoto : VNA');

  const { tables, files } = await buildDataset(dir);
  t.is(files, 9);
  const listed = new Set(tables.articles.map((a) => a.source_file));
  const refused = new Map(tables.rejects.map((r) => [r.source_file, r.code]));
  for (const f of ['a-good.txt', 'b-copy.txt', 'c-binary.txt', 'd-empty.txt', 'e-cp1252.txt', 'f-huge.txt', 'g-vietnamese.txt', 'h-unreadable.txt', 'sub/i-nested.txt']) {
    t.true(listed.has(f) || refused.has(f), `${f} is accounted for`);
  }
  t.is(refused.get('b-copy.txt'), 'ingest/duplicate');
  t.is(refused.get('c-binary.txt'), 'ingest/binary');
  t.is(refused.get('d-empty.txt'), 'ingest/empty');
  t.is(refused.get('f-huge.txt'), 'ingest/too-large');
  t.is(refused.get('g-vietnamese.txt'), 'clean/not-french');
  t.is(refused.get('sub/i-nested.txt'), 'clean/no-body');
  // Root can read a file whatever its mode; anyone else gets a reject.
  if (process.getuid?.() !== 0) t.is(refused.get('h-unreadable.txt'), 'ingest/unreadable');
  const cp1252 = tables.articles.find((a) => a.source_file === 'e-cp1252.txt')!;
  t.is(cp1252.encoding, 'windows-1252');
  t.is(tables.articles.find((a) => a.source_file === 'g-vietnamese.txt')?.language, 'vi');
  t.is(tables.events.length, 1);
  t.is(tables.events[0]!.source_file, 'a-good.txt');
  for (const r of tables.rejects) t.regex(r.reason, /\S.{10,}/);
});

test('a UTF-8 article with one stray byte keeps its accents and its people, with a warning', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-stray-'));
  const text = ' date 2026-01-15 Titre\n\nLe ministre de la Sécurité publique, Lương Tam Quang, s’est entretenu jeudi 15 janvier à Hanoï avec la ministre singapourienne, Josephine Teo. Les deux parties ont salué la coopération\u0000 en matière de cybersécurité.';
  const bytes = Buffer.from(new TextEncoder().encode(text));
  // The NUL placeholder becomes a lone 0x92 (Windows-1252 « ’ ») in otherwise UTF-8 bytes.
  bytes[bytes.indexOf(0)] = 0x92;
  await writeFile(path.join(dir, 'stray.txt'), bytes);
  const { tables } = await buildDataset(dir);
  const article = tables.articles[0]!;
  t.is(article.encoding, 'utf-8');
  t.is(article.replaced_bytes, 1);
  t.deepEqual(tables.rejects.map((r) => [r.code, r.severity, r.source_file]), [['ingest/invalid-utf8-bytes', 'warning', 'stray.txt']]);
  t.is(tables.events.length, 1);
  t.deepEqual(tables.participants.map((p) => p.name).sort(), ['Josephine Teo', 'Lương Tam Quang']);
  t.true(tables.events[0]!.evidence.includes('Sécurité publique'));
});
