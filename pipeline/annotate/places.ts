/**
 * Places of a sentence: the hand list (places.csv, which wins), the GeoNames gazetteer (French exonyms → English
 * name, country, coordinates), « à <Ville> » for towns neither knows, and « au Vietnam » (a country, no city).
 * A gazetteer name counts only where the sentence places something (« à », « en », « de », « province de »):
 * « Vinh », « Santiago » or « Takeo » are as often people. Ambiguous names are settled by the article's countries,
 * then by population (pipeline/gazetteer.ts, `choosePlace`).
 */
import type { CountryRef, Dictionaries } from '../dictionaries.ts';
import { choosePlace, gazetteerMatcher, placeCandidates, type GazetteerPlace } from '../gazetteer.ts';
import { normalizeForMatching, originalRange } from '../source.ts';

export interface PlaceMatch {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  city: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/** What stands right before a place name: « à Hanoï », « en Inde », « de Da Nang », « dans la province de Lao Cai ». */
// « À Belgrade, le général … doit s'entretenir … » (fixture b9-17): a sentence may open on its place.
const PLACE_CUE = /(?:(?<![\p{L}])(?:à|À|au|Au|aux|Aux|en|En|dans|Dans|de|d'|du|depuis|Depuis|vers|près de|ville de|province de|capitale)\s*|\(\s*)$/u;

const chosen = new Map<string, GazetteerPlace | null>();

/** The gazetteer's place of a name, in the country a hand list gives when it gives one (remembered: the same names recur). */
export function gazetteerPlace(name: string, countries: ReadonlySet<string>, country: string | null = null): GazetteerPlace | null {
  const key = `${name}\u0000${country ?? ''}\u0000${[...countries].sort().join(',')}`;
  let place = chosen.get(key);
  if (place === undefined) {
    place = choosePlace(placeCandidates(name).filter((p) => country === null || p.country === country), countries);
    if (chosen.size > 50_000) chosen.clear();
    chosen.set(key, place);
  }
  return place;
}

/** Places in `text[from, to)`; `countries` are the sentence's country mentions (a country name is never a town), `articleCountries` settle ambiguous names. */
export function findPlaces(
  text: string,
  from: number,
  to: number,
  dicts: Dictionaries,
  countries: { unitStart: number; unitEnd: number; ref: CountryRef }[],
  articleCountries: ReadonlySet<string>,
): PlaceMatch[] {
  const out: PlaceMatch[] = dicts.places.find(text, from, to).map((m) => {
    const known = gazetteerPlace(m.text, articleCountries, m.value.country);
    return { start: m.start, end: m.end, city: m.value.city, country: m.value.country, lat: known?.lat ?? null, lon: known?.lon ?? null };
  });
  // A country's name is never a town (« Singapour », « Luxembourg »); a demonym inside a town's name is part of it (« Lao Cai »).
  const overlaps = (a: number, b: number) => out.some((p) => p.start < b && a < p.end) || countries.some((c) => c.ref.form === 'name' && c.unitStart < b && a < c.unitEnd);
  for (const m of gazetteerMatcher().find(text, from, to)) {
    if (overlaps(m.start, m.end)) continue;
    if (!PLACE_CUE.test(normalizeForMatching(text.slice(Math.max(from, m.start - 24), m.start)).text)) continue;
    const place = choosePlace(m.value, articleCountries);
    if (place) out.push({ start: m.start, end: m.end, city: place.city, country: place.country, lat: place.lat, lon: place.lon });
  }
  const view = normalizeForMatching(text, from, to);
  const unknownCity = /(?:(?<![\p{L}])[àÀ]|(?<![\p{L}])dans la ville de|(?<![\p{L}])dans la ville \p{Ll}+ de|(?<![\p{L}])dans la province de|(?<![\p{L}])dans la province \p{Ll}+ de)\s+([\p{Lu}][\p{L}-]+(?:[ -][\p{Lu}][\p{L}-]+){0,2})/gu;
  for (let m = unknownCity.exec(view.text); m; m = unknownCity.exec(view.text)) {
    const offset = m.index + m[0].length - m[1]!.length;
    const [a, b] = originalRange(view, offset, offset + m[1]!.length);
    if (overlaps(a, b)) continue;
    if (dicts.organizations.find(m[1]!).length > 0 || /^(?:La|Le|Les|L'|Cette|Ce|Son|Sa|Leur|Un|Une)$/u.test(m[1]!.split(' ')[0]!)) continue;
    const province = /province/u.test(m[0]) ? dicts.countries.find(m[0]).find((c) => c.value.form === 'demonym')?.value.iso3 ?? null : null;
    out.push({ start: a, end: b, city: m[1]!, country: province, lat: null, lon: null });
  }
  for (const c of countries) {
    if (c.ref.form !== 'name') continue;
    const before = normalizeForMatching(text.slice(Math.max(from, c.unitStart - 12), c.unitStart)).text;
    if (/(?:(?<![\p{L}])(?:au|en|aux)\s+|(?<![\p{L}])à\s+|(?<![\p{L}])dans le\s+|(?<![\p{L}])dans la\s+)$/u.test(before) && !out.some((p) => p.start < c.unitEnd && c.unitStart < p.end)) {
      // Singapore is a city-state: the country is its city.
      const city = c.ref.iso3 === 'SGP' ? gazetteerPlace('Singapour', articleCountries, 'SGP') : null;
      out.push({ start: c.unitStart, end: c.unitEnd, city: c.ref.iso3 === 'SGP' ? 'Singapore' : null, country: c.ref.iso3, lat: city?.lat ?? null, lon: city?.lon ?? null });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
