/**
 * The dictionaries under pipeline/dictionaries/*.csv, validated at load:
 * a bad row fails with `file.csv:42: …` so that a researcher who edited it
 * knows what to fix. Country names and demonyms come from world-countries
 * and i18n-iso-countries; countries.csv adds what they lack and removes
 * ambiguous names.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Papa from 'papaparse';
import { z } from 'zod';
import { TOPICS, type Topic } from '../schemas/columns.ts';
import { EVENT_TYPES, EventRow, type EventType } from '../schemas/events.ts';
import { INSTRUMENT_TYPES, type InstrumentType } from '../schemas/agreements.ts';
import { ROLES, type Role } from '../schemas/participants.ts';
import { Lexicon } from './lexicon.ts';
import { foldKey } from './source.ts';
import { isVerbLemma, pluralOf } from './language/morphology.ts';

const DIR = new URL('./dictionaries/', import.meta.url);
const require = createRequire(import.meta.url);

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as VNM');
const blankToNull = z
  .string()
  .optional()
  .transform((s) => (s && s.trim() !== '' ? s.trim() : null));

const rowSchemas = {
  countries: z.object({ alias: z.string().min(1), iso3, kind: z.enum(['name', 'demonym', 'exclude']), note: z.string().optional() }),
  organizations: z.object({
    id: z.string().regex(/^(?:[A-Z]+|[a-z0-9-]+)$/, 'ids are the codebook’s UN, ASEAN, EU… or lower-case slugs'),
    name: z.string().min(1),
    alias: z.string().min(1),
    country: z.union([iso3, z.literal('')]).optional().transform((s) => (s ? s : null)),
    note: z.string().optional(),
  }),
  places: z.object({ alias: z.string().min(1), city: z.string().min(1), country: iso3, note: z.string().optional() }),
  titles: z.object({ title: z.string().min(1), kind: z.enum(['function', 'rank', 'honorific']), note: z.string().optional() }),
  frames: z.object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by hyphens'),
    lemma: z.string().min(1),
    pos: z.enum(['verb', 'noun']),
    event_type: z.enum(EVENT_TYPES),
    mode: blankToNull.pipe(z.enum(['phone', 'visit']).nullable()),
    subject_role: z.enum(ROLES),
    object_role: z.enum(ROLES),
    with_role: blankToNull.pipe(z.enum(ROLES).nullable()),
    requires: blankToNull.transform((s) => (s ? s.split('|').map((x) => x.trim()) : [])).pipe(z.array(z.enum(['avec', 'entre', 'support', 'instrument']))),
    support: blankToNull,
    note: z.string().optional(),
  }),
  'event-types': z.object({
    event_type: z.enum(EVENT_TYPES),
    mode: blankToNull.pipe(z.enum(['phone']).nullable()),
    plover: blankToNull.pipe(EventRow.shape.plover),
    plover_mode: blankToNull.pipe(EventRow.shape.plover_mode),
    cameo: blankToNull.pipe(EventRow.shape.cameo),
    label: blankToNull,
    note: z.string().optional(),
  }),
  gatherings: z.object({ noun: z.string().min(1), note: z.string().optional() }),
  instruments: z.object({ head: z.string().min(1), instrument_type: z.enum(INSTRUMENT_TYPES), note: z.string().optional() }),
  topics: z.object({ keyword: z.string().min(1), topic: z.enum(TOPICS), note: z.string().optional() }),
  actors: z.object({ name: z.string().min(1), alias: z.string().min(1), country: z.union([iso3, z.literal('')]).transform((s) => (s ? s : null)), note: z.string().optional() }),
  'not-instruments': z.object({ phrase: z.string().min(1), note: z.string().optional() }),
  governors: z.object({ lemma: z.string().min(1), status: z.enum(['occurred', 'planned', 'unreal']), note: z.string().optional() }),
  'vietnamese-surnames': z.object({ surname: z.string().min(1), note: z.string().optional() }),
  banners: z.object({ name: z.string().regex(/\p{L}/u, 'must contain a letter'), kind: z.enum(['section', 'outlet', 'chrome']), note: z.string().optional() }),
  series: z.object({ acronym: z.string().regex(/^[A-Z][A-Z0-9-]+$/, 'must be an acronym in capitals such as AMMTC'), organizer: z.string().min(1), note: z.string().optional() }),
};

type DictionaryName = keyof typeof rowSchemas;
type RowOf<N extends DictionaryName> = z.infer<(typeof rowSchemas)[N]>;

/** Reads and validates one dictionary; throws with file and line on the first bad row. */
export function loadDictionary<N extends DictionaryName>(name: N, text?: string): RowOf<N>[] {
  const file = `${name}.csv`;
  const source = text ?? readFileSync(new URL(file, DIR), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(source.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0]!;
    throw new Error(`pipeline/dictionaries/${file}:${(e.row ?? 0) + 2}: ${e.message}`);
  }
  return parsed.data.map((row, i) => {
    const result = rowSchemas[name].safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`pipeline/dictionaries/${file}:${i + 2}: column "${issue.path.join('.')}": ${issue.message}. Edit that row.`);
    }
    return result.data as RowOf<N>;
  });
}

export interface CountryRef {
  iso3: string;
  name: string;
  form: 'name' | 'demonym';
}

export interface OrganizationRef {
  id: string;
  name: string;
  country: string | null;
}

export interface PlaceRef {
  city: string;
  country: string;
}

/** One row of frames.csv: a word that tells an event, and the roles its slots give. */
export interface FrameRef {
  id: string;
  /** « recevoir », « s'entretenir », « rendre visite »; for nouns « séance de travail ». */
  lemma: string;
  pos: 'verb' | 'noun';
  /** Verbs: the lexical verb (« entretenir »), whether it is pronominal, and the fixed words after it (« visite » of « rendre visite »). */
  verb: string | null;
  pronominal: boolean;
  fixed: string[];
  eventType: EventType;
  mode: 'phone' | 'visit' | null;
  /** Roles in the active voice; a passive swaps subject and agent. */
  subjectRole: Role;
  objectRole: Role;
  /** The role of the « avec » complement, when the frame takes one. */
  withRole: Role | null;
  /** One of these must be there, when any are listed: « avec » or « entre » after the trigger; « support »: a noun that tells an event only with a support verb (« accorder une audience »). */
  requires: ('avec' | 'entre' | 'support' | 'instrument')[];
  /** Verbs that tell the noun's event with their own subject: « a eu un entretien », « a effectué une visite ». */
  support: string[];
  /** Nouns: the singular and plural as written, lower case (« rencontres », not the participle « rencontrés »). */
  forms: string[];
}

/** The trigger as the extraction rules read it: the frame's event type and the roles after voice and number are taken into account. */
export interface TriggerRef {
  eventType: EventType;
  mode: 'phone' | 'visit' | null;
  subjectRole: Role;
  objectRole: Role;
  /** The frame's id. */
  pattern: string;
}

export interface Dictionaries {
  countries: Lexicon<CountryRef>;
  countryNames: Map<string, string>;
  organizations: Lexicon<OrganizationRef>;
  places: Lexicon<PlaceRef>;
  titles: { title: string; kind: 'function' | 'rank' | 'honorific' }[];
  frames: { all: FrameRef[]; byVerb: Map<string, FrameRef[]>; nouns: Lexicon<FrameRef[]> };
  /** Verbs that govern an infinitive, and what they make of it (« ont décidé d'élever » occurred, « souhaitent signer » unreal). */
  governors: Map<string, 'occurred' | 'planned' | 'unreal'>;
  gatherings: string[];
  /** PLOVER and CAMEO codes of an event type, and of a meeting held by phone (event-types.csv). */
  eventCodes: (type: EventType, phone: boolean) => Pick<EventRow, 'plover' | 'plover_mode' | 'cameo'>;
  instruments: Lexicon<InstrumentType>;
  /** Fixed phrases in which an instrument's head word names no instrument (« l'application de la loi »). */
  notInstruments: Lexicon<string>;
  topics: Lexicon<Topic>;
  actors: Lexicon<{ name: string; country: string | null }>;
  vietnameseSurnames: Set<string>;
  /** Acronyms of recurring gatherings (« AMMTC ») → the id of the organization that holds them. */
  series: Map<string, OrganizationRef>;
  /** Site banners above a title (« Politique », « Le Courrier du Vietnam », « All news »), by folded name. */
  banners: Map<string, BannerKind>;
  /** Hash of every dictionary file and the country packages' versions: part of a future per-article cache key. */
  hash: string;
}

interface WorldCountry {
  cca3: string;
  independent?: boolean;
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { f: string; m: string }>;
}

/** French demonym forms: « vietnamien », « vietnamienne », « vietnamiens », « vietnamiennes ». */
export function demonymForms(masculine: string, feminine: string): string[] {
  const forms = new Set<string>();
  for (const base of [masculine, feminine]) {
    const lower = base.toLowerCase();
    forms.add(lower);
    forms.add(/[sx]$/.test(lower) ? lower : `${lower}s`);
  }
  return [...forms];
}

/**
 * Frames as the annotator looks them up: verbs by lemma (every inflected form comes from the morphology), nouns by their
 * singular and plural (« séance de travail », « séances de travail »). A verb the lexicon does not know is a broken row.
 */
export function buildFrames(rows: RowOf<'frames'>[]): Dictionaries['frames'] {
  const all: FrameRef[] = [];
  const byVerb = new Map<string, FrameRef[]>();
  const byNoun = new Map<string, FrameRef[]>();
  const ids = new Set<string>();
  rows.forEach((r, i) => {
    const where = `pipeline/dictionaries/frames.csv:${i + 2}`;
    if (ids.has(r.id)) throw new Error(`${where}: column "id": « ${r.id} » is used twice. Give the row its own id.`);
    ids.add(r.id);
    const words = r.lemma.trim().split(/\s+/);
    let verb: string | null = null;
    let pronominal = false;
    let fixed: string[] = [];
    if (r.pos === 'verb') {
      const reflexive = /^(?:s'|s’|se\s+)(.+)$/u.exec(r.lemma.trim());
      pronominal = reflexive !== null;
      const rest = (reflexive ? reflexive[1]! : r.lemma.trim()).split(/\s+/);
      verb = rest[0]!;
      fixed = rest.slice(1).map((w) => w.toLowerCase());
      if (!isVerbLemma(verb)) throw new Error(`${where}: column "lemma": « ${verb} » is not a verb of the French lexicon (french-verbs-lefff). Write the infinitive, e.g. « recevoir », « s'entretenir ».`);
    } else if (words.length === 0) throw new Error(`${where}: column "lemma" is empty.`);
    const frame: FrameRef = {
      id: r.id,
      lemma: r.lemma.trim(),
      pos: r.pos,
      verb,
      pronominal,
      fixed,
      eventType: r.event_type,
      mode: r.mode,
      subjectRole: r.subject_role,
      objectRole: r.object_role,
      withRole: r.with_role,
      requires: r.requires,
      support: r.support ? r.support.split('|').map((x) => x.trim()).filter(Boolean) : [],
      forms: r.pos === 'noun' ? nounForms(r.lemma.trim()).map((f) => f.toLowerCase().replace(/’/gu, "'")) : [],
    };
    for (const s of frame.support) if (!isVerbLemma(s)) throw new Error(`${where}: column "support": « ${s} » is not a verb of the French lexicon.`);
    all.push(frame);
    if (verb) byVerb.set(verb, [...(byVerb.get(verb) ?? []), frame]);
    else for (const form of frame.forms) byNoun.set(form, [...(byNoun.get(form) ?? []), frame]);
  });
  // A noun may have several frames, told apart by their support verbs (« accorder une audience à », « obtenir une audience auprès de »).
  return { all, byVerb, nouns: new Lexicon([...byNoun].map(([alias, value]) => ({ alias, value }))) };
}

/** « séance de travail » → itself and « séances de travail »: the words before the first preposition take the plural. */
export function nounForms(lemma: string): string[] {
  const words = lemma.split(/\s+/);
  const prep = words.findIndex((w, i) => i > 0 && /^(?:de|d'|d’|du|des|en|à|au|aux|par|pour|sur)$/iu.test(w));
  const head = prep < 0 ? words.length : prep;
  const plural = words.map((w, i) => (i < head ? pluralOf(w) : w)).join(' ').replace(/d['’] /gu, "d'");
  return [...new Set([lemma, plural])];
}

export type BannerKind = RowOf<'banners'>['kind'];

/** banners.csv by folded name (« société », « le courrier du vietnam »); a name listed twice is a broken row. */
export function bannerIndex(rows: RowOf<'banners'>[]): Map<string, BannerKind> {
  const index = new Map<string, BannerKind>();
  rows.forEach((r, i) => {
    const key = foldKey(r.name);
    if (index.has(key)) throw new Error(`pipeline/dictionaries/banners.csv:${i + 2}: column "name": « ${r.name} » is listed twice (accents and case aside). Remove one row.`);
    index.set(key, r.kind);
  });
  return index;
}

let cachedBanners: Map<string, BannerKind> | null = null;

/** The banner names alone, for cleaning, which runs before (and without) the other dictionaries. */
export function banners(): Map<string, BannerKind> {
  cachedBanners ??= bannerIndex(loadDictionary('banners'));
  return cachedBanners;
}

let cached: Dictionaries | null = null;

export function dictionaries(): Dictionaries {
  if (cached) return cached;
  const hash = createHash('sha256');
  const load = <N extends DictionaryName>(name: N): RowOf<N>[] => {
    const text = readFileSync(new URL(`${name}.csv`, DIR), 'utf8');
    hash.update(name).update(text);
    return loadDictionary(name, text);
  };

  const countryRows = load('countries');
  const excluded = new Set(countryRows.filter((r) => r.kind === 'exclude').map((r) => r.alias));
  // Sovereign states first: « française » is France's demonym before it is the French Southern Territories'.
  const world = [...(require('world-countries') as WorldCountry[])].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
  const i18n = require('i18n-iso-countries') as { registerLocale(l: unknown): void; getNames(lang: string, o: { select: 'all' }): Record<string, string[]>; alpha2ToAlpha3(a: string): string | undefined };
  i18n.registerLocale(require('i18n-iso-countries/langs/fr.json'));
  hash.update(`world-countries:${(require('world-countries/package.json') as { version: string }).version}`);
  const countryEntries: { alias: string; value: CountryRef; capitalized?: boolean }[] = [];
  const countryNames = new Map<string, string>();
  const frenchName = (code: string, fallback: string) => countryNames.get(code) ?? fallback;
  for (const r of countryRows) if (r.kind === 'name' && !countryNames.has(r.iso3)) countryNames.set(r.iso3, r.alias);
  for (const c of world) {
    const fra = c.translations.fra;
    if (!fra) continue;
    if (!countryNames.has(c.cca3)) countryNames.set(c.cca3, fra.common);
  }
  const addName = (alias: string, code: string) => {
    if (!excluded.has(alias)) countryEntries.push({ alias, value: { iso3: code, name: frenchName(code, alias), form: 'name' }, capitalized: true });
  };
  const addDemonym = (alias: string, code: string) => {
    // Some territories have an empty demonym; « s » must not become one.
    if (alias.replace(/[^\p{L}]/gu, '').length >= 3 && !excluded.has(alias)) countryEntries.push({ alias, value: { iso3: code, name: frenchName(code, alias), form: 'demonym' }, capitalized: false });
  };
  for (const r of countryRows) {
    if (r.kind === 'name') addName(r.alias, r.iso3);
    // « bélarusse » also reads « bélarusses », « kazakh » also « kazakhe(s) »: a row names the masculine once.
    // A generated form that is a country's name (« lao » → « laos ») stays the name.
    if (r.kind === 'demonym') {
      const forms = demonymForms(r.alias, /[bcdfghjklmnpqrstvwxz]$/u.test(r.alias) && !/(?:ien|ain|ais|ois)$/u.test(r.alias) ? `${r.alias}e` : r.alias);
      for (const form of forms) if (form === r.alias.toLowerCase() || !world.some((c) => c.translations.fra?.common.toLowerCase() === form)) addDemonym(form, r.iso3);
    }
  }
  for (const c of world) {
    const fra = c.translations.fra;
    if (fra) {
      addName(fra.common, c.cca3);
      addName(fra.official, c.cca3);
    }
    const dem = c.demonyms?.fra;
    if (dem) for (const form of demonymForms(dem.m, dem.f)) addDemonym(form, c.cca3);
  }
  for (const [alpha2, names] of Object.entries(i18n.getNames('fr', { select: 'all' }))) {
    const code = i18n.alpha2ToAlpha3(alpha2);
    if (code) for (const n of names) addName(n, code);
  }

  const orgRows = load('organizations');
  const places = load('places');
  const frameRows = load('frames');
  const instruments = load('instruments');
  const topics = load('topics');
  const actors = load('actors');
  const titles = load('titles');
  const gatherings = load('gatherings');
  const surnames = load('vietnamese-surnames');
  const seriesRows = load('series');
  const orgById = new Map(orgRows.map((r) => [r.id, { id: r.id, name: r.name, country: r.country }]));
  const series = new Map<string, OrganizationRef>();
  seriesRows.forEach((r, i) => {
    const org = orgById.get(r.organizer);
    if (!org) throw new Error(`pipeline/dictionaries/series.csv:${i + 2}: column "organizer": « ${r.organizer} » is not an id of organizations.csv. Add the organization there first.`);
    series.set(r.acronym, org);
  });

  cached = {
    countries: new Lexicon(countryEntries),
    countryNames,
    organizations: new Lexicon(orgRows.map((r) => ({ alias: r.alias, value: { id: r.id, name: r.name, country: r.country } }))),
    places: new Lexicon(places.map((r) => ({ alias: r.alias, value: { city: r.city, country: r.country }, capitalized: true }))),
    titles: titles.map((r) => ({ title: r.title, kind: r.kind })),
    frames: buildFrames(frameRows),
    governors: new Map(load('governors').map((r, i) => {
      if (!isVerbLemma(r.lemma)) throw new Error(`pipeline/dictionaries/governors.csv:${i + 2}: column "lemma": « ${r.lemma} » is not a verb of the French lexicon.`);
      return [r.lemma, r.status] as const;
    })),
    gatherings: gatherings.map((r) => r.noun),
    // Read here too so that its text is in the hash; the corpus stage reads it alone through eventCodes().
    eventCodes: (load('event-types'), eventCodes()),
    instruments: new Lexicon(instruments.map((r) => ({ alias: r.head, value: r.instrument_type })), { accentSensitive: true }),
    notInstruments: new Lexicon(load('not-instruments').map((r) => ({ alias: r.phrase, value: r.phrase, capitalized: false }))),
    topics: new Lexicon(topics.map((r) => ({ alias: r.keyword, value: r.topic }))),
    actors: new Lexicon(actors.map((r) => ({ alias: r.alias, value: { name: r.name, country: r.country }, capitalized: true }))),
    vietnameseSurnames: new Set(surnames.map((r) => r.surname.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase())),
    series,
    banners: bannerIndex(load('banners')),
    hash: hash.digest('hex'),
  };
  return cached;
}

let cachedEventCodes: Dictionaries['eventCodes'] | null = null;

/**
 * The PLOVER and CAMEO codes of event-types.csv, loaded alone: the corpus stage needs them without the lexicons.
 * Every event type has a row, and a row per mode it may take; a missing one fails the load rather than publishing blank codes.
 */
export function eventCodes(): Dictionaries['eventCodes'] {
  cachedEventCodes ??= buildEventCodes(loadDictionary('event-types'));
  return cachedEventCodes;
}

function buildEventCodes(rows: RowOf<'event-types'>[]): Dictionaries['eventCodes'] {
  const byKey = new Map(rows.map((r) => [`${r.event_type}|${r.mode ?? ''}`, { plover: r.plover, plover_mode: r.plover_mode, cameo: r.cameo }]));
  for (const type of EVENT_TYPES) if (!byKey.has(`${type}|`)) throw new Error(`pipeline/dictionaries/event-types.csv: no row for event type « ${type} ». Add one (codes may be blank).`);
  return (type, phone) => byKey.get(`${type}|${phone ? 'phone' : ''}`) ?? byKey.get(`${type}|`)!;
}
