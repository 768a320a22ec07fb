import { z } from 'zod';
import { ACTOR_TYPE, col, provenance } from './columns.ts';

export const ActorRow = z.object({
  actor_id: col.id('Stable readable id: person:to-lam, country:VNM, org:asean.'),
  actor_type: col.vocab(ACTOR_TYPE, 'person, organization or country.'),
  name: col.text('Canonical name, with diacritics as the most complete spelling seen (« Tô Lâm »).'),
  aliases: col.list('Every spelling seen (« To Lam », « M. Lam »).'),
  country: col.textOrNull('ISO 3166-1 alpha-3 the actor belongs to or represents, or null.'),
  titles: col.list('Titles seen, as written.'),
  mention_count: col.int('Number of spans that mention the actor.'),
  ...provenance,
});
export type ActorRow = z.infer<typeof ActorRow>;
