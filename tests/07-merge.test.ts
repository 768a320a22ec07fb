/** One row per real-world event, agreement and person across articles, with ids that depend on content only. */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { tablesFor } from './helpers.ts';

const visitA = ' date 2026-01-15 Titre A\n\nLes ministres ont évoqué la visite du secrétaire général du Parti communiste du Vietnam, Tô Lâm, à Singapour en mars 2025.';
const visitB = 'Titre B\n\nCette discussion s’inscrivait dans le cadre de la visite officielle du secrétaire général du Parti communiste du Vietnam (PCV), To Lam, du 11 au 13 mars, à Singapour. Le ministre Luong Tam Quang a estimé que les relations étaient à leur apogée.';
const unrelated = ' date 2022-01 Titre C\n\nLe ministre vietnamien de la Sécurité publique To Lam s’est entretenu le 9 janvier à Hanoï avec son homologue lao Vilay Lakhamfong.';

test('the same visit told by two articles is one event dated by both (basis corpus)', (t) => {
  const tables = tablesFor({ 'a.txt': visitA, 'b.txt': visitB });
  const visits = tables.events.filter((e) => e.event_type === 'visit');
  t.is(visits.length, 1);
  t.is(visits[0]!.date, '2025-03-11/2025-03-13');
  t.is(visits[0]!.date_basis, 'corpus');
  t.is(visits[0]!.article_count, 2);
  t.is(visits[0]!.source_file, 'a.txt');
  t.is(tables.mentions.filter((m) => m.record_id === visits[0]!.event_id).length, visits[0]!.mention_count);
  // The talks told « dans le cadre de la visite » follow the visit's refined date.
  t.is(tables.events.find((e) => e.event_type === 'meeting')?.date, '2025-03-11/2025-03-13');
});

test('one person across spellings: « Tô Lâm » and « To Lam » are one actor named with diacritics', (t) => {
  const tables = tablesFor({ 'a.txt': visitA, 'b.txt': visitB });
  const person = tables.actors.find((a) => a.actor_id === 'person:to-lam')!;
  t.is(person.name, 'Tô Lâm');
  t.deepEqual(person.aliases, ['To Lam']);
  t.is(person.country, 'VNM');
  t.true(person.titles.length > 0);
});

test('the Hanoi Convention under its full and short names is one agreement', (t) => {
  const tables = tablesFor({
    'a.txt': 'Titre\n\nLa cérémonie de signature de la Convention des Nations unies contre la cybercriminalité (Convention de Hanoï) a eu lieu en octobre 2025.',
    'b.txt': 'Titre\n\nAmandeep Singh Gill a félicité le Vietnam pour la signature réussie de la Convention de Hanoï.',
  });
  t.is(tables.agreements.length, 1);
  const c = tables.agreements[0]!;
  t.is(c.name, 'Convention des Nations unies contre la cybercriminalité');
  t.is(c.short_name, 'Convention de Hanoï');
  t.is(c.mention_count, 2);
  t.deepEqual(c.parties, ['UN']);
  t.is(c.scope, 'multilateral');
});

test('adding an unrelated article changes no other id', (t) => {
  const before = tablesFor({ 'a.txt': visitA, 'b.txt': visitB });
  const after = tablesFor({ 'a.txt': visitA, 'b.txt': visitB, '0-first.txt': unrelated });
  const ids = (tables: typeof before) => new Set([...tables.events.map((e) => e.event_id), ...tables.agreements.map((a) => a.agreement_id), ...tables.participants.map((p) => p.participant_id), ...tables.mentions.map((m) => m.mention_id), ...tables.articles.map((a) => a.article_id)]);
  const a = ids(before);
  const b = ids(after);
  t.true(a.size > 5);
  for (const id of a) t.true(b.has(id), id);
  t.true(b.size > a.size);
});

test('ids do not depend on file names or processing order', (t) => {
  const one = tablesFor({ 'a.txt': visitA, 'b.txt': visitB });
  const two = tablesFor({ 'z.txt': visitA, 'y.txt': visitB });
  t.deepEqual(one.articles.map((a) => a.article_id).sort(), two.articles.map((a) => a.article_id).sort());
  t.deepEqual(one.agreements.map((a) => a.agreement_id).sort(), two.agreements.map((a) => a.agreement_id).sort());
});

test('different instruments stay apart: protocols of the 11th and 12th conferences', (t) => {
  const tables = tablesFor({
    'a.txt': 'Titre\n\nIls ont mis en œuvre le protocole d’accord de la 11e Conférence sur la coopération en matière de sécurité Vietnam - Laos. Les deux vice-ministres ont signé un protocole d’accord de la 12e Conférence sur la coopération en matière de sécurité Vietnam - Laos.',
  });
  t.is(tables.agreements.length, 2);
});

const dev = (file: string) => readFileSync(new URL(`./corpus/dev/${file}`, import.meta.url), 'utf8');

test('two ASEAN instruments adopted years apart stay apart: the post-pandemic declaration (2021) is not the Melaka declaration, nor the 2021 border roadmap the later one', (t) => {
  const tables = tablesFor({ 'd029.txt': dev('d029.txt'), 'd031.txt': dev('d031.txt') });
  const inBoth = tables.agreements.filter((a) => new Set(tables.mentions.filter((m) => m.record_id === a.agreement_id).map((m) => m.source_file)).size > 1);
  t.deepEqual(inBoth.map((a) => a.name), []);
  const melaka = tables.agreements.find((a) => /Melaka/.test(a.name))!;
  t.is(melaka.signed, null);
  const postPandemic = tables.agreements.find((a) => /post-pandémique/.test(a.name))!;
  t.is(postPandemic.signed, '2021-09-28/2021-09-30');
  t.is(tables.agreements.filter((a) => /feuille de route/i.test(a.name)).length, 2);
});

const dispatch = `Hanoï (VNA) – Le ministre vietnamien de la Sécurité publique, Luong Tam Quang, a reçu à Hanoï le ministre singapourien de l’Intérieur, K. Shanmugam, en visite de travail au Vietnam.

Les deux ministres ont passé en revue la coopération entre leurs ministères dans la lutte contre la criminalité transnationale, le terrorisme et la cybercriminalité, et sont convenus de renforcer l’échange d’informations.

Le ministre Luong Tam Quang a remercié Singapour pour son soutien à la formation des officiers vietnamiens et a proposé d’organiser régulièrement des dialogues de sécurité entre les deux pays.

M. Shanmugam a affirmé que Singapour souhaitait approfondir la coopération avec le Vietnam dans les domaines de la cybersécurité et de la prévention du crime.`;
const outletA = `Le Vietnam et Singapour renforcent leur coopération en matière de sécurité\n\n${dispatch}\n-VNA\n`;
const outletB = `VIETNAMPLUS\n\nSécurité : Vietnam et Singapour approfondissent leur coopération\n\n${dispatch}\n./.\n\nVoir plus\n\nLe Vietnam et la Chine continuent de renforcer leur coopération dans la lutte contre les stupéfiants.\n`;

test('the same agency story republished by two outlets is one story, and its undated events are told once', (t) => {
  const tables = tablesFor({ 'a.txt': outletA, 'b.txt': outletB });
  t.is(new Set(tables.articles.map((a) => a.story_id)).size, 1);
  t.is(tables.articles[0]!.story_id, `sto-${[...tables.articles].sort((x, y) => (x.article_id < y.article_id ? -1 : 1))[0]!.article_id.slice(4)}`);
  const meetings = tables.events.filter((e) => e.event_type === 'meeting');
  t.is(meetings.length, 1);
  t.is(meetings[0]!.date, null);
  t.is(meetings[0]!.article_count, 2);
});

test('a near miss is another story: the same dispatch with another counterpart keeps its undated meeting apart', (t) => {
  const other = outletA.replace('K. Shanmugam', 'Teo Chee Hean').replace('M. Shanmugam', 'M. Teo');
  const tables = tablesFor({ 'a.txt': outletA, 'c.txt': other });
  t.is(new Set(tables.articles.map((a) => a.story_id)).size, 2);
  t.is(tables.events.filter((e) => e.event_type === 'meeting').length, 2);
});

test('the merge does not depend on file names or the order files come in (only the provenance columns, which show the lowest source_file, do)', (t) => {
  const files = { 'd029.txt': dev('d029.txt'), 'd031.txt': dev('d031.txt'), 'd009.txt': dev('d009.txt'), 'a.txt': outletA, 'b.txt': outletB };
  const one = tablesFor(files);
  const renamed = tablesFor(Object.fromEntries(Object.entries(files).map(([k, v], i) => [`z${9 - i}-${k}`, v])));
  const strip = (tables: typeof one) =>
    [tables.events, tables.agreements, tables.participants, tables.actors].map((rows) => rows.map((r) => ({ ...r, source_file: null, article_id: null, char_start: null, char_end: null, evidence: null })));
  t.deepEqual(strip(one), strip(renamed));
  t.true(one.events.length > 8);
});
