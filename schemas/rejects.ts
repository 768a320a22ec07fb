import { z } from 'zod';
import { col } from './columns.ts';

export const STAGES = ['ingest', 'clean', 'segment', 'annotate', 'resolve', 'extract', 'validate', 'export'] as const;

export const RejectRow = z.object({
  reject_id: col.id('Stable id of the reject.'),
  stage: col.vocab(STAGES, 'Pipeline stage that refused the input.'),
  source_file: col.text('Input file concerned, relative to the input folder (or sources.csv).'),
  record_type: col.vocabOrNull(['article', 'event', 'participant', 'agreement', 'actor', 'mention', 'source'], 'Kind of row refused; null when a whole file was refused.'),
  reason: col.text('What went wrong and what to do about it, in a sentence.'),
  detail: col.textOrNull('The raw issue as JSON text (validation issues, error message), or null.'),
  code: col.id('Machine-readable rule, stage/rule: ingest/empty, ingest/binary, validate/events…'),
  severity: col.vocab(['error', 'warning'], 'error: the file or row is not in the release; warning: it is, read with a caveat (bytes replaced, no rows extracted).'),
});
export type RejectRow = z.infer<typeof RejectRow>;
