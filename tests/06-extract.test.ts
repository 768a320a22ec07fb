/** Events, participants and agreements from short articles written the way this press writes. */
import test from 'ava';
import { eventsOf, tablesFor } from './helpers.ts';


test('a meeting in Hanoi: host and guest by the place, date from a weekday and the header', (t) => {
  const tables = tablesFor({
    'a.txt': ' date 2026-01-15 Titre\n\nLe ministre de la Police, Luong Tam Quang, s’est entretenu jeudi 15 janvier avec la ministre singapourienne du Développement numérique, Josephine Teo, présente à Hanoï.',
  });
  t.deepEqual(eventsOf(tables), [{ type: 'meeting', date: '2026-01-15', basis: 'weekday', city: 'Hanoi', status: 'occurred', people: ['Josephine Teo:guest', 'Luong Tam Quang:host'] }]);
  t.is(tables.events[0]!.plover, 'CONSULT');
  t.is(tables.events[0]!.cameo, '040');
});

test('one meeting told in three sentences is one event with three mentions', (t) => {
  const tables = tablesFor({
    'a.txt': 'Titre\n\nLe ministre Tô Lâm a reçu le 9 janvier à Hanoï son homologue lao Vilay Lakhamfong. Lors de l’entretien, Tô Lâm a salué la coopération. Pour sa part, Vilay Lakhamfong a remercié le Vietnam.',
  });
  t.is(tables.events.length, 1);
  t.is(tables.events[0]!.mention_count, 3);
  t.deepEqual(eventsOf(tables)[0]!.people, ['Tô Lâm:host', 'Vilay Lakhamfong:guest']);
});

test('statements, proposals and ongoing activity are not events', (t) => {
  const tables = tablesFor({
    'a.txt': 'Titre\n\nLe ministre Luong Tam Quang a appelé Singapour à soutenir le Vietnam. Les échanges réguliers de délégations ont été maintenus. Il a proposé d’intensifier les échanges d’experts.',
  });
  t.deepEqual(tables.events, []);
});

test('a meeting needs a named counterpart', (t) => {
  const tables = tablesFor({ 'a.txt': 'Titre\n\nEn marge de la réunion, M. Lam a rencontré des dirigeants d’organisations internationales.' });
  t.deepEqual(tables.events, []);
});

test('planned gatherings: status planned, month resolved against the header, chair from « présidera », organizer from the name', (t) => {
  const tables = tablesFor({
    'a.txt': ' date 2020-09-10 Titre\n\nLe ministère vietnamien de la Police présidera en novembre prochain la 14e réunion ministérielle de l’ASEAN sur la prévention de la criminalité transnationale (AMMTC 14).',
  });
  t.deepEqual(eventsOf(tables), [{ type: 'conference', date: '2020-11', basis: 'relative', city: null, status: 'planned', people: ["Association des nations de l'Asie du Sud-Est:organizer", 'ministère de la Sécurité publique du Vietnam:chair'] }]);
  t.is(tables.events[0]!.name, '14e réunion ministérielle de l’ASEAN sur la prévention de la criminalité transnationale (AMMTC 14)');
  t.is(tables.events[0]!.plover_mode, 'multilateral');
});

test('a year-less gathering stays XXXX, and « du 15 au 18 octobre » is a range', (t) => {
  // Someone identified takes part: a gathering with nobody named is no event (codebook).
  const tables = tablesFor({
    'a.txt': 'Titre\n\nLe ministre Tô Lâm a parlé lors de la 18ème réunion des chefs des services spéciaux, qui s’est tenue dans la ville de Sotchi, en Russie, du 15 au 18 octobre.',
  });
  const [e] = tables.events;
  t.is(e!.date, 'XXXX-10-15/XXXX-10-18');
  t.is(e!.date_start, null);
  t.is(e!.date_precision, 'day_no_year');
  t.is(e!.city, 'Sochi');
  t.is(e!.country, 'RUS');
});

test('a gathering with nobody identified taking part is no event (fixture b4-010)', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-02-03 Titre\nLe Forum Asie-Pacifique sur la protection des infrastructures critiques 2025 avait réuni de nombreux experts à Bangkok.' });
  t.deepEqual(tables.events.map((e) => e.event_type), []);
});

test('a dated signature is a signing event linked to its agreement; an undated one is only an agreement', (t) => {
  const tables = tablesFor({
    'a.txt': 'Titre\n\nConformément au mémorandum d’entente sur la coopération en matière de cybersécurité signé en 2022, les ministères vietnamien et singapourien mettent en œuvre les dispositions. Ils mettent en œuvre l’accord récemment signé sur la lutte contre la criminalité transnationale.',
  });
  t.is(tables.events.length, 1);
  const signing = tables.events[0]!;
  t.is(signing.event_type, 'signing');
  t.is(signing.date, '2022');
  t.is(signing.plover, 'SUPPORT');
  t.is(signing.cameo, '057');
  const mou = tables.agreements.find((a) => a.agreement_id === signing.agreement_id)!;
  t.is(mou.instrument_type, 'memorandum');
  t.deepEqual(mou.parties, ['SGP', 'VNM']);
  t.is(mou.event_id, signing.event_id);
  t.is(mou.signed, '2022');
  t.is(mou.scope, 'bilateral');
  t.is(mou.status, 'in_force');
  const crime = tables.agreements.find((a) => a.instrument_type === 'agreement')!;
  t.is(crime.name, 'accord sur la lutte contre la criminalité transnationale');
  t.is(crime.status, 'in_force');
  t.is(crime.event_id, null);
});

test('a law promulgated in a year is an adoption; a programme mentioned is an agreement without event', (t) => {
  const tables = tablesFor({
    'a.txt': 'Titre\n\nIl a promulgué la Loi sur la cybersécurité en 2018 et mis en œuvre le +Programme national de transformation numérique jusqu’en 2025 et vision 2030+.',
  });
  t.deepEqual(tables.events.map((e) => [e.event_type, e.date]), [['adoption', '2018']]);
  t.deepEqual(tables.agreements.map((a) => [a.instrument_type, a.scope]).sort(), [['law', 'national'], ['programme', 'national']]);
});

test('generic mentions are not agreements', (t) => {
  const tables = tablesFor({ 'a.txt': 'Titre\n\nIl a appelé à un consensus sous forme de protocoles, de conventions et de traités internationaux, et à lutter contre la traite des êtres humains.' });
  t.deepEqual(tables.agreements, []);
});

test('a visit: the visitor is the guest; talks during it take its dates and place; talks with nobody named are dropped', (t) => {
  const tables = tablesFor({
    'a.txt': 'Titre\n\nCette discussion s’inscrivait dans le cadre de la visite officielle du secrétaire général du Parti communiste du Vietnam, Tô Lâm, du 11 au 13 mars, à Singapour. Le ministre Luong Tam Quang a estimé que les relations étaient à leur apogée.',
  });
  const byType = Object.fromEntries(eventsOf(tables).map((e) => [e.type, e]));
  t.deepEqual(byType.visit, { type: 'visit', date: 'XXXX-03-11/XXXX-03-13', basis: 'explicit', city: 'Singapore', status: 'occurred', people: ['Tô Lâm:guest'] });
  t.is(byType.meeting?.date, 'XXXX-03-11/XXXX-03-13');
  t.is(byType.meeting?.city, 'Singapore');
  t.deepEqual(byType.meeting?.people, ['Luong Tam Quang:guest']);
  const alone = tablesFor({ 'a.txt': 'Titre\n\nCette discussion s’inscrivait dans le cadre de la visite officielle du secrétaire général, Tô Lâm, du 11 au 13 mars, à Singapour.' });
  t.deepEqual(alone.events.map((e) => e.event_type), ['visit']);
});

test('video calls are virtual meetings coded CONSULT/phone, CAMEO 041', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2021-08-05 Titre\n\nLe ministre To Lam s’est entretenu par visioconférence le 4 août avec son homologue singapourien K. Shanmugam.' });
  const e = tables.events[0]!;
  t.true(e.virtual);
  t.is(e.plover_mode, 'phone');
  t.is(e.cameo, '041');
  t.is(e.date, '2021-08-04');
});

test('noise yields no rows: links, captions and teasers mention events that are not read', (t) => {
  const tables = tablesFor({
    'a.txt': 'Titre\n\n>> Le ministre To Lam a reçu son homologue lao Vilay Lakhamfong le 9 janvier à Hanoï\n\nLe ministre To Lam a reçu son homologue lao Vilay Lakhamfong le 9 janvier à Hanoï. |\n\nTexte.\n\nVoir plus\n\nLe ministre To Lam a signé le 5 mars 2024 un accord sur la coopération en matière de police.',
  });
  t.deepEqual(tables.events, []);
  t.deepEqual(tables.agreements, []);
});

test('every evidence of every row slices back out of its file', (t) => {
  const text = ' date 2026-01-15 Titre\n\nLe ministre de la Police, Luong Tam Quang, s’est entretenu jeudi 15 janvier avec la ministre singapourienne, Josephine Teo, présente à Hanoï 😀. Les deux parties ont également signé un mémorandum d’entente sur la transformation numérique.';
  const tables = tablesFor({ 'a.txt': text });
  const rows = [...tables.events, ...tables.participants, ...tables.agreements, ...tables.actors, ...tables.mentions];
  t.true(rows.length > 8);
  for (const row of rows) t.is([...text].slice(row.char_start, row.char_end).join(''), row.evidence);
});

test('a recurring gathering known by its acronym has its series’ organizer; « la prochaine » one is planned', (t) => {
  const tables = tablesFor({
    'a.txt': 'Titre\n\nLa réunion a décidé d’organiser la prochaine 21e AMMTC aux Philippines en 2027. Le 3 mars, le vice-ministre Tran Quoc To a participé à la 25e SOMTC à Manille.',
  });
  const rows = eventsOf(tables);
  t.deepEqual(rows.map((e) => [e.type, e.status, e.people.includes('Association des nations de l\'Asie du Sud-Est:organizer')]), [
    ['conference', 'planned', true],
    ['conference', 'occurred', true],
  ]);
  // An acronym that names no series adds nobody.
  const other = tablesFor({ 'b.txt': 'Titre\n\nLe 3 mars, le vice-ministre Tran Quoc To a participé à la 25e SOMXYZ à Manille.' });
  t.false(eventsOf(other)[0]!.people.some((p) => p.endsWith(':organizer')));
});

test('bodies that sign are the parties; a body introduced with its acronym is found again by it', (t) => {
  const tables = tablesFor({
    'a.txt':
      'Titre\n\nLe vice-ministre Nguyen Van Long a reçu le 2 mai à Hanoï une délégation de l’Agence nationale de la cybersécurité de Malaisie (NACSA). ' +
      'En 2021, le ministère vietnamien de la Sécurité publique et la NACSA ont signé un mémorandum d’entente sur la coopération en matière de cybersécurité.',
  });
  const signing = eventsOf(tables).find((e) => e.type === 'signing')!;
  t.deepEqual(signing.people, ['Agence nationale de la cybersécurité de Malaisie:party', 'ministère de la Sécurité publique du Vietnam:party']);
  t.deepEqual(tables.agreements[0]!.parties, ['MYS', 'VNM']);
  // Without the acronym's introduction, « la NACSA » is nobody.
  const bare = tablesFor({ 'b.txt': 'Titre\n\nEn 2021, le ministère vietnamien de la Sécurité publique et la NACSA ont signé un mémorandum d’entente sur la coopération en matière de cybersécurité.' });
  t.false(eventsOf(bare)[0]!.people.some((p) => p.startsWith('Agence')));
});

test('who speaks at a signing ceremony is its speaker, the speech verb before or after the name', (t) => {
  const tables = tablesFor({
    'a.txt':
      ' date 2026-04-09 Titre\n\nLa Police nationale indonésienne et le ministère vietnamien de la Sécurité publique ont signé mercredi à Jakarta un protocole d’accord sur la lutte contre la fraude en ligne. ' +
      'Intervenant lors de la cérémonie, le général de corps d’armée Le Van Hoa a affirmé que ce texte ouvrait une nouvelle étape. ' +
      '« Nous partagerons nos données », a déclaré Budi Santoso, chef adjoint de la police indonésienne, lors de l’événement.',
  });
  const signing = eventsOf(tables).find((e) => e.type === 'signing')!;
  t.true(signing.people.includes('Le Van Hoa:speaker'), signing.people.join());
  t.true(signing.people.includes('Budi Santoso:speaker'), signing.people.join());
  // Without a word placing the speech at the ceremony, nobody is added.
  const bare = tablesFor({
    'b.txt':
      ' date 2026-04-09 Titre\n\nLa Police nationale indonésienne et le ministère vietnamien de la Sécurité publique ont signé mercredi à Jakarta un protocole d’accord sur la lutte contre la fraude en ligne. ' +
      'Le général de corps d’armée Le Van Hoa a affirmé que la fraude progressait.',
  });
  t.false(eventsOf(bare).find((e) => e.type === 'signing')!.people.some((p) => p.includes('Le Van Hoa')));
});

test('« Le document a été signé au nom du gouvernement par X »: the signatory of the signing told before', (t) => {
  const tables = tablesFor({
    'a.txt':
      ' date 2026-05-20 Titre\n\nLe Laos avait signé le traité régional sur l’entraide judiciaire en matière pénale le 3 avril 2026 à Manille. ' +
      'Le texte a été signé au nom du gouvernement lao par Somphone Keola, vice-ministre de la Justice.',
  });
  const signing = eventsOf(tables).find((e) => e.type === 'signing')!;
  t.is(signing.date, '2026-04-03');
  t.true(signing.people.includes('Somphone Keola:signatory'), signing.people.join());
});

test('« Aujourd’hui, A, …, et B ont signé un accord établissant … »: a date before coordinated subjects is the signing’s, and a participle names the instrument', (t) => {
  const tables = tablesFor({
    'a.txt':
      ' date 2026-02-11 Titre\n\nAujourd’hui, le ministre thaïlandais de la Justice, Somchai Wongsa, et le vice-ministre vietnamien de la Sécurité publique, le général Tran Quoc To, ont signé un accord établissant un mécanisme de transfert des personnes condamnées.',
  });
  t.deepEqual(tables.agreements.map((a) => [a.name, a.signed]), [['accord établissant un mécanisme de transfert des personnes condamnées', '2026-02-11']]);
  // A verb of its own before « , et » ends the date's clause.
  const other = tablesFor({
    'b.txt': ' date 2026-02-11 Titre\n\nAujourd’hui, le ministre a reçu la délégation, et les deux parties ont signé un accord établissant un mécanisme de transfert des personnes condamnées.',
  });
  t.is(other.agreements[0]!.signed, null);
});

test('a gathering’s speaker list, who « y ont participé », its co-organizer « en coordination avec », its closing day, and a memorandum signed « avec » a body', (t) => {
  const tables = tablesFor({
    'a.txt':
      ' date 2026-05-08 Titre\n\nLe Forum régional sur la sécurité des données 2026 s’est ouvert mardi 5 mai à Da Nang, à l’initiative du ministère de l’Information et en coordination avec l’Organisation mondiale des douanes (OMD). ' +
      'Y ont participé des représentants du Laos, de la Malaisie et d’INTERPOL. ' +
      'Sont intervenus le vice-ministre Nguyen Duc Long ; le directeur général adjoint de l’OMD, M. Pieter Vandamme ; et l’experte Hana Sato. ' +
      'En marge du forum, le ministère de l’Information a signé un mémorandum d’entente sur l’échange de données douanières avec l’OMD. ' +
      'Le forum s’est clôturé jeudi.',
  });
  const forum = eventsOf(tables).find((e) => e.type === 'conference')!;
  t.is(forum.date, '2026-05-05/2026-05-07');
  for (const p of ['Nguyen Duc Long:speaker', 'Pieter Vandamme:speaker', 'Hana Sato:speaker', 'Laos:attendee', 'Malaisie:attendee', 'Organisation mondiale des douanes:organizer']) t.true(forum.people.includes(p), `${p} in ${forum.people.join()}`);
  const signing = eventsOf(tables).find((e) => e.type === 'signing')!;
  t.is(signing.date, '2026-05-05/2026-05-07');
  t.true(signing.people.includes('Organisation mondiale des douanes:party'), signing.people.join());
  // A closing day out of step with the opening (a month later) tells nothing of the span.
  const far = tablesFor({ 'b.txt': ' date 2026-05-08 Titre\n\nLe Forum régional sur la sécurité des données 2026 s’est ouvert mardi 5 mai à Da Nang, à l’initiative du ministère de l’Information. La campagne s’est achevée le 20 juin.' });
  t.is(eventsOf(far).find((e) => e.type === 'conference')!.date, '2026-05-05');
});

test('during a visit: « son hôte » is the visitor for whoever receives them, « les deux généraux ont signé », and people of different offices met in a list are separate meetings', (t) => {
  const tables = tablesFor({
    'a.txt':
      ' date 2026-03-12 Titre\n\nLe chef de la Police royale malaisienne, le général Razak Hamid, effectue du 9 au 12 mars une visite officielle au Vietnam. ' +
      'Mardi 10 mars à Hanoï, le ministre de la Sécurité publique, le général Pham Van Son, s’est entretenu avec son hôte malaisien. ' +
      'À l’issue des entretiens, les deux généraux ont signé le protocole sur l’échange de renseignements criminels. ' +
      'Au cours de son séjour, le général Razak Hamid a également rencontré le vice-Premier ministre Tran Van Hai et le président de la Cour suprême, Dang Minh Quan.',
  });
  const meetings = eventsOf(tables).filter((e) => e.type === 'meeting');
  t.deepEqual(meetings.map((m) => m.people.join(' ')).sort(), ['Dang Minh Quan:host Razak Hamid:guest', 'Pham Van Son:host Razak Hamid:guest', 'Razak Hamid:guest Tran Van Hai:host']);
  t.deepEqual(eventsOf(tables).find((e) => e.type === 'signing')!.people.filter((p) => p.endsWith(':signatory')), ['Pham Van Son:signatory', 'Razak Hamid:signatory']);
  // Two people of one office met together stay one meeting.
  const together = tablesFor({
    'b.txt': ' date 2026-03-12 Titre\n\nLe général Razak Hamid effectue du 9 au 12 mars une visite officielle au Vietnam. Il a rencontré les vice-ministres Tran Van Hai et Dang Minh Quan.',
  });
  t.is(eventsOf(together).filter((e) => e.type === 'meeting').length, 1);
});

test('« a été signé … entre A, body with a long name, et B, en présence de C et de M. D »: the two bodies are the parties, both people attend', (t) => {
  const tables = tablesFor({
    'a.txt':
      ' date 2026-09-25 Titre\n\nUn mémorandum d’entente sur la sécurité des câbles sous-marins a été signé jeudi à Tokyo entre le Département de la cybersécurité et de la prévention de la criminalité du ministère vietnamien de la Sécurité publique et l’Agence japonaise de la police et des communications (JPCA), en présence du vice-ministre Nguyen Van Long et du vice-ministre japonais des Communications, M. Taro Suzuki.',
  });
  const signing = eventsOf(tables).find((e) => e.type === 'signing')!;
  t.deepEqual(signing.people, [
    'Agence japonaise de la police et des communications:party',
    'Département de la cybersécurité et de la prévention de la criminalité du ministère vietnamien de la Sécurité publique:party',
    'Nguyen Van Long:attendee',
    'Taro Suzuki:attendee',
  ]);
});

test('after state talks: « ont adopté une déclaration commune et décidé d’élever … », « ont ensuite assisté à la signature de plusieurs documents, dont A … et B », « A a été signé par le ministre …, X, et …, Y », « Le même jour »', (t) => {
  const tables = tablesFor({
    'a.txt':
      ' date 2025-09-12 Titre\n\nÀ l’invitation du président de la Mongolie, Batbold Ganzorig, le président Tran Minh Duc a effectué du 9 au 11 septembre une visite d’État en Mongolie. ' +
      'Mercredi 10 septembre, les deux chefs d’État ont tenu des entretiens à Oulan-Bator. ' +
      'À l’issue des entretiens, les deux dirigeants ont adopté une déclaration commune et décidé d’élever les relations au rang de partenariat global. ' +
      'Les deux chefs d’État ont ensuite assisté à la signature de plusieurs documents, dont le traité d’entraide judiciaire entre le Vietnam et la Mongolie et le mémorandum d’entente sur la sécurité des frontières. ' +
      'Le traité a été signé par le ministre de la Justice, M. Pham Quoc Hung, et le ministre mongol de la Justice, Enkh Bayar. ' +
      'Le même jour, le président Tran Minh Duc a rencontré le président du Parlement, Zandan Oyun, et le Premier ministre Luvsan Erdene.',
  });
  const events = eventsOf(tables);
  t.false(tables.agreements.some((a) => /déclaration/u.test(a.name)), tables.agreements.map((a) => a.name).join());
  t.deepEqual(events.filter((e) => e.type === 'adoption').map((e) => e.date), ['2025-09-10']);
  const treaty = events.find((e) => e.type === 'signing' && e.people.includes('Pham Quoc Hung:signatory'))!;
  t.is(treaty.date, '2025-09-10');
  t.true(treaty.people.includes('Enkh Bayar:signatory') && treaty.people.includes('Tran Minh Duc:attendee'), treaty.people.join());
  t.is(events.filter((e) => e.type === 'signing' && e.date === '2025-09-10').length, 2);
  t.deepEqual(events.filter((e) => e.type === 'meeting' && e.people.some((p) => /Oyun|Erdene/u.test(p))).map((e) => e.date), ['2025-09-10', '2025-09-10']);
});

test('« sous la coprésidence du ministre …, A, du ministre …, B, et du vice-Premier ministre et ministre …, C »: three chairs', (t) => {
  const tables = tablesFor({
    'a.txt':
      ' date 2026-06-22 Titre\n\nLa 4e Conférence trilatérale sur la sécurité frontalière s’est tenue samedi à Pleiku, sous la coprésidence du ministre vietnamien de la Sécurité publique, le général Tran Van Lam, du ministre lao de la Sécurité publique, le général Souk Phommachan, et du vice-Premier ministre et ministre cambodgien de l’Intérieur, Sok Vanna.',
  });
  t.deepEqual(eventsOf(tables)[0]!.people, ['Sok Vanna:chair', 'Souk Phommachan:chair', 'Tran Van Lam:chair']);
});

test('« la délégation vietnamienne a été reçue par X »: the delegation is the head the article gave it', (t) => {
  const tables = tablesFor({
    'a.txt':
      ' date 2026-04-18 Titre\n\nUne délégation vietnamienne conduite par le vice-ministre Dao Minh Chau a participé du 14 au 16 avril à Bruxelles à la 3e Réunion sur la cybercriminalité organisée par l’Union européenne. ' +
      'Le 15 avril, la délégation vietnamienne a été reçue par la commissaire européenne Ingrid Verhoeven.',
  });
  const meeting = eventsOf(tables).find((e) => e.type === 'meeting')!;
  t.deepEqual(meeting.people, ['Dao Minh Chau:guest', 'Ingrid Verhoeven:host']);
});

test('« A (X) et B (Y) ont tenu lundi une réunion en ligne »: two bodies hold a meeting; a named « réunion » stays a gathering', (t) => {
  const tables = tablesFor({
    'a.txt': ' date 2026-03-06 Titre\n\nLe Centre de réponse aux incidents informatiques du Vietnam (VNCERT) et l’Agence de cybersécurité de Thaïlande (TCA) ont tenu mercredi une réunion en ligne sur les rançongiciels.',
  });
  t.deepEqual(eventsOf(tables).map((e) => [e.type, e.date, e.people.join()]), [['meeting', '2026-03-04', 'Agence de cybersécurité de Thaïlande:attendee,Centre de réponse aux incidents informatiques du Vietnam:attendee']]);
  const named = tablesFor({ 'b.txt': ' date 2026-03-06 Titre\n\nLes ministres de l’ASEAN ont tenu mercredi à Hanoï la 6e réunion des ministres du Numérique de l’ASEAN (ADGMIN).' });
  t.deepEqual(eventsOf(named).map((e) => e.type), ['conference']);
});

test('« Le gouvernement a adopté mardi, lors de sa réunion présidée par le Premier ministre X, le Plan … »: the government adopts, past the adverbial; the meeting’s chair has no role', (t) => {
  const tables = tablesFor({
    'a.txt': ' date 2026-03-06 Titre\n\nLe gouvernement a adopté mardi, lors de sa réunion thématique présidée par le Premier ministre Le Van Thanh, le Plan national de protection des données personnelles 2026-2030.',
  });
  t.deepEqual(eventsOf(tables).map((e) => [e.type, e.date, e.people.join()]), [['adoption', '2026-03-03', 'gouvernement du Vietnam:party']]);
});

test('« Le Laos accueillera du 3 au 5 juillet à Vientiane la 12e Réunion …, a annoncé jeudi le ministère »: planned, dated by the days between, hosted by the subject', (t) => {
  const tables = tablesFor({
    'a.txt': ' date 2026-06-12 Titre\n\nLe Laos accueillera du 3 au 5 juillet à Vientiane la 12e Réunion des ministres de l’ASEAN sur la drogue (AMMD 12), a annoncé jeudi le ministère lao de la Sécurité publique.',
  });
  const e = tables.events.find((x) => x.event_type === 'conference')!;
  t.deepEqual([e.status, e.date, e.city], ['planned', '2026-07-03/2026-07-05', 'Vientiane']);
  t.true(eventsOf(tables)[0]!.people.includes('Laos:host'), eventsOf(tables)[0]!.people.join());
  const body = tablesFor({ 'b.txt': ' date 2026-06-12 Titre\n\nLe ministère lao de la Sécurité publique accueillera du 3 au 5 juillet à Vientiane la 12e Réunion des ministres de l’ASEAN sur la drogue (AMMD 12).' });
  t.true(eventsOf(body)[0]!.people.some((p) => /^ministère.*:host$/u.test(p)), eventsOf(body)[0]!.people.join());
});

test('one person chairing « une réunion du comité d’organisation » holds no talks', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-06-12 Titre\n\nJeudi 11 juin, le vice-ministre Tran Van Son a présidé une réunion du comité d’organisation pour passer en revue les préparatifs.' });
  t.deepEqual(tables.events, []);
});

test('« L’agence a lancé à cette occasion le Programme … »: the body named by its head alone is the last one of that head, and the occasion dates it', (t) => {
  const tables = tablesFor({
    'a.txt':
      ' date 2026-05-08 Titre\n\nLe Forum national de la sécurité numérique 2026 s’est tenu mercredi 6 mai à Hué, à l’initiative de l’Agence de la sécurité de l’information du Vietnam (AIS). ' +
      'L’agence a également lancé à cette occasion le Programme national de sensibilisation à la sécurité en ligne.',
  });
  const adoption = eventsOf(tables).find((e) => e.type === 'adoption')!;
  t.is(adoption.date, '2026-05-06');
  t.true(adoption.people.some((p) => /^Agence de la sécurité de l’information du Vietnam:party$/u.test(p)), adoption.people.join());
});

test('« La 3e édition du forum, que la Police royale thaïlandaise accueillera, se tiendra en mars prochain à Bangkok, a annoncé M. X »: a planned edition, its host, not its announcer', (t) => {
  const tables = tablesFor({
    'a.txt': ' date 2026-10-20 Titre\n\nLa 3e édition du forum, que la Police royale thaïlandaise accueillera, se tiendra en mars prochain à Bangkok, a annoncé M. Peter Holm.',
  });
  const e = tables.events.find((x) => x.event_type === 'conference')!;
  t.deepEqual([e.name, e.status, e.date, e.city], ['3e édition du forum', 'planned', '2027-03', 'Bangkok']);
  t.deepEqual(eventsOf(tables)[0]!.people, ['Police royale thaïlandaise:host']);
});

test('a law is dated by its vote, not by the day it takes effect, and is not yet in force', (t) => {
  const first = tablesFor({ 'a.txt': ' date 2025-11-28 Titre\n\nLa Loi sur la cryptographie civile, qui entrera en vigueur le 1er juillet 2026, a été adoptée le 26 novembre par l’Assemblée nationale.' });
  t.deepEqual(first.agreements.map((a) => [a.signed, a.status]), [['2025-11-26', 'adopted']]);
  // The sentence speaks of the future, but the vote is done: its year is the past one.
  const second = tablesFor({ 'b.txt': ' date 2025-11-28 Titre\n\nVotée le 25 novembre par l’Assemblée nationale, la Loi sur la cryptographie civile s’appliquera à partir du 1er juillet 2026.' });
  t.deepEqual(second.agreements.map((a) => [a.signed, a.status]), [['2025-11-25', 'adopted']]);
});

test('« Arrivé le 3 mars à Tokyo, X a rencontré le lendemain Y »: the next day; « auront vendredi une conversation téléphonique »: planned, the coming Friday', (t) => {
  const next = tablesFor({ 'a.txt': ' date 2026-03-06 Titre\n\nArrivé le 3 mars à Tokyo, le vice-ministre Dang Van Tu a rencontré le lendemain le chef de la police japonaise, Kenji Mori.' });
  t.deepEqual(eventsOf(next).map((e) => e.date), ['2026-03-04']);
  const call = tablesFor({ 'b.txt': ' date 2026-03-04 Titre\n\nLe Premier ministre Pham Van Dong et le Premier ministre lao, Sonexay Phomvihane, auront vendredi une conversation téléphonique.' });
  t.deepEqual(eventsOf(call).map((e) => [e.status, e.date]), [['planned', '2026-03-06']]);
});

test('talks with the press and talks held every year are no event', (t) => {
  for (const text of [
    'Lors de sa rencontre avec la presse, le 5 mai à Hanoï, le porte-parole du ministère, le colonel Tran Van Hoa, a présenté le bilan.',
    'Dans un entretien accordé à VnExpress le 5 mai, le général Tran Van Hoa a jugé la coopération solide.',
    'Chaque année, en avril, le ministère vietnamien de la Sécurité publique et le ministère cambodgien de l’Intérieur tiennent une réunion de bilan.',
  ]) {
    t.deepEqual(tablesFor({ 'a.txt': ` date 2026-05-07 Titre\n\n${text}` }).events, [], text);
  }
  // The same talks held once are one.
  const once = tablesFor({ 'b.txt': ' date 2026-05-07 Titre\n\nLe Département de la police criminelle (C02) et la Police nationale cambodgienne (PNC) ont tenu mardi une réunion de bilan.' });
  t.is(once.events.length, 1);
});

test('a signing that names no body takes the two bodies the article sets side by side; the coast guards of a country are a body', (t) => {
  const tables = tablesFor({
    'a.txt':
      ' date 2026-05-07 Titre\n\nLe ministre a salué les liens entre le ministère vietnamien de la Sécurité publique et les Garde-côtes japonais. ' +
      'Les deux parties mettront en œuvre le mémorandum d’entente sur la sécurité maritime signé en 2021.',
  });
  t.deepEqual(eventsOf(tables).find((e) => e.type === 'signing')!.people, ['Garde-côtes japonais:party', 'ministère de la Sécurité publique du Vietnam:party']);
});

test('« ont paraphé le texte de l’accord »: a signing event, but the instrument is still being negotiated; « Elle devrait réunir … » lists who a gathering to come brings together', (t) => {
  const initialled = tablesFor({ 'a.txt': ' date 2026-06-05 Titre\n\nLes deux chefs de délégation, Tran Van Minh et Park Sung-ho, ont paraphé jeudi à Séoul le texte de l’accord sur l’extradition. Le texte sera soumis aux deux gouvernements avant sa signature officielle.' });
  t.deepEqual(initialled.agreements.map((a) => [a.status, a.signed]), [['negotiating', null]]);
  t.deepEqual(initialled.events.map((e) => [e.event_type, e.date]), [['signing', '2026-06-04']]);
  const gathering = tablesFor({
    'b.txt': ' date 2026-05-29 Titre\n\nLe Cambodge accueillera du 8 au 10 juillet à Siem Reap la 20e Réunion des ministres de l’ASEAN sur la criminalité (AMMTC 20). Elle devrait réunir des délégations de la Chine, du Japon et de l’Union européenne.',
  });
  const people = eventsOf(gathering).find((e) => e.type === 'conference')!.people;
  for (const p of ['Chine:attendee', 'Japon:attendee', 'Union européenne:attendee', 'Cambodge:host']) t.true(people.includes(p), `${p} in ${people.join()}`);
});

test('« Les députés de l’Assemblée nationale ont adopté … » is the Assembly’s adoption; « le Protocole de l’ASEANAPOL » is ASEANAPOL’s, and the country of its ceremony hosts it', (t) => {
  const law = tablesFor({ 'a.txt': ' date 2026-06-26 Titre\n\nLes députés de l’Assemblée nationale ont adopté mercredi la Loi sur la cryptographie civile.' });
  t.deepEqual(eventsOf(law).map((e) => e.people), [['Assemblée nationale du Vietnam:party']]);
  const protocol = tablesFor({ 'b.txt': ' date 2026-09-14 Titre\n\nLes chefs de police des pays membres ont signé le 11 septembre à Manille (Philippines) le Protocole de l’ASEANAPOL sur les mandats d’arrêt.' });
  t.deepEqual(eventsOf(protocol).map((e) => e.people), [['ASEANAPOL:party', 'Philippines:host']]);
});

test('« A et B ont eu, le 4 mai à Hué, en marge du forum régional, un entretien »: the support verb reaches its noun past adverbials between commas', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-05-06 Titre\n\nLe vice-ministre Tran Van Son et le vice-ministre lao Khamla Vongsa ont eu, le 4 mai à Hué, en marge du forum régional sur la drogue, un entretien sur la sécurité frontalière.' });
  t.deepEqual(eventsOf(tables).map((e) => [e.type, e.date, e.city]), [['meeting', '2026-05-04', 'Hue']]);
});

test('« Lors de ses entretiens, le 2 juin à Bangkok, avec A, puis avec B, le vice-ministre X a présenté … »: X, after the opener, is the owner of both talks', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-06-04 Titre\n\nLors de ses entretiens, le 2 juin à Bangkok, avec le ministre thaïlandais de la Justice, Somsak Thep, puis avec le chef de la Police royale thaïlandaise, Kitti Rat, le vice-ministre Le Van Hoa a présenté les priorités du Vietnam.' });
  t.deepEqual(eventsOf(tables).map((e) => e.people.join(' ')).sort(), ['Kitti Rat:host Le Van Hoa:guest', 'Le Van Hoa:guest Somsak Thep:host']);
});

test('the country where an organization’s convention is signed hosts the ceremony; the UN is its party', (t) => {
  const tables = tablesFor({
    'a.txt': ' date 2026-03-02 Titre\n\nLa cérémonie de signature de la Convention des Nations unies contre la corruption se tiendra le 10 mars à Bangkok.',
  });
  const signing = eventsOf(tables).find((e) => e.type === 'signing')!;
  t.is(signing.status, 'planned');
  t.deepEqual(signing.people, ['Organisation des Nations unies:party', 'Thaïlande:host']);
});

test('a visit is hosted by the person of the visited country who receives the visitor in the same sentence', (t) => {
  const tables = tablesFor({
    'a.txt': 'Titre\n\nLe 4 juin à Hanoï, le ministre vietnamien de la Défense, Phan Van Giang, a reçu le ministre indien de la Défense, Rajnath Singh, en visite officielle au Vietnam.',
  });
  const visit = eventsOf(tables).find((e) => e.type === 'visit')!;
  t.deepEqual(visit.people, ['Phan Van Giang:host', 'Rajnath Singh:guest']);
  // A visitor who only speaks has no host named.
  const alone = tablesFor({ 'b.txt': 'Titre\n\nLe ministre indien de la Défense, Rajnath Singh, en visite officielle au Vietnam le 4 juin, a salué la coopération.' });
  t.deepEqual(eventsOf(alone).find((e) => e.type === 'visit')!.people, ['Rajnath Singh:guest']);
});

test('a passive reception: the subject told by a description is the guest, the agent the host', (t) => {
  const tables = tablesFor({
    'a.txt':
      'Titre\n\nLe ministre indonésien de la Défense, Budi Santoso, effectue du 3 au 5 juin une visite officielle au Vietnam. ' +
      'Le 5 juin à Hanoï, le ministre indonésien a été reçu par le vice-Premier ministre Tran Luu Quang.',
  });
  const meeting = eventsOf(tables).find((e) => e.type === 'meeting')!;
  t.deepEqual(meeting.people, ['Budi Santoso:guest', 'Tran Luu Quang:host']);
  t.is(meeting.date, 'XXXX-06-05');
  // « le ministre japonais » names nobody the article has introduced: no meeting.
  const none = tablesFor({ 'b.txt': 'Titre\n\nLe 5 juin à Hanoï, le ministre japonais a été reçu par le vice-Premier ministre Tran Luu Quang.' });
  t.false(eventsOf(none).some((e) => e.type === 'meeting' && e.people.length > 1));
});

test('« le lendemain » is the day after the day just told; « le mois dernier » counts from the header', (t) => {
  const tables = tablesFor({
    'a.txt':
      ' date 2025-04-14 Titre\n\nLe 9 avril à Paris, le vice-ministre Nguyen Van Khai a eu une séance de travail avec le préfet Laurent Marchand. ' +
      'Le lendemain, le vice-ministre Nguyen Van Khai a été reçu par le directeur Julien Mercier. ' +
      'Il a rappelé que le mois dernier, le ministre Luong Tam Quang avait reçu à Hanoï le ministre français Pierre Durand.',
  });
  const dates = eventsOf(tables).map((e) => `${e.date}:${e.people.join(',')}`).sort();
  t.deepEqual(dates, [
    '2025-03:Luong Tam Quang:host,Pierre Durand:guest',
    '2025-04-09:Laurent Marchand:host,Nguyen Van Khai:guest',
    '2025-04-10:Julien Mercier:host,Nguyen Van Khai:guest',
  ]);
});

test('a workshop named by a title in quotes, its co-organizers and the delegations it brought together', (t) => {
  const tables = tablesFor({
    'a.txt':
      'Titre\n\nLe Centre national de réponse aux incidents informatiques (VNCERT), en coordination avec l’Union européenne, a organisé le 4 mai à Hanoï l’atelier régional « Sécuriser les infrastructures critiques ». ' +
      'L’atelier a réuni les délégations du Cambodge, du Laos et de la Thaïlande.',
  });
  const workshop = eventsOf(tables).find((e) => e.type === 'conference')!;
  t.deepEqual(workshop.people, ['Cambodge:attendee', 'Centre national de réponse aux incidents informatiques:organizer', 'Laos:attendee', 'Thaïlande:attendee', 'Union européenne:organizer']);
  // A workshop with no name, no title and no one it brought together is not a named gathering.
  t.is(eventsOf(tablesFor({ 'b.txt': 'Titre\n\nUn atelier sur la sécurité a eu lieu le 4 mai à Hanoï.' })).length, 0);
});

test('a bilateral « Dialogue » between two countries is talks; talks held and talks announced are two events', (t) => {
  const tables = tablesFor({
    'a.txt':
      ' date 2025-09-23 Titre\n\nLe 8e Dialogue de sécurité Vietnam-Japon s’est tenu en novembre 2024 à Hanoï, coprésidé par le général Nguyen Van Long et le vice-ministre japonais Hiroshi Tanabe. ' +
      'Le général Nguyen Van Long conduira la délégation vietnamienne au 9e Dialogue de sécurité Vietnam-Japon, prévu en décembre prochain à Tokyo.',
  });
  t.deepEqual(eventsOf(tables).map((e) => [e.type, e.date, e.status]).sort(), [
    ['meeting', '2024-11', 'occurred'],
    ['meeting', '2025-12', 'planned'],
  ]);
});

test('the next edition named by its ordinal alone takes the series’ name; coordinated instruments share one signing word', (t) => {
  const tables = tablesFor({
    'a.txt':
      ' date 2026-08-28 Titre\n\nLa 14e Conférence sur la coopération en matière de sécurité Vietnam – Laos s’est tenue le 27 août à Vientiane. ' +
      'À l’issue de la conférence, les deux ministres ont signé le protocole de la 14e Conférence ainsi que le plan de coopération pour la période 2026-2030. ' +
      'Les deux parties ont convenu d’organiser la 15e Conférence au Vietnam en 2027.',
  });
  const names = eventsOf(tables).filter((e) => e.type === 'conference').map((e) => `${e.date} ${e.status}`);
  t.deepEqual(names.sort(), ['2026-08-27 occurred', '2027 planned']);
  t.true(tables.events.some((e) => e.name === '15e Conférence sur la coopération en matière de sécurité Vietnam – Laos'));
  t.is(tables.events.filter((e) => e.event_type === 'signing').length, 2);
});

test('bodies met in talks told by a noun: « ont assisté au dialogue annuel entre A et B, C (SNDGO) et D (GovTech) »', (t) => {
  const tables = tablesFor({
    'a.txt':
      'Titre\n\nLe 1er février, le vice-ministre Nguyen Duy Ngoc et la délégation vietnamienne ont assisté au dialogue annuel entre le ministère de la Sécurité publique du Vietnam et l’Office de la nation intelligente et du gouvernement numérique (SNDGO) et l’Agence gouvernementale de technologie (GovTech).',
  });
  const people = eventsOf(tables)[0]!.people.map((p) => p.split(':')[0]);
  t.true(people.includes('Nguyen Duy Ngoc'));
  t.true(people.includes('Office de la nation intelligente et du gouvernement numérique'));
  t.true(people.includes('Agence gouvernementale de technologie'));
});

test('an unnamed conference its chairs make an event; a partnership decided or set up in a year is an adoption', (t) => {
  const tables = tablesFor({
    'a.txt':
      ' date 2025-02-20 Titre\n\nLe ministre de la Police, le général Luong Tam Quang, et le ministre cambodgien de l’Intérieur, Sar Sokha, ont coprésidé le 19 février à Hanoï une conférence pour évaluer la coopération. ' +
      'En 2024, le Vietnam et le Chili ont décidé d’élever leurs relations au rang de partenariat stratégique intégral.',
  });
  const rows = eventsOf(tables).map((e) => `${e.type} ${e.date} ${e.people.join(',')}`).sort();
  t.deepEqual(rows, ['adoption 2024 Chili:party,Vietnam:party', 'conference 2025-02-19 Luong Tam Quang:chair,Sar Sokha:chair']);
  // A promise to raise relations is not an adoption.
  t.is(eventsOf(tablesFor({ 'b.txt': 'Titre\n\nLes deux pays envisagent en 2026 de porter leurs relations au rang de partenariat stratégique intégral.' })).length, 0);
});

test('« Dans le cadre de sa visite …, effectuée à l’invitation du ministre …, X, le général Y a eu … des entretiens avec son hôte »', (t) => {
  const tables = tablesFor({
    'a.txt':
      'Titre\n\nTachkent (VNA) – Dans le cadre de sa visite officielle en Ouzbékistan du 25 au 28 septembre 2025, effectuée à l’invitation du ministre ouzbek de l’Intérieur, le général Rustam Khodjaev, le général Lương Tam Quang, ministre vietnamien de la Sécurité publique, a eu le 26 septembre des entretiens avec son hôte à Tachkent.',
  });
  const rows = eventsOf(tables).map((e) => `${e.type} ${e.date} ${e.people.join(',')}`).sort();
  t.deepEqual(rows, ['meeting 2025-09-26 Lương Tam Quang:guest,Rustam Khodjaev:host', 'visit 2025-09-25/2025-09-28 Lương Tam Quang:guest,Rustam Khodjaev:host']);
});

test('police forces, hospitals and companies named as signing bodies are the parties', (t) => {
  const tables = tablesFor({
    'a.txt':
      'Titre\n\nEn 2018, le ministère vietnamien de la Sécurité publique et la Police fédérale australienne ont signé un mémorandum d’entente sur la lutte contre la criminalité transnationale. ' +
      'Le 5 mai 2024, l’hôpital Bạch Mai et le groupe allemand Siemens ont signé un mémorandum d’entente sur la formation en cardiologie.',
  });
  const signings = eventsOf(tables).filter((e) => e.type === 'signing').map((e) => e.people.join(','));
  t.deepEqual(signings.sort(), ['Bạch Mai:party,Siemens:party', 'Police fédérale australienne:party,ministère de la Sécurité publique du Vietnam:party']);
  const siemens = tables.actors.find((a) => a.name === 'Siemens');
  t.is(siemens?.country, 'DEU');
});

test('« Aussitôt après » takes the day the sentence before told; « les deux présidents ont assisté à la signature » of coordinated instruments', (t) => {
  const tables = tablesFor({
    'a.txt':
      ' date 2025-11-14 Titre\n\nLe président Nguyễn Văn Thịnh effectue une visite d’État au Chili du 11 au 13 novembre. La cérémonie d’accueil s’est déroulée le mercredi 12 novembre à Santiago. ' +
      'Aussitôt après, le président Nguyễn Văn Thịnh a eu des entretiens avec le président chilien Andrés Valdivia Rojas. ' +
      'À l’issue des entretiens, les deux présidents ont assisté à la signature d’un mémorandum d’entente sur la lutte contre la cybercriminalité ainsi que d’un accord d’exemption de visa.',
  });
  const meeting = eventsOf(tables).find((e) => e.type === 'meeting')!;
  t.is(meeting.date, '2025-11-12');
  const signings = eventsOf(tables).filter((e) => e.type === 'signing');
  t.is(signings.length, 2);
  for (const s of signings) t.deepEqual(s.people.filter((p) => p.endsWith(':attendee')).sort(), ['Andrés Valdivia Rojas:attendee', 'Nguyễn Văn Thịnh:attendee']);
});

test('a reception told in the past stays past when the sentence announces a gathering; a parliament sitting is no gathering', (t) => {
  const tables = tablesFor({
    'a.txt':
      ' date 2025-08-27 Titre\n\nLe vice-ministre Nguyễn Văn Long a reçu le 26 août à Hanoï le commissaire Ahmad Rizal bin Hassan, directeur exécutif de l’ASEANAPOL, venu préparer la 45e Conférence des chefs de police de l’ASEAN (ASEANAPOL 45), prévue du 16 au 18 septembre prochain à Hanoï. ' +
      'Lors de sa 9e session, l’Assemblée nationale a adopté le 26 juin 2025 la Loi sur la protection des données personnelles.',
  });
  const rows = eventsOf(tables).map((e) => `${e.type} ${e.date} ${e.status}`).sort();
  t.deepEqual(rows, ['adoption 2025-06-26 occurred', 'conference 2025-09-16/2025-09-18 planned', 'meeting 2025-08-26 occurred']);
  const conference = eventsOf(tables).find((e) => e.type === 'conference')!;
  t.true(conference.people.includes('ASEANAPOL:organizer'));
});

test('bilateral talks between countries only are the article’s two countries’', (t) => {
  const tables = tablesFor({
    'a.txt':
      'Titre\n\nLa police du Vietnam et celle de la Chine coopèrent contre la drogue. Après la 3e réunion bilatérale au Hubei (Chine) en novembre 2013, les deux pays ont lancé une campagne conjointe le long de la frontière entre le Vietnam et la Chine.',
  });
  t.deepEqual(eventsOf(tables).map((e) => `${e.type} ${e.date} ${e.people.join(',')}`), ['meeting 2013-11 Chine:attendee,Vietnam:attendee']);
});

test('the body that adopts a law or strategy is its party; bodies coordinated with « et » co-organize', (t) => {
  const tables = tablesFor({
    'a.txt':
      'Titre\n\nLa Loi sur la cybersécurité, adoptée par l’Assemblée nationale en juin 2018, encadre la coopération. ' +
      'Le 18 novembre à Hanoï, l’A05 et l’Université nationale de Hanoï ont co-organisé le séminaire « Sécurité de l’intelligence artificielle ».',
  });
  const adoption = eventsOf(tables).find((e) => e.type === 'adoption')!;
  t.deepEqual(adoption.people, ['Assemblée nationale du Vietnam:party']);
  const seminar = eventsOf(tables).find((e) => e.type === 'conference')!;
  t.true(seminar.people.some((p) => p.startsWith('Université nationale de Hanoï') && p.endsWith(':organizer')));
});

test('the agents of a passive signature are its parties, bodies named with any demonym and the body they belong to', (t) => {
  const tables = tablesFor({
    'a.txt':
      'Titre\n\nHanoï (VNA) - Un protocole d’accord sur la coopération en matière de sécurité frontalière a été signé le 4 mars par le commandement des gardes-côtes relevant du ministère vietnamien de la Défense et le commandement de la marine des Forces armées royales thaïlandaises.',
    'b.txt': 'Titre\n\nLe 2 juin à Tachkent, les deux ministres ont signé un accord de coopération entre le ministère vietnamien de la Sécurité publique et le ministère ouzbek de l’Intérieur.',
  });
  const parties = tables.participants.filter((p) => p.role === 'party').map((p) => p.name).sort();
  t.deepEqual(parties, [
    'commandement de la marine des Forces armées royales thaïlandaises',
    'commandement des gardes-côtes relevant du ministère vietnamien de la Défense',
    'ministère de la Sécurité publique du Vietnam',
    'ministère ouzbek de l’Intérieur',
  ]);
});

test('who organizes a gathering: a country « organisée par le Vietnam », a body after the dates and place « organisé du … à … par l’… »', (t) => {
  const tables = tablesFor({
    'a.txt': 'Titre\n\nLe Premier ministre Pham Minh Chinh a participé le 15 janvier à Hanoï à l’ouverture de la 7e réunion des ministres du Numérique de l’ASEAN (ADGMIN), organisée par le Vietnam.',
    'b.txt': 'Titre\n\nLe ministre Phan Van Giang a assisté au 23e Dialogue Shangri-La, organisé du 29 au 31 mai à Singapour par l’Institut international d’études stratégiques.',
  });
  const organizers = tables.participants.filter((p) => p.role === 'organizer').map((p) => p.name).sort();
  t.deepEqual(organizers, ['Association des nations de l\'Asie du Sud-Est', 'Institut international d\'études stratégiques', 'Vietnam']);
});

test('a gathering named again with the days it is held takes them: « se déroule du 17 au 19 septembre » beside its opening day', (t) => {
  const tables = tablesFor({
    'a.txt': 'Titre\n\nLa 40e Conférence des chefs de la police de l’ASEAN (ASEANAPOL 40) s’est ouverte ce mercredi 17 septembre à Vientiane. L’ASEANAPOL 40 se déroule du 16 au 18 septembre.',
    'b.txt': 'Titre\n\nLe ministre Phan Van Giang a pris la parole le 31 mai au 23e Dialogue Shangri-La. L’événement se tient à Singapour, du 30 mai au 1ᵉʳ juin.',
  });
  t.deepEqual(tables.events.map((e) => e.date).sort(), ['XXXX-05-30/XXXX-06-01', 'XXXX-09-16/XXXX-09-18']);
});

test('sides of talks are read once the talks told twice are one event; « de Singapour » in a list of countries is no place', (t) => {
  const tables = tablesFor({
    'a.txt':
      'Titre\n\nLe 3e Dialogue Vietnam-Inde sur la sécurité a eu lieu mardi à New Delhi, en présence du vice-ministre vietnamien de la Sécurité publique Luong Tam Quang et du conseiller indien à la sécurité nationale Vikram Sood. ' +
      'Vikram Sood a salué la coopération entre les deux pays.',
    'b.txt': 'Titre\n\nLe ministre Tran Van Son a rencontré samedi à Pékin des officiels de la Chine, du Laos et de Singapour.',
  });
  const talks = eventsOf(tables).find((e) => e.type === 'meeting' && e.people.length > 0 && e.people.some((p) => p.startsWith('Vikram')))!;
  t.deepEqual(talks.people, ['Luong Tam Quang:guest', 'Vikram Sood:host']);
  t.false(tables.events.some((e) => e.city === 'Singapore'));
});

test('talks told only by their exchange: « a informé son interlocuteur », « Les deux parties ont convenu » between people of two sides, and nothing when the article already tells its talks or names one side', (t) => {
  const tables = tablesFor({
    'a.txt': 'Titre\n\nLe vice-ministre vietnamien de la Sécurité publique Tran Minh Duc a salué la coopération avec la police japonaise. Le commissaire général japonais Hiroshi Tanabe a informé son interlocuteur des priorités de son agence.',
    'b.txt': 'Titre\n\nLe ministre vietnamien Nguyen Van Long a présenté les résultats de la coopération. Le ministre lao Khamphet Sisouk a remercié le Vietnam. Les deux parties ont convenu de renforcer les échanges de délégations.',
    'c.txt': 'Titre\n\nLe ministre vietnamien Nguyen Van Long a présenté les résultats de la campagne. Les deux parties ont convenu de poursuivre les efforts.',
    'd.txt': 'Titre\n\nLe ministre vietnamien Nguyen Van Long a reçu le 4 mars à Hanoï le ministre lao Khamphet Sisouk. Les deux parties ont convenu de renforcer les échanges.',
  });
  const meetings = eventsOf(tables).filter((e) => e.type === 'meeting');
  t.deepEqual(meetings.map((e) => e.people.map((p) => p.split(':')[0]).sort()).sort(), [
    ['Hiroshi Tanabe', 'Tran Minh Duc'],
    ['Khamphet Sisouk', 'Nguyen Van Long'],
    ['Khamphet Sisouk', 'Nguyen Van Long'],
  ]);
  t.is(meetings.filter((e) => e.date === null).length, 2, 'the exchange gives no date');
});

test('talks « dans le cadre de cette mission » take the dates of the trip told before; talks after an unrelated « cette mission » sentence with no trip keep none', (t) => {
  const tables = tablesFor({
    'a.txt': 'Titre\n\nLe vice-ministre vietnamien Tran Quoc Hung a effectué une visite de travail au Japon du 3 au 6 mai. Au cours de ce déplacement, le colonel vietnamien Pham Van Hai a eu un entretien avec le vice-ministre japonais Kenji Sato.',
    'b.txt': 'Titre\n\nLe ministre vietnamien Tran Quoc Hung a rencontré le ministre lao Khamphet Sisouk. Dans le cadre de cette mission, les deux ministres ont discuté de la sécurité.',
  });
  const dates = eventsOf(tables).filter((e) => e.type === 'meeting').map((e) => e.date);
  t.deepEqual(dates.sort(), ['XXXX-05-03/XXXX-05-06', null].sort());
});

test('an edition named by its year is held that year (« au Forum régional de la cybersécurité 2019 », « (SICW 2023) »); one named without a year stays undated', (t) => {
  const tables = tablesFor({
    'a.txt': 'Titre\n\nLe général Tran Van Nam participera au Forum régional de la cybersécurité 2019 à Bangkok.',
    'b.txt': 'Titre\n\nLe vice-ministre Pham Quoc Viet a pris la parole à la Semaine internationale de la cybersécurité de Singapour (SICW 2023).',
    'c.txt': 'Titre\n\nLe général Tran Van Nam a pris la parole au 3e Forum asiatique des polices à Bangkok.',
  });
  t.deepEqual(tables.events.filter((e) => e.event_type === 'conference').map((e) => e.date).sort(), ['2019', '2023', null].sort());
});

test('« l’accord de coopération entre les deux gouvernements », « son programme de coopération avec … » name a kind of instrument, not one; signed, or with a subject, it is one', (t) => {
  const tables = tablesFor({
    'a.txt': 'Titre\n\nLe document vise à concrétiser l’accord de coopération entre les deux gouvernements. Le groupe a présenté son programme de coopération avec les pays de la région.',
    'b.txt': 'Titre\n\nLe ministère vietnamien de la Sécurité publique et la Police nationale lao ont signé le 3 mars à Vientiane un accord de coopération.',
    'c.txt': 'Titre\n\nLes deux parties ont évoqué l’accord de coopération sur la prévention de la criminalité.',
  });
  t.deepEqual(tables.agreements.map((a) => a.name).sort(), ['accord de coopération', 'accord de coopération sur la prévention de la criminalité']);
});

test('« À l’invitation du ministère …, X a conduit une délégation … pour une visite »: the body that invites hosts, the person after it visits', (t) => {
  const tables = tablesFor({
    'a.txt': 'Titre\n\nÀ l’invitation du ministère finlandais de l’Intérieur, le général Lê Quoc Hung, vice-ministre de la Sécurité publique, a conduit une délégation vietnamienne pour une visite de travail en Finlande du 4 au 7 juin.',
  });
  const visit = eventsOf(tables).find((e) => e.type === 'visit')!;
  t.is(visit.date, 'XXXX-06-04/XXXX-06-07');
  t.deepEqual(visit.people.sort(), ['Lê Quoc Hung:guest', 'ministère finlandais de l’Intérieur:host']);
});

test('a gathering named after an organization with « d’ » is that organization’s (« 92e Assemblée générale d’Interpol »)', (t) => {
  const tables = tablesFor({ 'a.txt': 'Titre\n\nLe ministre To Lam a assisté le 7 novembre à Vienne à la 92e Assemblée générale d’Interpol.' });
  t.deepEqual(tables.participants.filter((p) => p.role === 'organizer').map((p) => p.actor_id), ['org:interpol']);
});

test('a ratification is a signing of its own by the body that ratifies; the instrument keeps the day it was signed, and a ratification to come is no event', (t) => {
  const verb = tablesFor({ 'a.txt': ' date 2026-05-15 Titre\n\nL’Assemblée nationale a ratifié mercredi le traité d’entraide judiciaire entre le Vietnam et le Chili, signé à Santiago en octobre 2025.' });
  t.deepEqual(eventsOf(verb).map((e) => [e.date, e.people.join(' ')]).sort(), [['2025-10', 'Chili:party Vietnam:party'], ['2026-05-13', 'Assemblée nationale du Vietnam:party']]);
  t.deepEqual(verb.agreements.map((a) => a.signed), ['2025-10']);
  // The day of the vote told just before, the members for their Assembly.
  const noun = tablesFor({ 'b.txt': ' date 2026-05-15 Titre\n\nHanoï (VNA) – L’Assemblée nationale a adopté jeudi la Loi sur la protection des infrastructures critiques.\nPlus tard, les députés ont approuvé la ratification de l’accord sur l’extradition entre le Vietnam et le Pérou, signé en 2024 à Lima.' });
  t.deepEqual(eventsOf(noun).filter((e) => e.type === 'signing').map((e) => [e.date, e.city, e.people.join(' ')]).sort(), [['2024', 'Lima', 'Pérou:party Vietnam:party'], ['2026-05-14', 'Hanoi', 'Assemblée nationale du Vietnam:party']]);
  const planned = tablesFor({ 'c.txt': ' date 2026-05-15 Titre\n\nL’Assemblée nationale ratifiera en juin le traité d’entraide judiciaire entre le Vietnam et le Chili.' });
  t.false(eventsOf(planned).some((e) => e.people.includes('Assemblée nationale du Vietnam:party')));
  const wish = tablesFor({ 'd.txt': ' date 2026-05-15 Titre\n\nLes pays de l’ASEAN sont convenus de hâter la ratification de la Convention des Nations unies contre la criminalité transnationale organisée.' });
  t.deepEqual(wish.events, []);
});

test('« ont signé, au nom du ministère A et du ministère B, le plan … ainsi qu’un mémorandum … »: on whose behalf, between the verb and what is signed, are the parties of both', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-04-10 Titre\n\nLe 8 avril à Vientiane, les deux ministres ont signé, au nom du ministère vietnamien de la Justice et du ministère lao de la Justice, le programme de coopération juridique pour la période 2026-2030 ainsi qu’un mémorandum d’entente sur la formation des juristes.' });
  const signings = eventsOf(tables).filter((e) => e.type === 'signing');
  t.is(signings.length, 2);
  for (const e of signings) t.deepEqual([e.date, e.people.filter((p) => p.endsWith(':party')).length], ['2026-04-08', 2]);
});

test('« reçu successivement par A, et par B », « avec A ainsi qu’avec B »: a preposition told again is a meeting again; « avec A et B » stays one', (t) => {
  const people = (text: string) => eventsOf(tablesFor({ 'a.txt': ` date 2026-10-09 Titre\n\n${text}` })).map((e) => e.people.join(' ')).sort();
  t.deepEqual(people('Le 7 octobre à Vienne, le vice-ministre Hoang Van Long a été reçu successivement par le ministre autrichien de l’Intérieur, Karl Berger, et par le directeur de la police fédérale, Lukas Maier.'), ['Hoang Van Long:guest Karl Berger:host', 'Hoang Van Long:guest Lukas Maier:host']);
  t.deepEqual(people('Le 7 octobre à Hanoï, le vice-ministre Hoang Van Long s’est entretenu avec l’ambassadeur d’Autriche, Karl Berger, ainsi qu’avec l’attaché de police, Lukas Maier.').length, 2);
  t.deepEqual(people('Le 7 octobre à Hanoï, le vice-ministre Hoang Van Long s’est entretenu avec l’ambassadeur d’Autriche Karl Berger et l’attaché de police Lukas Maier.').length, 1);
});

test('« le ministre japonais de la Défense, M. X »: the title before an honorific is X’s, so X is not at home in Kuala Lumpur', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-10-09 Titre\n\nLe 7 octobre à Kuala Lumpur, le ministre vietnamien Phan Van Nghia s’est entretenu avec le ministre japonais de la Défense, M. Kenji Harada.' });
  t.deepEqual(eventsOf(tables).map((e) => e.people), [['Kenji Harada:attendee', 'Phan Van Nghia:attendee']]);
  t.is(tables.participants.find((p) => p.name === 'Kenji Harada')?.title, 'ministre japonais de la Défense');
});

test('« Séoul, 9 mai (VNA) – … s’est tenue jeudi … »: the dispatch’s day yields to the day the sentence tells, and dates the event when the sentence tells none', (t) => {
  const told = tablesFor({ 'a.txt': ' date 2026-05-09 Titre\n\nSéoul, 9 mai (VNA) – La 3e Conférence Vietnam – République de Corée sur la cybersécurité s’est tenue jeudi dans la capitale sud-coréenne, sous la présidence du vice-ministre Kim Min-jun.' });
  t.deepEqual(eventsOf(told).map((e) => e.date), ['2026-05-07']);
  const alone = tablesFor({ 'b.txt': ' date 2026-05-10 Titre\n\nSéoul, 9 mai (VNA) – La 3e Conférence Vietnam – République de Corée sur la cybersécurité s’est tenue dans la capitale sud-coréenne, sous la présidence du vice-ministre Kim Min-jun.' });
  t.deepEqual(eventsOf(alone).map((e) => e.date), ['2026-05-09']);
});

test('a signing held « lors d’une cérémonie en ligne » is virtual; « reliant Hanoï et Vientiane » puts it in neither city, not in the dateline’s', (t) => {
  const row = (text: string) => {
    const tables = tablesFor({ 'a.txt': ` date 2026-02-06 Titre\n\nHanoï (VNA) – ${text}` });
    return tables.events.filter((e) => e.event_type === 'signing').map((e) => [e.virtual, e.city]);
  };
  t.deepEqual(row('Les deux ministères ont signé jeudi, lors d’une cérémonie en ligne reliant Hanoï et Phnom Penh, un mémorandum d’entente sur la protection des données.'), [[true, null]]);
  t.deepEqual(row('Les deux ministères ont signé jeudi à Hanoï, lors d’une cérémonie en ligne, un mémorandum d’entente sur la protection des données.'), [[true, 'Hanoi']]);
  t.deepEqual(row('Les deux ministères ont signé jeudi à Hanoï un mémorandum d’entente sur la protection des données.'), [[false, 'Hanoi']]);
});

test('« le plan de coordination 2026-2028 pour la mise en œuvre du protocole … » is a programme, and the protocol it implements an agreement of its own', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-09-10 Titre\n\nLe 8 septembre à Vientiane, les deux vice-ministres ont signé le plan de coordination 2026-2028 pour la mise en œuvre du protocole sur la coopération contre le trafic de drogue, conclu en 2019 entre le Vietnam et le Laos.' });
  t.deepEqual(tables.agreements.map((a) => [a.instrument_type, a.signed]).sort(), [['programme', '2026-09-08'], ['protocol', '2019']]);
});

test('« Avant la cérémonie, A et B ont eu un entretien … »: the talks take the day of the signing ceremony told before', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-02-06 Titre\n\nLe ministère vietnamien de la Justice et le ministère cambodgien de la Justice ont signé mercredi 4 février un mémorandum d’entente sur la formation des greffiers.\nAvant la cérémonie, les deux ministres, Le Van Hai et Chea Sokha, ont eu un entretien par visioconférence.' });
  t.deepEqual(eventsOf(tables).filter((e) => e.type === 'meeting').map((e) => e.date), ['2026-02-04']);
});

test('« A et B ont tenu hier leur conférence annuelle » is their meeting; « Les travaux étaient coprésidés par X et par Y » makes X and Y its chairs', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-05-14 Titre\n\nLa police de la province de Lào Cai et le commandement de la police de la province chinoise du Yunnan ont tenu hier, à Lào Cai, leur conférence annuelle sur la lutte contre la traite.\nLes travaux étaient coprésidés par le directeur de la police de Lào Cai, le colonel Hoang Van Tien, et par le commandant de la police du Yunnan, le colonel Zhang Wei.' });
  const meetings = eventsOf(tables).filter((e) => e.type === 'meeting');
  t.is(meetings.length, 1);
  t.is(meetings[0]!.date, '2026-05-13');
  t.deepEqual(meetings[0]!.people.filter((p) => p.endsWith(':chair')), ['Hoang Van Tien:chair', 'Zhang Wei:chair']);
  // Without the holding verb, « la conférence annuelle » told alone is no meeting.
  t.is(eventsOf(tablesFor({ 'b.txt': ' date 2026-05-14 Titre\n\nLa conférence annuelle sur la lutte contre la traite se tiendra à Lào Cai, a indiqué le colonel Hoang Van Tien.' })).filter((e) => e.type === 'meeting').length, 0);
});

test('« ont signé … le plan … entre les deux ministères »: the two ministries of different countries the article named before are the parties', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-10-10 Titre\n\nLe ministre de la Sécurité publique, Le Van Hai, a effectué du 6 au 9 octobre une visite officielle au Bélarus.\nLes deux ministres ont passé en revue l’accord de coopération entre le ministère de la Sécurité publique du Vietnam et le ministère de l’Intérieur du Bélarus.\nLe 7 octobre, le vice-ministre Hà Văn Lộc et le vice-ministre bélarusse de l’Intérieur, Dmitri Orlov, ont signé le plan de coopération pour la période 2027-2029 entre les deux ministères.' });
  const signing = tables.events.find((e) => e.event_type === 'signing' && e.date === '2026-10-07')!;
  const parties = tables.participants.filter((p) => p.event_id === signing.event_id && p.role === 'party').map((p) => [p.name, p.country]).sort();
  t.deepEqual(parties, [['ministère de la Sécurité publique du Vietnam', 'VNM'], ['ministère de l’Intérieur du Bélarus', 'BLR']]);
  t.is(tables.participants.find((p) => p.name === 'Dmitri Orlov')?.country, 'BLR');
});

test('« ont décidé que le Vietnam accueillerait le 2e Dialogue en 2027 » is planned, and « À l’issue des entretiens » a signing takes the talks’ day, not that year', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-08-14 Titre\n\nLundi 10 août, le ministre Le Van Hai s’est entretenu à Hanoï avec le ministre chilien de l’Intérieur, Carlos Rojas.\nLes deux parties ont décidé que le Vietnam accueillerait le 2e Dialogue sur la sécurité Vietnam – Chili à Hanoï en 2027.\nÀ l’issue des entretiens, les deux ministres ont signé un mémorandum d’entente sur la lutte contre la cybercriminalité.' });
  const rows = eventsOf(tables).map((e) => [e.type, e.date, e.status]).sort();
  t.deepEqual(rows, [['meeting', '2026-08-10', 'occurred'], ['meeting', '2027', 'planned'], ['signing', '2026-08-10', 'occurred']]);
});

test('« s’est entretenu à Hanoï avec son hôte indien », « le responsable cambodgien »: a side’s noun with a demonym is the person of that country named last; without one it names nobody', (t) => {
  const people = (text: string) => eventsOf(tablesFor({ 'a.txt': ` date 2026-08-14 Titre\n\n${text}` })).filter((e) => e.type === 'meeting').map((e) => e.people);
  t.deepEqual(people('Le ministre chilien de l’Intérieur, Carlos Rojas, a effectué du 10 au 13 août une visite officielle au Vietnam.\nLundi 10 août, le ministre Le Van Hai s’est entretenu à Hanoï avec son hôte chilien.'), [['Carlos Rojas:guest', 'Le Van Hai:host']]);
  t.deepEqual(people('Le ministre chilien de l’Intérieur, Carlos Rojas, a effectué du 10 au 13 août une visite officielle au Vietnam.\nLundi 10 août, le ministre Le Van Hai s’est entretenu à Hanoï avec son hôte péruvien.'), [['Le Van Hai:host']]);
});

test('« La partie coréenne accueillera à Séoul, en novembre prochain, la 5e réunion … » is a planned meeting Korea hosts; « À l’issue de la séance » a signing takes the session’s day', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-07-24 Titre\n\nUne délégation de la Police nationale coréenne conduite par son commissaire général, M. Park Min-soo, effectue du 21 au 24 juillet une visite de travail au Vietnam.\nLors de la séance de travail tenue mercredi 22 juillet à Hanoï, le vice-ministre Le Van Hai et le responsable coréen ont passé en revue la coopération.\nÀ l’issue de la séance, les deux hommes ont signé le plan d’action conjoint 2026-2028 contre la fraude dans les télécommunications.\nLa partie coréenne accueillera à Séoul, en novembre prochain, la 5e réunion du groupe de travail conjoint Vietnam – Corée sur la cybercriminalité.' });
  const rows = eventsOf(tables).filter((e) => e.type !== 'visit').map((e) => [e.type, e.date, e.status, e.people.join(' ')]).sort();
  t.deepEqual(rows, [
    ['meeting', '2026-07-22', 'occurred', 'Le Van Hai:host Park Min-soo:guest'],
    ['meeting', '2026-11', 'planned', 'Corée:host'],
    ['signing', '2026-07-22', 'occurred', 'Le Van Hai:signatory Park Min-soo:signatory'],
  ]);
});

test('a chain of party titles before the function tells the visitor’s country; « Le même jour » after a visit’s span is the day told; « Auparavant » in the pluperfect is a step of the story', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-09-25 Titre\n\nHanoï (VNA) – Le secrétaire général Nguyen Van Khoa a reçu jeudi 24 septembre à Hanoï le membre du Bureau politique du Comité central du Parti communiste de Cuba, ministre de l’Intérieur, le général Ernesto Rivero, en visite officielle au Vietnam du 22 au 26 septembre.\nLe même jour, le ministre cubain a été reçu par le président de la République, Vo Minh Tam.\nAuparavant, mercredi 23 septembre, le général Ernesto Rivero avait eu des entretiens avec le ministre de la Sécurité publique, le général Phan Quoc Bao.\nÀ l’issue des entretiens, les deux ministres ont signé le protocole de coopération pour la période 2026-2030.' });
  t.is(tables.participants.find((p) => p.name === 'Ernesto Rivero')?.country, 'CUB');
  const rows = eventsOf(tables).filter((e) => e.type !== 'visit').map((e) => [e.type, e.date, e.people.join(' ')]).sort();
  t.deepEqual(rows, [
    ['meeting', '2026-09-23', 'Ernesto Rivero:guest Phan Quoc Bao:host'],
    ['meeting', '2026-09-24', 'Ernesto Rivero:guest Nguyen Van Khoa:host'],
    ['meeting', '2026-09-24', 'Ernesto Rivero:guest Vo Minh Tam:host'],
    ['signing', '2026-09-23', 'Ernesto Rivero:signatory Phan Quoc Bao:signatory'],
  ]);
});

test('an event whose first day is after the publication day is planned, whatever its verb’s tense', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-09-25 Titre\n\nLe ministre de la Sécurité publique, Phan Quoc Bao, a effectué une visite officielle à Cuba au premier semestre 2027.' });
  t.deepEqual(eventsOf(tables).map((e) => [e.type, e.date, e.status]), [['visit', '2027-01/2027-06', 'planned']]);
});

test('« ont signé, en présence de l’ambassadeur du Vietnam en France, M. X, le plan … entre le ministère … et la direction générale de … »: the adverbial with its apposition is one word, and both bodies are parties', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-10-16 Titre\n\nLe 12 octobre à Paris, les deux généraux ont signé, en présence de l’ambassadeur du Vietnam en France, M. Pham Quoc Bao, le plan d’action pour la période 2027-2029 entre le ministère vietnamien de la Sécurité publique et la direction générale de la Police nationale.' });
  const signing = tables.events.find((e) => e.event_type === 'signing')!;
  t.is(signing.date, '2026-10-12');
  const people = tables.participants.filter((p) => p.event_id === signing.event_id).map((p) => `${p.name}:${p.role}`).sort();
  t.deepEqual(people, ['Pham Quoc Bao:attendee', 'direction générale de la Police nationale:party', 'ministère de la Sécurité publique du Vietnam:party']);
});

test('« Le Département … a tenu une séance de travail par visioconférence avec le Centre australien … »: one body with another is a meeting, and « a » ends the body’s name', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-02-13 Titre\n\nLe Département de la cybersécurité a tenu jeudi une séance de travail par visioconférence avec le Centre australien de cybersécurité (ACSC).' });
  t.deepEqual(eventsOf(tables).map((e) => [e.type, e.date, e.people.map((p) => p.split(':')[0]).join(' | ')]), [['meeting', '2026-02-12', 'Centre australien de cybersécurité | Département de la cybersécurité']]);
  t.true(tables.events[0]!.virtual);
});

test('« a invité X à effectuer une visite au Vietnam en avril prochain » is a planned visit; « … à une date opportune » is none; « À l’invitation du HSI » a body invites', (t) => {
  const visits = (text: string) => eventsOf(tablesFor({ 'a.txt': ` date 2026-02-13 Titre\n\n${text}` })).filter((e) => e.type === 'visit').map((e) => [e.date, e.status, e.people.join(' ')]);
  t.deepEqual(visits('Le vice-ministre Le Van Hai a invité la ministre australienne de l’Intérieur, Mme Rebecca Holt, à effectuer une visite au Vietnam en avril prochain.'), [['2026-04', 'planned', 'Le Van Hai:host Rebecca Holt:guest']]);
  t.deepEqual(visits('Le vice-ministre Le Van Hai a invité la ministre australienne de l’Intérieur, Mme Rebecca Holt, à effectuer une visite au Vietnam à une date opportune.'), []);
  t.deepEqual(visits('À l’invitation du HSI, une délégation de la police municipale conduite par le général Lam Dinh Khai effectuera en décembre prochain une visite de travail aux États-Unis.'), [['2026-12', 'planned', 'Lam Dinh Khai:guest']]);
});

test('« le partenariat stratégique intégral établi en septembre 2023 entre le Vietnam et les États-Unis » is adopted then; « établi » is no part of its name', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-10-23 Titre\n\nCette coopération s’inscrit dans le cadre du partenariat stratégique intégral établi en septembre 2023 entre le Vietnam et les États-Unis.' });
  t.deepEqual(tables.agreements.map((a) => [a.name, a.signed]), [['partenariat stratégique intégral', '2023-09']]);
});

test('« Les ministres du Cambodge, du Laos et du Vietnam se sont réunis … pour la 3e Réunion ministérielle »; « À l’issue des travaux, les trois pays ont signé … »; « Signé en 1995 par les trois pays …, le Mémorandum … »', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-04-30 Titre\n\nLes ministres du Cambodge, du Laos et du Vietnam se sont réunis mercredi 29 avril à Vientiane pour la 3e Réunion ministérielle sur la sécurité frontalière.\nSigné en 1995 par les trois pays ainsi que par le Programme des Nations unies pour le développement (PNUD), le Mémorandum d’entente sur la gestion des frontières reste le cadre de leur coopération.\nÀ l’issue des travaux, les trois pays ont signé la Déclaration de Vientiane sur la sécurité frontalière.' });
  const rows = eventsOf(tables).map((e) => [e.type, e.date, e.people.join(' ')]).sort();
  t.deepEqual(rows, [
    ['conference', '2026-04-29', 'Cambodge:attendee Laos:attendee Vietnam:attendee'],
    ['signing', '1995', 'Cambodge:party Laos:party Programme des Nations unies pour le développement:party Vietnam:party'],
    ['signing', '2026-04-29', 'Cambodge:party Laos:party Vietnam:party'],
  ]);
  t.deepEqual(tables.agreements.map((a) => a.instrument_type).sort(), ['declaration', 'memorandum']);
});

test('« Au terme de la réunion, … ont signé … entre les deux forces »: the day of the meeting told before, and the two bodies of different countries named before it', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-03-14 Titre\n\nLa police de la province d’An Giang et le commissariat de police de la province de Takeo ont tenu le 12 mars, à Châu Đốc, leur réunion annuelle.\nAu terme de la réunion, les deux parties ont signé le plan de coopération pour l’année 2026 entre les deux forces.' });
  const signing = tables.events.find((e) => e.event_type === 'signing')!;
  t.is(signing.date, '2026-03-12');
  t.deepEqual(tables.participants.filter((p) => p.event_id === signing.event_id && p.role === 'party').map((p) => p.country).sort(), ['KHM', 'VNM']);
});

test('« l’Assemblée a adopté, avec 461 voix pour, la résolution portant ratification de l’accord …, signé à Minsk le 12 mai » is a ratification that day; « que les députés avaient votée » is the Assembly’s; « dont le vote est prévu » is no event', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-11-20 Titre\n\nHanoï (VNA) – L’Assemblée nationale a adopté hier la Loi sur la fraude en ligne.\nLe même jour, l’Assemblée a adopté, avec 461 voix pour, la résolution portant ratification de l’accord d’entraide judiciaire entre le Vietnam et le Bélarus, signé à Minsk le 12 mai dernier.\nLes députés ont débattu du projet de Loi sur l’identification électronique, dont le vote est prévu le 28 novembre.\nLa loi complète la Loi sur la sécurité des données, que les députés avaient votée le 24 juin 2025.' });
  const rows = eventsOf(tables).map((e) => [e.type, e.date, e.people.join(' ')]).sort();
  t.deepEqual(rows, [
    ['adoption', '2025-06-24', 'Assemblée nationale du Vietnam:party'],
    ['adoption', '2026-11-19', 'Assemblée nationale du Vietnam:party'],
    ['signing', '2026-05-12', 'Bélarus:party Vietnam:party'],
    ['signing', '2026-11-19', 'Assemblée nationale du Vietnam:party'],
  ]);
  t.true(tables.agreements.filter((a) => a.instrument_type === 'law').every((a) => a.parties.join() === 'VNM'));
});

test('« Au terme des travaux, les chefs de police ont signé le communiqué … et adopté la Déclaration … »: adopted, on the gathering’s last day, by its organization', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-08-28 Titre\n\nLe vice-ministre Le Van Hai a conduit la délégation vietnamienne à la 47e Conférence des chefs de police de l’ASEAN (ASEANAPOL), tenue du 25 au 27 août à Bandar Seri Begawan.\nAu terme des travaux, les chefs de police ont signé le communiqué conjoint de la conférence et adopté la Déclaration de Bandar Seri Begawan sur la coopération policière.' });
  const rows = eventsOf(tables).filter((e) => e.type !== 'conference').map((e) => [e.type, e.date, e.people.join(' ')]);
  t.deepEqual(rows, [['adoption', '2026-08-27', 'ASEANAPOL:party']]);
});

test('« Les discours d’ouverture ont été prononcés par A et par B »: speakers at the gathering; « des représentants de l’ONUDC ont participé aux travaux »: an attendee', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-03-26 Titre\n\nLe ministère de la Sécurité publique et l’Agence nationale de la police du Japon ont co-organisé les 24 et 25 mars à Hanoï le 3e Séminaire Vietnam – Japon sur la cybercriminalité.\nLes discours d’ouverture ont été prononcés par le vice-ministre Le Van Hai et par le directeur général adjoint de l’Agence, M. Kenji Mori.\nDes représentants de l’Office des Nations unies contre la drogue et le crime (ONUDC) ont participé aux travaux.' });
  const people = eventsOf(tables).find((e) => e.type === 'conference')!.people;
  t.true(people.includes('Le Van Hai:speaker') && people.includes('Kenji Mori:speaker'), people.join(' '));
  t.true(people.some((p) => /Nations unies.*:attendee$/u.test(p)), people.join(' '));
});

test('« Le lendemain, la délégation a été reçue par X, avant de visiter un complexe démantelé en juillet »: the talks are the day after, not in July', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-09-11 Titre\n\nLe 8 septembre à Phnom Penh, le vice-ministre Le Van Hai s’est entretenu avec le ministre cambodgien Sar Sokha.\nLe lendemain, la délégation a été reçue par le gouverneur provincial, Kuy Sophal, avant de visiter un complexe démantelé en juillet.' });
  t.deepEqual(eventsOf(tables).map((e) => e.date).sort(), ['2026-09-08', '2026-09-09']);
});

test('« la Loi A, votée par l’Assemblée nationale en juin 2025, et la Loi B » dates A; « Quatre jours plus tôt, … a signé la décision approuvant le Programme … » counts from the day told before', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-06-20 Titre\n\nL’Assemblée nationale a adopté le 19 juin 2026 la Loi sur l’intelligence artificielle.\nLa nouvelle loi complète la Loi sur l’industrie numérique, votée par l’Assemblée nationale en juin 2025, et la Loi sur la protection des données personnelles.\nQuatre jours plus tôt, le Premier ministre Dang Van Khoa avait signé la décision approuvant le Programme national de développement de l’intelligence artificielle.' });
  const signed = Object.fromEntries(tables.agreements.map((a) => [a.name, a.signed]));
  t.is(signed['Loi sur l’industrie numérique'], '2025-06');
  t.is(signed['Loi sur la protection des données personnelles'], null);
  t.is(signed['Programme national de développement de l’intelligence artificielle'], '2026-06-15');
});

test('« Hanoï (VNA) – … en visite au Vietnam … Le même jour, X a été reçu par Y »: talks placed only in the visit’s country take the dateline’s city there', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-09-25 Titre\n\nHanoï (VNA) – Le ministre Nguyen Van Khoa a reçu jeudi 24 septembre le ministre cubain de l’Intérieur, Ernesto Rivero, en visite officielle au Vietnam du 22 au 26 septembre.\nLe même jour, le ministre cubain a été reçu par le président de la République, Vo Minh Tam.' });
  t.deepEqual(tables.events.filter((e) => e.event_type === 'meeting').map((e) => [e.date, e.city]), [['2026-09-24', 'Hanoi'], ['2026-09-24', 'Hanoi']]);
});

test('« Les ministres ont adopté la Déclaration … dans la région, ainsi que le programme de travail … » at an ASEAN meeting: both adopted, by ASEAN', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2025-11-03 Titre\n\nLa 19e Réunion des ministres de la Défense de l’ASEAN (ADMM-19) s’est tenue le 1er novembre à Kuala Lumpur.\nLes ministres ont adopté la Déclaration de Kuala Lumpur sur la sécurité maritime dans la région, ainsi que le programme de travail triennal de l’ADMM pour la période 2026-2028.' });
  const rows = eventsOf(tables).filter((e) => e.type === 'adoption').map((e) => [e.date, e.people.join(' ')]);
  t.deepEqual(rows, [['2025-11-01', 'Association des nations de l\'Asie du Sud-Est:party'], ['2025-11-01', 'Association des nations de l\'Asie du Sud-Est:party']]);
});

test('« le 2e Forum numérique Vietnam – Laos, que coorganiseront les deux ministères »: the two ministries named before organize it, rather than the countries of its name', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-03-20 Titre\n\nLe ministre vietnamien des Sciences et des Technologies, Nguyen Huu Tai, a reçu le 18 mars à Hanoï le ministre lao des Technologies et des Communications, Boviengkham Vongdara.\nLes deux ministères ont signé ce jour-là un mémorandum entre le ministère vietnamien des Sciences et des Technologies et le ministère lao des Technologies et des Communications.\nLes deux ministres sont convenus d’organiser en mars prochain à Luang Prabang le 2e Forum numérique Vietnam – Laos, que coorganiseront les deux ministères.' });
  const forum = eventsOf(tables).find((e) => e.type === 'conference')!;
  t.deepEqual(forum.people, ['ministère lao des Technologies et des Communications:organizer', 'ministère vietnamien des Sciences et des Technologies:organizer']);
});

test('« Plus tôt dans la journée, … », « Les deux hommes ont ensuite eu une séance de travail »: the day of the event told before, not the visit’s span', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-05-15 Titre\n\nHanoï (VNA) – Le Premier ministre Vo Minh Khoi a reçu jeudi à Hanoï le secrétaire général d’Interpol, Carlos Medeiros, en visite de travail au Vietnam du 13 au 16 mai.\nLe ministre Do Quang Trung et Carlos Medeiros ont ensuite eu une séance de travail au siège du ministère.' });
  t.deepEqual(eventsOf(tables).filter((e) => e.type === 'meeting').map((e) => e.date), ['2026-05-14', '2026-05-14']);
});

test('« le directeur …, le général A, et M. B ont signé, sous les yeux du vice-ministre, un mémorandum … entre le Département et la Direction … »: both sign, the one vice-ministre named attends, the bare head noun is the body named before', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-05-07 Titre\n\nHanoï (VNA) – Le vice-ministre de la Sécurité publique, le général Tran Quoc Binh, a reçu mardi 5 mai à Hanoï le directeur de la Direction nationale tchèque de la cybersécurité, M. Pavel Novotny.\nÀ l’issue de la rencontre, le directeur du Département de la sécurité des réseaux, le général Ho Van Tuan, et M. Pavel Novotny ont signé, sous les yeux du vice-ministre, un mémorandum d’entente sur l’échange d’alertes entre le Département et la Direction nationale tchèque de la cybersécurité.' });
  const signing = eventsOf(tables).find((e) => e.type === 'signing')!;
  t.deepEqual(signing.people, ['Direction nationale tchèque de la cybersécurité:party', 'Département de la sécurité des réseaux:party', 'Ho Van Tuan:signatory', 'Pavel Novotny:signatory', 'Tran Quoc Binh:attendee']);
});

test('« X doit rencontrer jeudi à Hanoï le ministre Y » is planned, on the Thursday to come; « doit rencontrer des dirigeants d’entreprises » names no counterpart', (t) => {
  const planned = tablesFor({ 'a.txt': ' date 2026-03-11 Titre\n\nHanoï (VNA) – M. Pavel Novotny doit rencontrer jeudi à Hanoï le ministre de la Sécurité publique, le général Luong Tam Quang.' });
  t.deepEqual(eventsOf(planned).map((e) => [e.type, e.date, e.status]), [['meeting', '2026-03-12', 'planned']]);
  const unnamed = tablesFor({ 'a.txt': ' date 2026-03-11 Titre\n\nAvant de quitter le Vietnam jeudi, M. Pavel Novotny doit rencontrer à Hô Chi Minh-Ville des dirigeants d’entreprises vietnamiennes du numérique.' });
  t.deepEqual(eventsOf(unnamed), []);
});

test('« … a rendu une visite de courtoisie au ministre X. Le ministre a salué … »: who speaks next speaks at that courtesy call, not at the dialogue the article is about', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-04-24 Titre\n\nTokyo (VNA) – Le vice-ministre de la Défense Hoang Van Son et le vice-ministre japonais de la Défense, M. Kenji Arai, ont coprésidé mercredi 22 avril à Tokyo le 5e Dialogue sur la politique de défense Vietnam – Japon.\nLe lendemain, la délégation vietnamienne a rendu une visite de courtoisie au ministre japonais de la Défense, M. Ichiro Sato.\nLe ministre a salué la qualité de la coopération.' });
  const dialogue = eventsOf(tables).find((e) => e.type === 'meeting' && e.date === '2026-04-22')!;
  t.false(dialogue.people.some((p) => p.startsWith('Ichiro Sato')));
});

test('« Organisé … par A et B, le Forum … ; Cette 3e édition était coprésidée par X et par Y ; Parmi les participants figuraient des délégations du Laos … et des représentants du Secrétariat de l’ASEAN et de l’Agence … de Singapour »', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-06-12 Titre\n\nHanoï (VNA) – Organisé les 10 et 11 juin à Hanoï par le ministère de l’Information et l’Union internationale des télécommunications (UIT), le Forum régional de l’UIT sur la sécurité des réseaux 2026 a réuni 300 délégués.\nCette 3e édition était coprésidée par le vice-ministre de l’Information, M. Tran Van Hai, et par le directeur régional de l’UIT, M. Samuel Osei.\nParmi les participants figuraient des délégations du Laos, du Cambodge et du Népal, ainsi que des représentants du Secrétariat de l’ASEAN et de l’Agence de cybersécurité de Singapour.' });
  const forum = eventsOf(tables).find((e) => e.type === 'conference')!;
  for (const p of ['Samuel Osei:chair', 'Tran Van Hai:chair', 'Laos:attendee', 'Cambodge:attendee', 'Népal:attendee', 'Secrétariat de l’ASEAN:attendee', 'Agence de cybersécurité de Singapour:attendee']) t.true(forum.people.includes(p), p);
  t.false(forum.people.some((p) => p.startsWith('Association des nations')));
});

test('« le Centre …, relevant du ministère …, et le Bureau … de l’UIT ont signé un mémorandum … »: both bodies sign, not the ministry; the instrument is theirs, not the countries’ the article lists once each', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-06-12 Titre\n\nLe Forum régional de l’UIT sur la sécurité des réseaux 2026 s’est tenu le 10 juin à Hanoï. Des délégations du Laos, du Népal et des Fidji y ont participé.\nEn marge du forum, le Centre national de réponse aux incidents, relevant du ministère de l’Information, et le Bureau de développement des télécommunications de l’UIT ont signé un mémorandum d’entente sur la formation des équipes de réponse aux incidents.' });
  const signing = eventsOf(tables).find((e) => e.type === 'signing')!;
  t.deepEqual(signing.people, ['Bureau de développement des télécommunications de l’UIT:party', 'Centre national de réponse aux incidents:party']);
  t.deepEqual([...tables.agreements[0]!.parties].sort(), ['bureau-de-developpement-des-telecommunications-de-l-uit', 'centre-national-de-reponse-aux-incidents']);
});

test('« les participants ont adopté une déclaration finale appelant à … » names no instrument; « le mémorandum … signé en 2023 entre le ministère vietnamien … et le ministère japonais … » is both countries’', (t) => {
  const declaration = tablesFor({ 'a.txt': ' date 2026-06-12 Titre\n\nLe forum s’est tenu le 10 juin à Hanoï. À la clôture des travaux, les participants ont adopté une déclaration finale appelant à une coopération accrue entre les équipes.' });
  t.deepEqual(declaration.agreements, []);
  const memorandum = tablesFor({ 'a.txt': ' date 2026-06-12 Titre\n\nLes deux parties ont convenu d’accélérer la mise en œuvre du mémorandum de coopération en matière de lutte contre la criminalité signé en 2023 entre le ministère vietnamien de la Sécurité publique et le ministère japonais de la Justice.' });
  t.deepEqual([...memorandum.agreements[0]!.parties].sort(), ['JPN', 'VNM']);
});

test('« les deux ministres ont coprésidé les entretiens officiels … ; Au terme des entretiens, ils ont signé … ; Ils ont également assisté à la signature d’un protocole … entre A et B »: chairs, and a third signing on the same day with both as attendees', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-10-09 Titre\n\nDoha (VNA) – Le ministre vietnamien de la Sécurité publique, le général Tran Van Long, a effectué du 5 au 8 octobre une visite officielle au Qatar, à l’invitation du ministre de l’Intérieur du Qatar, le cheikh Khalid ben Hamad Al Thani.\nMardi 6 octobre, les deux ministres ont coprésidé à Doha les entretiens officiels entre les deux ministères.\nAu terme des entretiens, les deux ministres ont signé l’accord sur la coopération dans la lutte contre la criminalité transnationale.\nIls ont également assisté à la signature d’un protocole d’accord sur l’échange d’informations entre le Département de la cybersécurité et le Conseil national de cybersécurité du Qatar.' });
  const events = eventsOf(tables);
  t.deepEqual(events.find((e) => e.type === 'meeting')?.people, ['Khalid ben Hamad Al Thani:chair', 'Tran Van Long:chair']);
  const protocol = events.find((e) => e.type === 'signing' && e.people.some((p) => p.startsWith('Conseil')));
  t.is(protocol?.date, '2026-10-06');
  t.deepEqual(protocol?.people, ['Conseil national de cybersécurité du Qatar:party', 'Département de la cybersécurité:party', 'Khalid ben Hamad Al Thani:attendee', 'Tran Van Long:attendee']);
});

test('« X a signé plusieurs documents …, lors d’une cérémonie présidée par C » then the instruments one by one, « a également signé avec l’Office … un mémorandum …, signé par A et B », « L’ambassadeur D a assisté à la cérémonie »: one ceremony for all', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-09-16 Titre\n\nHanoï (VNA) – L’Académie de la police populaire a signé mardi 15 septembre à Hanoï plusieurs documents de coopération avec des partenaires français, lors d’une cérémonie présidée par le vice-ministre de la Sécurité publique, le général Tran Quoc Dung.\nLe directeur de l’Académie, le général Pham Van Tien, et le président de l’Université de Lorraine, M. Pierre Garnier, ont signé l’accord-cadre de coopération universitaire entre l’Académie de la police populaire et l’Université de Lorraine.\nLe texte prévoit un master conjoint.\nL’Académie a également signé avec l’Office central de lutte contre la cybercriminalité un mémorandum d’entente sur la formation en criminalistique numérique, signé par le général Pham Van Tien et le chef de l’Office, M. Louis Mercier.\nL’ambassadeur de France au Vietnam, M. Paul Lefort, a assisté à la cérémonie.' });
  const signings = eventsOf(tables).filter((e) => e.type === 'signing');
  t.is(signings.length, 2);
  for (const e of signings) {
    t.is(e.date, '2026-09-15');
    t.true(e.people.includes('Tran Quoc Dung:chair') && e.people.includes('Paul Lefort:attendee'), e.people.join(' '));
  }
  const memorandum = signings.find((e) => e.people.includes('Louis Mercier:signatory'))!;
  t.deepEqual(memorandum.people.filter((p) => /:(?:party|signatory)$/.test(p)), ['Académie de la police populaire:party', 'Louis Mercier:signatory', 'Office central de lutte contre la cybercriminalité:party', 'Pham Van Tien:signatory']);
});

test('« Hanoï (QĐND) – … le 14e Dialogue … ; Le même jour, X a reçu Y, en visite de travail au Vietnam du 13 au 16 avril ; La partie indienne accueillera le 15e Dialogue en 2027 »', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-04-15 Titre\n\nHanoï (QĐND) – Le vice-ministre de la Défense Hoang Xuan Chien et le secrétaire indien à la Défense, M. Rajesh Kumar, ont coprésidé mardi 14 avril à Hanoï le 14e Dialogue sur la politique de défense Vietnam – Inde.\nLe même jour, le ministre de la Défense, le général Phan Van Giang, a reçu M. Rajesh Kumar, en visite de travail au Vietnam du 13 au 16 avril.\nLa partie indienne accueillera le 15e Dialogue en 2027.' });
  const events = eventsOf(tables);
  t.deepEqual(events.find((e) => e.type === 'visit')?.people, ['Phan Van Giang:host', 'Rajesh Kumar:guest']);
  t.deepEqual(events.filter((e) => e.type === 'meeting' && e.date === '2026-04-14').map((e) => e.city), ['Hanoi', 'Hanoi']);
  const next = tables.events.find((e) => e.date === '2027')!;
  t.is(next.country, 'IND');
  t.deepEqual(tables.participants.filter((p) => p.event_id === next.event_id).map((p) => `${p.name}:${p.role}`), ['Inde:host']);
});

test('« Accueillie par le Timor-Leste, …, la réunion était présidée par X »; « Y ont également pris part … »; « ont tenu la Consultation … avec leurs homologues de … »; « Au terme des travaux, jeudi, les délégués ont adopté … »; « … la 27e SOMTC l’an prochain »', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-07-03 Titre\n\nDili (VNA) – Le vice-ministre de la Sécurité publique, le général Pham The Tung, a conduit la délégation vietnamienne à la 26e Réunion des hauts responsables de l’ASEAN sur la criminalité transnationale (SOMTC 26), qui s’est tenue mercredi 1er et jeudi 2 juillet à Dili.\nAccueillie pour la première fois par le Timor-Leste, devenu en 2025 membre de l’Association, la réunion était présidée par le vice-ministre timorais de l’Intérieur, M. Jose Ramos Belo.\nY ont également pris part des représentants d’INTERPOL.\nAu terme des travaux, jeudi, les délégués ont adopté le programme de travail de la SOMTC pour la période 2027-2029.\nVendredi, toujours à Dili, les hauts responsables de l’ASEAN ont tenu la 23e Consultation ASEAN+3 sur la criminalité transnationale (SOMTC+3) avec leurs homologues de la Chine et du Japon.\nLe Vietnam accueillera la 27e SOMTC l’an prochain à Hanoï.' });
  const events = eventsOf(tables);
  const somtc = events.find((e) => e.type === 'conference' && e.date === '2026-07-01/2026-07-02')!;
  for (const p of ['Jose Ramos Belo:chair', 'Timor-Leste:host', 'Organisation internationale de police criminelle:attendee', 'Pham The Tung:delegation_head']) t.true(somtc.people.includes(p), p);
  t.false(events.some((e) => e.type === 'meeting'), 'the participle that hosts the gathering receives no one, and 2025 dates nothing');
  t.deepEqual(events.find((e) => e.type === 'adoption')?.people, ["Association des nations de l'Asie du Sud-Est:party"]);
  t.deepEqual([...tables.agreements.find((a) => a.name.startsWith('programme'))!.parties], ['ASEAN']);
  t.true(['Chine:attendee', 'Japon:attendee'].every((p) => events.find((e) => e.date === '2026-07-03')!.people.includes(p)));
  t.is(events.find((e) => e.status === 'planned')?.date, '2027');
});

test('« LUANDA – … » dateline; « … signé en mai 2014 à Hanoï entre les deux ministères » named in two sentences; « le commandant général …, le commissaire X » is named; « Le ministre vietnamien a invité son homologue angolais … » is the other minister', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-10-14 Titre\n\nLUANDA – À l’invitation du ministre angolais de l’Intérieur, M. Paulo Mendes, une délégation du ministère de la Sécurité publique conduite par le ministre, le général Tran Duc Hai, effectue du 11 au 15 octobre une visite officielle en Angola.\nMardi 13 octobre, les deux ministres ont tenu des entretiens officiels au siège du ministère angolais de l’Intérieur.\nL’accord remplace le mémorandum d’entente sur la coopération en matière d’ordre public, signé en mai 2014 à Hanoï entre les deux ministères.\nLe même jour, la délégation vietnamienne a été reçue par le vice-président de la République d’Angola, M. Rui Costa.\nJeudi 15 octobre, le général Tran Duc Hai rencontrera le commandant général de la Police nationale angolaise, le commissaire général Arnaldo Cunha.\nLe ministre vietnamien a invité son homologue angolais à effectuer une visite officielle au Vietnam en 2027.' });
  const events = eventsOf(tables);
  t.deepEqual(events.find((e) => e.date === '2014-05')?.people, ['ministère angolais de l’Intérieur:party', 'ministère de la Sécurité publique du Vietnam:party']);
  t.deepEqual(events.filter((e) => e.type === 'meeting' && e.date === '2026-10-13').map((e) => e.city), ['Luanda', 'Luanda']);
  t.deepEqual(events.find((e) => e.type === 'meeting' && e.date === '2026-10-15')?.people, ['Arnaldo Cunha:host', 'Tran Duc Hai:guest']);
  t.deepEqual(events.find((e) => e.type === 'visit' && e.date === '2027')?.people, ['Paulo Mendes:guest', 'Tran Duc Hai:host']);
});

test('« Organisé par A avec le soutien de B, le forum a réuni … »; « Trois jours après la clôture du forum, … a été reçue … »; « la France avait signé la Convention des Nations unies … lors de la cérémonie d’ouverture à la signature organisée à Hanoï en octobre 2025 »', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-04-08 Titre\n\nLille (VNA) – Une délégation du ministère de la Sécurité publique, conduite par le général Do Van Hoang, a participé au Forum international de la cybersécurité (FIC 2026), qui s’est tenu du mardi 31 mars au jeudi 2 avril 2026 à Lille.\nOrganisé par la Gendarmerie nationale française avec le soutien de la Commission européenne, le forum a réuni quelque 18 000 participants.\nTrois jours après la clôture du forum, la délégation a été reçue à Paris par la cheffe de l’Office anti-cybercriminalité, la commissaire Claire Dumas.\nCelle-ci a rappelé que la France avait signé la Convention des Nations unies contre la cybercriminalité lors de la cérémonie d’ouverture à la signature organisée à Hanoï en octobre 2025.' });
  const events = eventsOf(tables);
  const forum = events.find((e) => e.type === 'conference')!;
  t.true(forum.people.includes('Gendarmerie nationale française:organizer'));
  t.false(forum.people.some((p) => p.startsWith('Commission européenne')));
  t.is(events.find((e) => e.type === 'meeting')?.date, '2026-04-05');
  const signing = events.find((e) => e.type === 'signing')!;
  t.is(signing.date, '2025-10');
  t.true(['France:party', 'Organisation des Nations unies:party', 'Vietnam:host'].every((p) => signing.people.includes(p)), signing.people.join(' '));
});

test('« La police de la province A et le commandement de la police de la province lao B ont tenu leur conférence … À l’issue des travaux, les deux parties ont signé le plan … »: the two bodies are the parties, their chairs sign nothing', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-07-09 Titre\n\nLai Chau (VNA) – La police de la province de Lai Chau et le commandement de la police de la province lao de Phongsaly ont tenu hier, à Lai Chau, leur conférence annuelle sur la lutte contre la drogue.\nLes travaux étaient coprésidés par le directeur de la police provinciale de Lai Chau, le colonel Vu Van Hien, et par le commandant de la police de Phongsaly, le colonel Bounmy Keo.\nÀ l’issue des travaux, les deux parties ont signé le plan de coopération pour la période 2026-2027.' });
  const signing = eventsOf(tables).find((e) => e.type === 'signing')!;
  t.deepEqual(signing.people, ['commandement de la police de la province lao de Phongsaly:party', 'police de la province de Lai Chau:party']);
});

test('« En marge des réunions » after a gathering on the 1st and another on the 2nd: talks dated from the first day to the last', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2025-11-03 Titre\n\nKuala Lumpur (VNA) – Le ministre de la Défense, le général Tran Van Minh, a conduit la délégation vietnamienne à la 19e Réunion des ministres de la Défense de l’ASEAN (ADMM-19), qui s’est tenue samedi 1er novembre à Kuala Lumpur.\nLe lendemain, la 12e Réunion élargie des ministres de la Défense de l’ASEAN (ADMM+) s’est tenue, toujours à Kuala Lumpur.\nEn marge des réunions, le ministre vietnamien s’est entretenu avec le ministre japonais de la Défense, M. Kenji Ota.' });
  t.is(eventsOf(tables).find((e) => e.type === 'meeting')?.date, '2025-11-01/2025-11-02');
});

test('« Le général A a accepté l’invitation de son homologue à effectuer une visite officielle à Cuba au premier semestre 2027 »: a visit to come, A its guest, the homologue its host; « l’accord … entre les deux ministères, signé à La Havane en mars 2016 » is the ministries’', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-09-25 Titre\n\nHanoï (VNA) – Le ministre de la Sécurité publique, le général Pham Van Son, a eu mercredi 23 septembre à Hanoï des entretiens avec le ministre cubain de l’Intérieur, le général Jorge Rivero, en visite au Vietnam du 22 au 26 septembre.\nIls ont passé en revue l’application de l’accord de coopération entre les deux ministères, signé à La Havane en mars 2016, et le ministère vietnamien de la Sécurité publique a offert des équipements au ministère cubain de l’Intérieur.\nLe général Pham Van Son a accepté l’invitation de son homologue à effectuer une visite officielle à Cuba au premier semestre 2027.' });
  const events = eventsOf(tables);
  const next = events.find((e) => e.type === 'visit' && e.status === 'planned');
  t.deepEqual([next?.date, next?.people], ['2027-01/2027-06', ['Jorge Rivero:host', 'Pham Van Son:guest']]);
  t.deepEqual(events.find((e) => e.date === '2016-03')?.people, ['ministère cubain de l’Intérieur:party', 'ministère de la Sécurité publique du Vietnam:party']);
});

test('talks with an official of an international body away from home: both attend; at the body’s seat, or on the official’s invitation, the official hosts', (t) => {
  const away = tablesFor({ 'a.txt': ' date 2026-03-20 Titre\n\nVienne (VNA) – En marge de la session, le vice-ministre de la Sécurité publique, le général Le Quoc Thang, a eu jeudi 19 mars à Vienne une séance de travail avec la directrice exécutive de l’Office des Nations unies contre la drogue et le crime (ONUDC), Mme Clara Weiss.' });
  t.deepEqual(eventsOf(away)[0]?.people, ['Clara Weiss:attendee', 'Le Quoc Thang:attendee']);
  const seat = tablesFor({ 'a.txt': ' date 2026-10-15 Titre\n\nLa rencontre entre le vice-ministre de la Sécurité publique Le Quoc Thang et la directrice adjointe d’Interpol, Mme Clara Weiss, s’est tenue le 14 octobre à Lyon, au siège de l’organisation.' });
  t.deepEqual(eventsOf(seat)[0]?.people, ['Clara Weiss:host', 'Le Quoc Thang:guest']);
});

test('« Hanoï (VNA) – … Avant la cérémonie, les ministres … ont eu un entretien par visioconférence »: a video call told under a dateline is placed there', (t) => {
  const tables = tablesFor({ 'a.txt': ' date 2026-05-15 Titre\n\nHanoï (VNA) – Le ministère vietnamien de l’Information et le ministère lao des Communications ont signé jeudi 14 mai un mémorandum d’entente sur la cybersécurité lors d’une cérémonie en ligne.\nAvant la cérémonie, les ministres des deux pays, M. Tran Van Tai et M. Somchai Vong, ont eu un entretien par visioconférence.' });
  const call = tables.events.find((e) => e.event_type === 'meeting')!;
  t.deepEqual([call.city, call.virtual], ['Hanoi', true]);
});
