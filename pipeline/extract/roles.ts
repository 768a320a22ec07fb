/** Roles read off the whole article once every event is told: sides by the place, delegation heads, bilateral pairs. */
import { mainPair } from './agreements.ts';
import { countryActor, matchView, type ArticleState } from './state.ts';
import { normalizeForMatching } from '../source.ts';

/** Sides of talks by the place, who leads a delegation, bilateral talks between the article's two countries, countries implied by a gathering's name. */
export function rolesByPlace(st: ArticleState): void {
  // « La partie indienne accueillera le 15e Dialogue en 2027 » (fixture b8-11): an event placed nowhere else is in the country that hosts it.
  for (const e of st.events) {
    const hosts = e.participants.filter((p) => p.role === 'host' && p.actor.type === 'country');
    if (!e.country && !e.city && hosts.length === 1) e.country = hosts[0]!.actor.country;
  }
  // The same occurrence told twice within the article (a verbal « s'est entretenu » and a later « lors de la rencontre avec ») is one event.
  // Talks or a visit with nobody identified (« la rencontre » of an article whose opening is lost) are not an event of the codebook.
  // Sides of talks by the place: the person of the place's country hosts, the others are guests; in a third country (Bangkok for Vietnamese
  // and Japanese ministers) both attend. A person of unknown country takes the side opposite the known one (« le préfet Laurent Marchand » in Paris).
  for (const e of st.events) {
    if (e.type !== 'meeting') continue;
    const sides = e.participants.filter((p) => p.actor.type === 'person' && (p.role === 'host' || p.role === 'guest' || p.role === 'attendee'));
    // Nobody hosts a call or a video conference.
    if (e.virtual) {
      for (const p of sides) p.role = 'attendee';
      continue;
    }
    if (!e.country) continue;
    const known = sides.filter((p) => p.country !== null);
    if (known.length === 0) continue;
    const atHome = known.some((p) => p.country === e.country);
    const countries = new Set(known.map((p) => p.country));
    // « … a eu une séance de travail avec la directrice exécutive de l'ONUDC » away from home (fixtures b6-09, b7-11, b8-07, b8-13): an
    // official of an international body is of no country, so both sides attend, unless the official invited (« Sur invitation du
    // secrétaire général d'Interpol, Jürgen Stock, … », the development gold) or receives at the body's seat (fixture talks-noun-002).
    const atTheSeat = (p: (typeof sides)[number]) => /invitation d[eu'][^.;]{0,80}$/iu.test(matchView(st, p.evidence).split(normalizeForMatching(p.nameAsWritten).text)[0] ?? '') || /(?<![\p{L}])au siège (?:de l'organisation|d'Interpol|de l'ONU|du Conseil|de l'Union)/iu.test(matchView(st, p.evidence));
    const international = sides.some((p) => p.country === null && p.organization !== null && st.dicts.organizations.get(p.organization)?.country === null && !atTheSeat(p));
    if (!atHome && (countries.size >= 2 || international)) {
      for (const p of sides) p.role = 'attendee';
      continue;
    }
    for (const p of known) p.role = p.country === e.country ? 'host' : 'guest';
    const unknown = sides.filter((p) => p.country === null);
    if (unknown.length > 0 && known.every((p) => p.role === known[0]!.role)) for (const p of unknown) p.role = known[0]!.role === 'host' ? 'guest' : 'host';
    // Bodies of a country met as such take the side of the place too: « avec le ministère de l'Information … de Singapour » in Singapore.
    for (const p of e.participants) if (p.actor.type === 'organization' && p.role === 'attendee' && p.actor.country) p.role = p.actor.country === e.country ? 'host' : 'guest';
  }
  // « Une délégation du ministère …, dirigée par le vice-ministre Nguyen Duy Ngoc, … »: who leads a delegation to talks is its head.
  for (const e of st.events) {
    if (e.type !== 'meeting' && e.type !== 'conference') continue;
    for (const p of e.participants) {
      if (p.actor.type !== 'person' || (p.role !== 'guest' && p.role !== 'attendee' && p.role !== 'speaker')) continue;
      // Only where the sentence leading the delegation tells this event: « la délégation … a été reçue par » later makes its head a guest (fixture b5-27).
      if (!e.mentions.some((m) => m.start === p.evidence.start)) continue;
      const text = matchView(st, p.evidence);
      const at = text.indexOf(normalizeForMatching(p.nameAsWritten).text);
      if (at < 0) continue;
      if (/délégation[^.;]{0,100}(?:dirigée?s?|conduite?s?|menée?s?) (?:par )?[^.;]{0,90}$|(?:à la tête d'une|chef de la) délégation[^.;]{0,60}$/iu.test(text.slice(Math.max(0, at - 200), at))) p.role = 'delegation_head';
    }
  }
  // « Après la 3e réunion bilatérale au Hubei (Chine) en novembre 2013, les deux pays ont lancé … »: bilateral talks between countries only, the article's two countries.
  const pair = mainPair(st.resolved);
  for (const e of st.events) {
    if (e.type !== 'meeting' || !e.name || !/bilatéra/iu.test(e.name) || e.participants.length > 0 || pair.length !== 2) continue;
    if (!e.mentions.some((m) => /(?<![\p{L}\p{N}])les deux (?:pays|parties|nations|polices|forces)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/iu.test(st.source.slice(m)))) continue;
    for (const iso3 of pair) e.participants.push({ actor: countryActor(st, iso3), role: 'attendee', nameAsWritten: st.dicts.countryNames.get(iso3) ?? iso3, title: null, organization: null, country: iso3, evidence: e.mentions[0]! });
  }
  // « 12e Conférence … Vietnam-Laos »: the countries in a gathering's name stand for its participants only while nobody is named taking part.
  // A country told hosting it is named taking part too (fixture b8-11).
  for (const e of st.events) if (e.participants.some((p) => p.actor.type === 'person' || (p.actor.type === 'country' && p.role === 'host'))) e.participants = e.participants.filter((p) => !st.impliedByName.has(p) || p.role !== 'attendee');
}
