import test from 'ava';
import { readdirSync } from 'node:fs';
import { bannerIndex, banners, buildFrames, dictionaries, loadDictionary } from '../pipeline/dictionaries.ts';

test('every dictionary loads and validates', (t) => {
  const d = dictionaries();
  t.true(d.countries.size > 500);
  t.true(d.organizations.size > 20);
  t.true(d.places.size > 50);
  t.true(d.titles.length > 20);
  t.true(d.frames.all.length > 40);
  t.true(d.frames.byVerb.get('entretenir')?.some((f) => f.pronominal));
  t.true(d.instruments.size > 20);
  t.true(d.topics.size > 40);
  t.regex(d.hash, /^[0-9a-f]{64}$/);
  const files = readdirSync(new URL('../pipeline/dictionaries/', import.meta.url)).filter((f) => f.endsWith('.csv'));
  t.is(files.length, 15);
  t.is(d.series.get('AMMTC')?.id, 'ASEAN');
});

test('event-types.csv gives the PLOVER and CAMEO codes: a call is CAMEO 041, a visit 042, an adoption none; a code outside the codebook fails the load', (t) => {
  const { eventCodes } = dictionaries();
  t.deepEqual(eventCodes('meeting', false), { plover: 'CONSULT', plover_mode: null, cameo: '040' });
  t.deepEqual(eventCodes('meeting', true), { plover: 'CONSULT', plover_mode: 'phone', cameo: '041' });
  t.deepEqual(eventCodes('visit', true), { plover: 'CONSULT', plover_mode: 'visit', cameo: '042' });
  t.deepEqual(eventCodes('adoption', false), { plover: null, plover_mode: null, cameo: null });
  const header = 'event_type,mode,plover,plover_mode,cameo,label,note\n';
  t.throws(() => loadDictionary('event-types', `${header}meeting,,CONSULT,,043,Host a visit,\n`), { message: /event-types\.csv:2: column "cameo"/ });
});

test('a bad row fails with the file, the line and the column to fix', (t) => {
  const error = t.throws(() => loadDictionary('places', 'alias,city,country,note\nHanoï,Hanoi,VNM,\nSotchi,Sochi,Russia,\n'));
  t.is(error?.message, 'pipeline/dictionaries/places.csv:3: column "country": must be an ISO 3166-1 alpha-3 code such as VNM. Edit that row.');
  const header = 'id,lemma,pos,event_type,mode,subject_role,object_role,with_role,requires,support,note\n';
  const bad = t.throws(() => loadDictionary('frames', `${header}recevoir,recevoir,verb,meeting,,host,visitor,,,,\n`));
  t.regex(bad!.message, /frames\.csv:2: column "object_role"/);
  // A verb the lexicon does not know would never match: the row is refused with its line.
  const unknown = t.throws(() => buildFrames(loadDictionary('frames', `${header}recevoir,recevoir,verb,meeting,,host,guest,,,,\nrecevoirr,recevoirr,verb,meeting,,host,guest,,,,\n`)));
  t.regex(unknown!.message, /frames\.csv:3: column "lemma": « recevoirr » is not a verb/);
});

test('country names and demonyms come from the packages, in every gender and number', (t) => {
  const d = dictionaries();
  for (const [word, iso] of [['singapourien', 'SGP'], ['singapouriennes', 'SGP'], ['vietnamiens', 'VNM'], ['laotienne', 'LAO'], ['lao', 'LAO'], ['russe', 'RUS'], ['Azerbaïdjan', 'AZE'], ['Royaume-Uni', 'GBR'], ['française', 'FRA'], ['français', 'FRA']] as const) {
    t.is(d.countries.get(word)?.iso3, iso, word);
  }
  t.is(d.countries.get('Maurice'), undefined);
});

test('banners.csv: names of sections, outlets and menus, by folded name; a bad or repeated row fails with its line', (t) => {
  t.is(banners().get('politique'), 'section');
  t.is(banners().get('le courrier du vietnam'), 'outlet');
  t.is(banners().get('all news'), 'chrome');
  t.is(dictionaries().banners.get('societe'), 'section');
  const kind = t.throws(() => loadDictionary('banners', 'name,kind,note\nPolitique,section,\nSports,rubrique,\n'));
  t.regex(kind!.message, /^pipeline\/dictionaries\/banners\.csv:3: column "kind"/);
  const twice = t.throws(() => bannerIndex(loadDictionary('banners', 'name,kind,note\nSociété,section,\nSOCIETE,section,\n')));
  t.regex(twice!.message, /^pipeline\/dictionaries\/banners\.csv:3: column "name": « SOCIETE » is listed twice/);
});
