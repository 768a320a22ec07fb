/** Every hostile file is accounted for in `articles` or `rejects`, and one bad file never stops the others. */
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildDataset } from '../pipeline/run.ts';
import { decode, MAX_BYTES, readInput } from '../pipeline/01-ingest.ts';

test('binary, empty, cp1252, huge, non-French, unreadable and duplicate files', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-hostile-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
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
  t.teardown(() => rm(dir, { recursive: true, force: true }));
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

test('special files: FIFOs, sockets, devices, links out of the folder, loops, folders named *.txt, bad names, deep paths', async (t) => {
  t.timeout(120_000);
  const base = await mkdtemp(path.join(os.tmpdir(), 'cc-special-'));
  t.teardown(() => rm(base, { recursive: true, force: true }));
  const dir = path.join(base, 'in');
  await mkdir(path.join(dir, 'sub'), { recursive: true });
  const good = ' date 2026-01-15 Titre\n\nLe ministre de la Police, Luong Tam Quang, s’est entretenu jeudi 15 janvier à Hanoï avec la ministre singapourienne, Josephine Teo.';
  await writeFile(path.join(dir, 'sub', 'real.txt'), good);
  // Outside the input: a file that must never be read or published.
  await writeFile(path.join(base, 'secret.txt'), 'Titre SECRET-OUTSIDE\n\nroot:x:0:0:root:/root:/bin/bash SECRET-OUTSIDE');
  await symlink(path.join(base, 'secret.txt'), path.join(dir, 'passwd.txt'));
  await symlink(base, path.join(dir, 'parent-link'));
  await symlink('/dev/zero', path.join(dir, 'zero.txt'));
  await symlink('sub/real.txt', path.join(dir, 'to-real.txt'));
  await symlink('sub', path.join(dir, 'sub-link'));
  await symlink('loop.txt', path.join(dir, 'loop.txt'));
  await symlink('nowhere.txt', path.join(dir, 'broken.txt'));
  execFileSync('mkfifo', [path.join(dir, 'fifo.txt'), path.join(dir, 'sources.csv')]);
  await symlink('fifo.txt', path.join(dir, 'fifo-link.txt'));
  await mkdir(path.join(dir, 'folder.txt'));
  await writeFile(path.join(dir, 'folder.txt', 'inner.txt'), good.replace('Titre', 'Autre titre'));
  await writeFile(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), good.replace('Titre', 'Nom latin-1'));
  // A path longer than the system accepts, built one relative step at a time.
  const long = 'd'.repeat(200);
  execFileSync('bash', ['-c', `cd "$1" && for i in $(seq 22); do mkdir ${long} && cd ${long}; done && echo texte > deep.txt`, 'bash', path.join(dir, 'sub')]);
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(path.join(dir, 'socket.txt'), resolve));
  try {
    const { tables, files } = await buildDataset(dir);
    const refused = new Map(tables.rejects.map((r) => [r.source_file, r]));
    const code = (f: string) => refused.get(f)?.code;
    t.is(code('passwd.txt'), 'ingest/outside-input');
    t.is(code('parent-link'), 'ingest/outside-input');
    t.is(code('zero.txt'), 'ingest/outside-input');
    t.is(code('fifo.txt'), 'ingest/not-a-file');
    t.regex(refused.get('fifo.txt')!.reason, /named pipe/);
    t.is(code('fifo-link.txt'), 'ingest/not-a-file');
    t.is(code('sources.csv'), 'ingest/not-a-file');
    t.is(code('socket.txt'), 'ingest/not-a-file');
    t.is(code('folder.txt'), 'ingest/not-a-file');
    t.is(code('loop.txt'), 'ingest/unreadable');
    t.regex(refused.get('loop.txt')!.reason, /loop/);
    t.is(code('broken.txt'), 'ingest/unreadable');
    t.is(code('caf\ufffd.txt'), 'ingest/bad-file-name');
    t.regex(refused.get('caf\ufffd.txt')!.reason, /not valid UTF-8/);
    t.is(code('to-real.txt'), 'ingest/duplicate', 'a link inside the folder is read, as the copy of its target');
    const deep = tables.rejects.find((r) => r.code === 'ingest/unreadable-folder');
    t.truthy(deep, 'the over-long folder is a reject');
    t.regex(deep!.reason, /longer than the system accepts/);
    // The good file is read once, through its real path; nothing of the outside file is anywhere.
    t.deepEqual(tables.articles.map((a) => a.source_file), ['sub/real.txt']);
    t.is(files, 2);
    t.is(tables.events.length, 1);
    t.false(JSON.stringify(tables).includes('SECRET-OUTSIDE'));
    t.false(JSON.stringify(tables).includes(base), 'no absolute path is published');
    for (const r of tables.rejects) t.is(r.severity, 'error');
  } finally {
    server.close();
    execFileSync('rm', ['-rf', base]);
  }
});

test('reading is bounded by type and size, whatever the file says', async (t) => {
  // A device that never ends is refused by type, never opened.
  t.deepEqual(await readInput('/dev', 'zero'), { sourceFile: 'zero', bytes: null, readError: 'not-a-file:character device' });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-bounded-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
  // A FIFO with no writer would block an ordinary open forever.
  t.is((await readInput(dir, 'pipe.txt')).readError, 'not-a-file:named pipe (FIFO)');
  await writeFile(path.join(dir, 'big.txt'), Buffer.alloc(MAX_BYTES + 10, 0x61));
  t.is((await readInput(dir, 'big.txt')).readError, `too-large:${MAX_BYTES + 10}`);
  await writeFile(`${dir}-outside.txt`, 'dehors');
  t.is((await readInput(dir, `../${path.basename(dir)}-outside.txt`)).readError, 'outside-input');
  await rm(`${dir}-outside.txt`);
  t.regex(decode({ sourceFile: 'x.txt', bytes: null, readError: 'ENAMETOOLONG' }).rejects[0]!.reason, /longer than the system accepts/);
  t.notRegex(decode({ sourceFile: 'x.txt', bytes: null, readError: 'EACCES' }).rejects[0]!.reason, /ENOENT/);
  await rm(dir, { recursive: true, force: true });
});

test('a folder that cannot be listed is one reject and the run goes on', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-locked-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  await mkdir(path.join(dir, 'locked'));
  await writeFile(path.join(dir, 'locked', 'a.txt'), 'Titre\n\nUn texte assez long pour être lu comme un article en français.');
  await writeFile(path.join(dir, 'open.txt'), 'Titre\n\nUn autre texte assez long pour être lu comme un article en français.');
  await chmod(path.join(dir, 'locked'), 0o000);
  try {
    const { tables } = await buildDataset(dir);
    t.true(tables.articles.some((a) => a.source_file === 'open.txt'));
    // Root lists any folder whatever its mode; anyone else gets the reject.
    if (process.getuid?.() !== 0) {
      t.deepEqual(tables.rejects.map((r) => [r.code, r.source_file]), [['ingest/unreadable-folder', 'locked']]);
      t.regex(tables.rejects[0]!.reason, /permission denied/);
    } else t.pass();
  } finally {
    await chmod(path.join(dir, 'locked'), 0o755);
    await rm(dir, { recursive: true, force: true });
  }
});
