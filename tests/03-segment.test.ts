import test from 'ava';
import { sentencesOf } from './helpers.ts';

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
  ['words run together after a period', 'La réunion a eu lieu en 2023.Le ministre a conclu.', ['La réunion a eu lieu en 2023.Le ministre a conclu.']],
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

test('paragraphs separated by a blank line never share a sentence', (t) => {
  t.deepEqual(sentencesOf('Titre\n\nLe ministre a parlé de\n\nla coopération.'), ['Le ministre a parlé de', 'la coopération.']);
});
