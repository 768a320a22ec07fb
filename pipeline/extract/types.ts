/** What the extraction hands on: events, participants, agreements and actors of one article, before merging across articles. */
import type { Topic } from '../../schemas/columns.ts';
import type { InstrumentType } from '../../schemas/agreements.ts';
import type { EventType } from '../../schemas/events.ts';
import type { Role } from '../../schemas/participants.ts';
import type { ResolvedDate } from '../dates/resolve.ts';
import type { Span } from '../source.ts';

export interface ActorRef {
  actorId: string;
  type: 'person' | 'organization' | 'country';
  name: string;
  country: string | null;
  /** For organizations: the codebook id used in `parties` (UN, ASEAN, or a slug). */
  partyId: string | null;
}

export interface ExtractedParticipant {
  actor: ActorRef;
  role: Role;
  nameAsWritten: string;
  title: string | null;
  organization: string | null;
  country: string | null;
  evidence: Span;
}

export interface ExtractedEvent {
  type: EventType;
  name: string | null;
  /** Normalized acronym or ordinal+noun, for gatherings. */
  gatheringKey: string | null;
  /** The gathering noun (« réunion », « sommet »), so that « la conférence » finds the right one. */
  noun: string | null;
  date: ResolvedDate | null;
  city: string | null;
  country: string | null;
  placeText: string | null;
  /** Coordinates of the place (WGS84 degrees) when the gazetteer knows it. */
  lat: number | null;
  lon: number | null;
  status: 'occurred' | 'planned';
  virtual: boolean;
  phone: boolean;
  topics: Set<Topic>;
  agreement: ExtractedAgreement | null;
  participants: ExtractedParticipant[];
  mentions: Span[];
  /** The event that frames the article (the first meeting, visit or conference told). */
  main: boolean;
  /** The event this one took its date from (« lors de la visite … »), so a date refined later reaches both. */
  dateSource: ExtractedEvent | null;
  /** Told in the pluperfect (« avait reçu ») as background to what the article reports: what is said next is not said there. */
  background?: boolean;
}

export interface ExtractedAgreement {
  name: string;
  shortName: string | null;
  type: InstrumentType;
  parties: Set<string>;
  topics: Set<Topic>;
  status: 'proposed' | 'negotiating' | 'signed' | 'adopted' | 'in_force' | null;
  signed: ResolvedDate | null;
  signedPlace: string | null;
  event: ExtractedEvent | null;
  mentions: Span[];
}

export interface ExtractedActor extends ActorRef {
  aliases: Set<string>;
  titles: Set<string>;
  mentions: Span[];
}

export interface Extraction {
  events: ExtractedEvent[];
  agreements: ExtractedAgreement[];
  actors: Map<string, ExtractedActor>;
}
