/** Instruments: finding or adding the agreement a mention names, its parties, its status, and the words that sign or adopt it. */
import type { AnnotatedSentence, InstrumentMention, TriggerMention } from '../04-annotate.ts';
import type { ResolvedArticle } from '../05-resolve.ts';
import type { ExtractedAgreement } from './state.ts';
import type { Dictionaries } from '../dictionaries.ts';
import { foldKey } from '../source.ts';
import { AMENDMENT_NAME } from '../patterns.ts';
import { contentWords, ordinalOf, withoutHonorificStops } from './text.ts';
import { counterpartBody } from './signing-bodies.ts';

/** A signing or adoption word and an instrument belong together when nothing but the instrument's own words lies between them. */
export function clauseLinked(s: AnnotatedSentence, t: TriggerMention, ins: InstrumentMention): boolean {
  // Dates and places between the verb and its object count as one word each: « ont signé, au nom de leurs ministères
  // respectifs, le 20 janvier à Hanoï, le mémorandum … » (fixture signings-007).
  const [from, to] = t.end <= ins.start ? [t.end, ins.start] : [ins.end, t.start];
  // « Signé en 1993 par les six pays …, prédécesseur de l'ONUDC, le Mémorandum … reste … » (fixture b7-11): a participle opening the
  // sentence qualifies the first instrument after it, however long its complements.
  if (t.end <= ins.start && t.verb?.form === 'participle' && /^\s*$/u.test(s.text.slice(0, t.start - s.start)) && !s.instruments.some((o) => o !== ins && o.start >= t.end && o.start < ins.start)) return !/[.;]/.test(s.text.slice(from - s.start, to - s.start));
  let between = s.text.slice(from - s.start, to - s.start);
  for (const m of [...s.dates, ...s.places].filter((x) => x.start >= from && x.end <= to).sort((a, b) => b.start - a.start)) between = between.slice(0, m.start - from) + 'X' + between.slice(m.end - from);
  between = withoutHonorificStops(between);
  if (/[.;]/.test(between)) return false;
  // « a adopté mercredi, lors de sa réunion ordinaire présidée par le Premier ministre X, le Programme … » (fixture b5-11): an adverbial
  // between commas counts as one word too.
  if (t.end <= ins.start) between = between.replace(/,\s*(?:lors|au cours|à l['’]occasion|en marge|dans le cadre|en présence|au nom)\s[^,;.]{0,160},/gu, ' X ');
  // « ont signé, en présence de l'ambassadeur du Vietnam en France, M. X, le plan … »: one that names a person in apposition runs to the object.
  if (t.end <= ins.start) between = between.replace(/,\s*(?:en présence|au nom)\s[^;]{0,200},(\s*(?:le |la |les |l['’]|un |une |des )?\s*)$/u, ' X$1');
  // « l'accord … entre le ministère vietnamien … et le ministère cambodgien de l'Intérieur, signé l'année dernière »
  if (t.start >= ins.end && /^\s*entre\s[^.;]{0,160}?,?\s*$/u.test(between) && !/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:qui|que|dont|a|ont)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/u.test(between)) return true;
  // « Le programme de coopération … entre le Ministère … et le Ministère … a été signé »: the passive's subject may carry its parties.
  if (t.start >= ins.end && t.verb?.voice === 'passive' && t.verb.form === 'finite' && !/[,;]|(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:qui|que|dont)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/u.test(between)) return between.split(/\s+/).length <= 25;
  // « Les documents signés par A et B sont le mémorandum … »: the participle's list, however long its agents (fixture signings-021).
  if (t.end <= ins.start && /^\s*(?:par\s[^.;:]{0,160}?\s)?sont\s+(?:le|la|les|l'|l’)\s*$/u.test(between)) return true;
  // « ont signé deux documents de coopération … : le plan … et un protocole … », « … plusieurs accords, dont le mémorandum … »: the count's list (fixture a3-01).
  if (t.end <= ins.start && /^\s*(?:[\p{L}'’]+\s+){0,3}?(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+|plusieurs|des|de nombreux)\s+(?:documents|accords|textes|instruments|conventions|mémorandums|protocoles)(?![\p{L}])[^.;:]{0,200}(?::|,?\s+dont|,?\s+notamment)\s[^.;]*$/u.test(between)) return true;
  if (between.length > 90) return false;
  // « signée à Hanoi », « promulgué la Loi … », « l'établissement du partenariat … », « la signature de la Convention … »
  if (t.end <= ins.start) return !/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:et|mais|puis)\s+(?:a|ont|mis|mise)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/u.test(between) && between.split(/\s+/).length <= 12;
  return between.split(/\s+/).length <= 8 && !/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:qui|que|dont)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])).*(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:a|ont)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/u.test(between);
}

export function findOrAddAgreement(agreements: ExtractedAgreement[], ins: InstrumentMention, dicts: Dictionaries): ExtractedAgreement {
  const key = foldKey(ins.name);
  const short = ins.shortName ? foldKey(ins.shortName) : null;
  // « l'amendement du protocole de 2005 … » and the protocol it amends are two instruments.
  const found = agreements.find((a) => {
    if (a.type !== ins.type || AMENDMENT_NAME.test(a.name) !== AMENDMENT_NAME.test(ins.name)) return false;
    const aKey = foldKey(a.name);
    const aShort = a.shortName ? foldKey(a.shortName) : null;
    if (aKey === key || (short && (aShort === short || aKey === short)) || (aShort && aShort === key)) return true;
    if (ordinalOf(a.name) !== ordinalOf(ins.name)) return false;
    // « le décret n° 57/2027 détaillant certains articles de la Loi sur … » and « la Loi sur … » (fixture b9-13): an instrument named
    // inside another's name is the one it details or amends, not the same.
    const nested = (outer: string, inner: string) => outer.includes(inner) && !outer.startsWith(inner);
    if (nested(aKey, key) || nested(key, aKey)) return false;
    const wa = contentWords(a.name);
    const wb = contentWords(ins.name);
    const common = [...wa].filter((w) => wb.has(w)).length;
    return common >= 2 && common / Math.min(wa.size, wb.size) >= 0.8;
  });
  if (found) {
    if (!found.shortName && ins.shortName) found.shortName = ins.shortName;
    // Keep the fullest spelling of the name.
    if (foldKey(ins.name) !== foldKey(found.shortName ?? '') && ins.name.length > found.name.length && !found.shortName?.includes(ins.name)) found.name = ins.name;
    return found;
  }
  const agreement: ExtractedAgreement = {
    name: ins.name,
    shortName: ins.shortName,
    type: ins.type,
    parties: new Set(),
    topics: new Set(),
    status: null,
    signed: null,
    signedPlace: null,
    event: null,
    mentions: [],
  };
  for (const o of dicts.organizations.find(ins.name)) if (/^[A-Z]+$/.test(o.value.id)) agreement.parties.add(o.value.id);
  agreements.push(agreement);
  return agreement;
}

/**
 * Parties of an instrument, from what the sentence ties to it: organizations
 * in its name (« Convention des Nations unies … » → UN), countries in or
 * right after its name (« partenariat stratégique global Vietnam-Singapour »,
 * « accord … entre le Vietnam et la Mongolie »), coordinated demonyms
 * (« les ministères vietnamien et singapourien »), or « les deux pays /
 * parties » for the two countries the article is about. Countries merely
 * mentioned elsewhere in the sentence are not parties.
 */
export function partiesIn(s: AnnotatedSentence, ins: InstrumentMention, dicts: Dictionaries, resolved: ResolvedArticle): string[] {
  const out = new Set<string>();
  // « Convention des Nations unies … », « Protocole de l'ASEANAPOL … » (fixture signings-006): an international body's own instrument.
  for (const o of dicts.organizations.find(ins.name)) if (/^[A-Z]+$/.test(o.value.id) || (o.value.country === null && /(?:de l['’]|du|de la|des)\s*$/u.test(ins.name.slice(Math.max(0, o.start - 8), o.start)))) out.add(o.value.id);
  const afterText = s.text.slice(ins.end - s.start);
  // « … entre le Ministère vietnamien de la Sécurité publique et le Ministère russe de l'Intérieur »: a pair of bodies runs longer.
  // « … signé en 2023 entre le ministère … et le ministère japonais de la Justice » too (tests/06-extract.test.ts).
  const tail = (/^\s*(?:,?\s*(?:signée?s?|conclue?s?)\s[^.;,]{0,40}?)?entre(?![\p{L}\p{N}])/u.test(afterText) ? /^[^.;]{0,160}/ : /^[^.;]{0,90}/).exec(afterText)![0].split(/,\s+(?!et(?![\p{L}\p{N}]))/u)[0]!;
  const tailEnd = ins.end + [...tail].length;
  // A convention « des Nations unies » is the organization's; the countries around it in the sentence are not its parties.
  const organizationsInstrument = (ins.type === 'convention' || ins.type === 'treaty' || ins.type === 'protocol') && out.size > 0;
  for (const c of s.countries) {
    if (organizationsInstrument) break;
    // « entre le Ministère vietnamien de l'Education et l'AUF »: the demonym belongs to a body that is itself the party.
    if (s.organizations.some((o) => c.start >= o.start && c.end <= o.end && o.start >= ins.end)) continue;
    const inside = c.start >= ins.start && c.end <= ins.end;
    const right = c.start >= ins.end && c.end <= tailEnd && /^\s*(?:-|–|entre|avec|et|,)?/.test(tail) && (/(?<![\p{L}\p{N}])entre(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])avec(?![\p{L}\p{N}])/u.test(tail) || c.start - ins.end < 4);
    if (inside || right) out.add(c.ref.iso3);
  }
  for (const m of s.text.matchAll(/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:ministères|gouvernements|services|forces|polices|autorités|délégations)\s+(\p{Ll}+)\s+et\s+(\p{Ll}+)/gu)) {
    for (const d of [m[1]!, m[2]!]) {
      const c = dicts.countries.find(d)[0];
      if (c) out.add(c.value.iso3);
    }
  }
  // « Le Vietnam et le Chili ont décidé d'élever leurs relations au rang de partenariat … »: the countries that act are the parties.
  const subjects = s.countries.filter((c) => c.ref.form === 'name' && c.end <= ins.start && !s.organizations.some((o) => c.start >= o.start && c.end <= o.end));
  if (!organizationsInstrument && out.size === 0 && new Set(subjects.map((c) => c.ref.iso3)).size === 2 && /^\s*(?:,\s*)?et\s+(?:le |la |les |l'|l’)?$/u.test(s.text.slice(subjects[0]!.end - s.start, subjects[1]!.start - s.start))) for (const c of subjects) out.add(c.ref.iso3);
  const pair = mainPair(resolved);
  if (!organizationsInstrument && /(?<![\p{L}\p{N}])deux (?:pays|parties|ministères|ministres|nations|gouvernements|forces)|(?<![\p{L}\p{N}])bilatéra/iu.test(s.text)) for (const c of pair) out.add(c);
  // « La 15e réunion des ministres de l'ASEAN … a adopté une déclaration »: the organization whose body acts.
  if (out.size === 0 && (ins.type === 'declaration' || ins.type === 'programme')) for (const o of s.organizations) if (/^[A-Z]+$/.test(o.ref.id) && o.ref.id !== 'UN') out.add(o.ref.id);
  // « protocole d'accord … entre le ministère vietnamien de la Sécurité publique et le bureau du procureur général … »: bodies as parties.
  // A body with a country stands for it (« ministère indien de l'Intérieur » → IND); an international one by its own id.
  if (/(?<![\p{L}\p{N}])entre(?![\p{L}\p{N}])/u.test(tail)) for (const o of s.organizations) if (o.start >= ins.end && o.end <= tailEnd) out.add(o.ref.country ?? o.ref.id);
  const partner = counterpartBody(s, ins);
  if (partner) {
    out.add(partner.ref.country ?? partner.ref.id);
    // … and the subject body it signs with, before the verb.
    for (const o of s.organizations) if (o.end <= ins.start && o.ref.country) out.add(o.ref.country);
  }
  if (out.size === 0) {
    const national = ins.type === 'law' || (ins.type === 'programme' && /(?<![\p{L}\p{N}])nationa/iu.test(ins.name)) || ins.type === 'code_of_conduct';
    if (national) {
      // The body that adopts it tells whose law it is; else the sentence's country; else, in this press, Vietnam's when the article names it (fixture b7-17).
      const c = s.organizations.find((o) => o.ref.country && o.end <= ins.start)?.ref.country ?? s.countries[0]?.ref.iso3 ?? (pair.includes('VNM') ? 'VNM' : pair[0]);
      if (c) out.add(c);
    } else if (ins.type !== 'convention' && ins.type !== 'treaty' && ins.type !== 'declaration' && !/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:mondial|mondiale|international|internationale|multilatéral|multilatérale|régional|régionale)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/iu.test(ins.name)) {
      for (const c of pair) out.add(c);
    }
  }
  return [...out];
}


/**
 * The two countries an article is about: the most mentioned, Vietnam first when present. A country tied with the next one
 * is no more the article's than that one (« délégations du Laos, du Cambodge, … et des Fidji », fixture b8-03): it is left out.
 */
export function mainPair(resolved: ResolvedArticle): string[] {
  const counts = new Map<string, number>();
  for (const s of resolved.sentences) for (const c of s.countries) counts.set(c.ref.iso3, (counts.get(c.ref.iso3) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const below = (i: number) => ranked[i]?.[1] ?? 0;
  // Two tied at the top and ahead of the third are the pair.
  return ranked.slice(0, 2).filter(([, n], i) => below(i + 1) < n || (i === 0 && below(2) < n)).map(([c]) => c);
}

export function statusCue(s: AnnotatedSentence, ins: InstrumentMention, trigger: TriggerMention | undefined): ExtractedAgreement['status'] {
  const around = s.text.slice(Math.max(0, ins.start - s.start - 80), Math.min(s.text.length, ins.end - s.start + 80));
  // « qui entrera en vigueur le 1er janvier 2026 », « s'appliquera à partir de … »: in force only later (fixtures dates-001, dates-003).
  const later = /(?<![\p{L}])(?:entrera|entreront|prendra|prendront) (?:en vigueur|effet)|s['’]appliquer(?:a|ont)(?![\p{L}])/iu.test(around);
  if (!later && /(?<![\p{L}\p{N}])en vigueur(?![\p{L}\p{N}])|entré\w* en vigueur|(?<![\p{L}\p{N}])mise en (?:œ|oe)uvre|mettre en (?:œ|oe)uvre|mettent .{0,40}en (?:œ|oe)uvre|(?<![\p{L}\p{N}])conformément(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])appliqu/iu.test(around)) return 'in_force';
  // « accélérer les négociations en vue de la signature d'un accord … »: a signature worked towards is no signature (fixture a3-03).
  const towards = trigger && /(?<![\p{L}])(?:n[ée]gociations?|en vue de|préparer|préparation|accélérer|vers)(?![\p{L}])[^.;]{0,30}$/iu.test(s.text.slice(Math.max(0, trigger.start - s.start - 60), trigger.start - s.start));
  if (towards) return 'negotiating';
  if (trigger && !s.future) return trigger.ref.eventType === 'signing' ? 'signed' : 'adopted';
  if (/(?<![\p{L}\p{N}])n[ée]gociation|(?<![\p{L}])élaboration|(?<![\p{L}\p{N}])rédaction/iu.test(around)) return 'negotiating';
  if (/(?<![\p{L}\p{N}])propos|(?<![\p{L}\p{N}])envisag|(?<![\p{L}\p{N}])appel\w* à|(?<![\p{L}\p{N}])project|(?<![\p{L}\p{N}])prévoi/iu.test(around)) return 'proposed';
  return null;
}
