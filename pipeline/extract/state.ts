/**
 * What the extraction of one article builds as its passes run (events, agreements, actors, the article's main
 * event), the sentence being read, and the small operations every pass shares. Passes receive this state
 * explicitly; nothing lives in a closure.
 */
import type { EventType } from '../../schemas/events.ts';
import type { AnnotatedSentence, DateMention, PersonMention, PlaceMention, TriggerMention } from '../04-annotate.ts';
import type { ResolvedArticle } from '../05-resolve.ts';
import { resolveDate, type ResolvedDate } from '../dates/resolve.ts';
import type { Dictionaries } from '../dictionaries.ts';
import { VIRTUAL_ATTACHED, VIRTUAL_MANNER } from '../patterns.ts';
import { normalizeForMatching, type SourceText, type Span } from '../source.ts';
import { precisionRank } from './events.ts';
import { distance } from './text.ts';
import type { ExtractedActor, ExtractedAgreement, ExtractedEvent, ExtractedParticipant } from './types.ts';

export type { ActorRef, ExtractedActor, ExtractedAgreement, ExtractedEvent, ExtractedParticipant, Extraction } from './types.ts';
// Who takes part lives in its own file; passes import it from here with the rest of the shared operations.
export { addCountry, addOrg, addParticipant, countryActor, noteActor, orgActor, participant, personRef } from './actors.ts';

/** The article being read and what its passes have found so far. */
export interface ArticleState {
  resolved: ResolvedArticle;
  dicts: Dictionaries;
  source: SourceText;
  sentences: AnnotatedSentence[];
  events: ExtractedEvent[];
  agreements: ExtractedAgreement[];
  actors: Map<string, ExtractedActor>;
  /** The event that frames the article: the first meeting, visit or conference told. */
  main: ExtractedEvent | null;
  /** Where each event is first told, to pick the main event in reading order. */
  firstAt: Map<ExtractedEvent, number>;
  /** Gatherings by their acronym, so that « l'AMCC 8 » alone finds the one named earlier. */
  acronymsSeen: Map<string, ExtractedEvent>;
  /** Country participants that only the gathering's name implies (« Conférence … Vietnam-Laos »). */
  impliedByName: Set<ExtractedParticipant>;
  /** Signing ceremonies told before their instruments, with the people they name, waiting for the signings they hosted. */
  ceremoniesAhead: { sentence: AnnotatedSentence; people: ExtractedParticipant[]; date: ResolvedDate | null; place: PlaceMention | null }[];
}

/** One sentence as the passes read it, and the events it tells so far. */
export interface SentenceState {
  s: AnnotatedSentence;
  events: ExtractedEvent[];
  /** Where a trigger or a gathering starts: the clause of one ends where the next begins. */
  anchors: number[];
  /** Who the last talks of the sentence were told of (its subject), for a verb coordinated after it: « …, puis a rencontré … ». */
  subject: { sentence: AnnotatedSentence; mention: PersonMention } | null;
}

export const STATUS_RANK = { proposed: 1, negotiating: 2, adopted: 3, signed: 4, in_force: 5 } as const;

export function sentenceSpan(s: AnnotatedSentence): Span {
  return { start: s.start, end: s.end };
}

/** A stretch of the text as rules match it: one apostrophe, one quote, ordinary spaces (for tests, never for offsets). */
export function matchView(st: ArticleState, span: Span): string {
  return normalizeForMatching(st.source.slice(span)).text;
}

/** A date of sentence `s` read against the article's publication date; `past` when the verb says the event has happened. */
export function resolveIn(st: ArticleState, s: AnnotatedSentence, d: DateMention | undefined, past = false, present = false): ResolvedDate | null {
  return d ? resolveDate(d.expression, { ...st.resolved.dateContext, future: past ? false : s.future, present }) : null;
}

/** « a reçu », « s'est entretenu », « a été reçu »: a verb in a past tense tells an occurrence, whatever else the sentence announces. */
export function pastVerb(t: TriggerMention): boolean {
  const group = t.verb ?? t.support;
  return !t.nominal && group !== null && group.form === 'finite' && (group.tense === 'past' || group.tense === 'pluperfect');
}

/** « par visioconférence », « par téléphone » say how a meeting was held, not that another one was. */
export function manner(st: ArticleState, s: AnnotatedSentence, t: TriggerMention): boolean {
  return /(?:(?<![\p{L}])par|(?<![\p{L}])en|(?<![\p{L}])via)\s+(?:une\s+)?$/iu.test(st.source.slice({ start: Math.max(s.start, t.start - 8), end: t.start }));
}

/** « La rencontre …, prévue mardi à Manille, a été reportée »: what was called off after `at` did not happen and is not planned (fixture b3-005). */
export function calledOff(st: ArticleState, s: AnnotatedSentence, at: Span): boolean {
  return CALLED_OFF.test(matchView(st, { start: at.end, end: s.end }));
}
const CALLED_OFF = /^[^.;]{0,200}?(?<![\p{L}])(?:(?:a|ont|avait|avaient) été|(?:est|sont|sera|seront))\s+(?:reportée?s?|annulée?s?|ajournée?s?|suspendue?s?)(?![\p{L}])|^[^.;]{0,200}?(?<![\p{L}])n['’](?:a|ont|aura|auront) pas eu lieu|^[^.;]{0,200}?(?<![\p{L}])n['’](?:aura|auront) pas lieu/u;

/** The sentence says the event told at `at` was held remotely: by its manner anywhere, or « en ligne », « virtuel » right after the event word. */
export function heldRemotely(st: ArticleState, s: AnnotatedSentence, at: Span): boolean {
  return VIRTUAL_MANNER.test(s.text) || VIRTUAL_ATTACHED.test(matchView(st, { start: at.end, end: Math.min(s.end, at.end + 40) }));
}

export function nearest<T extends Span>(items: readonly T[], at: Span, owned: (item: T) => boolean = () => false): T | undefined {
  return [...items].filter((i) => !owned(i)).sort((a, b) => distance(a, at) - distance(b, at) || a.start - b.start)[0];
}

/** The clause of the trigger or gathering starting at `at`: up to the next one in the sentence. */
export function segmentOf(ss: SentenceState, at: number): [number, number] {
  return [at, ss.anchors.find((a) => a > at) ?? ss.s.end];
}

/**
 * « SICW 2023 », « (ADM 2025) »: a year that is part of a name; « à l'horizon 2030 », « d'ici 2030 », « jusqu'en 2026 »: a target
 * or a term, not when anything happened (fixture dates-001).
 */
export function yearOfANameOrTarget(st: ArticleState, s: AnnotatedSentence, d: DateMention): boolean {
  const before = st.source.slice({ start: Math.max(s.start, d.start - 16), end: d.start }).replace(/[’‘]/g, "'");
  // « SICW 2023 » is a name; « la 27e SOMTC l'an prochain » (fixture b8-13) is when it meets.
  return (/^\d/u.test(st.source.slice(d)) && /[A-Z]{2,}[\s-]*$/u.test(before.slice(-8))) || /(?<![\p{L}])(?:horizon|d'ici(?: à| a)?|jusqu'en|jusqu'à|jusqu'au|échéance)\s*(?:de\s+|l'an\s+)?$/u.test(before);
}

/**
 * Dates that cannot date an event: inside a name, a programme's period, « SICW 2023 », or inside reported speech
 * (« a souligné que le Vietnam était devenu membre d'Interpol en 1991 »).
 */
export function dateOfAName(st: ArticleState, s: AnnotatedSentence, d: DateMention): boolean {
  return (
    s.instruments.some((i) => d.start >= i.start && d.end <= i.end) ||
    s.gatherings.some((g) => d.start >= g.start && d.end <= g.end) ||
    d.expression.kind === 'period' ||
    // « créé en 2002 », « depuis 2016 »: when a series or a relation began, not when anything told here happened.
    /(?<![\p{L}])(?:créée?s?|fondée?s?|lancée?s?|instituée?s?|depuis)\s+(?:en\s+|l'an\s+)?$/u.test(st.source.slice({ start: Math.max(s.start, d.start - 16), end: d.start })) ||
    yearOfANameOrTarget(st, s, d) ||
    /(?<![\p{L}])(?:a|ont|avait)\s+(?:\p{L}+\s+)?(?:soulign|déclar|affirm|indiqu|estim|ajout|précis|not|rappel|expliqu|dit|inform|félicit|salu|apprécié|reconnu|constat)\p{L}*\s+(?:que|qu')/u.test(st.source.slice({ start: s.start, end: d.start }))
  );
}

export function newEvent(st: ArticleState, type: EventType, s: AnnotatedSentence, at: number = s.start): ExtractedEvent {
  const event: ExtractedEvent = {
    type,
    name: null,
    gatheringKey: null,
    noun: null,
    date: null,
    city: null,
    country: null,
    placeText: null,
    lat: null,
    lon: null,
    status: s.future ? 'planned' : 'occurred',
    virtual: false,
    phone: false,
    topics: new Set(),
    agreement: null,
    participants: [],
    mentions: [],
    main: false,
    dateSource: null,
  };
  st.events.push(event);
  st.firstAt.set(event, at);
  return event;
}

/** The sentence tells the event: one mention, and its topics. */
export function mention(event: ExtractedEvent, s: AnnotatedSentence): void {
  if (!event.mentions.some((m) => m.start === s.start)) event.mentions.push(sentenceSpan(s));
  for (const t of s.topics) event.topics.add(t.topic);
}

/** Places where something happens: not one inside a body's name, an instrument's or a person's title (« l'ambassadeur de l'Inde au Vietnam », fixture signings-007). */
export function eventPlaces(s: AnnotatedSentence): PlaceMention[] {
  const inside = (p: PlaceMention, spans: readonly { start: number; end: number }[]) => spans.some((x) => p.start >= x.start && p.end <= x.end);
  return s.places.filter((p) => !inside(p, s.organizations) && !inside(p, s.instruments) && !inside(p, s.persons.map((m) => m.phrase)));
}

export function setPlace(event: ExtractedEvent, place: PlaceMention | null | undefined): void {
  if (!place || event.placeText) return;
  event.city = place.city;
  event.country = place.country;
  event.placeText = place.text;
  event.lat = place.lat;
  event.lon = place.lon;
}

/** A place copied from another event (« lors de la visite … »). */
export function placeOf(event: ExtractedEvent): PlaceMention | null {
  return event.placeText ? { start: 0, end: 0, text: event.placeText, city: event.city, country: event.country, lat: event.lat, lon: event.lon } : null;
}

/** Gives `to` the place of `from` when `to` has none. */
export function copyPlace(to: ExtractedEvent, from: ExtractedEvent): void {
  setPlace(to, placeOf(from));
}

/** Keeps the more precise of two dates. */
export function setDate(event: ExtractedEvent, date: ResolvedDate | null): void {
  if (!date) return;
  if (!event.date || precisionRank(date.value) > precisionRank(event.date.value)) event.date = date;
}
