import { z } from 'zod';
import { col, provenance, signedDate, topicList } from './columns.ts';

export const INSTRUMENT_TYPES = [
  'memorandum',
  'convention',
  'treaty',
  'agreement',
  'protocol',
  'declaration',
  'law',
  'programme',
  'code_of_conduct',
  'partnership',
] as const;
export type InstrumentType = (typeof INSTRUMENT_TYPES)[number];

export const AGREEMENT_STATUS = ['proposed', 'negotiating', 'signed', 'adopted', 'in_force'] as const;

export const AgreementRow = z.object({
  agreement_id: col.id('Stable id of the instrument; the same instrument told by several articles is one row.'),
  name: col.text('The instrument’s name as written, whitespace normalized.'),
  short_name: col.textOrNull('Short name (« Convention de Hanoï »), null if none.'),
  instrument_type: col.vocab(INSTRUMENT_TYPES, 'memorandum, convention, treaty, agreement, protocol, declaration, law, programme, code_of_conduct or partnership.'),
  scope: col.vocabOrNull(['national', 'bilateral', 'multilateral'], 'national, bilateral or multilateral; null when the text does not tell.'),
  parties: col.list('ISO alpha-3 codes and organization ids of the parties.'),
  topics: topicList('Topics from the codebook vocabulary, in vocabulary order.'),
  status: col.vocabOrNull(AGREEMENT_STATUS, 'proposed, negotiating, signed, adopted, in_force, or null.'),
  ...signedDate,
  signed_place: col.textOrNull('Where it was signed, English exonym of the city.'),
  event_id: col.textOrNull('The signing or adoption event (events.event_id), null if none.'),
  mention_count: col.int('Number of spans (mentions rows) that state this instrument.'),
  ...provenance,
});
export type AgreementRow = z.infer<typeof AgreementRow>;
