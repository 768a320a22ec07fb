/** Decrees, plural references, chained visits, chairs of talks and infinitives to come: sentences written for these tests. */
import test from 'ava';
import { eventsOf, tablesFor } from './helpers.ts';

test('a decree signed on behalf of the government is its adoption; a numbered decree is an instrument; a law it details stays its own', (t) => {
  const tables = tablesFor({
    'a.txt': ' date 2027-05-14 Titre\nHanoï (VNA) – Le vice-Premier ministre Trần Minh Hải a signé jeudi, au nom du gouvernement, le décret n° 21/2027/NĐ-CP précisant certaines dispositions de la Loi sur la sécurité des réseaux.\nLa Loi sur la sécurité des réseaux avait été adoptée par l’Assemblée nationale le 12 novembre 2026.',
  });
  const decree = tables.agreements.find((a) => a.name.startsWith('décret n° 21/2027'));
  t.truthy(decree);
  t.is(decree!.instrument_type, 'law');
  t.truthy(tables.agreements.find((a) => a.name === 'Loi sur la sécurité des réseaux'));
  const adoption = eventsOf(tables).find((e) => e.type === 'adoption' && e.date === '2027-05-13');
  t.deepEqual(adoption?.people, ['Trần Minh Hải:signatory', 'gouvernement du Vietnam:party']);
  t.true(eventsOf(tables).some((e) => e.type === 'adoption' && e.date === '2026-11-12'));
});

test('« promulgué par le gouvernement » names the government as the party, even after another body adopted another law', (t) => {
  const tables = tablesFor({
    'a.txt': ' date 2027-05-14 Titre\nHanoï (VNA) – Le texte complète la Loi sur les transactions électroniques, adoptée par l’Assemblée nationale en juin 2023, ainsi que le décret n° 53/2022/NĐ-CP sur la cybersécurité, promulgué par le gouvernement en août 2022.',
  });
  const decree = eventsOf(tables).find((e) => e.type === 'adoption' && e.date === '2022-08');
  t.deepEqual(decree?.people, ['gouvernement du Vietnam:party']);
});

test('« Les deux documents ont été signés par M. A et M. B » gives both signings their signatories', (t) => {
  const tables = tablesFor({
    'a.txt': ' date 2027-02-10 Titre\nHuế (VNA) – Le Comité populaire de la province de Thừa Thiên-Huế et l’administration de la province de Salavan ont signé mardi un accord de coopération pour la période 2027-2030 et un plan d’action sur la sécurité frontalière.\nLes deux documents ont été signés par M. Phan Thiên Định et M. Sonexay Vongsa.',
  });
  const signings = eventsOf(tables).filter((e) => e.type === 'signing');
  t.is(signings.length, 2);
  for (const e of signings) t.true(e.people.includes('Phan Thiên Định:signatory') && e.people.includes('Sonexay Vongsa:signatory'), e.people.join(', '));
  t.true(tables.participants.some((p) => p.name === 'administration de la province de Salavan' && p.country === 'LAO' && p.role === 'party'));
});

test('a second visit told after the first with « avant une » is the same visitor’s, and to come in the present tense days ahead', (t) => {
  const tables = tablesFor({
    'a.txt': ' date 2026-06-03 Titre\nVarsovie (VNA) – Le vice-ministre Lê Quốc Hùng effectue du 1er au 4 juin une visite de travail en Pologne, avant une visite en Hongrie du 5 au 7 juin.\nÀ Budapest, le vice-ministre Lê Quốc Hùng doit s’entretenir avec le ministre hongrois de l’Intérieur, M. Sándor Pintér, et signer un mémorandum d’entente sur la lutte contre la cybercriminalité.',
  });
  const r = eventsOf(tables);
  t.true(r.some((e) => e.type === 'visit' && e.date === '2026-06-01/2026-06-04' && e.status === 'occurred'));
  t.true(r.some((e) => e.type === 'visit' && e.date === '2026-06-05/2026-06-07' && e.status === 'planned' && e.people.includes('Lê Quốc Hùng:guest')));
  const talks = r.find((e) => e.type === 'meeting');
  t.like(talks, { date: '2026-06-05/2026-06-07', city: 'Budapest', status: 'planned' });
  const signing = r.find((e) => e.type === 'signing');
  t.like(signing, { date: '2026-06-05/2026-06-07', status: 'planned' });
  t.false(signing!.people.includes('Sándor Pintér:signatory'));
});

test('talks held « sous la coprésidence de A et de B » are chaired by both; a ceremony under their presidency leaves the talks as they are', (t) => {
  const chaired = eventsOf(tablesFor({ 'a.txt': ' date 2027-01-20 Titre\nLạng Sơn (VNA) – Mardi, les deux délégations ont tenu une séance de travail sous la coprésidence du vice-président du Comité populaire provincial de Lạng Sơn, M. Đoàn Thanh Sơn, et du vice-gouverneur chinois, M. Liu Hong.' }));
  t.deepEqual(chaired.find((e) => e.type === 'meeting')?.people, ['Liu Hong:chair', 'Đoàn Thanh Sơn:chair']);
  const ceremony = eventsOf(tablesFor({ 'a.txt': ' date 2027-01-20 Titre\nHanoï (VNA) – La cérémonie de signature s’est déroulée mardi sous la présidence du Premier ministre lao, Sonexay Siphandone, et de son homologue vietnamien, Phạm Minh Chính, après leur entretien.' }));
  t.false(ceremony.some((e) => e.type === 'meeting' && e.people.some((p) => p.endsWith(':chair'))));
});

test('a sentence may open on its place: « À Belgrade, … »', (t) => {
  const r = eventsOf(tablesFor({ 'a.txt': ' date 2026-10-06 Titre\nÀ Belgrade, le ministre Nguyễn Văn Long a rencontré mardi le ministre serbe de l’Intérieur, M. Ivica Dačić.' }));
  t.is(r.find((e) => e.type === 'meeting')?.city, 'Belgrade');
});
