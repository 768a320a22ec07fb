/**
 * A signing ceremony told in a sentence of its own, without its instrument:
 * who chaired it, signed or attended belongs to the signings of that
 * ceremony, the ones told just before (all of them when one sentence listed
 * several) or, when the ceremony is told first, the ones the next sentences
 * list (fixtures signing-ceremony-*).
 */
import type { AnnotatedSentence } from '../04-annotate.ts';
import { addParticipant, mention, nearest, participant, resolveIn, type ArticleState, type SentenceState } from './state.ts';
import type { ExtractedEvent, ExtractedParticipant } from './types.ts';
import { JOINING_PLACES, ONLINE_SIGNING, OTHER_CEREMONY } from './cues.ts';

/** Words right before a chair: « coprésidée par le », « sous la présidence du ». */
export const CHAIR_BEFORE = /(?<![\p{L}\p{N}])(?:co-?)?pr[eé]sid\p{L}*\s+(?:par\s+)?(?:le |la |l')?\s*$|(?<![\p{L}\p{N}])sous la (?:co-?)?présidence (?:d[eu]|de la|de l'|de l’)\s*$/u;
const PASSIVE_SIGNING = /^\s*(?:Le|Ce|Les|Ces|L'|L’|Cet)\s*(?:document|documents|mémorandum|accord|accords|texte|protocole|plan|programme)(?![\p{L}\p{N}])[^.;]{0,40}?(?<![\p{L}\p{N}])(?:a|ont) été signée?s?\s+par(?![\p{L}\p{N}])/iu;
/** « X et Y ont assisté à la cérémonie », « étaient présents à la signature »: the subject attends. */
const ATTENDED = /(?<![\p{L}\p{N}])(?:(?:a|ont|avaient|avait)\s+assisté|assistaient|assistait|assisteront|assistera|(?:était|étaient|sera|seront)\s+présents?e?s?)\s+à\s+(?:la|cette)\s+(?:cérémonie\s+(?:de\s+(?:la\s+)?|d'|d’))?$/iu;
const COORDINATED = /^[^.;,]{0,3},?\s*(?:et|ainsi que)\s+(?:de\s|du\s|d'|d’)[^.;()]{0,50}$/u;
/** How far, in sentences, a ceremony told first looks for the signings it hosted. */
const SENTENCES_AHEAD = 2;

/** Chairs, signatories and attendees of a ceremony sentence without an instrument, applied to its signings. */
export function signingCeremonies(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  if (s.instruments.length > 0) return;
  const ceremony = s.triggers.find((t) => t.ref.eventType === 'signing' && t.nominal && (/^cérémonie(?![\p{L}\p{N}])/iu.test(t.text) || /(?<![\p{L}\p{N}])cérémonie(?![\p{L}\p{N}])[^.;]{0,30}$/iu.test(st.source.slice({ start: Math.max(s.start, t.start - 40), end: t.start }))) && !OTHER_CEREMONY.test(st.source.slice({ start: t.start, end: Math.min(s.end, t.start + 60) })));
  const passive = PASSIVE_SIGNING.exec(s.text);
  // « … a signé plusieurs documents …, lors d'une cérémonie présidée par X », « X a assisté à la cérémonie » (fixture b8-09): the bare
  // noun, in an article that tells signings and no other ceremony, is the signing ceremony.
  const bare = ceremony || passive ? null : bareCeremony(st, s);
  if (!ceremony && !passive && bare === null) return;
  const people = ceremonyPeople(st, s, passive, ceremony?.start ?? bare);
  const told = signingsToldBefore(st, s);
  if (told.length === 0) {
    const at = ceremony ?? (bare !== null ? { start: bare, end: bare } : null);
    const date = at ? resolveIn(st, s, nearest(s.dates.filter((d) => d.expression.kind !== 'period'), at), true) : null;
    const place = at ? nearest(s.places, at) ?? (s.index === 0 ? s.dateline : null) : null;
    if (people.length > 0 || date) st.ceremoniesAhead.push({ sentence: s, people, date, place });
    return;
  }
  for (const signing of told) {
    for (const p of people) addParticipant(signing, { ...p });
    // Named signatories say who signed: parties stay on the agreement, bodies named as signing stay on the event.
    if (passive && signing.participants.some((p) => p.role === 'signatory')) signing.participants = signing.participants.filter((p) => p.role !== 'party' || p.actor.type !== 'country');
    mention(signing, s);
  }
}

/** A ceremony told before its instruments: the signings first told in the sentences just after it. */
export function ceremoniesToldFirst(st: ArticleState): void {
  for (const { sentence, people, date } of st.ceremoniesAhead) {
    const index = st.sentences.indexOf(sentence);
    const ahead = st.sentences.slice(index + 1, index + 1 + SENTENCES_AHEAD);
    // Further on, the signings of the ceremony's day (fixture b8-09).
    const further = st.sentences.slice(index + 1, index + 1 + 2 * SENTENCES_AHEAD);
    const sameDay = (e: ExtractedEvent) => date?.value.precision === 'day' && e.date?.value.edtf === date.value.edtf;
    const signings = st.events.filter((e) => e.type === 'signing' && (ahead.some((n) => e.mentions.some((m) => m.start >= n.start && m.start < n.end)) || (sameDay(e) && further.some((n) => e.mentions.some((m) => m.start >= n.start && m.start < n.end)))));
    for (const signing of signings) {
      for (const p of people) addParticipant(signing, { ...p });
      mention(signing, sentence);
    }
  }
}

function ceremonyPeople(st: ArticleState, s: AnnotatedSentence, passive: RegExpExecArray | null, ceremonyAt: number | null): ExtractedParticipant[] {
  const agentFrom = passive ? s.start + [...passive[0]].length : s.end;
  const presence = /(?<![\p{L}\p{N}])en présence d/iu.exec(s.text);
  const presenceAt = presence ? s.start + [...s.text.slice(0, presence.index)].length : s.end;
  const attendedBy = ceremonyAt !== null && ATTENDED.test(st.source.slice({ start: s.start, end: ceremonyAt }));
  const people: ExtractedParticipant[] = [];
  const add = (p: ExtractedParticipant | null) => {
    if (p && !people.some((q) => q.actor.actorId === p.actor.actorId)) people.push(p);
  };
  let previous = null as { end: number; role: ExtractedParticipant['role'] } | null;
  for (const m of s.persons) {
    const before = st.source.slice({ start: Math.max(s.start, m.phrase.start - 40), end: m.phrase.start });
    // « sous la présidence de A, et de son homologue B »: a chair coordinated with a chair chairs too.
    const coordinatedChair: boolean = previous?.role === 'chair' && COORDINATED.test(st.source.slice({ start: previous.end, end: Math.max(previous.end, m.phrase.start) }));
    previous = { end: m.end, role: CHAIR_BEFORE.test(before) || coordinatedChair ? 'chair' : 'attendee' };
    if (previous.role === 'chair') add(participant(st, s, m, 'chair'));
    else if (m.start >= agentFrom && m.start < presenceAt) add(participant(st, s, m, 'signatory'));
    else if (m.start >= presenceAt) add(participant(st, s, m, 'attendee'));
    else if (attendedBy && ceremonyAt !== null && m.end <= ceremonyAt) add(participant(st, s, m, 'attendee'));
  }
  return people;
}

/**
 * The signings of the last sentence before `s` that told one: a sentence listing several instruments told them all; so did the
 * sentences before it that told signings of the same day (fixture b8-09).
 */
function signingsToldBefore(st: ArticleState, s: AnnotatedSentence): ExtractedEvent[] {
  const signings = st.events.filter((e) => e.type === 'signing');
  const lastAt = Math.max(...signings.flatMap((e) => e.mentions.filter((m) => m.start < s.start).map((m) => m.start)));
  if (!Number.isFinite(lastAt)) return [];
  const sentence = st.sentences.find((x) => x.start <= lastAt && lastAt < x.end);
  if (!sentence) return [];
  const last = signings.filter((e) => e.mentions.some((m) => m.start >= sentence.start && m.start < sentence.end));
  const days = new Set(last.filter((e) => e.date?.value.precision === 'day' && e.status === 'occurred').map((e) => e.date!.value.edtf));
  return signings.filter((e) => last.includes(e) || (e.status === 'occurred' && !e.background && e.date?.value.precision === 'day' && days.has(e.date.value.edtf) && e.mentions.some((m) => m.start < s.start)));
}

/** Where a sentence names a signing ceremony by its bare noun (« lors d'une cérémonie présidée par », « a assisté à la cérémonie »), in an article of signings. */
function bareCeremony(st: ArticleState, s: AnnotatedSentence): number | null {
  const m = /(?<![\p{L}])(?:lors d['’]une|à la|à cette|de la) cérémonie(?![\p{L}])/iu.exec(s.text);
  if (!m || OTHER_CEREMONY.test(s.text.slice(m.index + m[0].indexOf('cérémonie')))) return null;
  const anotherKind = st.sentences.some((x) => /(?<![\p{L}])cérémonie\s/iu.test(x.text) && OTHER_CEREMONY.test(x.text.slice(x.text.search(/cérémonie\s/iu))));
  const signingHere = s.triggers.some((t) => t.ref.eventType === 'signing' && !t.nominal);
  const chairOrGuests = /(?<![\p{L}])(?:(?:co-?)?présidée? par|a assisté|ont assisté|en présence d)/iu.test(s.text);
  if (anotherKind || (!signingHere && !chairOrGuests) || !st.sentences.some((x) => x.triggers.some((t) => t.ref.eventType === 'signing' && !t.nominal))) return null;
  return s.start + [...s.text.slice(0, m.index + m[0].indexOf('cérémonie'))].length;
}

/** A signing its sentence says was held online is virtual; joining two cities, it is in neither (fixture b6-15). */
export function signingsHeldOnline(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  if (!ONLINE_SIGNING.test(s.text)) return;
  for (const e of st.events) {
    if (e.type !== 'signing' || e.mentions[0]?.start !== s.start) continue;
    e.virtual = true;
    if (JOINING_PLACES.test(s.text)) Object.assign(e, { city: null, country: null, placeText: null, lat: null, lon: null });
  }
}
