/** Who takes part in a gathering besides its named people: chairs of an unnamed one, and the countries present. */
import type { Role } from '../../schemas/participants.ts';
import { foldKey, type Span } from '../source.ts';
import type { AnnotatedSentence } from '../04-annotate.ts';
import { twoSidesNamed } from './signing-bodies.ts';
import { mentionKey } from '../05-resolve.ts';
import { gatheringKey, sameGatheringNoun } from './events.ts';
import { addOrg, addParticipant, eventPlaces, countryActor, dateOfAName, matchView, mention, nearest, newEvent, orgActor, participant, resolveIn, sentenceSpan, setDate, setPlace, type ArticleState, type ExtractedEvent, type SentenceState } from './state.ts';

/**
 * « X et Y ont coprésidé, le 19 février à Hanoï, une conférence pour évaluer … »: an unnamed gathering its chairs make an event;
 * « A et B ont organisé mardi à Da Nang une conférence pour faire le point … »: so do the bodies that organize it, and two sides of
 * two countries hold talks, not a multilateral gathering (fixture gatherings-001).
 */
export function tellChairedGatherings(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  if (s.gatherings.length > 0) return;
  const chaired = /(?<![\p{L}\p{N}])(?:a|ont)\s+((?:co-?)?présidé|(?:co-?)?organisé)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}\p{N}])(une|la|le|l'|l’)\s*(conférence|réunion|séance de travail|session|dialogue|forum|séminaire|atelier)(?![\p{L}])/iu.exec(s.text);
  if (!chaired) return;
  // « … ont coprésidé la conférence » after the conference was named: that one, which the anaphora pass completes.
  const toldBefore = chaired[2]!.toLowerCase() !== 'une' && st.events.some((e) => (e.type === 'conference' || e.type === 'meeting') && e.noun !== null && sameGatheringNoun(e.noun, chaired[3]!));
  if (toldBefore) return;
  const organized = /organisé/iu.test(chaired[1]!);
  // An organized gathering needs its own purpose told: « une conférence pour faire le point … », not « la réunion » of another story.
  if (organized && chaired[2]!.toLowerCase() !== 'une') return;
  const verbAt = s.start + [...s.text.slice(0, chaired.index)].length;
  const inSubject = (m: Span) => m.end <= verbAt && !/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:que|qu')(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/u.test(st.source.slice({ start: m.end, end: verbAt }));
  const chairs = s.persons.filter(inSubject);
  const bodies = organized ? s.organizations.filter((o) => inSubject(o) && !chairs.some((m) => m.phrase.start <= o.start && o.end <= m.phrase.end)) : [];
  if (chairs.length === 0 && bodies.length === 0) return;
  const sides = new Set([...bodies.map((o) => o.ref.country), ...chairs.map((m) => st.resolved.personOf.get(mentionKey(s, m))?.country ?? null)]);
  const twoSides = chairs.length + bodies.length === 2 && sides.size === 2 && !sides.has(null);
  const multilateral = /^(?:conférence|forum|séminaire|atelier)$/iu.test(chaired[3]!) && !(organized && twoSides);
  // « X a présidé une réunion du comité d'organisation »: talks need a counterpart; one chair alone holds no talks (fixture b5-19).
  if (!multilateral && chairs.length + bodies.length < 2) return;
  const e = newEvent(st, multilateral ? 'conference' : 'meeting', s, verbAt);
  mention(e, s);
  ss.events.push(e);
  if (s.future) e.status = 'planned';
  setDate(e, resolveIn(st, s, nearest(s.dates.filter((d) => !dateOfAName(st, s, d)), { start: verbAt, end: verbAt + 1 })));
  setPlace(e, nearest(eventPlaces(s), { start: verbAt, end: verbAt + 1 }) ?? (s.index === 0 ? s.dateline : null));
  for (const m of chairs) addParticipant(e, participant(st, s, m, organized ? 'organizer' : 'chair'));
  for (const o of bodies) addOrg(e, orgActor(o.ref.id, o.ref.name, o.ref.country), 'organizer', o.text, s);
}

/** Countries that take part in, chair or host a gathering of the sentence. */
export function countriesAtGatherings(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  // « le Vietnam a activement participé à la 20e réunion … »: a country as the subject of taking part.
  for (const g of s.gatherings) {
    // « le 15e Dialogue » after « le 14e Dialogue sur la politique de défense Vietnam – Inde » is told under the full name (fixture b8-11).
    const told = (e: ExtractedEvent) => e.mentions.some((m) => m.start <= g.start && g.end <= m.end) && e.name !== null && foldKey(e.name).startsWith(foldKey(st.source.slice(g)));
    const event = st.events.find((e) => (e.type === 'conference' || e.type === 'meeting') && (e.gatheringKey === gatheringKey(g) || told(e)));
    if (!event) continue;
    // « … que le Vietnam accueillerait le 2e Dialogue … » (fixture b6-07): a named bilateral meeting has a host too, and no more of what follows.
    // « La partie indienne accueillera le 15e Dialogue » (fixture b8-11): a country the name implied takes part is the host now.
    if (event.type === 'meeting') {
      for (const c of s.countries) {
        if (!asSide(st, s, c) || c.end > g.start || hostingVerb(st, s, c, g) !== 'host') continue;
        const existing = event.participants.find((p) => p.actor.actorId === `country:${c.ref.iso3}`);
        if (existing) [existing.role, existing.evidence] = ['host', sentenceSpan(s)];
        else event.participants.push({ actor: countryActor(st, c.ref.iso3), role: 'host', nameAsWritten: c.text, title: null, organization: null, country: c.ref.iso3, evidence: sentenceSpan(s) });
      }
      continue;
    }
    const addCountry = (iso3: string, written: string, role: Role, implied = false) => {
      const existing = event.participants.find((p) => p.actor.actorId === `country:${iso3}`);
      if (existing) {
        if (role === 'chair') existing.role = 'chair';
        // Told taking part in so many words, not only implied by the name.
        if (!implied) st.impliedByName.delete(existing);
        return;
      }
      event.participants.push({ actor: countryActor(st, iso3), role, nameAsWritten: written, title: null, organization: null, country: iso3, evidence: sentenceSpan(s) });
    };
    // « 3e conférence ministérielle Vietnam-Laos-Cambodge », « Conférence … Vietnam - Laos »: the countries a gathering is named after take part in it.
    const named = s.countries.filter((c) => c.ref.form === 'name' && c.start >= g.start && c.end <= g.end);
    if (named.length >= 2) {
      const before = new Set(event.participants);
      for (const c of named) addCountry(c.ref.iso3, c.text, 'attendee', true);
      for (const p of event.participants) if (!before.has(p)) st.impliedByName.add(p);
    }
    // « Le Vietnam, le Cambodge et le Laos ont affirmé …, lors de la 3e conférence … »: the subjects of a sentence set at a gathering.
    const firstVerb = /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:a|ont|s'est|se sont|est|sont)\s/u.exec(s.text);
    // « Les ministres du Cambodge, de la Chine … se sont réunis mercredi à Bangkok pour la 14e Réunion … » (fixture b7-11): they gathered for it.
    if (firstVerb && /(?<![\p{L}\p{N}])lors d[eu]|(?<![\p{L}])à l'occasion d[eu]|(?<![\p{L}\p{N}])au cours d[eu]|(?<![\p{L}])(?:réuni|rassemblé)e?s?(?![\p{L}])[^.;]{0,80}(?<![\p{L}])pour\s+(?:la|le|les|l')\s*$/iu.test(matchView(st, { start: s.start, end: g.start }))) {
      const verbAt = s.start + [...s.text.slice(0, firstVerb.index)].length;
      for (const c of s.countries) if (c.ref.form === 'name' && c.end <= verbAt) addCountry(c.ref.iso3, c.text, 'attendee');
    }
    // « 6e réunion des ministres du Numérique de l'ASEAN », « Sommet de l'ASEAN », « Assemblée générale d'Interpol »: a gathering named after an organization is that organization's,
    // unless its acronym names a series held by another (« Conférence des chefs de police de l'ASEAN (ASEANAPOL) »).
    const seriesOrganizers = (st.source.slice(g).match(/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))\p{Lu}[\p{Lu}\d]+(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/gu) ?? []).map((token) => st.dicts.series.get(token)).filter((o) => o !== undefined);
    for (const o of s.organizations) {
      if (seriesOrganizers.length > 0 && seriesOrganizers[0]!.id !== o.ref.id) continue;
      // « conférence ministérielle ASEAN-Chine », « 3e dialogue Inde-ASEAN »: the organization of a pair named in the gathering's name holds it.
      const paired = /[-–]\s*$/u.test(matchView(st, { start: Math.max(g.start, o.start - 2), end: o.start })) || /^\s*[-–+]/u.test(matchView(st, { start: o.end, end: Math.min(g.end, o.end + 2) }));
      if (o.start >= g.start && o.end <= g.end && /^[A-Z]+$/.test(o.ref.id) && (paired || /(?:de l'|de la|du|des|(?<![\p{L}])d')\s*$/u.test(matchView(st, { start: Math.max(g.start, o.start - 8), end: o.start })))) {
        addOrg(event, orgActor(o.ref.id, o.ref.name, o.ref.country), 'organizer', o.text, s);
      }
    }
    // « la prochaine 13e AMMTC »: a recurring gathering known by its acronym is held by the organization the series dictionary names.
    for (const org of seriesOrganizers) addOrg(event, orgActor(org.id, org.name, org.country), 'organizer', org.id, s);
    // « sous la présidence de Brunei »
    for (const c of s.countries) {
      if (c.ref.form === 'name' && /(?:sous la (?:co-?)?présidence|(?:co-?)?présidée? par|à la présidence)\s+(?:de\s+(?:la\s+|l')?|du\s+|d'|le\s+|la\s+|l')?(?:[\p{L}-]+\s+et\s+(?:le\s+|la\s+|les\s+|l')?)?$/iu.test(matchView(st, { start: Math.max(s.start, c.start - 60), end: c.start }))) addCountry(c.ref.iso3, c.text, 'chair');
    }
    // « La 2e édition de l'atelier, que le ministère cambodgien de l'Intérieur accueillera, … » (fixture b5-09): the host of a relative clause.
    for (const x of [...s.organizations, ...s.countries.filter((c) => c.ref.form === 'name')]) {
      if (x.start < g.end || !/^\s*,?\s*(?:que|qu['’])\s*(?:le |la |les |l['’])?\s*$/u.test(st.source.slice({ start: g.end, end: x.start }))) continue;
      const verb = /^\s*(accueillera|accueille|a accueilli|accueillait|présidera|préside|a présidé)(?![\p{L}])/u.exec(st.source.slice({ start: x.end, end: Math.min(s.end, x.end + 20) }));
      if (!verb) continue;
      const role: Role = /^accueil|a accueilli/u.test(verb[1]!) ? 'host' : 'chair';
      if ('ref' in x && 'iso3' in x.ref) addCountry(x.ref.iso3, x.text, role);
      else if ('ref' in x && 'id' in x.ref) addOrg(event, orgActor(x.ref.id, x.ref.name, x.ref.country), role, x.text, s);
    }
    // « le 2e Forum numérique Vietnam – Laos, que coorganiseront les deux ministères » (fixture b6-15): the two ministries named before organize it.
    const jointly = /^\s*,?\s*(?:que|qu['’])\s*(?:co-?organiser\p{L}*|organiser\p{L}*|ont co-?organisé|co-?organisent)\s+les deux (ministères|parties|forces|agences)(?![\p{L}])/iu.exec(st.source.slice({ start: g.end, end: s.end }));
    if (jointly) for (const o of twoSidesNamed(st.sentences, s, /^minist/iu.test(jointly[1]!))) addOrg(event, orgActor(o.ref.id, o.ref.name, o.ref.country), 'organizer', jointly[0].trim(), s);
    if (jointly) event.participants = event.participants.filter((p) => !(p.actor.type === 'country' && st.impliedByName.has(p)));
    // « Le ministère … accueillera du 9 au 11 septembre à Hanoï la 45e Assemblée … » (fixture forms-013): a body hosts too.
    for (const o of s.organizations) if (o.end <= g.start && hostingVerb(st, s, o, g) === 'host') addOrg(event, orgActor(o.ref.id, o.ref.name, o.ref.country), 'host', o.text, s);
    for (const c of s.countries) {
      if (!asSide(st, s, c) || c.end > g.start) continue;
      const hosted = hostingVerb(st, s, c, g);
      const link = st.source.slice({ start: c.end, end: g.start });
      if (hosted) {
        addCountry(c.ref.iso3, c.text, hosted);
        continue;
      }
      if (/^\s*(?:,[^,]{0,60},\s*)?(?:a|ont)\s+(?:\p{Ll}+\s+)?(?:particip|assist|pris part|pris part)\p{L}*\s+(?:à|aux|au)\s+(?:la\s+|l'|les\s+)?$/u.test(link)) {
        if (!event.participants.some((p) => p.actor.actorId === `country:${c.ref.iso3}`)) event.participants.push({ actor: countryActor(st, c.ref.iso3), role: 'attendee', nameAsWritten: c.text, title: null, organization: null, country: c.ref.iso3, evidence: sentenceSpan(s) });
      }
    }
  }
}

/** A country told as a side: by its name, or « la partie coréenne » (fixture b7-09), a demonym after « partie ». */
function asSide(st: ArticleState, s: AnnotatedSentence, c: AnnotatedSentence['countries'][number]): boolean {
  return c.ref.form === 'name' || (c.ref.form === 'demonym' && /(?<![\p{L}])parties?\s+$/iu.test(st.source.slice({ start: Math.max(s.start, c.start - 10), end: c.start })));
}

/** « X accueillera du 16 au 20 juin à Hanoï la … », « X présidera la … »: the role the verb between X and the gathering gives; dates and places count as one word (fixture b5-19). */
function hostingVerb(st: ArticleState, s: AnnotatedSentence, x: Span, g: Span): 'host' | 'chair' | null {
  let link = st.source.slice({ start: x.end, end: g.start });
  for (const m of [...s.dates, ...s.places].filter((m) => m.start >= x.end && m.end <= g.start).sort((a, b) => b.start - a.start)) {
    const from = [...st.source.slice({ start: x.end, end: m.start })].length;
    link = [...link].slice(0, from).join('') + 'x' + [...link].slice(from + (m.end - m.start)).join('');
  }
  const verb = /^\s*(?:,[^,]{0,60},\s*)?(présider\p{L}*|a présidé|préside|accueiller\p{L}*|a accueilli|accueille),?\s+(?:(?:\p{Ll}+|x),?\s+){0,4}(?:la\s+|l'|le\s+|les\s+)?$/u.exec(link);
  return verb ? (/^accueil/u.test(verb[1]!) ? 'host' : 'chair') : null;
}
