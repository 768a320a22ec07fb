import { z } from 'zod';
import { col, eventDate, provenance, topicList } from './columns.ts';

export const EVENT_TYPES = ['meeting', 'visit', 'conference', 'signing', 'adoption'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EventRow = z.object({
  event_id: col.id('Stable id of the event, from its type, date and participants; the same event told by several articles is one row.'),
  event_type: col.vocab(EVENT_TYPES, 'meeting, visit, conference, signing or adoption (see the codebook).'),
  plover: col.vocabOrNull(['CONSULT', 'SUPPORT'], 'PLOVER event category.'),
  plover_mode: col.vocabOrNull(['phone', 'visit', 'multilateral'], 'PLOVER mode of CONSULT: phone (calls, video calls), visit, multilateral.'),
  cameo: col.vocabOrNull(['040', '041', '042', '057'], 'CAMEO code.'),
  name: col.textOrNull('The event’s own name when it has one, as written (e.g. « 6e réunion des ministres du Numérique de l’ASEAN (ADGMIN) »).'),
  label: col.text('Short French description, e.g. « Entretien Luong Tam Quang – Josephine Teo ».'),
  ...eventDate,
  city: col.textOrNull('City, English exonym (Hanoi, Singapore, Sochi).'),
  country: col.textOrNull('ISO 3166-1 alpha-3 of the place.'),
  place_text: col.textOrNull('The place as written.'),
  status: col.vocab(['occurred', 'planned'], 'occurred, or planned for events announced for the future.'),
  virtual: col.bool('True for video conferences, virtual talks and phone calls.'),
  topics: topicList('Topics from the codebook vocabulary, in vocabulary order.'),
  agreement_id: col.textOrNull('For signing and adoption events: the agreement (agreements.agreement_id).'),
  mention_count: col.int('Number of spans (mentions rows) that state this event.'),
  article_count: col.int('Number of articles that state this event.'),
  confidence: col.fraction('0–1, from the number of independent cues that support the row (see README).'),
  lat: col.degreesOrNull(90, 'Latitude of the place (WGS84 degrees) from the GeoNames gazetteer; a province is placed at its capital; null when the place is only a country or the gazetteer does not know it.'),
  lon: col.degreesOrNull(180, 'Longitude of the place (WGS84 degrees), as lat.'),
  ...provenance,
});
export type EventRow = z.infer<typeof EventRow>;
