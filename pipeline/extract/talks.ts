/** Meetings and visits told by a trigger: who takes part, in what role, when and where. */
import type { AnnotatedSentence, PersonMention, TriggerMention } from '../04-annotate.ts';
import type { Role } from '../../schemas/participants.ts';
import { mentionKey } from '../05-resolve.ts';
import { foldKey } from '../source.ts';
import { insideGathering } from './events.ts';
import { triggerArguments } from './clauses.ts';
import { describedPerson, describedSubject, invites, openerPronoun, recentPeople } from './people.ts';
import { addOrg, addParticipant, eventPlaces, heldRemotely, manner, matchView, mention, nearest, newEvent, orgActor, participant, pastVerb, segmentOf, setPlace, type ArticleState, type ExtractedEvent, type SentenceState } from './state.ts';
import { dateTalks } from './talk-dates.ts';
import { meetingPerCounterpart, subjectBodies } from './talk-counterparts.ts';
import { invitedTo, visitorsOf } from './visitors.ts';
import { toldNoTalks } from './no-talks.ts';

/** Meetings and visits: one pass over the sentence's meeting and visit triggers. */
export function tellTalks(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  const personTriggers = s.triggers.filter((t) => (t.ref.eventType === 'meeting' || t.ref.eventType === 'visit') && !insideGathering(s, t) && !manner(st, s, t));
  const mannerVirtual = s.triggers.some((t) => manner(st, s, t) && t.ref.mode === 'phone');
  personTriggers.forEach((t, ti) => tellOneTalk(st, ss, t, ti, personTriggers, mannerVirtual));
}

function tellOneTalk(st: ArticleState, ss: SentenceState, t: TriggerMention, ti: number, personTriggers: TriggerMention[], mannerVirtual: boolean): void {
  const { s } = ss;
  if (toldNoTalks(st, s, t)) return;
  const [segStart, segEnd] = segmentOf(ss, t.start);
  const segPersons = s.persons.filter((m) => m.start >= segStart && m.start < segEnd);
  const args = triggerArguments(s, t, segEnd);
  // « a reçu mardi une lettre de félicitations de X », « a reçu des représentants d'entreprises »: the object names nobody (fixtures talks-gap-011, talks-gap-014).
  if (t.ref.eventType === 'meeting' && !t.anaphoric && args.objectIsUnnamed && args.object.length + args.with.length + args.between.length + args.to.length === 0 && subjectBodies(st, s, t, s.start).length === 0) return;
  // « Le général Hoang Quoc Bao a rappelé que …, le ministre Lương Tam Quang avait reçu … »: the subject is in the reported clause.
  const reported = [...st.source.slice({ start: s.start, end: t.start }).matchAll(/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:que|qu['’])/gu)].at(-1);
  const clauseStart = reported ? s.start + [...st.source.slice({ start: s.start, end: t.start }).slice(0, reported.index)].length : s.start;
  // « le vice-ministre Nguyen Duy Ngoc et la délégation vietnamienne ont assisté au dialogue annuel entre … »: who attends talks told by a noun.
  const attendedFrom = t.nominal && /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:a|ont|avait|avaient)\s+(?:assisté|participé|pris part)\s+(?:au|à la|à l'|aux)\s*(?:\p{Ll}+\s+)?$/u.test(matchView(st, { start: Math.max(s.start, t.start - 40), end: t.start }));
  // « …, le général Lương Tam Quang, …, a eu le 26 septembre des entretiens avec son hôte »: talks told as the object of « a eu » belong to the verb's subject, whichever trigger came first.
  const hadTalks = t.support !== null && ti > 0;
  const verbSubject = hadTalks ? s.persons.filter((m) => m.end <= t.start && m.start >= clauseStart).slice(-1) : [];
  // « X et Y ont décidé …, à l'issue de leurs entretiens, … »: the possessors of talks are the people who held them.
  const possessed = t.nominal && ti === 0 && /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:leurs|leur)\s+$/u.test(st.source.slice({ start: Math.max(s.start, t.start - 7), end: t.start }));
  // « à l'invitation du ministre ouzbek de l'Intérieur, le général Rustam Khodjaev »: who invites is never the visitor.
  const invited = (m: PersonMention) => invites(st, s, m);
  // « Recevant … B, A a … », « En recevant …, il a … »: an opener's subject is the main clause's (fixtures talks-opener-001, talks-opener-002).
  const openerSubject = args.opener && (t.verb !== null || t.support !== null) ? args.subject.flatMap((a) => (a.person ? [a.person] : [])) : [];
  // Who invites is the host, never a subject of the visit or the talks.
  const noun = t.noun ?? t;
  // « En visite au Japon du 3 au 6 mars, le ministre A a rencontré le 4 mars B »: a later verb's subject is its own clause's (fixture dates-002).
  // « il a été reçu … par A, puis a rencontré … B »: a verb coordinated after another shares its subject, not the agent before it (fixture b4-007).
  const coordinated = ti > 0 && !t.nominal && ss.subject !== null && /(?:,|\s)(?:puis|et|ensuite)\s*$/u.test(st.source.slice({ start: personTriggers[ti - 1]!.end, end: t.start }));
  const clauseSubject = ti > 0 && t.verb?.form === 'finite' && !t.nominal && !coordinated ? args.subject.flatMap((a) => (a.person && !invited(a.person) ? [a.person] : [])) : [];
  // « …, a souligné le ministre A lors de son entretien, lundi à Varsovie, avec B »: the owner of « son entretien » is the person just before it (fixture b3-039).
  const ownedBefore = t.nominal && t.ref.eventType === 'meeting' && /(?<![\p{L}])(?:son|sa)\s+$/iu.test(st.source.slice({ start: Math.max(s.start, noun.start - 5), end: noun.start })) ? s.persons.filter((m) => m.end <= noun.start && m.start >= clauseStart && !invited(m)).slice(-1) : [];
  // « Lors de ses entretiens, le 10 avril à Séoul, avec A, puis avec B, le vice-ministre X a présenté … » (fixture talks-opener-009): the owner of
  // talks told in an opener is the main clause's subject, after it.
  const openerOwner = t.nominal && t.ref.eventType === 'meeting' && ownedBefore.length === 0 && /^\s*(?:Lors|Au cours|À l['’]occasion|A l['’]occasion) d(?:e|es)\s+(?:ses|son|sa|leurs|leur)\s+$/u.test(st.source.slice({ start: s.start, end: noun.start }))
    ? s.persons.filter((m) => m.start > t.end && /^\s*(?:,[^,]{0,120},\s*)?(?:a|ont|s['’]est|se sont)\s+\p{Ll}/u.test(st.source.slice({ start: m.end, end: Math.min(s.end, m.end + 140) })) && !/(?<![\p{L}])avec\s+(?:le |la |l['’])?[^,;]{0,80}$/u.test(st.source.slice({ start: Math.max(s.start, m.phrase.start - 80), end: m.phrase.start }))).slice(0, 1)
    : [];
  const owner = ownedBefore.length > 0 ? ownedBefore : openerOwner;
  const subjects = openerSubject.length > 0 ? openerSubject : verbSubject.length > 0 ? verbSubject : clauseSubject.length > 0 ? clauseSubject : owner.length > 0 ? owner : ti === 0 && (!t.nominal || attendedFrom || possessed) ? s.persons.filter((m) => m.start < t.start && m.start >= clauseStart && !s.gatherings.some((g) => m.start > g.start && m.start < t.start) && !invited(m)) : [];
  const visitor = visitorsOf(st, s, t, { args, clauseStart, noun, invited });
  let event: ExtractedEvent | undefined;
  if (t.anaphoric) event = [...st.events].reverse().find((e) => e.type === t.ref.eventType && e.type !== 'conference');
  // « lors de la visite officielle en France du secrétaire général Tô Lâm en octobre 2024 »: a visit with its own visitor is another visit.
  if (event && event.type === 'visit' && visitor.length > 0) {
    const guests = new Set(event.participants.filter((p) => p.role === 'guest').map((p) => p.actor.actorId));
    if (visitor.every((m) => { const id = st.resolved.personOf.get(mentionKey(s, m))?.actorId; return id !== undefined && !guests.has(id); })) event = undefined;
  }
  // « ont assisté au dialogue annuel entre le ministère … et le ministère … »: a definite noun that names new counterparts tells a new event.
  if (event && event.participants.length >= 1 && /^\s*(?:\p{Ll}+\s+)?(?:entre|avec)\s/u.test(st.source.slice({ start: t.end, end: Math.min(s.end, t.end + 20) }))) {
    const known = new Set(event.participants.map((p) => p.actor.actorId));
    const named = [
      ...segPersons.filter((m) => m.start > t.end).map((m) => st.resolved.personOf.get(mentionKey(s, m))?.actorId),
      ...s.organizations.filter((o) => o.start > t.end && o.start < segEnd).map((o) => `org:${o.ref.id.toLowerCase()}`),
    ].filter((id): id is string => !!id);
    // « Lors de sa rencontre avec … Yoshihide Suga, le ministre Tô Lâm … » after the talks with Fumiaki Kobayashi: a new counterpart, the old one absent.
    const fresh = named.filter((id) => !known.has(id));
    const absent = [...known].filter((id) => id.startsWith('person:') && !named.includes(id));
    if (named.length > 0 && (named.every((id) => !known.has(id)) || (fresh.length > 0 && absent.length > 0))) event = undefined;
  }
  // « Lors d'un entretien …, les deux parties ont … »: the two people the article has just introduced; they chair talks they « ont coprésidé » (fixture b8-05).
  const pairPeople = t.ref.eventType === 'meeting' && segPersons.length + subjects.length === 0 && /(?<![\p{L}\p{N}])les deux (?:parties|ministres|responsables|dirigeants|côtés|hommes|vice-ministres|chefs)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/iu.test(s.text) ? recentPeople(st, s.index, 2) : [];
  // « En marge de la réunion, M. Lam a rencontré des dirigeants … »: a meeting needs a named counterpart. « Le 5 juin, le ministre indien a
  // été reçu par … », « Il a reçu … »: a subject told by a description or a pronoun is someone already named.
  // « Dans le cadre de cette visite, il a rencontré … », « … ; il a été reçu … »: a verb after frame nouns only, or opening its own clause, still has the sentence's subject (fixtures b3-011, b4-015).
  const firstVerb = ti === 0 || personTriggers.slice(0, ti).every((x) => x.nominal) || st.source.slice({ start: personTriggers[ti - 1]!.end, end: t.start }).includes(';');
  const described = coordinated && subjects.length === 0 ? ss.subject : firstVerb && !t.nominal && subjects.length === 0 && pairPeople.length === 0 ? (args.opener ? openerPronoun(st, s, t, segEnd) : describedSubject(st, s, t)) : null;
  ss.subject = subjects.length > 0 ? { sentence: s, mention: subjects[0]! } : described ?? ss.subject;
  const named = [...subjects, ...segPersons, ...visitor].filter((m) => st.resolved.personOf.has(mentionKey(s, m)));
  if (pairPeople.length === 2) named.push(...pairPeople.map((p) => p.mention));
  if (described) named.push(described.mention);
  const bodiesActing = subjects.length === 0 && t.ref.eventType === 'meeting' ? subjectBodies(st, s, t, clauseStart) : [];
  const namedOrgs = [...bodiesActing, ...s.organizations.filter((o) => o.start >= segStart && o.start < segEnd)];
  if (!event && !t.anaphoric && t.ref.eventType === 'meeting' && named.length + namedOrgs.length < 2 && !/(?<![\p{L}\p{N}])avec\s+(?:son|sa|ses|leur)\s+(?:homologue|hôte)/iu.test(s.text)) {
    if (named.length === 0 || /(?<![\p{L}\p{N}])rencontr[ée]\w*\s+(?:des|les|plusieurs|de nombreux)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/iu.test(s.text)) return;
    // « a eu des rencontres avec des hommes politiques et entrepreneurs japonais »: nobody named on the other side.
    if (/^\s*(?:bilatérales\s+)?avec\s+(?:des|plusieurs|de nombreux|de nombreuses|divers|diverses|certains|certaines)\s/iu.test(st.source.slice({ start: t.end, end: Math.min(s.end, t.end + 40) })) && !segPersons.some((m) => m.start > t.end)) return;
  }
  // « a eu des rencontres avec Fumiaki Kobayashi … et Yoshihide Suga », « Lors de ses rencontres avec l'Agence nationale de la police, le ministère de la Justice, … »:
  // talks in the plural with several named counterparts are one meeting each.
  const plural = /s$/.test(t.text) && /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:des|ses|leurs)\s+$/iu.test(st.source.slice({ start: Math.max(s.start, noun.start - 6), end: noun.start })) && /^\s*(?:,[^,]{0,60},\s*)?(?:bilatérales\s+|bilatéraux\s+|séparées\s+|séparés\s+|distinctes\s+|distincts\s+)?avec(?![\p{L}\p{N}])/u.test(st.source.slice({ start: t.end, end: Math.min(s.end, t.end + 80) }));
  // « a rencontré séparément B et C », « avec B, puis avec C »: one meeting per counterpart (fixtures talks-gap-010, talks-opener-009). « Au cours de
  // son séjour, X a également rencontré le vice-Premier ministre A, le président de …, B, et le directeur …, C »: during a visit, people of different offices met in a list are separate audiences (fixture b5-01).
  const met = segPersons.filter((m) => m.start > t.end && st.resolved.personOf.has(mentionKey(s, m)) && !subjects.includes(m));
  const offices = new Set(met.map((m) => (m.title ? foldKey(m.title) : null)));
  const listOfOffices = !t.nominal && t.verb?.voice === 'active' && !t.verb.pronominal && t.ref.objectRole === 'guest' && met.length >= 2 && !offices.has(null) && offices.size === met.length && st.events.some((e) => e.type === 'visit');
  if (t.ref.eventType === 'meeting' && (plural || args.separately || listOfOffices) && meetingPerCounterpart(st, ss, t, { args, segEnd, segPersons, subjects, described })) return;
  const destination = s.countries.some((c) => c.start > t.end && c.start - t.end < 45) || s.places.some((p) => p.start > t.end && p.start - t.end < 45);
  if (!event && t.ref.eventType === 'visit' && visitor.length === 0 && !t.apposition && !destination) return;
  // « a invité X à effectuer une visite au Vietnam à une date opportune » (fixture visits-014): an invitation is a visit to come only once dated (b7-03).
  if (!event && invitedTo(t) && !s.dates.some((d) => d.start > t.start && d.expression.kind !== 'period')) return;
  // « … a qualifié cette visite d'étape importante »: a visit referred to without date or place is not told here.
  if (!event && t.ref.eventType === 'visit' && t.anaphoric && !destination && !s.dates.some((d) => d.expression.kind !== 'period')) return;
  const toldBefore = event !== undefined;
  if (!event) {
    event = newEvent(st, t.ref.eventType, s, t.start);
    // « Auparavant, mercredi 23 septembre, X avait eu des entretiens … » (fixture b7-21): a step back within the story is told, not background.
    if ((t.verb ?? t.support)?.tense === 'pluperfect' && !/^\s*(?:Auparavant|Plus tôt|La veille|Avant cela|Peu avant)(?![\p{L}])/u.test(s.text)) event.background = true;
    if (pastVerb(t)) event.status = 'occurred';
  }
  mention(event, s);
  ss.events.push(event);
  // « À l'issue des entretiens, … X et Y ont signé … »: the talks frame a signature; the people named are its signatories, not new parties to the talks.
  if (toldBefore && t.anaphoric && t.ref.eventType === 'meeting' && s.triggers.some((x) => (x.ref.eventType === 'signing' || x.ref.eventType === 'adoption') && !x.nominal)) return;
  if (t.ref.mode === 'phone' || mannerVirtual) event.phone = true;
  if (mannerVirtual) event.virtual = true;
  if (t.ref.mode === 'phone' || heldRemotely(st, s, t)) {
    event.virtual = true;
    if (event.type === 'meeting') event.phone = true;
  }
  if (s.future && !t.anaphoric && !pastVerb(t)) event.status = 'planned';
  // « la préparation d'une prochaine visite en France du ministre … »: a visit to come, whatever the tense of the sentence (fixture a3-05).
  if (t.nominal && !toldBefore && /(?<![\p{L}])(?:prochaine?|future?)\s+$/iu.test(st.source.slice({ start: Math.max(s.start, noun.start - 12), end: noun.start }))) event.status = 'planned';
  dateTalks(st, s, t, event, { ti, personTriggers, segStart, segEnd, clauseStart, reported: reported !== undefined });
  const place = nearest(eventPlaces(s).filter((p) => p.start >= (ti === 0 ? s.start : segStart) && p.start < segEnd), t);
  setPlace(event, place ?? (s.index === 0 && !t.anaphoric ? s.dateline : null));
  const roleFor = (m: PersonMention, fallback: Role): Role => {
    const p = st.resolved.personOf.get(mentionKey(s, m));
    // « X a reçu Y, en visite de travail au Vietnam » (fixture b8-11): beside the visitor an apposition names, the sentence's subject hosts.
    if (event!.type === 'visit') return visitor.includes(m) || (fallback === 'guest' && !(t.apposition && visitor.length > 0)) ? 'guest' : 'host';
    if (event!.country && p?.country) return p.country === event!.country ? 'host' : 'guest';
    return fallback === 'host' || fallback === 'guest' ? fallback : 'attendee';
  };
  if (event.participants.filter((p) => p.actor.type === 'person').length < 2) for (const p of pairPeople) addParticipant(event, participant(st, p.sentence, p.mention, /(?<![\p{L}])(?:co-?)?présidé\s[^.;]{0,60}$/u.test(matchView(st, { start: s.start, end: t.start })) ? 'chair' : 'attendee'));
  // « avec une haute délégation du secrétariat général d'Interpol dirigée par … », « a travaillé … avec le secrétariat général d'Interpol »,
  // « le dialogue annuel entre le ministère … et le ministère … »: bodies met as such. They stand opposite the person who acts.
  const actorRole = event.participants.find((p) => p.actor.type === 'person' && (p.role === 'host' || p.role === 'guest'))?.role;
  for (const o of s.organizations) {
    if (o.start < segStart || o.start >= segEnd) continue;
    const before = matchView(st, { start: Math.max(s.start, o.start - 40), end: o.start });
    // « avec le bureau du procureur général … (SPO) Lee Won-seok », « le directeur de l'Agence …, Ali Nagiyev »: the body is the person's, who is the counterpart.
    const affiliation = s.persons.some((p) => (p.phrase.start < o.end && o.start < p.phrase.end) || (p.start >= o.end && /^\s*(?:\([^)]{0,15}\)\s*)?,?\s*$/u.test(st.source.slice({ start: o.end, end: p.start }))));
    if (affiliation) continue;
    const met = /(?<![\p{L}\p{N}])délégation\s+(?:de haut niveau\s+|de haut rang\s+)?(?:du|de la|de l'|des)\s*$/iu.test(before) || /(?<![\p{L}\p{N}])avec\s+(?:le|la|l'|les)\s*$/iu.test(before) || (t.frame.id === 'dialogue' && /(?:(?<![\p{L}\p{N}])entre|(?<![\p{L}\p{N}])et|,)\s+(?:le|la|l'|les)\s*$/iu.test(before));
    if (!met) continue;
    const role: Role = actorRole === 'guest' ? 'host' : actorRole === 'host' ? 'guest' : event.country && o.ref.country ? (o.ref.country === event.country ? 'host' : 'guest') : 'attendee';
    addOrg(event, orgActor(o.ref.id, o.ref.name, o.ref.country), role, o.text, s);
  }
  // « X a invité Y à effectuer une visite … »: who invites hosts the visit (fixture b7-03).
  const subjectRole: Role = invitedTo(t) ? 'host' : t.ref.subjectRole;
  for (const m of subjects) addParticipant(event, participant(st, s, m, roleFor(m, subjectRole)));
  for (const o of bodiesActing) addOrg(event, orgActor(o.ref.id, o.ref.name, o.ref.country), 'attendee', o.text, s);
  // « … a eu des entretiens avec son hôte », « … avec son homologue »: the visit's host, or the last person of another country named.
  if (event.type === 'meeting' && segPersons.filter((m) => m.start > t.end).length === 0) {
    const counterpart = /^\s*avec\s+(?:son|sa|leur)\s+(hôte|homologue)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/iu.exec(st.source.slice({ start: t.end, end: Math.min(s.end, t.end + 30) }));
    if (counterpart) {
      const actor = [...subjects, ...(described ? [described.mention] : [])].map((m) => st.resolved.personOf.get(mentionKey(described && m === described.mention ? described.sentence : s, m)))[0];
      let other: { sentence: AnnotatedSentence; mention: PersonMention } | null = null;
      if (/^hôte$/iu.test(counterpart[1]!)) {
        // « son hôte » is the other side of the visit: its host for the visitor, the visitor for whoever receives them (fixture b5-01).
        const visiting = [...st.events].reverse().find((e) => e.type === 'visit')?.participants.find((p) => p.role === 'guest' && p.actor.type === 'person');
        const visit = [...st.events].reverse().find((e) => e.type === 'visit' && e.participants.some((p) => p.role === 'host' && p.actor.type === 'person'));
        const host = visit?.participants.find((p) => p.role === 'host' && p.actor.type === 'person');
        if (visiting && actor && actor.actorId !== visiting.actor.actorId && actor.country !== visiting.country) other = describedPerson(st, s, t, (p) => p.actorId === visiting.actor.actorId);
        else if (host) other = describedPerson(st, s, t, (p) => p.actorId === host.actor.actorId);
      } else if (actor?.country) other = describedPerson(st, s, t, (p) => p.country !== null && p.country !== actor.country && p.actorId !== actor.actorId);
      if (other) addParticipant(event, participant(st, other.sentence, other.mention, event.country ? (st.resolved.personOf.get(mentionKey(other.sentence, other.mention))?.country === event.country ? 'host' : 'guest') : 'attendee'));
    }
  }
  if (described) {
    const country = st.resolved.personOf.get(mentionKey(described.sentence, described.mention))?.country;
    const role: Role = event.type === 'meeting' && event.country && country ? (country === event.country ? 'host' : 'guest') : subjectRole;
    addParticipant(event, participant(st, described.sentence, described.mention, role));
  }
  for (const m of visitor) addParticipant(event, participant(st, s, m, 'guest'));
  // « À l'invitation du ministre …, Luong Tam Quang, le ministre indien … effectue une visite officielle au Vietnam »
  if (event.type === 'visit') for (const m of s.persons) if (invited(m)) addParticipant(event, participant(st, s, m, 'host'));
  // « À l'invitation du ministère fédéral de l'Intérieur, X … pour une visite »: the body that invites hosts.
  const invitingBodies = event.type === 'visit' && !t.anaphoric ? s.organizations.filter((o) => /(?<![\p{L}])(?:à|sur) l['’]invitation (?:du|de la|de l['’]|des)\s*$/iu.test(st.source.slice({ start: Math.max(s.start, o.start - 24), end: o.start }))) : [];
  for (const o of invitingBodies) addOrg(event, orgActor(o.ref.id, o.ref.name, o.ref.country), 'host', o.text, s);
  // « Au dernier jour de sa visite, …, où elle a été reçue par Claire Dubois-Léger »: a visit referred back to gains no one but its visitor.
  if (!(event.type === 'visit' && t.anaphoric)) for (const m of segPersons) if (!subjects.includes(m) && !visitor.includes(m)) addParticipant(event, participant(st, s, m, roleFor(m, t.ref.objectRole)));
  if (event.type === 'visit' && !event.country) {
    const to = s.places.find((p) => p.start > t.end && p.start < segEnd);
    setPlace(event, to);
  }
}
