/** Meetings and visits told by a trigger: who takes part, in what role, when and where. */
import type { AnnotatedSentence, DateMention, PersonMention, TriggerMention } from '../04-annotate.ts';
import type { Role } from '../../schemas/participants.ts';
import { mentionKey } from '../05-resolve.ts';
import { dateValue, parseEdtf } from '../dates/edtf.ts';
import type { ResolvedDate } from '../dates/resolve.ts';
import { insideGathering, shiftDay } from './events.ts';
import { triggerArguments } from './clauses.ts';
import { describedPerson, describedSubject, openerPronoun, recentPeople } from './people.ts';
import { addOrg, addParticipant, dateOfAName, heldRemotely, manner, matchView, mention, nearest, newEvent, orgActor, participant, pastVerb, placeOf, resolveIn, segmentOf, setDate, setPlace, type ArticleState, type ExtractedEvent, type SentenceState } from './state.ts';
import { distance } from './text.ts';

/** Meetings and visits: one pass over the sentence's meeting and visit triggers. */
export function tellTalks(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  const personTriggers = s.triggers.filter((t) => (t.ref.eventType === 'meeting' || t.ref.eventType === 'visit') && !insideGathering(s, t) && !manner(st, s, t));
  const mannerVirtual = s.triggers.some((t) => manner(st, s, t) && t.ref.mode === 'phone');
  personTriggers.forEach((t, ti) => tellOneTalk(st, ss, t, ti, personTriggers, mannerVirtual));
}

function tellOneTalk(st: ArticleState, ss: SentenceState, t: TriggerMention, ti: number, personTriggers: TriggerMention[], mannerVirtual: boolean): void {
  const { s } = ss;
  if (t.frame.id === 'visioconference' && s.gatherings.length > 0) return;
  const [segStart, segEnd] = segmentOf(ss, t.start);
  const segPersons = s.persons.filter((m) => m.start >= segStart && m.start < segEnd);
  const args = triggerArguments(s, t, segEnd);
  // « a reçu mardi une lettre de félicitations de X », « a reçu des représentants d'entreprises »: the object names nobody (fixtures talks-gap-011, talks-gap-014).
  if (t.ref.eventType === 'meeting' && !t.anaphoric && args.objectIsUnnamed && args.object.length + args.with.length + args.between.length + args.to.length === 0) return;
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
  // « X, en visite au Vietnam » (before) or « la visite officielle du secrétaire général …, Tô Lâm » (after, in the genitive).
  // « à l'invitation du ministre ouzbek de l'Intérieur, le général Rustam Khodjaev »: who invites is never the visitor.
  const invited = (m: PersonMention) => {
    const from = Math.max(s.start, m.phrase.start - 90);
    const before = st.source.slice({ start: from, end: m.phrase.start });
    const invitation = /(?<![\p{L}])(?:à|sur) l(?:'|’)invitation d[eu']\s*(?:la |l'|l’)?[^.;]{0,80}$/iu.exec(before);
    if (!invitation) return false;
    // The first person named after « à l'invitation de », not the next one (« …, Andrés Valdivia Rojas, le président …, Nguyễn Văn Thịnh »).
    const invitationAt = from + [...before.slice(0, invitation.index)].length;
    return !s.persons.some((o) => o !== m && o.start > invitationAt && o.end <= m.phrase.start);
  };
  // « Recevant … B, A a … », « En recevant …, il a … »: an opener's subject is the main clause's (fixtures talks-opener-001, talks-opener-002).
  const openerSubject = args.opener && (t.verb !== null || t.support !== null) ? args.subject.flatMap((a) => (a.person ? [a.person] : [])) : [];
  // Who invites is the host, never a subject of the visit or the talks.
  const subjects = openerSubject.length > 0 ? openerSubject : verbSubject.length > 0 ? verbSubject : ti === 0 && (!t.nominal || attendedFrom || possessed) ? s.persons.filter((m) => m.start < t.start && m.start >= clauseStart && !s.gatherings.some((g) => m.start > g.start && m.start < t.start) && !invited(m)) : [];
  const firstFree = s.persons.find((m) => !invited(m));
  const noun = t.noun ?? t;
  // « X est arrivé à Hanoi hier pour une visite officielle », « X se rendra au Japon pour une visite »: who comes is who visits.
  const cameFor = t.ref.eventType === 'visit' && t.nominal && /(?<![\p{L}])(?:arriv|rend|rendu|venu|vient|viendr|parti|part|partir)\p{L}*[^.;]{0,60}?(?<![\p{L}])pour\s+(?:une|sa|leur)\s*$/u.test(matchView(st, { start: Math.max(s.start, t.start - 90), end: t.start }));
  const comers = cameFor ? args.subject.flatMap((a) => (a.person ? [a.person] : [])) : [];
  const visitor =
    comers.length > 0
      ? comers
      : t.ref.eventType === 'visit'
      ? s.persons.filter((m) => !invited(m)).filter(
          (m) =>
            (m.phrase.end <= t.start && t.start - m.phrase.end < 40 && (!t.nominal || t.apposition)) ||
            (m.end <= t.start &&
              (/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:a|ont|va|vont|avait|avaient)?\s*(?:effectu|entam|commenc|début)\p{L}*\s+(?:[^,.;]{0,40}\s)?(?:une|sa|leur|la)\s*$/u.test(st.source.slice({ start: Math.max(s.start, t.start - 80), end: t.start })) ||
                // « … et son épouse ont effectué une visite d'État », the trigger itself starting with the verb.
                (t.support !== null && ['effectuer', 'entamer', 'commencer', 'débuter'].includes(t.support.lemma) && !/[.;]|(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:que|qu')(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/u.test(st.source.slice({ start: m.end, end: t.start }))))) ||
            (m.start >= t.end && m.phrase.start - t.end < 60 && /^\s*(?:(?:\p{Ll}+|en \p{Lu}\p{L}+|au \p{Lu}\p{L}+|à \p{Lu}\p{L}+)\s+)?(?:du|de la|de l'|de l’|de|d')\s/u.test(st.source.slice({ start: t.end, end: m.phrase.start + 1 }))) ||
            // « la visite au Brunei du ministre vietnamien … »: a description in the genitive, its determiner included.
            (m.described === true && m.start >= t.end && m.start - t.end < 40 && /^(?:du|de la|de l'|de l’|d')\s*/u.test(st.source.slice(m)) && !/[,;.]/u.test(st.source.slice({ start: t.end, end: m.start }))) ||
            // « Le vice-ministre … a plaidé …, lors de sa visite de travail … au Japon »: the possessive is the sentence's subject.
            (m === firstFree &&
              /(?<![\p{L}])(?:sa|son|leur)\s+$/u.test(st.source.slice({ start: Math.max(s.start, noun.start - 6), end: noun.start })) &&
              // « …, où elle a été reçue par Claire Dubois-Léger »: the agent of a passive is not the visitor; nor who invited (« à l'invitation du ministre …, Rustam Khodjaev »).
              !/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:par|avec)\s+(?:le |la |l'|l’|son |sa )?(?:[\p{L}'’-]+\s+){0,8}$/u.test(st.source.slice({ start: Math.max(s.start, m.phrase.start - 80), end: m.phrase.start }))),
        )
      : [];
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
  // « Lors d'un entretien …, les deux parties ont … »: the two people the article has just introduced.
  const pairPeople = t.ref.eventType === 'meeting' && segPersons.length + subjects.length === 0 && /(?<![\p{L}\p{N}])les deux (?:parties|ministres|responsables|dirigeants|côtés|hommes|vice-ministres|chefs)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/iu.test(s.text) ? recentPeople(st, s.index, 2) : [];
  // « En marge de la réunion, M. Lam a rencontré des dirigeants … »: a meeting needs a named counterpart.
  // « Le 5 juin, le ministre indien a été reçu par … », « Il a reçu … »: a subject told by a description or a pronoun is someone already named.
  const described = ti === 0 && !t.nominal && subjects.length === 0 && pairPeople.length === 0 ? (args.opener ? openerPronoun(st, s, t, segEnd) : describedSubject(st, s, t)) : null;
  const named = [...subjects, ...segPersons, ...visitor].filter((m) => st.resolved.personOf.has(mentionKey(s, m)));
  if (pairPeople.length === 2) named.push(...pairPeople.map((p) => p.mention));
  if (described) named.push(described.mention);
  const namedOrgs = s.organizations.filter((o) => o.start >= segStart && o.start < segEnd);
  if (!event && !t.anaphoric && t.ref.eventType === 'meeting' && named.length + namedOrgs.length < 2 && !/(?<![\p{L}\p{N}])avec\s+(?:son|sa|ses|leur)\s+(?:homologue|hôte)/iu.test(s.text)) {
    if (named.length === 0 || /(?<![\p{L}\p{N}])rencontr[ée]\w*\s+(?:des|les|plusieurs|de nombreux)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/iu.test(s.text)) return;
    // « a eu des rencontres avec des hommes politiques et entrepreneurs japonais »: nobody named on the other side.
    if (/^\s*(?:bilatérales\s+)?avec\s+(?:des|plusieurs|de nombreux|de nombreuses|divers|diverses|certains|certaines)\s/iu.test(st.source.slice({ start: t.end, end: Math.min(s.end, t.end + 40) })) && !segPersons.some((m) => m.start > t.end)) return;
  }
  // « a eu des rencontres avec Fumiaki Kobayashi … et Yoshihide Suga », « Lors de ses rencontres avec l'Agence nationale de la police, le ministère de la Justice, … »:
  // talks in the plural with several named counterparts are one meeting each.
  const plural = /s$/.test(t.text) && /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:des|ses|leurs)\s+$/iu.test(st.source.slice({ start: Math.max(s.start, noun.start - 6), end: noun.start })) && /^\s*(?:,[^,]{0,60},\s*)?(?:bilatérales\s+|séparées\s+|distinctes\s+)?avec(?![\p{L}\p{N}])/u.test(st.source.slice({ start: t.end, end: Math.min(s.end, t.end + 80) }));
  // « a rencontré séparément B et C », « avec B, puis avec C »: one meeting per counterpart (fixtures talks-gap-010, talks-opener-009).
  if (t.ref.eventType === 'meeting' && (plural || args.separately)) {
    const objectEnd = (() => {
      const clause = /,\s*(?:il|elle|ils|elles)\s+\p{L}/u.exec(st.source.slice({ start: t.end, end: segEnd }));
      return clause ? t.end + [...st.source.slice({ start: t.end, end: segEnd }).slice(0, clause.index)].length : segEnd;
    })();
    const met = [...args.with, ...args.object].flatMap((a) => (a.person ? [a.person] : []));
    const people = met.length >= 2 ? met : segPersons.filter((m) => m.start < objectEnd && st.resolved.personOf.has(mentionKey(s, m)) && !subjects.includes(m));
    const bodies = s.organizations.filter((o) => o.start >= t.end && o.start < objectEnd && !people.some((p) => p.phrase.start <= o.start && o.end <= p.phrase.end));
    const counterparts = people.length >= 2 ? people.map((m) => ({ person: m, body: null })) : people.length === 0 && bodies.length >= 2 ? bodies.map((o) => ({ person: null, body: o })) : [];
    if (counterparts.length >= 2) {
      const before = s.persons.filter((m) => m.end <= t.start && st.resolved.personOf.has(mentionKey(s, m))).slice(-1);
      const actingPeople = subjects.length > 0 ? subjects.map((m) => ({ sentence: s, mention: m })) : before.length > 0 ? before.map((m) => ({ sentence: s, mention: m })) : recentPeople(st, s.index, 1);
      const usable = s.dates.filter((d) => !dateOfAName(st, s, d));
      const date = resolveIn(st, s, nearest(usable, t));
      const frameHost = ss.events.find((e) => e.type === 'visit') ?? [...st.events].reverse().find((e) => e.type === 'visit');
      for (const c of counterparts) {
        const e = newEvent(st, 'meeting', s, t.start);
        mention(e, s);
        ss.events.push(e);
        e.date = date ?? frameHost?.date ?? null;
        if (!date && frameHost?.date) e.dateSource = frameHost;
        const where = nearest(s.places.filter((p) => !s.organizations.some((o) => p.start >= o.start && p.end <= o.end)), t);
        setPlace(e, where ?? (frameHost ? placeOf(frameHost) : null));
        for (const p of actingPeople) addParticipant(e, participant(st, p.sentence, p.mention, 'guest'));
        if (c.person) addParticipant(e, participant(st, s, c.person, 'host'));
        if (c.body) addOrg(e, orgActor(c.body.ref.id, c.body.ref.name, c.body.ref.country), 'host', c.body.text, s);
      }
      return;
    }
  }
  const destination = s.countries.some((c) => c.start > t.end && c.start - t.end < 45) || s.places.some((p) => p.start > t.end && p.start - t.end < 45);
  if (!event && t.ref.eventType === 'visit' && visitor.length === 0 && !t.apposition && !destination) return;
  // « … a qualifié cette visite d'étape importante »: a visit referred to without date or place is not told here.
  if (!event && t.ref.eventType === 'visit' && t.anaphoric && !destination && !s.dates.some((d) => d.expression.kind !== 'period')) return;
  const toldBefore = event !== undefined;
  if (!event) {
    event = newEvent(st, t.ref.eventType, s, t.start);
    if ((t.verb ?? t.support)?.tense === 'pluperfect') event.background = true;
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
  // The date in the trigger's own clause; else the sentence's only date (« Dans le cadre de sa visite au Japon, le 3 avril, … a eu des rencontres … »).
  // A date inside reported speech dates an event told in the same reported clause (« a rappelé que le mois dernier, …, X avait reçu … »).
  // « … depuis l'établissement des relations diplomatiques en 1992 »: a date nearer another kind of event word is that event's.
  const othersNearer = (d: DateMention) => /(?<![\p{L}\p{N}])depuis\s*$/iu.test(st.source.slice({ start: Math.max(s.start, d.start - 8), end: d.start })) || s.triggers.some((o) => o !== t && o.ref.eventType !== t.ref.eventType && distance(o, d) < distance(t, d) && Math.min(o.start, d.start) > Math.min(t.start, d.start));
  const usable = s.dates.filter((d) => !othersNearer(d)).filter((d) => !dateOfAName(st, s, d) || (reported !== undefined && d.start >= clauseStart && d.start < t.start && !s.instruments.some((i) => d.start >= i.start && d.end <= i.end) && !s.gatherings.some((g) => d.start >= g.start && d.end <= g.end) && d.expression.kind !== 'period'));
  // « Dans le cadre de sa visite … du 25 au 28 septembre, …, a eu le 26 septembre des entretiens avec … »: a date just before a later trigger, nearer to it than to the one before, is its own.
  const previousTrigger = ti > 0 ? personTriggers[ti - 1] : undefined;
  const ownBefore = (d: DateMention) => previousTrigger !== undefined && d.start >= previousTrigger.end && d.end <= t.start && distance(d, t) < distance(d, previousTrigger) && !/[;]|(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:que|qu')(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/u.test(st.source.slice({ start: d.end, end: t.start }));
  const date =
    nearest(usable.filter((d) => (d.start >= (ti === 0 ? s.start : segStart) && d.start < segEnd) || ownBefore(d)), t) ??
    ((personTriggers.length === 1 || usable.length === 1) && s.gatherings.length === 0 ? nearest(usable, t) : undefined);
  setDate(event, resolveIn(st, s, date, pastVerb(t)));
  // « pour une visite officielle de trois jours », « une visite de deux jours » from a day told: the days it lasts.
  if (event.date && date) event.date = lasting(event.date, matchView(st, { start: t.end, end: Math.min(s.end, t.end + 40) }));
  // « Au matin du même jour, … »: the day of the event told just before.
  if (!event.date && /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:même jour|ce jour-là|le lendemain|la veille)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/iu.test(s.text)) {
    const previous = [...st.events].reverse().find((e) => e !== event && (e.date?.value.precision === 'day' || e.date?.value.precision === 'day_no_year'));
    if (previous && /même jour|ce jour-là/i.test(s.text)) event.date = previous.date;
    // « Le lendemain, le vice-ministre … a été reçu … »: the day after the day just told.
    else if (previous?.date && /(?<![\p{L}\p{N}])le lendemain(?![\p{L}\p{N}])/iu.test(s.text)) event.date = shiftDay(previous.date, 1);
    else if (previous?.date && /(?<![\p{L}\p{N}])la veille(?![\p{L}\p{N}])/iu.test(s.text)) event.date = shiftDay(previous.date, -1);
  }
  // « La cérémonie d'accueil s'est déroulée … mercredi 12 novembre … Aussitôt après, les deux chefs d'État ont tenu des entretiens »: the day the sentence before told.
  if (!event.date && /^\s*(?:Aussitôt après|Juste après|Tout de suite après|Ensuite|Puis|Après (?:la|le|cette|cet)\s[^,]{0,50}),/u.test(s.text) && s.index > 0) {
    const previous = st.sentences[s.index - 1]!;
    const day = [...previous.dates].reverse().find((d) => d.expression.kind === 'point' && d.expression.date.day !== null);
    if (day) event.date = resolveIn(st, previous, day);
  }
  // « Au dernier jour de sa visite », « au premier jour de la visite »: the visit's last or first day.
  if (!event.date && event.type === 'meeting') {
    const edge = /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:au|le)\s+(dernier|premier)\s+jour\s+de\s+(?:sa|la|leur|cette)\s+visite(?![\p{L}\p{N}])/iu.exec(s.text);
    const visit = edge ? [...st.events].reverse().find((e) => e.type === 'visit' && e.date && /\//.test(e.date.value.edtf)) : undefined;
    if (edge && visit?.date) {
      const [from, to] = visit.date.value.edtf.split('/') as [string, string];
      const day = edge[1]!.toLowerCase() === 'dernier' ? to : from;
      const value = parseEdtf(day);
      if (value) {
        event.date = { value, basis: visit.date.basis };
        event.dateSource = null;
      }
    }
  }
  const place = nearest(s.places.filter((p) => p.start >= (ti === 0 ? s.start : segStart) && p.start < segEnd && !s.organizations.some((o) => p.start >= o.start && p.end <= o.end)), t);
  setPlace(event, place ?? (s.index === 0 && !t.anaphoric ? s.dateline : null));
  const roleFor = (m: PersonMention, fallback: Role): Role => {
    const p = st.resolved.personOf.get(mentionKey(s, m));
    if (event!.type === 'visit') return visitor.includes(m) || fallback === 'guest' ? 'guest' : 'host';
    if (event!.country && p?.country) return p.country === event!.country ? 'host' : 'guest';
    return fallback === 'host' || fallback === 'guest' ? fallback : 'attendee';
  };
  if (event.participants.filter((p) => p.actor.type === 'person').length < 2) for (const p of pairPeople) addParticipant(event, participant(st, p.sentence, p.mention, 'attendee'));
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
  for (const m of subjects) addParticipant(event, participant(st, s, m, roleFor(m, t.ref.subjectRole)));
  // « … a eu des entretiens avec son hôte », « … avec son homologue »: the visit's host, or the last person of another country named.
  if (event.type === 'meeting' && segPersons.filter((m) => m.start > t.end).length === 0) {
    const counterpart = /^\s*avec\s+(?:son|sa|leur)\s+(hôte|homologue)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/iu.exec(st.source.slice({ start: t.end, end: Math.min(s.end, t.end + 30) }));
    if (counterpart) {
      const actor = [...subjects, ...(described ? [described.mention] : [])].map((m) => st.resolved.personOf.get(mentionKey(described && m === described.mention ? described.sentence : s, m)))[0];
      let other: { sentence: AnnotatedSentence; mention: PersonMention } | null = null;
      if (/^hôte$/iu.test(counterpart[1]!)) {
        const visit = [...st.events].reverse().find((e) => e.type === 'visit' && e.participants.some((p) => p.role === 'host' && p.actor.type === 'person'));
        const host = visit?.participants.find((p) => p.role === 'host' && p.actor.type === 'person');
        if (host) other = describedPerson(st, s, t, (p) => p.actorId === host.actor.actorId);
      } else if (actor?.country) other = describedPerson(st, s, t, (p) => p.country !== null && p.country !== actor.country && p.actorId !== actor.actorId);
      if (other) addParticipant(event, participant(st, other.sentence, other.mention, event.country ? (st.resolved.personOf.get(mentionKey(other.sentence, other.mention))?.country === event.country ? 'host' : 'guest') : 'attendee'));
    }
  }
  if (described) {
    const country = st.resolved.personOf.get(mentionKey(described.sentence, described.mention))?.country;
    const role: Role = event.type === 'meeting' && event.country && country ? (country === event.country ? 'host' : 'guest') : t.ref.subjectRole;
    addParticipant(event, participant(st, described.sentence, described.mention, role));
  }
  for (const m of visitor) addParticipant(event, participant(st, s, m, 'guest'));
  // « À l'invitation du ministre …, Luong Tam Quang, le ministre indien … effectue une visite officielle au Vietnam »
  if (event.type === 'visit') for (const m of s.persons) if (invited(m)) addParticipant(event, participant(st, s, m, 'host'));
  // « Au dernier jour de sa visite, …, où elle a été reçue par Claire Dubois-Léger »: a visit referred back to gains no one but its visitor.
  if (!(event.type === 'visit' && t.anaphoric)) for (const m of segPersons) if (!subjects.includes(m) && !visitor.includes(m)) addParticipant(event, participant(st, s, m, roleFor(m, t.ref.objectRole)));
  if (event.type === 'visit' && !event.country) {
    const to = s.places.find((p) => p.start > t.end && p.start < segEnd);
    setPlace(event, to);
  }
}

const COUNTS: Record<string, number> = { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 };

/** A day-precise date and « de trois jours » after the event word: the range from that day. */
function lasting(date: ResolvedDate, after: string): ResolvedDate {
  const m = /^\s*(?:\p{Ll}+\s+){0,2}?de\s+(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|[2-9]|1[0-4])\s+jours(?![\p{L}])/u.exec(after);
  if (!m || date.value.edtf.includes('/') || !/-\d{2}-\d{2}$/.test(date.value.edtf)) return date;
  const days = COUNTS[m[1]!] ?? Number(m[1]);
  const end = shiftDay(date, days - 1);
  if (!end) return date;
  const point = (v: ResolvedDate) => {
    const [y, mo, d] = v.value.edtf.split('-');
    return { year: y === 'XXXX' ? null : Number(y), month: Number(mo), day: Number(d) };
  };
  return { value: dateValue(point(date), point(end)), basis: date.basis };
}
