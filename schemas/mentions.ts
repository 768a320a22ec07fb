import { z } from 'zod';
import { col, provenance } from './columns.ts';

export const RECORD_TYPES = ['event', 'participant', 'agreement', 'actor'] as const;

export const MentionRow = z.object({
  mention_id: col.id('Stable id of the span supporting a record.'),
  record_type: col.vocab(RECORD_TYPES, 'event, participant, agreement or actor.'),
  record_id: col.id('Id of the row in the table named by record_type.'),
  ...provenance,
});
export type MentionRow = z.infer<typeof MentionRow>;
