/**
 * The morphology layer and the frames: a lemma named once matches every form, and the verb group says what the
 * form tells (tense, voice, negation, governing verb). Sentences are written for the test.
 */
import test from 'ava';
import { verbAnalyses, verbForms, pluralOf } from '../pipeline/language/morphology.ts';
import { nounForms } from '../pipeline/dictionaries.ts';
import { annotated } from './helpers.ts';

const one = (text: string) => annotated(text)[0]!;

test('morphology: every form of a verb goes back to its lemma with its features', (t) => {
  const read = (form: string) => verbAnalyses(form).map((a) => `${a.lemma}:${a.tense}${a.person ?? ''}${a.plural ? 'p' : 's'}${a.feminine ? 'f' : ''}`);
  t.deepEqual(read('reçue'), ['recevoir:Ksf']);
  t.deepEqual(read('recevant'), ['recevoir:Gs']);
  t.deepEqual(read('signeront'), ['signer:F3p']);
  t.deepEqual(read('paraphé'), ['parapher:Ks']);
  t.deepEqual(read('entretiendra'), ['entretenir:F3s']);
  t.true(read('entretiennent').includes('entretenir:P3p'));
  t.deepEqual(read('ministre'), []);
  // « œuvrer » is spelled « oeuvrer » in the lexicon.
  t.true(read('œuvrent').some((r) => r.startsWith('oeuvrer:')));
  t.true(verbForms('recevoir').includes('reçues'));
});

test('nouns: plurals by the regular rules, words after the first preposition kept', (t) => {
  t.is(pluralOf('entretien'), 'entretiens');
  t.is(pluralOf('bilatéral'), 'bilatéraux');
  t.deepEqual(nounForms('séance de travail'), ['séance de travail', 'séances de travail']);
  t.deepEqual(nounForms('entretien téléphonique'), ['entretien téléphonique', 'entretiens téléphoniques']);
});

type Case = [text: string, expected: [frame: string, tense: string, voice: string, status: string][]];
const verbCases: Case[] = [
  ['Les deux ministres se sont rencontrés mardi à Vientiane.', [['se-rencontrer', 'past', 'active', 'occurred']]],
  ['Le vice-ministre s’entretiendra demain avec son homologue thaïlandais.', [['s-entretenir', 'future', 'active', 'planned']]],
  ['La ministre s’est entretenue avec l’ambassadeur.', [['s-entretenir', 'past', 'active', 'occurred']]],
  ['Le président recevra la délégation indonésienne.', [['recevoir', 'future', 'active', 'planned']]],
  ['Les deux parties signeront un protocole.', [['signer', 'future', 'active', 'planned']]],
  ['Les chefs des deux polices ont paraphé le texte.', [['parapher', 'past', 'active', 'occurred']]],
  ['Le général Phan Văn Hải a été reçu par le ministre de l’Intérieur.', [['recevoir', 'past', 'passive', 'occurred']]],
  ['Elle avait reçu le même visiteur en 2019.', [['recevoir', 'pluperfect', 'active', 'occurred']]],
  ['Le mémorandum sera signé en octobre.', [['signer', 'future', 'passive', 'planned']]],
  ['Le ministre va signer un accord avec son homologue.', [['signer', 'future', 'active', 'planned']]],
  ['Les deux pays ont décidé lundi, lors des entretiens, d’élever leurs relations au rang de partenariat.', [['entretien', 'none', '', 'occurred'], ['elever', 'past', 'active', 'occurred']]],
];
for (const [text, expected] of verbCases) {
  test(`frames: « ${text} »`, (t) => {
    t.deepEqual(
      one(text).triggers.map((x) => [x.frame.id, (x.verb ?? x.support)?.tense ?? 'none', x.verb?.voice ?? '', x.status]),
      expected,
    );
  });
}

const unrealCases = [
  'Le ministre n’a pas rencontré son homologue.',
  'Les deux pays pourraient signer un accord.',
  'Les deux parties se sont engagées à signer un mémorandum.',
  'Ils souhaitent signer rapidement un accord.',
  'Les délégations ont travaillé pour renforcer la coopération.',
];
for (const text of unrealCases) {
  test(`no trigger for what is denied, wished, promised or lacks its complement: « ${text} »`, (t) => {
    t.deepEqual(one(text).triggers.map((x) => x.frame.id), []);
  });
}

test('support verbs lend a noun their subject, tense and span, across a date or a place', (t) => {
  const s = one('Le ministre Trần Quốc Bảo et son homologue Somsak Chai ont eu jeudi à Hanoï un entretien téléphonique.');
  t.is(s.triggers.length, 1);
  const [x] = s.triggers;
  t.is(x!.frame.id, 'entretien-telephonique');
  t.is(x!.support?.lemma, 'avoir');
  t.false(x!.nominal);
  t.is(x!.ref.mode, 'phone');
  t.regex(x!.text, /^ont eu jeudi à Hanoï un entretien téléphonique$/u);
  const visit = one('Le vice-ministre effectuera la semaine prochaine une visite de travail en Inde.').triggers[0]!;
  t.is(visit.support?.lemma, 'effectuer');
  t.is(visit.status, 'planned');
});

test('a verb whose object is a gathering hosts it and tells no talks', (t) => {
  t.deepEqual(one('Le Vietnam accueillera en août la 44e Conférence des chefs de police de l’ASEAN (ASEANAPOL).').triggers.map((x) => x.frame.id), []);
  t.deepEqual(one('Le ministre a accueilli son homologue laotien.').triggers.map((x) => x.frame.id), ['accueillir']);
});

test('« a rendu visite à » is one meeting, not also a visit', (t) => {
  t.deepEqual(one('La délégation a également rendu visite au consul général.').triggers.map((x) => [x.frame.id, x.ref.eventType]), [['rendre-visite', 'meeting']]);
});

test('descriptions: « du ministre vietnamien de la Sécurité publique » names the minister named before; « le ministre » alone names nobody', async (t) => {
  const { resolve } = await import('../pipeline/05-resolve.ts');
  const { articleFrom } = await import('./helpers.ts');
  const { segment } = await import('../pipeline/03-segment.ts');
  const { annotate } = await import('../pipeline/04-annotate.ts');
  const { dictionaries } = await import('../pipeline/dictionaries.ts');
  const article = articleFrom(
    "Titre\n\nLe ministre vietnamien de la Sécurité publique, Trần Quốc Bảo, a reçu le ministre lao de la Sécurité publique, Khamla Sihavong. Khamla Sihavong a estimé que la visite du ministre vietnamien contribuera à la coopération. Le ministre a ensuite parlé.",
  );
  const r = resolve(article, annotate(article, segment(article), dictionaries()), dictionaries());
  const described = r.sentences.flatMap((s) => s.persons.filter((m) => m.described).map((m) => [s.index, m.text, m.name]));
  t.deepEqual(described, [[1, 'du ministre vietnamien', 'Trần Quốc Bảo']]);
});
