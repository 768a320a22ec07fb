import test from 'ava';
import { segment } from '../pipeline/03-segment.ts';
import { articleFrom, sentencesOf } from './helpers.ts';

const cases: [string, string, string[]][] = [
  ['two plain sentences', 'Le ministre a reçu la délégation. Les deux parties ont signé un accord.', ['Le ministre a reçu la délégation.', 'Les deux parties ont signé un accord.']],
  ['M. before a name', 'Pour sa part, M. S. Iswaran a apprécié les propositions. Il a conclu.', ['Pour sa part, M. S. Iswaran a apprécié les propositions.', 'Il a conclu.']],
  ['an initial opens the sentence', 'Il a parlé. K. Shanmugam a qualifié cette visite d’étape importante.', ['Il a parlé.', 'K. Shanmugam a qualifié cette visite d’étape importante.']],
  ['Mme and Dr.', 'Mme Teo et le Dr. Gill ont parlé. Ensuite ils sont partis.', ['Mme Teo et le Dr. Gill ont parlé.', 'Ensuite ils sont partis.']],
  ['etc. ends a sentence before a capital', 'Ils ont parlé de drogue, de terrorisme, etc. Le ministre a conclu.', ['Ils ont parlé de drogue, de terrorisme, etc.', 'Le ministre a conclu.']],
  ['etc. inside a sentence', 'La drogue, le terrorisme, etc. sont des menaces.', ['La drogue, le terrorisme, etc. sont des menaces.']],
  ['decimal and thousands', 'Le budget est de 1.500 milliards, soit 3.5 % du total. Il augmente.', ['Le budget est de 1.500 milliards, soit 3.5 % du total.', 'Il augmente.']],
  ['month abbreviation before a year', 'Signé le 5 oct. 2020 à Hanoï. Il est en vigueur.', ['Signé le 5 oct. 2020 à Hanoï.', 'Il est en vigueur.']],
  ['a number may open a sentence', 'La réunion a réuni 79 pays. 5 organisations étaient présentes.', ['La réunion a réuni 79 pays.', '5 organisations étaient présentes.']],
  ['quoted speech with a reporting clause', '"Le Vietnam doit relever les défis", a-t-il souligné. Il a conclu.', ['"Le Vietnam doit relever les défis", a-t-il souligné.', 'Il a conclu.']],
  ['a quote opens the next sentence', 'Il a pris la parole. "Le Vietnam espère renforcer la coopération", a-t-il dit.', ['Il a pris la parole.', '"Le Vietnam espère renforcer la coopération", a-t-il dit.']],
  ['guillemets', 'Il a dit : « La coopération est forte. » Les délégués ont applaudi.', ['Il a dit : « La coopération est forte. »', 'Les délégués ont applaudi.']],
  ['question inside quotes followed by lower case', '« Pourquoi pas ? » a-t-il demandé. Puis il est parti.', ['« Pourquoi pas ? » a-t-il demandé.', 'Puis il est parti.']],
  ['ellipsis', 'Ils ont parlé de cybercriminalité… Le ministre a conclu.', ['Ils ont parlé de cybercriminalité…', 'Le ministre a conclu.']],
  ['three dots', 'Ils ont parlé de cybercriminalité... Le ministre a conclu.', ['Ils ont parlé de cybercriminalité...', 'Le ministre a conclu.']],
  ['words run together after a year', 'La réunion a eu lieu en 2023.Le ministre a conclu.', ['La réunion a eu lieu en 2023.', 'Le ministre a conclu.']],
  ['run together before an elided word', "Il a parlé de cybersécurité.D'autre part, il a conclu.", ['Il a parlé de cybersécurité.', "D'autre part, il a conclu."]],
  ['a number with a decimal point is no end', 'Le budget passe de 1.2019 à 3.Le reste suit.', ['Le budget passe de 1.2019 à 3.Le reste suit.']],
  ['run together after a word', 'La réunion a eu lieu hier.Le ministre a conclu.', ['La réunion a eu lieu hier.', 'Le ministre a conclu.']],
  ['web address', 'Voir le site qdnd.vn pour plus. Fin.', ['Voir le site qdnd.vn pour plus.', 'Fin.']],
  ['a sentence across a line break', 'Titre\n\nLe ministre Tô Lâm a constaté avec\njoie que la coopération a progressé.\nIl a conclu.', ['Le ministre Tô Lâm a constaté avec\njoie que la coopération a progressé.', 'Il a conclu.']],
  ['M. glued to a name', 'M.Liukmanov a salué le Vietnam. Il a conclu.', ['M.Liukmanov a salué le Vietnam.', 'Il a conclu.']],
  ['parenthesised acronym then period', 'Il a assisté à la réunion (AMMTC 14). La réunion a duré deux jours.', ['Il a assisté à la réunion (AMMTC 14).', 'La réunion a duré deux jours.']],
];

for (const [name, text, expected] of cases) {
  test(`sentences: ${name}`, (t) => {
    const input = text.includes('\n') ? text : `Titre\n\n${text}`;
    t.deepEqual(sentencesOf(input), expected);
  });
}

const joined: [string, string, string[]][] = [
  ['a word no sentence ends on, across a blank line', 'Titre\n\nLe ministre a rencontré le directeur de\n\nl’Office des Nations unies contre la drogue et le crime.', ['Le ministre a rencontré le directeur de\n\nl’Office des Nations unies contre la drogue et le crime.']],
  [
    'a name broken over three paragraphs, the last opening with a parenthesis',
    'Titre\n\nLe vice-ministre a reçu mardi à Hanoï le chef du\n\nBureau national de la cybersécurité\n\n(BNC) de Thaïlande, Somchai Prasert. Ils ont parlé des fraudes en ligne.',
    ['Le vice-ministre a reçu mardi à Hanoï le chef du\n\nBureau national de la cybersécurité\n\n(BNC) de Thaïlande, Somchai Prasert.', 'Ils ont parlé des fraudes en ligne.'],
  ],
  ['a lower-case start, across blank lines', 'Titre\n\nLes deux parties ont convenu de lutter contre la criminalité\n\n\ntransnationale et le terrorisme.', ['Les deux parties ont convenu de lutter contre la criminalité\n\n\ntransnationale et le terrorisme.']],
  ['an elided word', 'Titre\n\nIl a demandé l’octroi d’\n\nune aide technique.', ['Il a demandé l’octroi d’\n\nune aide technique.']],
  ['a capitalized article at the end of a line', 'Titre\n\nLe\nministre thaïlandais a salué les progrès.', ['Le\nministre thaïlandais a salué les progrès.']],
  ['a dateline alone opens the paragraph after it', 'Titre\n\nVientiane, le 14 mars 2023 —\n\nLes deux ministres ont signé un protocole.', ['Vientiane, le 14 mars 2023 —\n\nLes deux ministres ont signé un protocole.']],
];

for (const [name, text, expected] of joined) {
  test(`paragraphs joined: ${name}`, (t) => {
    t.deepEqual(sentencesOf(text), expected);
  });
}

const apart: [string, string, string[]][] = [
  ['a finished sentence', 'Titre\n\nLe ministre a reçu la délégation.\n\n(Les deux parties ont signé un accord.)', ['Le ministre a reçu la délégation.', '(Les deux parties ont signé un accord.)']],
  ['a heading then a capitalized paragraph', 'Titre\n\nRenforcer la coopération policière\n\nLe ministre a souligné les progrès accomplis.', ['Renforcer la coopération policière', 'Le ministre a souligné les progrès accomplis.']],
  ['a caption between them', 'Titre\n\nLe ministre a reçu le directeur du\n\nLes deux ministres. Photo : VNA\n\nBureau national de la police.', ['Le ministre a reçu le directeur du', 'Bureau national de la police.']],
  ['a credit between them', 'Titre\n\nLe ministre a reçu le directeur du\n\nPhoto : VNA\n\nbureau national de la police.', ['Le ministre a reçu le directeur du', 'bureau national de la police.']],
  ['an agency tag opens the next paragraph', 'Titre\n\nIntensifier les échanges\n\n(VNA) - Le ministre a reçu la délégation.', ['Intensifier les échanges', '(VNA) - Le ministre a reçu la délégation.']],
  ['a new story’s dateline', 'Titre\n\nLe ministre a rencontré le chef de\n\nHanoï (VNA) – Le vice-ministre a reçu la délégation.', ['Le ministre a rencontré le chef de', 'Hanoï (VNA) – Le vice-ministre a reçu la délégation.']],
  ['a repeat of the title', 'Vietnam – Laos : une coopération exemplaire\n\nLes deux ministères ont signé un protocole de coopération et\n\nVietnam – Laos : une coopération exemplaire\n\nLe texte continue.', ['Les deux ministères ont signé un protocole de coopération et', 'Vietnam – Laos : une coopération exemplaire', 'Le texte continue.']],
  ['the end of a compound name is not an article', 'Titre\n\nLe Vietnam au Dialogue Shangri-La\n\nLe ministre a pris la parole.', ['Le Vietnam au Dialogue Shangri-La', 'Le ministre a pris la parole.']],
];

for (const [name, text, expected] of apart) {
  test(`paragraphs apart: ${name}`, (t) => {
    t.deepEqual(sentencesOf(text), expected);
  });
}

test('a joined paragraph is one span of the source, blank lines included', (t) => {
  const text = 'Titre\n\nLe vice-ministre a reçu le chef du\n\nBureau national de la cybersécurité\n\n(BNC) de Thaïlande.';
  const article = articleFrom(text);
  const { paragraphs, sentences } = segment(article);
  t.is(paragraphs.length, 1);
  t.deepEqual([paragraphs[0]!.start, paragraphs[0]!.end], [text.indexOf('Le vice'), text.length]);
  t.is(article.doc.source.slice(sentences[0]!), text.slice(text.indexOf('Le vice')));
});
