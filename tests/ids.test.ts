/**
 * Ids come from content, never from file names: the seeds and the
 * development corpus, renamed so that their order is reversed (the last
 * file's name now sorts first), give the same ids in every table.
 */
import test from 'ava';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { assemble, processFile } from '../pipeline/run.ts';
import type { Tables } from '../schemas/index.ts';

async function corpus(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const dir of ['seeds', 'tests/corpus/dev']) {
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort()) out.push({ name: `${dir}/${name}`, bytes: await readFile(path.join(dir, name)) });
  }
  return out;
}

const build = (files: { name: string; bytes: Uint8Array }[]): Tables =>
  assemble(
    [...files].sort((a, b) => (a.name < b.name ? -1 : 1)).map((f) => processFile({ sourceFile: f.name, bytes: f.bytes, readError: null })),
    new Map(),
    [],
  );

/** What a row is, without where it was read from (the first mention's file and offsets may move with names). */
function identities(tables: Tables): Record<string, string[]> {
  return {
    events: tables.events.map((e) => `${e.event_id} ${e.event_type} ${e.date} ${e.agreement_id}`),
    participants: tables.participants.map((p) => `${p.participant_id} ${p.event_id} ${p.actor_id} ${p.role}`),
    agreements: tables.agreements.map((a) => `${a.agreement_id} ${a.name} ${a.event_id}`),
    actors: tables.actors.map((a) => a.actor_id),
    mentions: tables.mentions.map((m) => `${m.mention_id} ${m.record_id} ${m.article_id} ${m.char_start}`).sort(),
    articles: tables.articles.map((a) => a.article_id),
  };
}

test('renaming every file, the last one to a name that sorts first, changes no id', async (t) => {
  const files = await corpus();
  const renamed = files.map((f, i) => ({ name: `renamed/${String(files.length - i).padStart(3, '0')}-${path.basename(f.name)}`, bytes: f.bytes }));
  const before = build(files);
  const after = build(renamed);
  t.true(before.events.length > 50);
  t.true(before.agreements.length > 20);
  t.deepEqual(identities(after), identities(before));
});

test('a byte-identical copy under a name that sorts first changes no id', async (t) => {
  const files = (await corpus()).filter((f) => f.name.startsWith('seeds/'));
  const copy = { name: '000-republished.txt', bytes: files[3]!.bytes };
  const before = build(files);
  const after = build([copy, ...files]);
  t.deepEqual(identities(after).events, identities(before).events);
  t.deepEqual(identities(after).agreements, identities(before).agreements);
  t.is(after.rejects.find((r) => r.code === 'ingest/duplicate')?.source_file, files[3]!.name);
});
