/** Talks with several named counterparts told at once (« a rencontré séparément B et C », « des rencontres avec B … et C »): one meeting each. */
import type { AnnotatedSentence, OrganizationMention, PersonMention, TriggerMention } from '../04-annotate.ts';
import { mentionKey } from '../05-resolve.ts';
import type { TriggerArguments } from './clauses.ts';
import { recentPeople } from './people.ts';
import { dayOfTheDayBefore } from './talk-dates.ts';
import { addOrg, addParticipant, eventPlaces, dateOfAName, mention, nearest, newEvent, orgActor, participant, placeOf, resolveIn, setPlace, type ArticleState, type SentenceState } from './state.ts';

export interface TalkSides {
  args: TriggerArguments;
  segEnd: number;
  segPersons: PersonMention[];
  subjects: PersonMention[];
  /** The subject told by a pronoun or a description (« Il a rencontré … »), resolved to a person named before. */
  described?: { sentence: AnnotatedSentence; mention: PersonMention } | null;
}

/** One meeting per counterpart when the clause names at least two; false when it does not, and the talks are told as one event. */
export function meetingPerCounterpart(st: ArticleState, ss: SentenceState, t: TriggerMention, { args, segEnd, segPersons, subjects, described }: TalkSides): boolean {
  const { s } = ss;
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
    const actingPeople = subjects.length > 0 ? subjects.map((m) => ({ sentence: s, mention: m })) : before.length > 0 ? before.map((m) => ({ sentence: s, mention: m })) : described ? [described] : recentPeople(st, s.index, 1);
    const usable = s.dates.filter((d) => !dateOfAName(st, s, d));
    const date = resolveIn(st, s, nearest(usable, t));
    const frameHost = ss.events.find((e) => e.type === 'visit') ?? [...st.events].reverse().find((e) => e.type === 'visit');
    for (const c of counterparts) {
      const e = newEvent(st, 'meeting', s, t.start);
      mention(e, s);
      ss.events.push(e);
      // « Le même jour à Astana, X a rencontré A et B » (fixture b5-07): the day just told, before the trip's span.
      const sameDay = date ? null : dayOfTheDayBefore(st, s, e);
      e.date = date ?? sameDay ?? frameHost?.date ?? null;
      if (!date && !sameDay && frameHost?.date) e.dateSource = frameHost;
      const where = nearest(eventPlaces(s), t);
      setPlace(e, where ?? (frameHost ? placeOf(frameHost) : null));
      for (const p of actingPeople) addParticipant(e, participant(st, p.sentence, p.mention, 'guest'));
      if (c.person) addParticipant(e, participant(st, s, c.person, 'host'));
      if (c.body) addOrg(e, orgActor(c.body.ref.id, c.body.ref.name, c.body.ref.country), 'host', c.body.text, s);
    }
    return true;
  }
  return false;
}

/** « Le Centre … (NCSC) et l'Agence … (BSSN) ont tenu lundi une réunion en ligne » (fixture b5-03): bodies that are the verb's coordinated subjects. */
export function subjectBodies(st: ArticleState, s: AnnotatedSentence, t: TriggerMention, clauseStart: number): OrganizationMention[] {
  const before = s.organizations.filter((o) => o.start >= clauseStart && o.end <= t.start);
  const last = before.at(-1);
  // The verb group (« ont tenu lundi une réunion ») starts right after the last body.
  if (!last || (!t.support && !t.verb) || !/^\s*(?:\([^)]{0,15}\))?\s*$/u.test(st.source.slice({ start: last.end, end: t.start }))) return [];
  const out = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    if (!/^\s*(?:\([^)]{0,15}\))?\s*(?:,|et)\s+(?:le |la |les |l'|l’)?\s*$/u.test(st.source.slice({ start: before[i]!.end, end: out[0]!.start }))) break;
    out.unshift(before[i]!);
  }
  // « Le Département … a tenu une séance de travail par visioconférence avec le Centre australien … » (fixture b7-03): one body with another.
  const withBody = s.organizations.some((o) => o.start > t.end && /^[^.;]{0,80}?(?<![\p{L}])avec\s+(?:le |la |les |l['’])?\s*$/u.test(st.source.slice({ start: t.end, end: o.start })));
  return out.length >= 2 || withBody ? out : [];
}
