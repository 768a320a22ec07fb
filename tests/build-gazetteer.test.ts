import test from 'ava';
import { buildRows, keepCity, parseOverrides, readMo, renderCsv, type City, type GeoNamesNames } from '../pipeline/build-gazetteer.ts';
import { parseGazetteer } from '../pipeline/gazetteer.ts';

/** A gettext .mo catalogue as libgeonames-common ships them, from msgid → msgstr pairs. */
function mo(entries: [string, string][], littleEndian = true): Uint8Array {
  const enc = new TextEncoder();
  const all: [Uint8Array, Uint8Array][] = [[enc.encode(''), enc.encode('Content-Type: text/plain; charset=UTF-8\n')], ...entries.map(([k, v]) => [enc.encode(k), enc.encode(v)] as [Uint8Array, Uint8Array])];
  const n = all.length;
  const originals = 28;
  const translations = originals + 8 * n;
  let at = translations + 8 * n;
  const size = at + all.reduce((s, [k, v]) => s + k.length + 1 + v.length + 1, 0);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  const put = (offset: number, value: number) => view.setUint32(offset, value, littleEndian);
  put(0, 0x950412de);
  put(4, 0);
  put(8, n);
  put(12, originals);
  put(16, translations);
  all.forEach(([k, v], i) => {
    for (const [table, s] of [[originals, k], [translations, v]] as const) {
      put(table + 8 * i, s.length);
      put(table + 8 * i + 4, at);
      bytes.set(s, at);
      at += s.length + 1;
    }
  });
  return bytes;
}

test('readMo reads gettext catalogues in either byte order, accents intact', (t) => {
  for (const little of [true, false]) {
    const names = readMo(mo([['1581130', 'Hanoï'], ['VN.30', 'Quảng Ninh']], little));
    t.deepEqual([...names], [['1581130', 'Hanoï'], ['VN.30', 'Quảng Ninh']]);
  }
  t.throws(() => readMo(new Uint8Array(32)), { message: 'not a gettext .mo file' });
});

const city = (cityId: number, name: string, country: string, featureCode: string, adminCode: string, population: number, lon = 1, lat = 2): City => ({
  cityId,
  name,
  country,
  featureCode,
  adminCode,
  population,
  loc: { coordinates: [lon, lat] },
});

const ALPHA3: Record<string, string> = { VN: 'VNM', AT: 'AUT', FR: 'FRA', LA: 'LAO', DE: 'DEU', ID: 'IDN', SG: 'SGP' };
const alpha3 = (a: string) => ALPHA3[a];
const names = (fr: [string, string][], en: [string, string][] = [], vi: [string, string][] = []): GeoNamesNames => ({ fr: new Map(fr), en: new Map(en), vi: new Map(vi) });

test('which towns are kept: 100,000 inhabitants, national capitals, ASEAN first-level seats, Vietnamese towns of 15,000, never sections of a city', (t) => {
  t.true(keepCity(city(1, 'Big', 'DE', 'PPL', '01', 100_000)));
  t.false(keepCity(city(2, 'Small', 'DE', 'PPL', '01', 99_999)));
  t.true(keepCity(city(3, 'Capital', 'DE', 'PPLC', '01', 5_000)));
  t.true(keepCity(city(4, 'Luang Prabang', 'LA', 'PPLA', '17', 47_378)));
  t.false(keepCity(city(5, 'Seat elsewhere', 'DE', 'PPLA', '01', 47_378)));
  t.true(keepCity(city(6, 'Lào Cai', 'VN', 'PPL', '90', 15_000)));
  t.false(keepCity(city(7, 'Sa Pa', 'VN', 'PPL', '90', 10_554)));
  t.false(keepCity(city(8, 'Gràcia', 'DE', 'PPLX', '01', 121_502)));
});

test('aliases: French, Vietnamese, GeoNames and English names, one row per spelling and place, French spelling first', (t) => {
  const rows = buildRows({
    cities: [city(1581130, 'Hanoi', 'VN', 'PPLC', '44', 1_431_270, 105.84117, 21.0245), city(2761369, 'Vienna', 'AT', 'PPLC', '09', 1_691_468, 16.37208, 48.20849)],
    names: names(
      [['1581130', 'Hanoï'], ['2761369', 'Vienne']],
      [['1581130', 'Hanoi'], ['2761369', 'Vienna'], ['VN.44', 'Hanoi']],
      [['1581130', 'Thành phố Hà Nội']],
    ),
    overrides: [],
    alpha3,
  });
  const hanoi = rows.filter((r) => r.geonameid === '1581130').map((r) => `${r.alias}:${r.alias_source}`);
  // « Hanoi » (GeoNames and English) folds like « Hanoï » (French): the French spelling stands for all three.
  t.deepEqual(hanoi, ['Hà Nội:vi', 'Hanoï:fr', 'Thành phố Hà Nội:vi']);
  t.deepEqual(
    rows.filter((r) => r.geonameid === '2761369').map((r) => [r.alias, r.city, r.country, r.lat, r.lon]),
    [
      ['Vienna', 'Vienna', 'AUT', '48.20849', '16.37208'],
      ['Vienne', 'Vienna', 'AUT', '48.20849', '16.37208'],
    ],
  );
  // The province of Hanoi is placed at its capital; its population is that of its towns.
  const province = rows.find((r) => r.feature_code === 'ADM1')!;
  t.like(province, { alias: 'Hanoi', city: 'Hanoi', country: 'VNM', lat: '21.0245', lon: '105.84117', population: '1431270', geonameid: '', admin1: 'VN.44' });
});

test('Vietnamese names in English lose their tone marks and « Thành phố »; GeoNames’ eth becomes Đ', (t) => {
  const rows = buildRows({
    cities: [city(1580240, 'Huế', 'VN', 'PPLA', '66', 287_217), city(1563241, 'Thành Phố Uông Bí', 'VN', 'PPL', '30', 63_829), city(1584071, 'Ðà Lạt', 'VN', 'PPLA', '23', 197_000)],
    names: names([['1580240', 'Hué']], [['1580240', 'Huế']]),
    overrides: [],
    alpha3,
  });
  t.deepEqual(
    rows.map((r) => [r.alias, r.city]),
    [
      ['Đà Lạt', 'Da Lat'],
      ['Hué', 'Hue'],
      ['Thành Phố Uông Bí', 'Uong Bi'],
      ['Uông Bí', 'Uong Bi'],
    ],
  );
});

test('overrides add aliases (to towns and provinces), exclude names and rename places; stale overrides fail the build', (t) => {
  const cities = [
    city(1880252, 'Singapore', 'SG', 'PPLC', '01', 3_547_809),
    city(298117, 'Van', 'DE', 'PPLA', '65', 371_713),
    city(1645528, 'Denpasar', 'ID', 'PPLA', '02', 405_923, 115.2, -8.65),
    city(1650000, 'Ubud', 'ID', 'PPL', '02', 30_000),
  ];
  const overrides = parseOverrides(
    [
      'action,alias,target,city,note',
      'alias,Singapour,1880252,,the city-state',
      'alias,Bali,ID.02,,the province',
      'exclude,Van,,,a Vietnamese middle name',
      'city,,1880252,Singapore City,test',
    ].join('\n'),
  );
  const rows = buildRows({ cities, names: names([], [['ID.02', 'Bali']]), overrides, alpha3 });
  t.deepEqual(
    rows.map((r) => [r.alias, r.city, r.country, r.feature_code, r.population, r.alias_source]),
    [
      ['Bali', 'Bali', 'IDN', 'ADM1', '435923', 'override'],
      ['Denpasar', 'Denpasar', 'IDN', 'PPLA', '405923', 'name'],
      ['Singapore', 'Singapore City', 'SGP', 'PPLC', '3547809', 'name'],
      ['Singapour', 'Singapore City', 'SGP', 'PPLC', '3547809', 'override'],
    ],
  );
  t.is(rows[0]!.lat, '-8.65');
  const build = (lines: string[]) => () => buildRows({ cities, names: names([]), overrides: parseOverrides(['action,alias,target,city,note', ...lines].join('\n')), alpha3 });
  t.throws(build(['exclude,Nowhere,,,stale']), { message: /overrides\.csv:2: the exclusion of « Nowhere » removes nothing/ });
  t.throws(build(['alias,Singapore,1880252,,already there']), { message: /overrides\.csv:2: « Singapore » is already an alias of 1880252/ });
  t.throws(build(['alias,Atlantis,999,,no such id']), { message: /« 999 » is not a GeoNames id/ });
  t.throws(build(['city,,1650000,Ubud,not kept']), { message: /overrides\.csv:2: 1650000 is not in the gazetteer/ });
});

test('overrides.csv rows are validated with their line', (t) => {
  t.throws(() => parseOverrides('action,alias,target,city,note\nalias,Bali,ID.02,,ok\nrename,Bali,ID.02,,bad\n'), { message: /overrides\.csv:3: column "action"/ });
  t.throws(() => parseOverrides('action,alias,target,city,note\nalias,Bali,,,no target\n'), { message: /overrides\.csv:2: action "alias" needs a target/ });
  t.throws(() => parseOverrides('action,alias,target,city,note\nalias,Bali,ID.02,,\n'), { message: /overrides\.csv:2: column "note"/ });
  t.throws(() => parseOverrides('action,alias,target,city,note\ncity,Bali,ID.02,Bali,an alias too\n'), { message: /takes a target and a city, no alias/ });
});

test('the same inputs give the same bytes, whatever order the towns come in; the output parses as a gazetteer', (t) => {
  const cities = [city(3, 'Gamma', 'DE', 'PPL', '01', 200_000), city(1, 'Alpha', 'FR', 'PPLC', '11', 2_000_000), city(2, 'Alpha', 'DE', 'PPL', '02', 150_000, 7.123456789, 50.1)];
  const csv = (list: City[]) => renderCsv(buildRows({ cities: list, names: names([['1', 'Alpha, la ville']]), overrides: [], alpha3 }));
  const once = csv(cities);
  t.is(once, csv([...cities].reverse()));
  t.is(
    once,
    'alias,city,country,lat,lon,population,geonameid,feature_code,admin1,alias_source\n' +
      'Alpha,Alpha,DEU,50.1,7.12346,150000,2,PPL,DE.02,name\n' +
      'Alpha,Alpha,FRA,2,1,2000000,1,PPLC,FR.11,name\n' +
      '"Alpha, la ville",Alpha,FRA,2,1,2000000,1,PPLC,FR.11,fr\n' +
      'Gamma,Gamma,DEU,2,1,200000,3,PPL,DE.01,name\n',
  );
  t.is(parseGazetteer(once).length, 4);
});
