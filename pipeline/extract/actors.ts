/** Actors and participants as the passes add them: a person mention resolved to its entity, a country, a body; each added once per event. */
import type { Role } from '../../schemas/participants.ts';
import type { AnnotatedSentence, PersonMention } from '../04-annotate.ts';
import { mentionKey, type PersonEntity } from '../05-resolve.ts';
import { sentenceSpan, type ArticleState } from './state.ts';
import type { ActorRef, ExtractedActor, ExtractedEvent, ExtractedParticipant } from './types.ts';

export function noteActor(st: ArticleState, ref: ActorRef, alias: string, title: string | null, s: AnnotatedSentence): ExtractedActor {
  let actor = st.actors.get(ref.actorId);
  if (!actor) {
    actor = { ...ref, aliases: new Set(), titles: new Set(), mentions: [] };
    st.actors.set(ref.actorId, actor);
  }
  actor.aliases.add(alias);
  if (title) actor.titles.add(title);
  if (!actor.mentions.some((m) => m.start === s.start)) actor.mentions.push(sentenceSpan(s));
  return actor;
}

export function personRef(st: ArticleState, s: AnnotatedSentence, m: PersonMention): { ref: ActorRef; entity: PersonEntity } | null {
  const entity = st.resolved.personOf.get(mentionKey(s, m));
  if (!entity) return null;
  return { ref: { actorId: entity.actorId, type: 'person', name: entity.names[0]!, country: entity.country, partyId: null }, entity };
}

/** A person mention as a participant with `role`; null for an unresolved « M. X ». */
export function participant(st: ArticleState, s: AnnotatedSentence, m: PersonMention, role: Role): ExtractedParticipant | null {
  const p = personRef(st, s, m);
  if (!p) return null;
  return {
    actor: p.ref,
    role,
    nameAsWritten: m.name,
    title: m.title ?? p.entity.titles[0] ?? null,
    organization: m.organization ?? p.entity.organization,
    country: p.entity.country,
    evidence: sentenceSpan(s),
  };
}

export function countryActor(st: ArticleState, iso3: string): ActorRef {
  return { actorId: `country:${iso3}`, type: 'country', name: st.dicts.countryNames.get(iso3) ?? iso3, country: iso3, partyId: iso3 };
}

export function orgActor(id: string, name: string, country: string | null): ActorRef {
  return { actorId: `org:${id.toLowerCase()}`, type: 'organization', name, country, partyId: id };
}

/** Adds a participant once; a later mention may add a title or turn a plain attendee into a role. */
export function addParticipant(event: ExtractedEvent, p: ExtractedParticipant | null): void {
  if (!p) return;
  const existing = event.participants.find((q) => q.actor.actorId === p.actor.actorId);
  if (existing) {
    if (!existing.title && p.title) existing.title = p.title;
    if (existing.role === 'attendee' && p.role !== 'attendee') existing.role = p.role;
    return;
  }
  event.participants.push(p);
}

export function addOrg(event: ExtractedEvent, actor: ActorRef, role: Role, written: string, s: AnnotatedSentence): void {
  if (event.participants.some((p) => p.actor.actorId === actor.actorId)) return;
  event.participants.push({ actor, role, nameAsWritten: written, title: null, organization: null, country: actor.country, evidence: sentenceSpan(s) });
}

/** The participant of `actor` takes `role`, added when absent: « Accueillie par le Timor-Leste, … » makes the country a name implied the host. */
export function takeRole(event: ExtractedEvent, actor: ActorRef, role: Role, written: string, s: AnnotatedSentence): void {
  const existing = event.participants.find((p) => p.actor.actorId === actor.actorId);
  if (existing) existing.role = role;
  else event.participants.push({ actor, role, nameAsWritten: written, title: null, organization: null, country: actor.country, evidence: sentenceSpan(s) });
}

/** A country as a participant (« le Vietnam a participé à … »). */
export function addCountry(st: ArticleState, event: ExtractedEvent, iso3: string, role: Role, written: string, s: AnnotatedSentence): ExtractedParticipant {
  const p: ExtractedParticipant = { actor: countryActor(st, iso3), role, nameAsWritten: written, title: null, organization: null, country: iso3, evidence: sentenceSpan(s) };
  event.participants.push(p);
  return p;
}
