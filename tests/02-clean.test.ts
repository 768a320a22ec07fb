import test from 'ava';
import { classifyLine, isBanner, looksLikeTitle, noiseChars, readDateline, readStamp, type NoiseKind } from '../pipeline/02-clean.ts';
import { articleFrom, contentOf } from './helpers.ts';

test('header: day, month and year precision, with or without the leading space', (t) => {
  const day = articleFrom(' date 2026-01-15 Vietnam et Singapour coopèrent\n\nLe ministre a reçu son homologue.');
  t.is(day.published?.date.edtf, '2026-01-15');
  t.is(day.published?.basis, 'header');
  t.is(day.title?.text, 'Vietnam et Singapour coopèrent');
  t.is(day.doc.source.slice(day.header!), ' date 2026-01-15 ');
  t.is(articleFrom('date 2023-10 Titre du jour\n\nTexte.').published?.date.edtf, '2023-10');
  const year = articleFrom('date 2022 Titre\n\nTexte.').published!.date;
  t.deepEqual([year.edtf, year.start, year.end, year.precision], ['2022', '2022-01-01', '2022-12-31', 'year']);
});

test('header followed by a caption or a first sentence gives no title', (t) => {
  const caption = articleFrom(' date 2023-10 La délégation vietnamienne à la Semaine internationale. Photo: VNA\n\nSingapour (VNA) - Une délégation est arrivée.');
  t.is(caption.title, null);
  t.is(caption.published?.date.edtf, '2023-10');
  t.deepEqual(caption.noise.map((n) => n.kind), ['caption']);
  const sentence = articleFrom(' date 2020-01 Hô Chi Minh-Ville, 19 janvier (VNA) - Le ministre a reçu son homologue cambodgien.\n\nSuite.');
  t.is(sentence.title, null);
  t.true(contentOf(' date 2020-01 Hô Chi Minh-Ville (VNA) - Le ministre a reçu son homologue.\n').includes('Hô Chi Minh-Ville (VNA) - Le ministre a reçu son homologue.'));
});

test('no header: the first line is the title when it reads like one', (t) => {
  t.is(articleFrom("Le Vietnam et l'ONU intensifient leur partenariat\n\nLe Vietnam sollicite l'expertise.").title?.text, "Le Vietnam et l'ONU intensifient leur partenariat");
  t.is(articleFrom('Lors de l’entretien, le ministre a exprimé ses préoccupations.\nSuite.').title, null);
  t.is(articleFrom('2026').published, null);
  t.false(looksLikeTitle('Hanoi (VNA) – Le Vietnam, le Cambodge et le Laos ont affirmé leur engagement'));
  t.true(looksLikeTitle('Coopération de défense Vietnam-France: Discussions entre les ministres'));
});

const noiseLines: [string, NoiseKind][] = [
  ['>>Vietnam et Singapour promeuvent leur coopération en matière de défense', 'related-link'],
  ['>> Déclaration conjointe Vietnam - Singapour sur l’établissement d’un partenariat stratégique global', 'related-link'],
  ['Photo : VNA', 'credit'],
  ['Photo: VNA/CVN', 'credit'],
  ['Photo : VNA/CVN |', 'credit'],
  ['Photo : Nguyên Hoàng/VNA/CVN |', 'credit'],
  ['Photo d’archives : VNA', 'credit'],
  ['Le ministre singapourien, M. S. Iswaran (centre), lors de l’entretien virtuel. |', 'caption'],
  ['Rencontre entre des responsables du ministère vietnamien de la Police, le 21 juillet à Phnom Penh. |', 'caption'],
  ["Le Vietnam appelle à un renforcement de la coopération ảnh 1Photo d'illustration (Source: VNA)", 'caption'],
  ['Vietnam et Japon boostent leur cooperation contre la criminalite hinh anh 1 Le vice-ministre travaille avec des responsables. Photo : VietnamPlus', 'caption'],
  ['Panorama de la conférence. Photo : VNA', 'caption'],
  ['Signature d’un accord-cadre dans l’éducation. Photo: Dang Duong/NDEL.', 'caption'],
  ['Délégués participant à l\'atelier. Photo: qdnd.vn', 'caption'],
  ['Le secrétaire général d’Interpol, Jürgen Stock (gauche) et le général Nguyên Van Thành, le 16 décembre à Lyon', 'caption'],
  ['Texte et photos : Nguyên Tùng - Tu Linh/CVN', 'byline'],
  ['VNA/CVN', 'signature'],
  ['CPV/VNA', 'signature'],
  ['Lundi, 04/10/2021 09:15 (GMT+7)', 'clutter'],
  ['Chia sẻ', 'clutter'],
  ['08.11.2023', 'clutter'],
  ['Mis à jour le 14-02-2022 à 16:40', 'clutter'],
  ['Publié le 3 avril 2023 à 08h15', 'clutter'],
  ['Publié le : 12/06/2022', 'clutter'],
  ['Mardi 4 avril 2023 - 10:05 (GMT+7)', 'clutter'],
];

for (const [line, kind] of noiseLines) {
  test(`noise: ${kind} « ${line.slice(0, 50)} »`, (t) => {
    t.is(classifyLine(line, null), kind);
  });
}

const storyLines = [
  'Le ministre de la Police, Luong Tam Quang, s’est entretenu jeudi 15 janvier avec la ministre singapourienne.',
  'Moscou  (VNA) - Le Vietnam veut tirer les leçons de l\'expérience internationale en matière de cybersécurité.',
  'Intensifier l\'échange d\'informations',
  'La délégation a visité le centre de photographie de la police.',
  'Côté vietnamien, le vice-ministre de la Police, Luong Tam Quang, sera à la tête d’une délégation.',
  'Le 3 avril 2023, le ministre a reçu la délégation thaïlandaise.',
  'Vientiane, le 14 mars 2023 — Les deux vice-ministres ont signé un protocole.',
  '31.02.2021',
];

for (const line of storyLines) {
  test(`story, not noise: « ${line.slice(0, 50)} »`, (t) => {
    t.is(classifyLine(line, null), null);
  });
}

test('a line right above a credit line is that photo’s caption', (t) => {
  const line = 'Le ministre de la Police, Tô Lâm, et le secrétaire général adjoint du PLD, Fumiaki Kobayashi.';
  t.is(classifyLine(line, 'Photo : VNA/CVN'), 'caption');
  t.is(classifyLine(line, 'Le ministre a déclaré.'), null);
});

test('agency sign-offs at the end of a paragraph are noise, the sentence stays', (t) => {
  t.deepEqual(contentOf('Titre\n\nEn marge de la réunion, M. Lam a rencontré des partenaires étrangers. -VNA'), [
    'En marge de la réunion, M. Lam a rencontré des partenaires étrangers.',
  ]);
  t.deepEqual(contentOf('Titre\n\nLes deux vice-ministres ont signé un protocole Vietnam - Laos.- VNA'), ['Les deux vice-ministres ont signé un protocole Vietnam - Laos.']);
  t.deepEqual(contentOf('Titre\n\nIls ont signé le plan de coopération 2020. - VNA'), ['Ils ont signé le plan de coopération 2020.']);
  t.deepEqual(contentOf('Titre\n\nLa coopération continuera de se développer./.'), ['La coopération continuera de se développer.']);
  t.deepEqual(contentOf('Titre\n\nLe ministre Tô Lâm a reçu la délégation de la VNA.'), ['Le ministre Tô Lâm a reçu la délégation de la VNA.']);
});

test('everything from « Voir plus » on is a teaser block, and the body ends before it', (t) => {
  const text = 'Titre\n\nLe ministre a rencontré des dirigeants. -VNA\n\nVoir plus\n\nUn expert australien salue les performances\n\nLe général a proposé aux deux parties de poursuivre.';
  const a = articleFrom(text);
  const teaser = a.noise.find((n) => n.kind === 'teaser')!;
  t.is(a.doc.source.slice(teaser).slice(0, 9), 'Voir plus');
  t.is(teaser.end, a.doc.source.length);
  t.is(a.body.end, text.indexOf('\n\nVoir plus'));
  t.deepEqual(contentOf(text), ['Le ministre a rencontré des dirigeants.']);
});

test('the agency sign-off ends the article: what follows is another article’s teaser', (t) => {
  const text = 'Titre\n\nLe ministre a reçu son homologue lao. -VNA\n\nLes pêcheurs engagés pour lever le « carton jaune »\n\nLa conférence s’est ouverte le 9 mars à Jakarta.';
  const a = articleFrom(text);
  t.deepEqual(contentOf(text), ['Le ministre a reçu son homologue lao.']);
  t.is(a.noise.at(-1)!.kind, 'teaser');
  t.is(a.doc.source.slice(a.noise.at(-1)!).slice(0, 12), 'Les pêcheurs');
  t.deepEqual(contentOf('Titre\n\nLe texte continue.\n\nVNA/CVN'), ['Le texte continue.']);
});

test('noise_chars counts exactly the noise spans, which never overlap', (t) => {
  const text = '>> Lien\nPhoto : VNA\nTitre\n\nTexte du corps. -VNA';
  const a = articleFrom(text);
  const total = a.noise.reduce((s, n) => s + n.end - n.start, 0);
  t.is(total, '>> Lien'.length + 'Photo : VNA'.length + ' -VNA'.length);
  for (let i = 1; i < a.noise.length; i++) t.true(a.noise[i - 1]!.end <= a.noise[i]!.start);
});

test('a dateline stamp gives an inferred publication day', (t) => {
  const a = articleFrom("L'ASEAN s'engage à renforcer la coopération\nLundi, 04/10/2021 09:15 (GMT+7)\nLa 15e réunion s'est tenue en ligne.");
  t.is(a.published?.date.edtf, '2021-10-04');
  t.is(a.published?.basis, 'inferred');
  t.is(a.title?.text, "L'ASEAN s'engage à renforcer la coopération");
});

test('language: French body is fr; a Vietnamese article is flagged, not dropped', (t) => {
  t.is(articleFrom('Titre\n\nLe ministre de la Police a reçu son homologue singapourien à Hanoï pour discuter de la coopération en matière de cybersécurité.').language, 'fr');
  const vi = 'Tiêu đề\n\nBộ trưởng Bộ Công an đã tiếp người đồng cấp Singapore tại Hà Nội để thảo luận về hợp tác an ninh mạng giữa hai nước trong thời gian tới.';
  t.is(articleFrom(vi).language, 'vi');
  t.is(articleFrom('Titre\n\nCourt.').language, null);
});

test('a time stamp line gives its day, never a year it does not state', (t) => {
  t.is(readStamp('08.11.2023')?.date?.edtf, '2023-11-08');
  t.is(readStamp('Mis à jour le 14-02-2022 à 16:40')?.date?.edtf, '2022-02-14');
  t.is(readStamp('Publié le 3 avril 2023 à 08h15')?.date?.edtf, '2023-04-03');
  t.is(readStamp('2023-05-19 07:30')?.date?.edtf, '2023-05-19');
  // A stamp without its year is still page clutter, but dates nothing.
  t.deepEqual(readStamp('Publié le 3 avril à 08h15'), { date: null });
  for (const line of ['31.02.2021', 'Hanoï, le 3 avril 2023', '2025-2030', 'Avril 2023', 'lundi', 'Le 3 avril 2023, le ministre a reçu la délégation.']) t.is(readStamp(line), null, line);
});

test('a stand-alone date line is noise and dates the article when there is no header', (t) => {
  const a = articleFrom('Le Vietnam et la Thaïlande signent un accord d’extradition\n\n08.11.2023\n\nLes deux ministres de la Justice ont signé mercredi un accord d’extradition.');
  t.is(a.title?.text, 'Le Vietnam et la Thaïlande signent un accord d’extradition');
  t.deepEqual([a.published?.date.edtf, a.published?.basis], ['2023-11-08', 'inferred']);
  t.is(a.doc.source.slice(a.published!.span), '08.11.2023');
  t.deepEqual(a.noise.map((n) => n.kind), ['clutter']);
  t.deepEqual(contentOf('Titre\n\nMis à jour le 14-02-2022 à 16:40\n\nLe ministre a reçu la délégation.'), ['Le ministre a reçu la délégation.']);
  // The header says when the article was published; a stamp below it does not override it.
  const headed = articleFrom(' date 2023-10 Titre du jour\n\nPublié le 3 avril 2023 à 08h15\n\nLe ministre a reçu la délégation.');
  t.deepEqual([headed.published?.date.edtf, headed.published?.basis], ['2023-10', 'header']);
  t.is(articleFrom('Titre\n\nPublié le 3 avril à 08h15\n\nLe ministre a reçu la délégation.').published, null);
});

test('a dateline with its full day opens the body, stays in it and dates the article', (t) => {
  const text = 'Le Laos et le Vietnam renforcent leur coopération douanière\n\nVientiane, le 14 mars 2023 — Les deux vice-ministres ont signé un protocole sur le contrôle des frontières.';
  const a = articleFrom(text);
  t.deepEqual([a.published?.date.edtf, a.published?.basis], ['2023-03-14', 'inferred']);
  t.is(a.doc.source.slice(a.published!.span), 'Vientiane, le 14 mars 2023');
  t.deepEqual(contentOf(text), ['Vientiane, le 14 mars 2023 — Les deux vice-ministres ont signé un protocole sur le contrôle des frontières.']);
  t.is(articleFrom('Titre\n\nBangkok, le 2 juin 2022 (VNA) – Le ministre a reçu son homologue.').published?.date.edtf, '2022-06-02');
  // A dateline alone on its line is no title.
  const alone = articleFrom('Phnom Penh, le 9 mai 2022 —\n\nLe ministre cambodgien a reçu une délégation vietnamienne.');
  t.is(alone.title, null);
  t.is(alone.published?.date.edtf, '2022-05-09');
  // No year in the dateline, no year in the article; a date further in the body dates an event, not the article.
  t.is(articleFrom('Titre\n\nVientiane, 14 mars (VNA) – Les deux vice-ministres ont signé un protocole.').published, null);
  t.is(articleFrom('Titre\n\nLes deux ministres se sont rencontrés.\n\nVientiane, le 14 mars 2023 — Ils ont signé un protocole.').published, null);
  t.is(articleFrom(' date 2023-03 Titre\n\nVientiane, le 14 mars 2023 — Ils ont signé un protocole.').published?.basis, 'header');
  t.is(readDateline('Hô Chi Minh-Ville, le 3 mai 2021 - Le forum s’est ouvert.')?.date?.edtf, '2021-05-03');
  t.is(readDateline('Vietnam, Laos et Cambodge - une coopération exemplaire'), null);
});

const bannerLines = [
  'Actualités',
  'Défense',
  'Politique :',
  'LE COURRIER DU VIETNAM',
  'Société | VietnamPlus',
  'Tiếng Việt | English | Français',
  'Latest news',
  'Accueil » Actualités » Diplomatie',
  'Accueil > Société > Justice',
  'fr.vietnamplus.vn',
  'ព័ត៌មានជាតិ',
  'ข่าวต่างประเทศ',
  'Tin tức - Sự kiện',
  'THỜI SỰ',
];
for (const line of bannerLines) {
  test(`banner: « ${line} »`, (t) => {
    t.true(isBanner(line));
  });
}

const notBannerLines = [
  'Diplomatie : le Vietnam et le Brésil approfondissent leur dialogue',
  'Le général Nguyễn Tân Cương reçoit une délégation thaïlandaise',
  'Nguyễn Phú Trọng reçoit Xi Jinping',
  '« Une coopération exemplaire »',
  'Hausse des échanges > 10 %',
  'Vietnam - Laos',
];
for (const line of notBannerLines) {
  test(`not a banner: « ${line} »`, (t) => {
    t.false(isBanner(line));
  });
}

test('banners above the title are noise; the title is the line after them', (t) => {
  const text = 'All news\nActualités\nLe Vietnam et la Malaisie renforcent leur coopération maritime\n\nKuala Lumpur (VNA) – Le ministre a reçu son homologue.';
  const a = articleFrom(text);
  t.is(a.title?.text, 'Le Vietnam et la Malaisie renforcent leur coopération maritime');
  t.deepEqual(a.noise.map((n) => [n.kind, a.doc.source.slice(n)]), [['banner', 'All news'], ['banner', 'Actualités']]);
  t.is(noiseChars(a), 'All news'.length + 'Actualités'.length);
  // After the header, on its line.
  const headed = articleFrom(' date 2024-04-02 Sports\nLe Vietnam accueille un tournoi de football des polices de l’ASEAN\n\nHanoï (VNA) – Le tournoi s’est ouvert mardi.');
  t.is(headed.title?.text, 'Le Vietnam accueille un tournoi de football des polices de l’ASEAN');
  t.deepEqual(headed.noise.map((n) => n.kind), ['banner']);
  // A banner directly above the body: no title, and the body starts after the banner.
  const bare = articleFrom('Accueil > Société > Justice\nHanoï (VNA) – Le tribunal a jugé mardi un réseau de fraude en ligne.');
  t.is(bare.title, null);
  t.is(bare.doc.source.slice(bare.body).slice(0, 5), 'Hanoï');
  // Banners are looked for above the title only: below it, « Sécurité » is a heading of the story.
  t.deepEqual(contentOf('Titre du jour\n\nSécurité\n\nLe ministre a reçu la délégation.'), ['Sécurité', 'Le ministre a reçu la délégation.']);
});

test('an outlet’s name above the title is its banner, not the sign-off that ends the article', (t) => {
  const text = 'VIETNAMPLUS\nLe Vietnam et la Malaisie renforcent leur coopération maritime\n\nKuala Lumpur (VNA) – Le ministre a reçu son homologue.';
  const a = articleFrom(text);
  t.is(a.title?.text, 'Le Vietnam et la Malaisie renforcent leur coopération maritime');
  t.deepEqual(a.noise.map((n) => n.kind), ['banner']);
  t.deepEqual(contentOf(text), ['Kuala Lumpur (VNA) – Le ministre a reçu son homologue.']);
});

test('a first line that a sentence runs on from is no title', (t) => {
  t.false(looksLikeTitle('Le vice-ministre a reçu le 5 mai le chef du'));
  t.false(looksLikeTitle('Il a sollicité l’appui d’'));
  t.true(looksLikeTitle('Le Vietnam au Dialogue Shangri-La'));
  t.is(articleFrom(' date 2023-05 Le vice-ministre a reçu le 5 mai le chef du\n\nBureau central national d’Interpol\n\n(BCN) de Thaïlande.').title, null);
  const runOn = articleFrom('Selon\nle ministre, la coopération progresse.');
  t.is(runOn.title, null);
  t.deepEqual(contentOf('Selon\nle ministre, la coopération progresse.'), ['Selon', 'le ministre, la coopération progresse.']);
});
