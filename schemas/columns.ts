/**
 * Column builders shared by the table schemas. Each builder is a zod schema
 * carrying a description, so the exporters (CSV, JSON, Arrow, datapackage)
 * and later the data dictionary read column types and meanings from one
 * place: the schema.
 */
import { z } from 'zod';

/** EDTF level 0/1 subset the dataset uses: `2026-01-15`, `2025-03`, `2022`, `XXXX-10-15`, and intervals of those. */
export const EDTF_PATTERN = /^(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?(?:\/(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?)?$/;

export const col = {
  /** Identifier or code: non-empty, no spaces at the ends. */
  id: (description: string) => z.string().min(1).regex(/^\S(?:.*\S)?$/).meta({ description }),
  /** Free text as read from the source. */
  text: (description: string) => z.string().min(1).meta({ description }),
  textOrNull: (description: string) => z.string().min(1).nullable().meta({ description }),
  vocab: <const T extends readonly [string, ...string[]]>(values: T, description: string) => z.enum(values).meta({ description }),
  vocabOrNull: <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
    z.enum(values).nullable().meta({ description }),
  int: (description: string) => z.int32().min(0).meta({ description }),
  intOrNull: (description: string) => z.int32().min(0).nullable().meta({ description }),
  fraction: (description: string) => z.number().min(0).max(1).meta({ description }),
  /** Degrees of latitude or longitude (WGS84). */
  degreesOrNull: (limit: 90 | 180, description: string) => z.number().min(-limit).max(limit).nullable().meta({ description }),
  bool: (description: string) => z.boolean().meta({ description }),
  /** A calendar day, written YYYY-MM-DD; Date32 in Arrow. */
  dayOrNull: (description: string) => z.iso.date().nullable().meta({ description }),
  edtfOrNull: (description: string) => z.string().regex(EDTF_PATTERN).nullable().meta({ description }),
  /** List of strings; CSV joins them with `|`, so an item may not contain one. */
  list: (description: string) => z.array(z.string().min(1).regex(/^[^|]+$/, 'list items may not contain "|"')).meta({ description }),
  sha256: (description: string) => z.string().regex(/^[0-9a-f]{64}$/).meta({ description }),
};

export const DATE_PRECISION = ['day', 'month', 'year', 'day_no_year', 'month_no_year', 'unknown'] as const;
export const DATE_BASIS = ['explicit', 'header', 'weekday', 'relative', 'corpus', 'inferred', 'none'] as const;
export const ACTOR_TYPE = ['person', 'organization', 'country'] as const;
export const TOPICS = [
  'cybersecurity',
  'cybercrime',
  'data_protection',
  'digital_transformation',
  'ai_governance',
  'transnational_crime',
  'terrorism',
  'drugs',
  'fire_rescue',
  'e_government',
  'smart_cities',
  'telecom',
  'capacity_building',
  'information_sharing',
  'law_enforcement',
  'defence',
  'human_rights',
] as const;
export type Topic = (typeof TOPICS)[number];

export const topicList = (description: string) => z.array(z.enum(TOPICS)).meta({ description });

/** The provenance columns every extracted row carries, in codebook order. */
export const provenance = {
  article_id: col.id('The article the row was read from (articles.article_id).'),
  source_file: col.text('Path of the input file, relative to the input folder, with / separators.'),
  char_start: col.int('Start of the evidence span, in Unicode code points, in the file text (UTF-8 decoded, BOM removed, newlines untranslated).'),
  char_end: col.int('End of the evidence span, exclusive, in code points.'),
  evidence: col.text('Exactly the text between char_start and char_end: the sentence or clause that states the fact.'),
};

const edtfDescription = (what: string) =>
  `${what}, in EDTF (ISO 8601-2): 2026-01-15, 2025-03, 2022, 2025-03-11/2025-03-13, or XXXX-10-15/XXXX-10-18 when the text gives no year; null when nothing is known.`;

/** The five date columns of `events` (`date…`); `agreements` has the same under `signed…`. */
export const eventDate = {
  date: col.edtfOrNull(edtfDescription('When the event took place or is planned')),
  date_start: col.dayOrNull('Earliest possible day of date; null if the year is unknown.'),
  date_end: col.dayOrNull('Latest possible day of date; null if the year is unknown.'),
  date_precision: col.vocab(DATE_PRECISION, 'Precision of date: day, month, year, day_no_year, month_no_year, unknown.'),
  date_basis: col.vocab(DATE_BASIS, 'How date was found: explicit, header, weekday, relative, corpus, inferred, none.'),
};

export const signedDate = {
  signed: col.edtfOrNull(edtfDescription('When the instrument was signed, adopted or established')),
  signed_start: col.dayOrNull('Earliest possible day of signed; null if the year is unknown.'),
  signed_end: col.dayOrNull('Latest possible day of signed; null if the year is unknown.'),
  signed_precision: col.vocab(DATE_PRECISION, 'Precision of signed: day, month, year, day_no_year, month_no_year, unknown.'),
  signed_basis: col.vocab(DATE_BASIS, 'How signed was found: explicit, header, weekday, relative, corpus, inferred, none.'),
};
