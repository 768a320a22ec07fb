/**
 * The gazetteer: French (and Vietnamese, English, local) names of towns and
 * provinces → English exonym, ISO 3166-1 alpha-3 country, coordinates and
 * population, from GeoNames (pipeline/dictionaries/gazetteer/, built by
 * `make gazetteer`). Loaded once and validated like the other dictionaries:
 * a bad row fails with `gazetteer.csv:42: …`.
 *
 * A name can mean several places (« Vienne » is Vienna and a town in Isère;
 * « Bali » an Indonesian province and towns in India and Cameroon):
 * `placeCandidates` gives them all, `choosePlace` settles on one with the
 * article's countries and the places' weight (see there).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { z } from 'zod';
import { Lexicon, type LexiconMatch } from './lexicon.ts';
import { foldAccents, type NormalizedView } from './source.ts';

export const GAZETTEER_FILE = 'pipeline/dictionaries/gazetteer/gazetteer.csv';
const FILE_URL = new URL('./dictionaries/gazetteer/gazetteer.csv', import.meta.url);

export const GAZETTEER_COLUMNS = ['alias', 'city', 'country', 'lat', 'lon', 'population', 'geonameid', 'feature_code', 'admin1', 'alias_source'] as const;
export const ALIAS_SOURCES = ['fr', 'vi', 'name', 'en', 'override'] as const;
export type AliasSource = (typeof ALIAS_SOURCES)[number];

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', đ: 'd', ø: 'o', ł: 'l' };

/**
 * The key every alias is compared on: accents, case, ligatures, apostrophe
 * and dash variants, and hyphen against space do not count (« Hô Chi
 * Minh-Ville » = « ho chi minh ville »). The same folding as the Lexicon's,
 * written for whole strings.
 */
export function aliasKey(alias: string): string {
  return alias
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßđøł]/g, (c) => LIGATURES[c]!)
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u2019\u2018\u02bc\u00b4\u0060\u2032]/g, "'")
    .replace(/[\u2010-\u2015\u2212-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const decimal = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+(?:\.\d+)?$/, 'must be a decimal number such as 21.0245')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

export const GazetteerRow = z
  .object({
    alias: z.string().min(1).refine((s) => s === s.trim() && !/\s{2}/.test(s), 'has stray spaces'),
    city: z.string().min(1),
    country: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as VNM'),
    lat: decimal(-90, 90),
    lon: decimal(-180, 180),
    population: z.string().regex(/^\d+$/, 'must be a whole number of inhabitants').transform(Number),
    geonameid: z.string().regex(/^(?:[1-9]\d*)?$/, 'must be a GeoNames id (digits) or blank for a province').transform((s) => (s === '' ? null : Number(s))),
    feature_code: z.string().regex(/^(?:PPL[A-Z0-9]*|STLMT|ADM1)$/, 'must be a GeoNames feature code: PPLC, PPLA, PPL… for a town, ADM1 for a province'),
    admin1: z.string().regex(/^(?:[A-Z]{2}\.[0-9A-Z]+)?$/, 'must be a GeoNames first-level division code such as VN.30, or blank').transform((s) => (s === '' ? null : s)),
    alias_source: z.enum(ALIAS_SOURCES),
  })
  .refine((r) => (r.feature_code === 'ADM1' ? r.geonameid === null && r.admin1 !== null : r.geonameid !== null), {
    message: 'a town (PPL…) needs its geonameid; a province (ADM1) has none and needs its admin1 code',
    path: ['geonameid'],
  });
export type GazetteerRow = z.infer<typeof GazetteerRow>;

/** Parses and validates the gazetteer; throws on the first bad row with its file, line and column. */
export function parseGazetteer(text: string, file = GAZETTEER_FILE): GazetteerRow[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  const header = parsed.meta.fields ?? [];
  if (header.join(',') !== GAZETTEER_COLUMNS.join(',')) throw new Error(`${file}:1: the header must be ${GAZETTEER_COLUMNS.join(',')}. Rebuild the file with make gazetteer.`);
  if (parsed.errors.length > 0) throw new Error(`${file}:${(parsed.errors[0]!.row ?? 0) + 2}: ${parsed.errors[0]!.message}`);
  return parsed.data.map((row, i) => {
    const result = GazetteerRow.safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`${file}:${i + 2}: column "${issue.path.join('.')}": ${issue.message}. The file is generated: fix pipeline/dictionaries/gazetteer/overrides.csv and run make gazetteer.`);
    }
    return result.data;
  });
}

/** One real-world place: a town (by geonameid) or a province (by its admin1 code). */
export interface GazetteerPlace {
  /** The geonameid of a town, the admin1 code (« VN.30 ») of a province. */
  id: string;
  /** English exonym: Hanoi, Ho Chi Minh City, Vienna, The Hague. */
  city: string;
  /** ISO 3166-1 alpha-3. */
  country: string;
  /** WGS84 degrees; a province is placed at its capital. */
  lat: number;
  lon: number;
  /** Inhabitants; for a province, the sum of its towns' (a lower bound, good for ranking). */
  population: number;
  geonameid: number | null;
  /** GeoNames feature code: PPLC national capital, PPLA seat of a first-level division, PPL…, ADM1 province. */
  featureCode: string;
  admin1: string | null;
}

export interface Gazetteer {
  rows: readonly GazetteerRow[];
  places: ReadonlyMap<string, GazetteerPlace>;
  /** aliasKey → the places of that name, most populous first. */
  byKey: ReadonlyMap<string, readonly GazetteerPlace[]>;
  /** The aliases of each key as written in the file (for the Lexicon's variants). */
  aliases: ReadonlyMap<string, readonly string[]>;
  /** sha256 of the file: part of a cache key, like dictionaries().hash. */
  hash: string;
}

/** A candidate outside the article's countries beats one inside them only when this many times more populous. */
export const OUTWEIGH = 10;

/** Most populous first; on a tie a town before a province, then the lower id (code units), so the order never depends on the file's. */
export function comparePlaces(a: GazetteerPlace, b: GazetteerPlace): number {
  return b.population - a.population || Number(a.featureCode === 'ADM1') - Number(b.featureCode === 'ADM1') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// « au Caire », « du Havre »: French contracts the article of « Le Caire », so the name alone must be found too.
const MASCULINE_ARTICLE = /^Le (?=\p{L})/u;
const articleless = (alias: string) => {
  const rest = alias.replace(MASCULINE_ARTICLE, '');
  return rest !== alias && rest.replace(/[^\p{L}]/gu, '').length >= 4 ? rest : null;
};

/** Builds the lookup tables from parsed rows (exported for tests on hand-made rows). */
export function indexGazetteer(rows: readonly GazetteerRow[], hash = ''): Gazetteer {
  const places = new Map<string, GazetteerPlace>();
  const members = new Map<string, Set<string>>();
  const aliases = new Map<string, string[]>();
  const file = (key: string, alias: string, id: string) => {
    if (!members.has(key)) members.set(key, new Set());
    members.get(key)!.add(id);
    if (!aliases.has(key)) aliases.set(key, []);
    if (!aliases.get(key)!.includes(alias)) aliases.get(key)!.push(alias);
  };
  for (const r of rows) {
    const id = r.geonameid !== null ? String(r.geonameid) : r.admin1!;
    if (!places.has(id)) {
      places.set(id, { id, city: r.city, country: r.country, lat: r.lat, lon: r.lon, population: r.population, geonameid: r.geonameid, featureCode: r.feature_code, admin1: r.admin1 });
    }
    file(aliasKey(r.alias), r.alias, id);
    const short = articleless(r.alias);
    if (short) file(aliasKey(short), short, id);
  }
  const byKey = new Map<string, readonly GazetteerPlace[]>();
  for (const [key, ids] of members) {
    const found = [...ids].map((id) => places.get(id)!);
    // A province named like its own capital (« Lào Cai », « Cần Thơ ») is that town: one candidate, the town.
    const capitalOf = (p: GazetteerPlace) => p.featureCode === 'ADM1' && found.some((t) => t.featureCode !== 'ADM1' && t.admin1 === p.admin1 && t.lat === p.lat && t.lon === p.lon);
    byKey.set(key, found.filter((p) => !capitalOf(p)).sort(comparePlaces));
  }
  return { rows, places, byKey, aliases, hash };
}

let cached: Gazetteer | null = null;

/** The committed gazetteer, loaded and validated once. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const text = readFileSync(FILE_URL, 'utf8');
  cached = indexGazetteer(parseGazetteer(text), createHash('sha256').update(text).digest('hex'));
  return cached;
}

/** Every place the name may mean, most populous first; empty when the gazetteer does not know it. Case, accents and hyphens do not matter. */
export function placeCandidates(alias: string, g: Gazetteer = gazetteer()): readonly GazetteerPlace[] {
  return g.byKey.get(aliasKey(alias)) ?? [];
}

/**
 * The place a name means in an article.
 *
 * 1. A candidate in one of the article's countries (ISO alpha-3) wins:
 *    « Hyderabad » in an article about Pakistan is Pakistan's, « Tripoli » in
 *    one about Lebanon is Lebanon's.
 * 2. Unless a candidate outside them is at least ten times as populous: an
 *    article about France that says « à Vienne » (the UNODC, the IAEA) means
 *    Vienna (1.7 million), not Vienne in Isère (30,000).
 * 3. Otherwise, and when no candidate is in the article's countries, the most
 *    populous wins (« Bali »: the Indonesian province, 1.35 million in its
 *    towns, before Bāli in India, 300,000); ties go to a town over a
 *    province, then to the lower id.
 *
 * Null when there is no candidate.
 */
export function choosePlace(candidates: readonly GazetteerPlace[], articleCountries: ReadonlySet<string>): GazetteerPlace | null {
  const ranked = [...candidates].sort(comparePlaces);
  const largest = ranked[0];
  if (!largest) return null;
  const local = ranked.find((p) => articleCountries.has(p.country));
  if (!local || local === largest) return largest;
  return largest.population >= OUTWEIGH * local.population ? largest : local;
}

/** Spellings the press uses for one alias: hyphens for spaces and back (« Hô Chi Minh-Ville », « Hô-Chi-Minh-Ville », « Hô Chi Minh Ville »). */
export function spellingVariants(alias: string): string[] {
  const parts = alias.split(/([ -])/);
  const separators = (parts.length - 1) / 2;
  const out = new Set<string>([alias, alias.replace(/-/g, ' '), alias.replace(/ /g, '-')]);
  if (separators <= 3) {
    for (let mask = 0; mask < 1 << separators; mask++) {
      out.add(parts.map((p, i) => (i % 2 === 1 ? ((mask >> ((i - 1) / 2)) & 1 ? '-' : ' ') : p)).join(''));
    }
  }
  return [...out].sort();
}

export interface GazetteerLexiconOptions {
  /** Keep only the places this returns true for (say, the article's region or a minimum population). */
  places?: (place: GazetteerPlace) => boolean;
  /** Leave out aliases this returns true for (say, names that are also given names in the text at hand). */
  skipAlias?: (alias: string) => boolean;
}

interface Entry {
  alias: string;
  value: readonly GazetteerPlace[];
  capitalized: boolean;
  caseSensitive: boolean;
}

function lexiconEntries(options: GazetteerLexiconOptions, g: Gazetteer): Entry[] {
  const entries: Entry[] = [];
  for (const [key, all] of g.byKey) {
    const kept = options.places ? all.filter(options.places) : all;
    if (kept.length === 0) continue;
    for (const alias of g.aliases.get(key) ?? []) {
      if (options.skipAlias?.(alias)) continue;
      for (const variant of spellingVariants(alias)) entries.push({ alias: variant, value: kept, capitalized: /^\p{Lu}/u.test(variant), caseSensitive: false });
    }
  }
  return entries;
}

/**
 * A Lexicon of the whole gazetteer, for finding its names in a text (whole
 * words, accents and case folded as for the other dictionaries, a capital
 * required where the alias has one), each match carrying its candidates for
 * `choosePlace`. One regular expression of some 7,000 names is slow on long
 * texts (about 0.15 s per 1,000 characters here): to scan articles use
 * `gazetteerMatcher`, which gives the same matches.
 */
export function gazetteerLexicon(options: GazetteerLexiconOptions = {}, g: Gazetteer = gazetteer()): Lexicon<readonly GazetteerPlace[]> {
  return new Lexicon(lexiconEntries(options, g));
}

/**
 * Finds the gazetteer's names in a text with the Lexicon's rules and results. The Lexicon indexes its aliases by
 * first word, so one Lexicon over the whole gazetteer is as fast as the text is long.
 */
export class GazetteerMatcher {
  private readonly lexicon: Lexicon<readonly GazetteerPlace[]>;

  constructor(options: GazetteerLexiconOptions = {}, g: Gazetteer = gazetteer()) {
    this.lexicon = new Lexicon(lexiconEntries(options, g));
  }

  /** Leftmost-longest whole-word matches in `text[from, to)`, UTF-16 offsets into `text`, as Lexicon.find gives them. */
  find(text: string, from = 0, to = text.length, view: NormalizedView = foldAccents(text, from, to)): LexiconMatch<readonly GazetteerPlace[]>[] {
    return this.lexicon.find(text, from, to, view);
  }
}

let defaultMatcher: GazetteerMatcher | null = null;

/** The matcher over the whole gazetteer, built once (about half a second). */
export function gazetteerMatcher(): GazetteerMatcher {
  defaultMatcher ??= new GazetteerMatcher();
  return defaultMatcher;
}
