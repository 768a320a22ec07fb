import { z } from 'zod';
import { ACTOR_TYPE, col, provenance } from './columns.ts';

export const ROLES = ['host', 'guest', 'attendee', 'chair', 'organizer', 'delegation_head', 'signatory', 'speaker', 'party'] as const;
export type Role = (typeof ROLES)[number];

export const ParticipantRow = z.object({
  participant_id: col.id('Stable id of the (event, actor) pair.'),
  event_id: col.id('The event (events.event_id).'),
  actor_id: col.id('The actor (actors.actor_id).'),
  actor_type: col.vocab(ACTOR_TYPE, 'person, organization or country.'),
  name: col.text('Canonical name of the actor.'),
  name_as_written: col.text('The name as written in the evidence.'),
  title: col.textOrNull('Title as written (« ministre de la Police »), null if none.'),
  organization: col.textOrNull('The body the person represents, as written, null if none.'),
  country: col.textOrNull('ISO 3166-1 alpha-3 of the country the actor represents; null for international organizations.'),
  role: col.vocab(ROLES, 'host, guest, attendee, chair, organizer, delegation_head, signatory, speaker or party.'),
  ...provenance,
});
export type ParticipantRow = z.infer<typeof ParticipantRow>;
