/** Copies of one story (stories.ts): near-identical story text, the same facts, published within three days. */
import test from 'ava';
import { decode } from '../pipeline/01-ingest.ts';
import { clean } from '../pipeline/02-clean.ts';
import { fingerprint } from '../pipeline/fingerprint.ts';
import { factsAgree, findStories, sameStory, similarity, type StoryInput } from '../pipeline/stories.ts';

const story = `Hanoï (VNA) – Le vice-ministre de la Sécurité publique Nguyen Van Long a reçu le 12 mars à Hanoï une délégation de la Police nationale cambodgienne conduite par le général Sar Thet.

Les deux parties ont passé en revue les résultats de la coopération dans la lutte contre la drogue, la traite des êtres humains et la criminalité de haute technologie le long de la frontière commune.

Elles sont convenues de renforcer l’échange d’informations, d’organiser des patrouilles conjointes et de former davantage d’officiers dans les écoles de police des deux pays.`;

let n = 0;
function input(text: string, published: string | null = null): StoryInput {
  const { doc } = decode({ sourceFile: `s${n++}.txt`, bytes: new TextEncoder().encode(published ? ` date ${published} ${text}` : text), readError: null });
  const article = clean(doc!).article;
  return { articleId: doc!.articleId, published: published ? { start: published, end: published } : null, fingerprint: fingerprint(article) };
}

const original = `La coopération de police Vietnam – Cambodge\n\n${story}\n-VNA\n`;
const republished = `VIETNAMPLUS\n\nVietnam et Cambodge renforcent la lutte contre la drogue\n\n${story}\n./.\n\nVoir plus\n\nLe Vietnam et la Chine continuent de renforcer leur coopération dans la lutte contre les stupéfiants.\n`;
const shorter = `La coopération de police Vietnam – Cambodge\n\n${story.split('\n\n').slice(0, 2).join('\n\n')}\n`;
const weekLater = original.replace('12 mars', '19 mars');
const otherGeneral = original.replace('Sar Thet', 'Chhay Sinarith');

test('a republished copy, with another banner, title, sign-off and teaser, is the same story', (t) => {
  const a = input(original);
  const b = input(republished);
  t.true(similarity(a.fingerprint.minhash, b.fingerprint.minhash) > 0.8);
  t.true(sameStory(a, b));
});

test('a copy cut shorter is the same story: its facts are a subset', (t) => {
  t.true(sameStory(input(original), input(shorter)));
});

test('near misses are other stories: the same text a week later, or with another counterpart', (t) => {
  const a = input(original);
  for (const other of [weekLater, otherGeneral]) {
    const b = input(other);
    t.true(similarity(a.fingerprint.minhash, b.fingerprint.minhash) > 0.6, 'the texts are nearly the same');
    t.false(sameStory(a, b));
  }
});

test('copies published more than three days apart are two stories', (t) => {
  t.true(sameStory(input(original, '2024-03-12'), input(republished, '2024-03-14')));
  t.false(sameStory(input(original, '2024-03-12'), input(republished, '2024-03-20')));
});

test('unrelated articles are never one story', (t) => {
  t.false(sameStory(input(original), input('Le Vietnam a accueilli un forum sur l’économie numérique réunissant des entreprises de la région, qui ont discuté des paiements électroniques et du commerce en ligne.')));
});

test('a shorter copy does not chain two near misses into one story; every story id is its first member', (t) => {
  const items = [input(original), input(shorter), input(weekLater), input(republished)];
  const stories = findStories(items);
  // original and republished agree; shorter agrees with both original and the week-later one, which disagree with each other.
  t.is(stories[3], stories[0]);
  t.not(stories[2], stories[0]);
  for (const [i, s] of stories.entries()) t.true(s <= i);
});

test('facts agree unless both sides have two of their own', (t) => {
  t.true(factsAgree(Uint32Array.of(1, 2, 3), Uint32Array.of(1, 3)));
  t.true(factsAgree(Uint32Array.of(), Uint32Array.of(4)));
  t.true(factsAgree(Uint32Array.of(1, 2, 5, 6), Uint32Array.of(1, 3)));
  t.false(factsAgree(Uint32Array.of(1, 2, 4), Uint32Array.of(1, 3, 5)));
});
