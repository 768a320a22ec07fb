/**
 * Stage 6 — extract, within one article: annotated sentences → events,
 * participants and agreements. One event per occurrence: a later sentence
 * that refers back (« l'entretien », « cette visite », « la réunion »)
 * adds its facts to the event already told, and candidates telling the same
 * occurrence are merged. Nothing here is specific to one article: every
 * rule is a convention of French press writing.
 *
 * The rules are passes, one family per file under `extract/`, run in the
 * order declared here: the sentence passes once per sentence, in reading
 * order, then the article passes once. Each pass receives the article's
 * state (and the sentence's) explicitly.
 */
import type { ResolvedArticle } from './05-resolve.ts';
import type { Dictionaries } from './dictionaries.ts';
import { inferAnnualEditions, mergeWithin } from './extract/events.ts';
import { framedEvents, gatheringsBesideDatedEvents, datelinePlaces, eventsToComeArePlanned, leadDate, mainEvent } from './extract/framing.ts';
import { acronymsAlone, ceremoniesReferredBack, gatheringsBroughtTogether, gatheringsReferredBack, peopleThere } from './extract/gathering-anaphora.ts';
import { countriesAtGatherings, tellChairedGatherings } from './extract/gathering-parts.ts';
import { tellGatherings } from './extract/gatherings.ts';
import { chairsOfTheTalks, chairsOfTheirTalks, hostsOfTheGathering } from './extract/meeting-chairs.ts';
import { instrumentsNamedInside } from './extract/nested-instruments.ts';
import { rolesByPlace } from './extract/roles.ts';
import { tellSignings } from './extract/signings.ts';
import { tellRatifications } from './extract/ratifications.ts';
import { ceremoniesToldFirst, signingCeremonies, signingsHeldOnline } from './extract/signing-ceremonies.ts';
import { talksImpliedByExchange } from './extract/implied-talks.ts';
import { speakerLists, speakersAtTheCeremony, speakersAtTheMainEvent } from './extract/speakers.ts';
import { countryActor, manner, noteActor, orgActor, personRef, type ArticleState, type Extraction, type SentenceState } from './extract/state.ts';
import { tellTalks } from './extract/talks.ts';
import { contentWords, ordinalOf } from './extract/text.ts';
import { talksDuringVisits, visitHostsFromTalks, visitsDatedByTalks } from './extract/visits.ts';

// Other stages measure names as the extraction does.
export { contentWords, ordinalOf };
export type { ActorRef, ExtractedActor, ExtractedAgreement, ExtractedEvent, ExtractedParticipant, Extraction } from './extract/state.ts';

/** The passes run on every sentence, in this order. */
export const SENTENCE_PASSES: readonly ((st: ArticleState, ss: SentenceState) => void)[] = [
  tellChairedGatherings,
  tellGatherings,
  countriesAtGatherings,
  acronymsAlone,
  gatheringsReferredBack,
  ceremoniesReferredBack,
  gatheringsBroughtTogether,
  tellTalks,
  chairsOfTheTalks,
  chairsOfTheirTalks,
  hostsOfTheGathering,
  visitsDatedByTalks,
  tellSignings,
  tellRatifications,
  instrumentsNamedInside,
  signingCeremonies,
  signingsHeldOnline,
  framedEvents,
  mainEvent,
  gatheringsBesideDatedEvents,
  peopleThere,
  speakersAtTheMainEvent,
  speakersAtTheCeremony,
  speakerLists,
];

/** The passes run once the whole article is read, in this order. */
export const ARTICLE_PASSES: readonly ((st: ArticleState) => void)[] = [leadDate, eventsToComeArePlanned, ceremoniesToldFirst, talksImpliedByExchange, talksDuringVisits, datelinePlaces, annualEditions, oneEventPerOccurrence, participantsAreActors, rolesByPlace, visitHostsFromTalks];

export function extract(resolved: ResolvedArticle, dicts: Dictionaries): Extraction {
  const st: ArticleState = {
    resolved,
    dicts,
    source: resolved.article.doc.source,
    sentences: resolved.sentences,
    events: [],
    agreements: [],
    actors: new Map(),
    main: null,
    firstAt: new Map(),
    acronymsSeen: new Map(),
    impliedByName: new Set(),
    ceremoniesAhead: [],
  };
  mentionedActors(st);
  for (const s of st.sentences) {
    const anchors = [...s.triggers.filter((t) => !manner(st, s, t)).map((t) => t.start), ...s.gatherings.map((g) => g.start)].sort((a, b) => a - b);
    const ss: SentenceState = { s, events: [], anchors, subject: null };
    for (const pass of SENTENCE_PASSES) pass(st, ss);
  }
  for (const pass of ARTICLE_PASSES) pass(st);
  return { events: st.events, agreements: st.agreements, actors: st.actors };
}

/** The same occurrence told twice within the article is one event, before sides are read off its place; talks or a visit with nobody identified are not an event of the codebook. */
function oneEventPerOccurrence(st: ArticleState): void {
  // An event involves at least one identified actor (codebook): « le Forum … 2025 » with nobody named taking part is no row (fixture b4-010).
  st.events = mergeWithin(st.events).filter((e) => !((e.type === 'meeting' || e.type === 'visit' || e.type === 'conference') && e.participants.length === 0));
  for (const a of st.agreements) if (a.event && !st.events.includes(a.event)) a.event = st.events.find((e) => e.agreement === a) ?? null;
}

/** Every actor mentioned in the story is an `actors` row, whether or not it takes part in an event. */
function mentionedActors(st: ArticleState): void {
  for (const s of st.sentences) {
    for (const m of s.persons) {
      const p = personRef(st, s, m);
      // « M. Lam » is kept as written among the aliases: it is how the article names him.
      if (p) {
        const honorific = m.surnameOnly ? /(?:M\.|Mme|Mlle)\s*$/u.exec(st.source.slice({ start: Math.max(s.start, m.start - 6), end: m.start }))?.[0] ?? '' : '';
        noteActor(st, p.ref, `${honorific}${m.name}`, m.title, s);
      }
    }
    for (const o of s.organizations) noteActor(st, orgActor(o.ref.id, o.ref.name, o.ref.country), o.text.replace(/\s+/g, ' '), null, s);
    for (const c of s.countries) if (c.ref.form === 'name') noteActor(st, countryActor(st, c.ref.iso3), c.text, null, s);
  }
}

function annualEditions(st: ArticleState): void {
  inferAnnualEditions(st.sentences, st.events, (o) => orgActor(o.ref.id, o.ref.name, o.ref.country), (s) => ({ start: s.start, end: s.end }));
}

/** Every participant is an actor, also those known only as parties (« les ministères vietnamien et singapourien »). */
function participantsAreActors(st: ArticleState): void {
  for (const e of st.events) {
    for (const p of e.participants) {
      const sentence = st.sentences.find((x) => x.start === p.evidence.start);
      if (sentence && !st.actors.has(p.actor.actorId)) noteActor(st, p.actor, p.nameAsWritten, p.title, sentence);
    }
  }
}
