/** Instruments become agreements, and a signing or adoption told with some date information becomes their event. */
import type { DateMention, InstrumentMention, PlaceMention, TriggerMention } from '../04-annotate.ts';
import { findOrAddAgreement, partiesIn, statusCue } from './agreements.ts';
import { adoptedAtAGathering, adoptingBodies, articleBodyPair, bodyReferredBack, signingBodiesOf } from './signing-bodies.ts';
import { AFTER_THE_TALKS, dayOfTheDayBefore, talksJustBefore, CLAUSE_BREAK, CLAUSE_BREAK_AFTER_OPENER, openerDate, takesEffect, unnamedSigning } from './signing-dates.ts';
import { addCountry, addOrg, eventPlaces, countryActor, yearOfANameOrTarget, matchView, mention, nearest, newEvent, orgActor, pastVerb, placeOf, resolveIn, sentenceSpan, setDate, setPlace, STATUS_RANK, type ArticleState, type ExtractedAgreement, type ExtractedEvent, type SentenceState } from './state.ts';
import { contentWords, distance } from './text.ts';
import { signingPeople, signingVoice } from './signing-people.ts';
import { ratifies } from './ratifications.ts';
import { referredAgreements, signingWordOf } from './signing-words.ts';

/** Instruments → agreements, and the signing or adoption that goes with them. */
export function tellSignings(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  // « La convention est ouverte à la signature … », « Le document a été signé … »: an instrument named earlier, by its head.
  const referred = s.instrumentRefs.flatMap((r) =>
    referredAgreements(st, r).map((agreement) => {
      const mention: InstrumentMention = { start: r.start, end: r.end, text: r.text, type: agreement.type, name: agreement.name, shortName: agreement.shortName, indefinite: false };
      return { mention, agreement };
    }),
  );
  for (const { mention: ins, agreement: known } of [...s.instruments.map((mention) => ({ mention, agreement: null as ExtractedAgreement | null })), ...referred]) {
    const linkedTrigger = signingWordOf(st, s, ins);
    // « un accord de coopération » is generic; « d'un programme d'action pour la mise en œuvre du Partenariat … 2025-2030 » is specific.
    // « l'accord de coopération entre les deux gouvernements », « son programme de coopération avec … »: a kind of instrument, not one named.
    const kindOnly = /^(?:accord|programme|plan|protocole|mémorandum)(?:\s+d['’]entente|\s+d['’]accord)?\s+de\s+coopération(?:\s+bilatérale?)?$/iu.test(ins.name);
    if (kindOnly && !linkedTrigger && !known) continue;
    // « ont adopté une déclaration commune », « … une déclaration finale appelant à … »: a kind of text with no name of its own,
    // whatever it says, is no instrument (fixtures b5-07, b8-03).
    if (ins.indefinite && ins.type === 'declaration' && /^déclaration\s+(?:commune|conjointe|finale)(?:\s+\p{Ll}+ant(?![\p{L}])[^]*)?$/iu.test(ins.name)) continue;
    if (ins.indefinite && !linkedTrigger && contentWords(ins.name).size < 5 && !/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:19|20)\d{2}(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/u.test(ins.name)) continue;
    const agreement = known ?? findOrAddAgreement(st.agreements, ins, st.dicts);
    if (!agreement.mentions.some((m) => m.start === s.start)) agreement.mentions.push(sentenceSpan(s));
    for (const t of s.topics) agreement.topics.add(t.topic);
    if (!known) for (const p of partiesIn(s, ins, st.dicts, st.resolved)) agreement.parties.add(p);
    const cue = statusCue(s, ins, linkedTrigger);
    if (cue && (!agreement.status || STATUS_RANK[cue] > STATUS_RANK[agreement.status])) agreement.status = cue;
    if (!linkedTrigger) continue;
    // « a signé mercredi, au nom du gouvernement, le décret n° … » (fixture b9-13): a law or decree is not signed between sides but
    // enacted; signing it is its adoption, the signer its signatory.
    const type = ins.type === 'law' && linkedTrigger.ref.eventType === 'signing' ? 'adoption' : linkedTrigger.ref.eventType;
    // « ont décidé … d'élever les relations au rang de … » is an upgrade; « s'engagent à œuvrer pour élever … » is a wish.
    // A promise to sign (« intensifier les négociations et la signature ») is not a signature; « doit signer demain », « va signer » (fixture
    // b9-17) announce one.
    const announced = !linkedTrigger.nominal && linkedTrigger.status === 'planned' && linkedTrigger.verb?.governor !== null && linkedTrigger.verb?.governor !== undefined;
    if (!announced && /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:n[ée]gociations? et (?:la )?signature|en vue de (?:la )?sign|signer|adopter|promulguer)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/iu.test(st.source.slice({ start: Math.max(s.start, linkedTrigger.start - 40), end: linkedTrigger.end }))) continue;
    // The date of the signature is in its own clause: not nearer another instrument (« … par la Déclaration de Bangkok du 8 août 1967 »), not past « , et » or reported speech.
    const clauseStart = Math.min(linkedTrigger.start, ins.start);
    const clauseEnd = Math.max(linkedTrigger.end, ins.end);
    const ownDate = (d: DateMention) =>
      d.expression.kind !== 'period' &&
      // « Plan directeur numérique de l'ASEAN 2025 (ADM 2025), adopté en 2021 », « à l'horizon 2030 »: a year of a name or a target.
      !yearOfANameOrTarget(st, s, d) &&
      !takesEffect(st, s, d) &&
      // « a ratifié mercredi le traité …, signé en 2025 »: a date before the instrument is the ratification's (extract/ratifications.ts).
      !(d.end <= ins.start && s.triggers.some((o) => o.end <= ins.start && ratifies(s, o))) &&
      !s.instruments.some((o) => d.start >= o.start && d.end <= o.end) &&
      // « la Loi A, votée par l'Assemblée en juin 2025, et la Loi B »: a date inside the participle's own phrase is its (fixture b7-05).
      (!s.instruments.some((o) => o !== ins && distance(o, d) < distance({ start: clauseStart, end: clauseEnd }, d)) || (d.start >= linkedTrigger.end && !/[,;]/u.test(st.source.slice({ start: linkedTrigger.end, end: d.start })))) &&
      // « ont signé le protocole sur la mise en œuvre de l'accord …, signé en 2016 »: past another signing word, the date is that one's (fixture b4-006).
      // … but « a signé la Convention … lors de la cérémonie d'ouverture à la signature organisée à Hanoï en octobre 2025 » is one signing (fixture b8-17).
      !s.triggers.some((o) => o !== linkedTrigger && (o.ref.eventType === 'signing' || o.ref.eventType === 'adoption') && o.start >= clauseEnd && o.end <= d.start && !(o.nominal && /(?<![\p{L}])lors de la cérémonie (?:d['’]ouverture )?(?:à|de) la\s*$/u.test(st.source.slice({ start: clauseEnd, end: o.start })))) &&
      !(d.start <= clauseEnd && openerDate(st, s, d) ? CLAUSE_BREAK_AFTER_OPENER : CLAUSE_BREAK).test(st.source.slice(d.start > clauseEnd ? { start: clauseEnd, end: d.start } : { start: d.end, end: clauseStart }));
    // « Votée le 24 juin …, la Loi … s'appliquera à partir de 2026 »: a done act's day is in the past, whatever the sentence announces (fixture dates-003).
    let date = resolveIn(st, s, nearest(s.dates.filter(ownDate), { start: clauseStart, end: clauseEnd }), pastVerb(linkedTrigger) || (linkedTrigger.verb?.form === 'participle' && linkedTrigger.verb.voice === 'passive')) ?? dayOfTheDayBefore(st, s);
    // « Depuis que A et B ont élevé … en mars 2024, … a souligné X lors de son entretien, lundi à Varsovie »: a subordinate clause
    // ends at its comma, and a place past it is the main clause's (fixture b3-039).
    const subordinate = /(?<![\p{L}])(?:depuis qu|après qu|lorsqu|alors qu|puisqu)(?:e|['’])[^,;]*$/iu.test(st.source.slice({ start: s.start, end: linkedTrigger.start }));
    const commaAfter = subordinate ? st.source.slice({ start: clauseEnd, end: s.end }).indexOf(',') : -1;
    const clauseLimit = commaAfter >= 0 ? clauseEnd + [...st.source.slice({ start: clauseEnd, end: s.end }).slice(0, commaAfter)].length : s.end;
    const ownPlace = (p: PlaceMention) => p.start < clauseLimit;
    let place = nearest(eventPlaces(s).filter(ownPlace), linkedTrigger);
    // « lors de la visite du secrétaire général Tô Lâm »: the adoption or signature took place during an event told in this article.
    const during = s.triggers.find((t) => t !== linkedTrigger && (t.ref.eventType === 'visit' || t.ref.eventType === 'meeting' || t.ref.eventType === 'conference'));
    // A signing done is not at a gathering still to come, and « À l'issue des entretiens » follows talks told on a day (fixture b6-07).
    const host = during ? [...st.events].reverse().find((e) => e.type === during.ref.eventType && e.type !== linkedTrigger.ref.eventType && (e.status === 'occurred' || s.future) && (!AFTER_THE_TALKS.test(s.text) || ss.events.includes(e) || e.date?.value.precision === 'day')) : ss.events.find((e) => e.type !== 'signing' && e.type !== 'adoption');
    let dateSource = null as ExtractedEvent | null;
    // The event the signing took place at gives its day and, if it has none of its own, its place.
    const at = (frame: ExtractedEvent | undefined) => {
      if (date || !frame?.date) return;
      date = frame.date;
      dateSource = frame;
      place ??= placeOf(frame) ?? undefined;
    };
    at(host);
    // « À cette occasion, le Département … et l'ANSSI ont signé … »: on the day of the event the previous sentence told.
    // « L'association a également lancé à cette occasion le Code … » (fixture b5-29): the occasion anywhere in the sentence; when the sentence
    // before tells no event, the article's main one.
    if (!date && /(?<![\p{L}])(?:À|A|à) cette occasion(?![\p{L}])|^\s*(?:Lors de|Au cours de) cette (?:rencontre|séance|réunion|visite|entrevue)/u.test(s.text)) {
      at(
        [...st.events].reverse().find((e) => e.type !== 'signing' && e.type !== 'adoption' && e.date && e.mentions.some((m) => m.end <= s.start && m.end >= (st.sentences[s.index - 1]?.start ?? 0))) ??
          (st.main?.date ? (st.main as ExtractedEvent) : undefined),
      );
    }
    const talks = talksJustBefore(st, s);
    if (talks && (!date || dateSource === talks.event)) [date, dateSource, place] = [talks.date, talks.event, place ?? placeOf(talks.event) ?? undefined];
    // « … ont signé ce matin à Hanoi six accords importants. Les six documents signés sont le … »: the signing the sentence before told without naming what was signed.
    if (!date && type === 'signing') {
      // « La cérémonie de signature s'est déroulée mercredi … . Les documents signés sont … »: the ceremony told just before (fixture signings-021).
      const ceremony = st.ceremoniesAhead.find((c) => c.date && c.sentence.index >= s.index - 2);
      const told = unnamedSigning(st, s.index - 1) ?? unnamedSigning(st, s.index - 2) ?? (ceremony?.date ? { date: ceremony.date, place: ceremony.place } : null);
      if (told) {
        date = told.date;
        place ??= told.place ?? undefined;
      }
    }
    // « Les deux parties ont également signé un mémorandum … », « Les ministres ont examiné … et adopté le Plan … » (fixture a3-09): signed at the meeting the article reports.
    // « L'Académie a également signé … » after a signing told on its day and no main event (fixture b8-09): on that signing's day.
    const also = (st.main as ExtractedEvent | null)?.date ? (st.main as ExtractedEvent) : [...st.events].reverse().find((e) => e.type === 'signing' && e.status === 'occurred' && e.date?.value.precision === 'day' && e.mentions.some((m) => m.start < s.start));
    if (!date && also && !linkedTrigger.nominal && !s.future && /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:ont|a)\s+(?:(?:également\s+|aussi\s+|unanimement\s+)?|\p{Ll}+é\s[^.;]{0,200}\s+et\s+)(?:sign|adopt)/iu.test(s.text)) {
      date = (dateSource = also).date;
      place ??= placeOf(also) ?? undefined;
    }
    // « Ils ont également assisté à la signature d'un protocole … » (fixture b8-05): at the signing the sentence before told, on its day.
    if (!date && linkedTrigger.nominal && /(?:ont|a)\s+(?:également\s+|aussi\s+|ensuite\s+)?assisté\s+à\s+la\s+(?:cérémonie\s+de\s+)?$/u.test(matchView(st, { start: s.start, end: linkedTrigger.start }))) {
      at([...st.events].reverse().find((e) => e.type === 'signing' && e.status === 'occurred' && e.mentions.some((m) => m.start >= (st.sentences[s.index - 1]?.start ?? s.start) && m.end <= s.start)));
    }
    // « La cérémonie d'ouverture à la signature de la Convention … »: an announced ceremony is an event even before its date is told.
    const ceremony = linkedTrigger.nominal && /(?<![\p{L}\p{N}])cérémonie\s+(?:d'ouverture\s+)?(?:à|de)\s+(?:la\s+)?$/iu.test(matchView(st, { start: Math.max(s.start, linkedTrigger.start - 40), end: linkedTrigger.start }));
    // « Le document a été signé au nom du gouvernement par X »: an instrument referred back to tells more of the signing already told.
    // « doit s'entretenir avec … et signer un plan … » (fixture b9-17): a signing to come at talks to come is dated when they are.
    const atTalksToCome = !date && linkedTrigger.status === 'planned' && !linkedTrigger.nominal ? ss.events.find((e) => e.type === 'meeting' && e.status === 'planned') : undefined;
    if (!date && !ceremony && !(known && agreement.event) && !atTalksToCome) continue;
    let event = agreement.event;
    const toldBefore = event !== null;
    if (!event) {
      event = newEvent(st, type, s);
      event.agreement = agreement;
      agreement.event = event;
    }
    mention(event, s);
    setDate(event, date);
    if (dateSource && event.date === dateSource.date) event.dateSource = dateSource;
    if (atTalksToCome) [event.dateSource, event.status] = [atTalksToCome, 'planned'];
    setPlace(event, place);
    // « … sera signé le 3 décembre à Séoul »: the verb's own tense says a signing is to come (fixture forms-017).
    // A past verb keeps its signing done whatever else the sentence announces: « ont signé un mémorandum …, qui facilitera … ».
    // « le mémorandum …, signé en 2018 » in a sentence about what the parties will do: a bare participle tells a done act.
    const done = pastVerb(linkedTrigger) || (linkedTrigger.verb?.form === 'participle' && linkedTrigger.verb.voice === 'passive');
    if (!toldBefore && done) event.status = 'occurred';
    // … and a signing told as done is not undone by a later sentence about the instrument's future.
    if (!(toldBefore && event.status === 'occurred') && ((s.future && !done) || (linkedTrigger.status === 'planned' && !linkedTrigger.nominal))) event.status = 'planned';
    // « ont paraphé … avant sa signature officielle »: initialled, not signed (fixture b5-27); with no signature to come, the signing (forms-006).
    const initialledOnly = linkedTrigger.frame.id === 'parapher' && /(?:avant|en vue de) (?:sa|la|leur) signature|sera (?:officiellement )?signée?|signature officielle/iu.test(st.source.slice({ start: s.start, end: st.sentences.at(-1)!.end }));
    if (initialledOnly) agreement.status = 'negotiating';
    if (event.status === 'occurred' && !initialledOnly) agreement.signed ??= event.date;
    if (!agreement.signedPlace && event.city) agreement.signedPlace = event.city;
    if (event.status === 'occurred') {
      const reached = initialledOnly ? 'negotiating' : type === 'signing' ? 'signed' : 'adopted';
      if (!agreement.status || STATUS_RANK[reached] > STATUS_RANK[agreement.status]) agreement.status = reached;
    }
    signingPeople(st, ss, event, linkedTrigger, ins, type);
    const { verbal, passive } = signingVoice(linkedTrigger, ins);
    // « la Loi sur la cybersécurité, adoptée par l'Assemblée nationale en 2018 »: the body that adopts is the party.
    if (type === 'adoption') adoptingBodies(st, s, event, linkedTrigger);
    if (verbal && !passive) bodyReferredBack(st, s, event, linkedTrigger);
    // Bodies that sign are the parties, not their countries: « le ministère vietnamien … et le SPO ont signé … »,
    // « … un mémorandum … entre le ministère vietnamien … et le ministère indien de l'Intérieur », « … signé entre les deux ministères ».
    const named = signingBodiesOf(s, ins, linkedTrigger, verbal && !passive, st);
    const signingBodies = named.length > 0 || type !== 'signing' || ins.type === 'partnership' || event.participants.some((p) => p.role === 'signatory') ? named : articleBodyPair(st, s);
    for (const o of signingBodies) addOrg(event, orgActor(o.ref.id, o.ref.name, o.ref.country), 'party', o.text, s);
    // Beside named signatories, the countries are parties when the sentence names them as the sides (« … entre le Vietnam et le
    // Portugal », fixtures forms-006, signings-008), not when they only stand in the instrument's own name (« protocole de la
    // 12e Conférence … Vietnam - Laos »); without signatories they are the parties whenever no body is (codebook, signings).
    const signed = event.participants.some((p) => p.role === 'signatory');
    const namedAsSides = new Set(s.countries.filter((c) => c.ref.form === 'name' && !s.instruments.some((i) => c.start >= i.start && c.end <= i.end) && !s.organizations.some((o) => c.start >= o.start && c.end <= o.end) && !s.places.some((p) => c.start >= p.start && c.end <= p.end)).map((c) => c.ref.iso3));
    const representedBy = new Set([...signingBodies.map((o) => o.ref.country), ...event.participants.filter((p) => p.role === 'party' && p.actor.type === 'organization').map((p) => p.actor.country)].filter((c): c is string => c !== null));
    for (const party of agreement.parties) {
      // Two bodies that sign are the two sides, whatever their countries.
      if (representedBy.has(party) || signingBodies.length >= 2 || (signed && !namedAsSides.has(party))) continue;
      const known = st.dicts.organizations.find(ins.name).find((o) => o.value.id === party)?.value;
      const actor = /^[A-Z]{3}$/.test(party) && st.dicts.countryNames.has(party) ? countryActor(st, party) : orgActor(party, known?.name ?? party, known?.country ?? null);
      if (!event.participants.some((p) => p.actor.actorId === actor.actorId)) event.participants.push({ actor, role: 'party', nameAsWritten: actor.name, title: null, organization: null, country: actor.type === 'country' ? actor.country : null, evidence: sentenceSpan(s) });
    }
    // « la France avait signé la Convention des Nations unies … » (fixture b8-17): the country that signs is a party, whoever's instrument it is.
    for (const c of verbal && !passive ? s.countries : []) if (c.ref.form === 'name' && !s.organizations.some((o) => c.start >= o.start && c.end <= o.end) && !s.persons.some((m) => c.start >= m.phrase.start && c.end <= m.phrase.end) && c.end <= linkedTrigger.start && /^\s*(?:\p{Ll}+ment\s+)?$/u.test(st.source.slice({ start: c.end, end: linkedTrigger.start })) && !event.participants.some((p) => p.actor.actorId === `country:${c.ref.iso3}`)) addCountry(st, event!, c.ref.iso3, 'party', c.text, s);
    // An instrument whose sentence names no side but its signing bodies is theirs (fixture b8-03).
    if (agreement.parties.size === 0) for (const o of signingBodies) agreement.parties.add(o.ref.country ?? o.ref.id);
    // « Au terme des travaux, jeudi, les délégués ont adopté … » (fixture b8-13): at the gathering, even when the sentence gives the day.
    const gathering = dateSource ?? (talks?.event.type === 'conference' ? talks.event : null);
    if (signingBodies.length === 0 && gathering) adoptedAtAGathering(s, event, gathering);
    // « Hanoï s'apprête à accueillir la cérémonie d'ouverture à la signature de la Convention des Nations unies … »: the country where an organization's instrument is signed hosts the ceremony.
    const organizationsInstrument = [...agreement.parties].some((p) => (!/^[A-Z]{3}$/.test(p) || !st.dicts.countryNames.has(p)) && (ins.type !== 'protocol' || st.dicts.organizations.find(ins.name).some((o) => o.value.id === p)));
    if (organizationsInstrument && type === 'signing' && (ins.type === 'convention' || ins.type === 'treaty' || ins.type === 'protocol') && event.country && st.dicts.countryNames.has(event.country) && !event.participants.some((p) => p.actor.actorId === `country:${event!.country}`)) {
      const actor = countryActor(st, event.country);
      event.participants.push({ actor, role: 'host', nameAsWritten: actor.name, title: null, organization: null, country: actor.country, evidence: sentenceSpan(s) });
    }
  }
}
