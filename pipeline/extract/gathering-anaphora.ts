/** Gatherings and ceremonies told before and referred back to: by acronym, by noun or pronoun, by who they brought together. */
import type { Role } from '../../schemas/participants.ts';
import { coordinatedSubjects } from './people.ts';
import type { AnnotatedSentence, DateMention } from '../04-annotate.ts';
import { dateValue } from '../dates/edtf.ts';
import type { ResolvedDate } from '../dates/resolve.ts';
import { foldAccents, foldKey } from '../source.ts';
import { OTHER_CEREMONY, ROLE_CUES } from './cues.ts';
import { gatheringKey, sameGatheringNoun } from './events.ts';
import { addOrg, addParticipant, countryActor, dateOfAName, matchView, mention, nearest, orgActor, participant, resolveIn, sentenceSpan, setDate, setPlace, type ArticleState, type ExtractedEvent, type SentenceState } from './state.ts';

/** Acronyms standing alone (« S'exprimant lors de l'AMCC 8 ») refer to a gathering named earlier. */
export function acronymsAlone(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  // Acronyms standing alone (« S'exprimant lors de l'AMCC 8 ») refer to a gathering named earlier.
  for (const [acronym, event] of st.acronymsSeen) {
    if (s.gatherings.some((g) => g.acronym && foldKey(g.acronym).replace(/[\s-]/g, '') === acronym)) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${acronym.replace(/(\D)(\d)/, '$1[\\s-]?$2')}(?![\\p{L}\\p{N}])`, 'iu');
    if (!re.test(foldAccents(s.text).text)) continue;
    mention(event, s);
    ss.events.push(event);
    datesOfHolding(st, s, event);
    for (const m of s.persons) {
      const context = st.source.slice({ start: Math.max(s.start, m.start - 60), end: Math.min(s.end, m.end + 80) });
      const cue = ROLE_CUES.find(([re2]) => re2.test(context))?.[1];
      if (/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:assist|particip|pr[eé]sid|[àa] la t[eê]te|dirig|conduit|s'exprimant|discours|lors d)/iu.test(context)) addParticipant(event, participant(st, s, m, cue ?? 'attendee'));
    }
  }
}

/** « La réunion a réuni … », « Elle a été coprésidée par … »: a gathering told before, and who took part in it. */
export function gatheringsReferredBack(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  // « La réunion a réuni des représentants de … l'ONU, l'UE … »: a gathering told before, and who took part in it.
  // « La réunion a réuni … », « Elle a été coprésidée par … » (right after the gathering was named).
  const pronoun = /^(?:Elle|Celle-ci)\s+(?:a été|s'est|a réuni|a rassemblé|a eu lieu|était)/u.test(s.text) && st.events.some((e) => e.type === 'conference' && e.mentions.some((m) => m.start === st.sentences[s.index - 1]?.start));
  const anaphora = pronoun ? ([s.text, 'réunion'] as unknown as RegExpExecArray) : /(?<![\p{L}])(?:(?:la|cette|de la|à la|lors de la|le|ce|du|au|l'|l’|cet)\s*(réunion|conférence|session|semaine|rencontre|sommet|forum|séminaire|atelier|événement|évènement)|(?:aux|les|des|ces)\s+(travaux))(?![\p{L}])(?!\s+(?:de|des|du)\s+travail)/iu.exec(s.text);
  // « la conférence » is the conference told before, preferring one with that noun (« réunion » and « conférence » name the same ministerial meetings), then the article's st.main one.
  const conferences = [...st.events].reverse().filter((e) => e.type === 'conference');
  // « L'événement se tient … »: whatever its noun, the article's gathering.
  // « … ont participé aux travaux » (fixture b7-23): the gathering's proceedings, whatever it is called.
  if (anaphora && anaphora[1] === undefined) anaphora[1] = anaphora[2]!;
  const anyNoun = anaphora !== null && /^(?:év[eè]nement|travaux)$/iu.test(anaphora[1]!);
  const lastConference = anaphora ? (anyNoun ? undefined : conferences.find((e) => e.noun && sameGatheringNoun(e.noun, anaphora[1]!) && e.status === 'occurred')) ?? conferences.find((e) => e.main) ?? conferences[0] : undefined;
  if (lastConference && anaphora && s.gatherings.length === 0 && !ss.events.includes(lastConference) && !s.triggers.some((t) => t.ref.eventType === 'meeting' && !t.anaphoric)) {
    mention(lastConference, s);
    ss.events.push(lastConference);
    datesOfHolding(st, s, lastConference);
    if (/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:a réuni|ont réuni|réunissant|a rassemblé|ont rassemblé|rassemblant|a participé|ont participé|participants?|ont assisté|a assisté|représentants|ont pris part|a pris part)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/iu.test(s.text)) {
      for (const o of s.organizations) addOrg(lastConference, orgActor(o.ref.id, o.ref.name, o.ref.country), 'attendee', o.text, s);
    }
    const subjects = coordinatedSubjects(st, s);
    for (const m of s.persons) {
      // « X, …, et Y, …, ont coprésidé la conférence »: the subjects of one verb share the role the last one's words give.
      const speaking = subjects.includes(m) ? subjects.at(-1)! : m;
      const context = st.source.slice({ start: Math.max(s.start, speaking.phrase.start - 60), end: Math.min(s.end, speaking.end + 80) });
      // « coprésidée par le ministre …, Nguyen Hong Dien, et le ministre …, Andrey Slepnev »: the second shares the first's role.
      const coordinated = /,\s*et\s+(?:le|la|du|de la|de l'|son|sa)?\s*$/u.test(st.source.slice({ start: Math.max(s.start, m.phrase.start - 12), end: m.phrase.start }));
      const previous = coordinated ? lastConference.participants.filter((p) => p.actor.type === 'person').at(-1)?.role : undefined;
      const cue = previous ?? ROLE_CUES.find(([re]) => re.test(context))?.[1];
      addParticipant(lastConference, participant(st, s, m, cue ?? 'speaker'));
    }
  }
}

/** « La cérémonie qui se tiendra les 25 et 26 octobre à Hanoi … »: the ceremony told before gets its date and place. */
export function ceremoniesReferredBack(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  // « La cérémonie qui se tiendra les 25 et 26 octobre à Hanoi … »: the ceremony told before gets its date and place.
  // « la cérémonie d'inauguration du Centre … » is another ceremony (fixture a3-07).
  const referred = /(?<![\p{L}\p{N}])(?:la|cette)\s+(cérémonie(?![\p{L}\p{N}]).*)$/isu.exec(s.text);
  if (referred && !OTHER_CEREMONY.test(referred[1]!) && s.instruments.length === 0) {
    const ceremonyEvent = [...st.events].reverse().find((e) => (e.type === 'signing' || e.type === 'adoption') && e.mentions.some((m) => /cérémonie/i.test(st.source.slice(m))));
    if (ceremonyEvent) {
      mention(ceremonyEvent, s);
      ss.events.push(ceremonyEvent);
      setDate(ceremonyEvent, resolveIn(st, s, nearest(s.dates, { start: s.start, end: s.start }, (d: DateMention) => dateOfAName(st, s, d))));
      setPlace(ceremonyEvent, s.places[0]);
      if (s.future) ceremonyEvent.status = 'planned';
      for (const m of s.persons) {
        const before = st.source.slice({ start: Math.max(s.start, m.phrase.start - 40), end: m.phrase.start });
        if (/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:co-?)?pr[eé]sid\p{L}*\s+(?:par\s+)?(?:le |la |l')?\s*$/u.test(before) || /(?<![\p{L}\p{N}])et (?:le |la )?$/u.test(before)) addParticipant(ceremonyEvent, participant(st, s, m, 'chair'));
      }
    }
  }
}

/** « L'atelier a réuni les délégations du Cambodge, du Laos … »: the countries and international bodies a gathering brought together attend it. */
export function gatheringsBroughtTogether(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  // « L'atelier a réuni les délégations du Cambodge, du Laos … », « … a réuni … des partenaires de dialogue, dont l'Australie, la Chine … »:
  // the countries and international bodies a gathering brought together attend it.
  {
    // « Elle devrait réunir … des pays membres de l'ASEAN et du Timor-Leste, ainsi que de la Chine … » (fixture b5-19): who a gathering to come is to bring together;
    // « ont tenu la 23e Consultation ASEAN+3 … avec leurs homologues de la Chine, du Japon … » (fixture b8-13): who met there.
    const gatheringVerb = /(?<![\p{L}])(?:(?:(?:a|ont|avait)\s+(?:réuni|rassemblé|regroupé|accueilli des délégations)|réunit|rassemble|regroupe|réunira|rassemblera|(?:devrait|doit|va)\s+(?:réunir|rassembler)|réunissant|rassemblant|regroupant)(?![\p{L}])|avec la participation d|a vu la participation d|en présence de délégations d|avec (?:leurs|ses|les) homologues d)/iu.exec(s.text);
    // « La conférence regroupe … », « Outre …, cet événement a vu la participation de … »: the gathering just told, wherever the sentence names it.
    const anaphoricGathering = /(?<![\p{L}])(?:l'|l’|le |la |ce |cet |cette )(?:atelier|forum|conférence|réunion|sommet|séminaire|exercice|session|dialogue|événement|évènement|rencontre)(?![\p{L}])/iu.test(s.text);
    // « Y ont participé des représentants du Cambodge, … », « … y ont participé, dont des représentants de l'ASEAN … » (fixtures b5-09, b5-17):
    // « y » is the gathering just told.
    // « Parmi les participants figuraient des délégations du Laos, … » (fixture b8-03) says it too.
    const there = /(?<![\p{L}])[Yy] (?:ont|a) (?:également |aussi |notamment )?(?:participé|pris part)(?![\p{L}])|^\s*Parmi les (?:participants|délégations|invités)\s+(?:figuraient|figurait|se trouvaient|on comptait|étaient présents)(?![\p{L}])/u.exec(s.text) ?? (/^\s*(?:Elle|Celle-ci)\s/u.test(s.text) && st.events.some((e) => e.type === 'conference' && e.mentions.some((m) => m.start === st.sentences[s.index - 1]?.start)) ? gatheringVerb : null);
    const target =
      s.gatherings.length === 1
        ? st.events.find((e) => e.type === 'conference' && e.gatheringKey === gatheringKey(s.gatherings[0]!))
        : (anaphoricGathering || there) && s.gatherings.length === 0
          ? [...st.events].reverse().find((e) => e.type === 'conference')
          : undefined;
    if ((gatheringVerb || there) && target) {
      const verbAt = s.start + [...s.text.slice(0, (gatheringVerb ?? there)!.index)].length;
      for (const c of s.countries) {
        if (c.start < verbAt || c.ref.form !== 'name' || target.participants.some((p) => p.actor.actorId === `country:${c.ref.iso3}`)) continue;
        if (s.organizations.some((o) => c.start >= o.start && c.end <= o.end)) continue;
        target.participants.push({ actor: countryActor(st, c.ref.iso3), role: 'attendee', nameAsWritten: c.text, title: null, organization: null, country: c.ref.iso3, evidence: sentenceSpan(s) });
        if (!target.mentions.some((m) => m.start === s.start)) mention(target, s);
      }
      for (const o of s.organizations) {
        // « le Secrétariat de l'ASEAN » attends, not the ASEAN its name holds; a national body only in a list of those who took part.
        if (s.organizations.some((x) => x !== o && x.start <= o.start && o.end <= x.end)) continue;
        if (o.start < verbAt || (o.ref.country !== null && !there) || /(?:membres|pays)\s+(?:de l'|de la|du|des)\s*$/iu.test(matchView(st, { start: Math.max(s.start, o.start - 20), end: o.start }))) continue;
        addOrg(target, orgActor(o.ref.id, o.ref.name, o.ref.country), 'attendee', o.text, s);
      }
    }
  }
}

/** Words that tell a gathering's extent: « se déroule du 17 au 19 septembre », « se tient …, du 30 mai au 1er juin », « a eu lieu le … ». */
const HOLDING = /(?<![\p{L}])(?:se déroul\p{L}*|se tien\p{L}*|se tiendr\p{L}*|s'est (?:tenue?|déroulée?)|a eu lieu|aura lieu|dure|durera|a duré)(?![\p{L}])[^.;]{0,80}$/iu;

/** Words that tell a gathering's last day: « Le forum s'est clôturé jeudi », « La conférence s'est achevée le 12 mars ». */
const CLOSING = /(?<![\p{L}])(?:s'est (?:clôturée?|achevée?|terminée?)|a pris fin|prend fin|se clôture|se termine|s'achève)(?![\p{L}])[^.;]{0,40}$/iu;

/** The day a gathering opened on and the later day it closed on make its span (fixture b5-17); a closing day out of step with the opening tells nothing. */
function closedOn(st: ArticleState, event: ExtractedEvent, closing: ResolvedDate | null): void {
  const opened = event.date?.value;
  const last = closing?.value;
  if (!opened || !last || opened.precision !== 'day' || last.precision !== 'day' || opened.start !== opened.end || !opened.start || !last.start) return;
  const days = (Date.parse(last.start) - Date.parse(opened.start)) / 86_400_000;
  if (days < 1 || days > 14) return;
  const point = (iso: string) => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
  const was = event.date!;
  event.date = { ...was, value: dateValue(point(opened.start), point(last.start)) };
  // What took its date from the gathering (« En marge du forum, … a signé ») spans it too.
  for (const e of st.events) {
    if (e.dateSource !== event || e.date !== was) continue;
    e.date = event.date;
    if (e.agreement?.signed === was) e.agreement.signed = event.date;
  }
}

/** A gathering named again with the days it is held: those days are its date when they say more (a range beside an opening day). */
/** « La réunion s'est tenue le 22 septembre à Jakarta »: when and where the gathering told before was held (fixture dates-020). */
function datesOfHolding(st: ArticleState, s: AnnotatedSentence, event: ExtractedEvent): void {
  for (const d of s.dates) {
    if (dateOfAName(st, s, d)) continue;
    const before = matchView(st, { start: s.start, end: d.start });
    if (HOLDING.test(before)) setDate(event, resolveIn(st, s, d));
    else if (CLOSING.test(before)) closedOn(st, event, resolveIn(st, s, d));
  }
  const place = s.places.find((p) => !s.organizations.some((o) => p.start >= o.start && p.end <= o.end) && HOLDING.test(matchView(st, { start: s.start, end: p.start })));
  setPlace(event, place);
}

/**
 * « La délégation vietnamienne y est conduite par A, accompagné de B », « A y a présenté … »: « y » is the gathering the
 * sentence before told (fixtures b3-023, b3-025), and so is a delegation's leader told in the next sentence (a3-09).
 */
export function peopleThere(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  if (ss.events.length > 0 || s.gatherings.length > 0 || s.instruments.length > 0) return;
  const there = THERE.exec(s.text);
  const previous = st.sentences[s.index - 1];
  if (!there || !previous) return;
  const gathering = [...st.events].reverse().find((e) => e.type === 'conference' && e.mentions.some((m) => m.start === previous.start));
  if (!gathering) return;
  const thereAt = s.start + [...s.text.slice(0, there.index)].length;
  const speaks = SPEAKS_THERE.test(s.text.slice(there.index));
  let from = s.start;
  for (const m of s.persons) {
    // The words since the person before: « conduite par » heads the delegation, « accompagné de » only attends.
    const before = matchView(st, { start: from, end: m.phrase.start });
    from = m.end;
    const head = ROLE_CUES.some(([re, role]) => role === 'delegation_head' && re.test(before));
    const role: Role = head ? 'delegation_head' : speaks && m.end <= thereAt ? 'speaker' : 'attendee';
    addParticipant(gathering, participant(st, s, m, role));
  }
  if (s.persons.length > 0) {
    mention(gathering, s);
    ss.events.push(gathering);
  }
}

// « La délégation vietnamienne était conduite par … » right after the gathering is its delegation there too (fixture a3-09).
const THERE = /(?<![\p{L}])y\s+(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront|participe|participent|participait|assiste|assistent|assistait|prend|prennent|représente|représentent|représentait)(?![\p{L}])|^\s*La délégation\s+\p{Ll}+\s+(?:y\s+)?(?:était|est|a été|sera)\s+(?:conduite|dirigée|menée)\s+par(?![\p{L}])/iu;
const SPEAKS_THERE = /^y\s+(?:a|ont|avait|avaient)\s+(?:présenté|prononcé|pris la parole|souligné|affirmé|partagé|exposé|plaidé|appelé)(?![\p{L}])/iu;
