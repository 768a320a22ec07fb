/**
 * Stage 4 — annotate: sentences → typed mentions (countries, organizations,
 * persons with their titles, places, dates, event triggers, named
 * gatherings, instruments, topics). Every mention is a code-point span of
 * the source file. Mentions say what the text says; choosing years,
 * merging people and building events come later.
 */
import type { Topic } from '../schemas/columns.ts';
import type { InstrumentType } from '../schemas/agreements.ts';
import type { Article } from './02-clean.ts';
import type { Sentence, Segmented } from './03-segment.ts';
import { findDates, type DateExpression } from './dates/french.ts';
import type { CountryRef, Dictionaries, OrganizationRef } from './dictionaries.ts';
import { findInstrumentReferences, type InstrumentReference } from './annotate/instrument-references.ts';
import { findPlaces, gazetteerPlace } from './annotate/places.ts';
import { findTriggers, type TriggerMention } from './annotate/triggers.ts';
import { tokenize, type Token } from './language/tokens.ts';
import { verbAnalyses } from './language/morphology.ts';
import { slug } from './ids.ts';
import { foldAccents, foldKey, normalizeForMatching, originalRange, type SourceText, type Span } from './source.ts';

/** Verbs that end a name's complement in this press: « la Convention de Hanoi constitue le premier traité … ». */
const VERBS = String.raw`(?:constitue|constituait|constituera|marque|marquait|marquera|vise|visait|permet|permettra|permettait|prévoit|représente|devient|deviendra|reste|demeure|définit|établit|crée|offre|fournit|renforce|contribue|ouvre|espère|témoigne|montre|illustre|engage|oblige|exige|sert|servira|couvre|concerne|comprend|inclut|réunit|réunira|rassemble|s'inscrit|s'inscrivait|entre|entrera|est|était|sera|a|avait|aura|ont|sont|seront)`;

export interface MentionBase extends Span {
  /** The text of the span as written. */
  text: string;
}

export interface CountryMention extends MentionBase {
  ref: CountryRef;
}
export interface OrganizationMention extends MentionBase {
  ref: OrganizationRef;
}
export interface PlaceMention extends MentionBase {
  city: string | null;
  country: string | null;
  /** WGS84 degrees from the gazetteer; null when it does not know the place. */
  lat: number | null;
  lon: number | null;
}
export interface DateMention extends MentionBase {
  expression: DateExpression;
}
export type { TriggerMention };
export interface GatheringMention extends MentionBase {
  name: string;
  noun: string;
  ordinal: number | null;
  acronym: string | null;
  /** « SICW 2023 »: a year that is part of the name. */
  year: number | null;
}
export interface InstrumentMention extends MentionBase {
  type: InstrumentType;
  /** Whitespace-normalized name as written, without the leading article. */
  name: string;
  shortName: string | null;
  /** « un accord … »: indefinite, specific only when signed or adopted in the same sentence. */
  indefinite: boolean;
}
export interface PersonMention extends MentionBase {
  /** The name as written, honorifics removed (« S. Iswaran », « Luong Tam Quang »). */
  name: string;
  title: string | null;
  /** The body the person represents, as written or derived from the title (« ministre de la Police » → « ministère de la Police »). */
  organization: string | null;
  country: string | null;
  /** « M. Lam »: a surname only, to be resolved against the article's full names. */
  surnameOnly: boolean;
  /** Where the title and name together sit in the sentence (code points). */
  phrase: Span;
  /** Named by a description (« le ministre vietnamien de la Sécurité publique »), resolved to a person named earlier. */
  described?: boolean;
}
export interface TopicMention extends MentionBase {
  topic: Topic;
}

export interface AnnotatedSentence extends Sentence {
  text: string;
  /** Words with their verb readings. */
  tokens: Token[];
  countries: CountryMention[];
  organizations: OrganizationMention[];
  places: PlaceMention[];
  dates: DateMention[];
  triggers: TriggerMention[];
  gatherings: GatheringMention[];
  instruments: InstrumentMention[];
  /** Instruments named inside another's name as what it amends or implements: agreements of their own, not signed in this sentence. */
  nestedInstruments: InstrumentMention[];
  /** « la Convention », « le document »: an instrument named earlier, referred back to by its head. */
  instrumentRefs: InstrumentReference[];
  persons: PersonMention[];
  topics: TopicMention[];
  /** The sentence speaks of the future: « présidera », « prévues », « prochain ». */
  future: boolean;
  /** The first sentence's dateline place (« Hanoï (VNA) – »). */
  dateline: PlaceMention | null;
}

/** Words that announce what is to come; verbs in the future tense come from the morphology (« signera », « se tiendra »). */
const FUTURE = /(?<![\p{L}])(?:prevue?s?|doit se tenir|doivent se tenir|aura lieu|auront lieu|va se tenir|vont se tenir|a venir|envisage(?:nt)? de|s'appr[eê]te(?:nt)? a)(?![\p{L}])/iu;

/** Annotate every sentence of an article. */
export function annotate(article: Article, segmented: Segmented, dicts: Dictionaries): AnnotatedSentence[] {
  const source = article.doc.source;
  // The countries the article names settle which « Vienne » or « Hyderabad » it means.
  const articleCountries = new Set(article.content.flatMap((span) => dicts.countries.find(source.text, source.toUnit(span.start), source.toUnit(span.end)).map((m) => m.value.iso3)));
  const sentences = segmented.sentences.map((sentence, i) => annotateSentence(source, sentence, dicts, i === 0, articleCountries));
  resolveAcronyms(source, sentences, dicts);
  // A person introduced once with a title is found again without one (« To Lam et Krolahom Sar Kheng ont signé »).
  const known = new Map<string, string[]>();
  for (const s of sentences) for (const p of s.persons) if (!p.surnameOnly) known.set(foldKey(p.name), foldKey(p.name).split(' '));
  if (known.size === 0) return sentences;
  for (const s of sentences) {
    const from = source.toUnit(s.start);
    const to = source.toUnit(s.end);
    for (const m of findKnownNames(source.text, from, to, [...known.values()])) {
      const span = source.spanFromUnits(m.start, m.end);
      if (s.persons.some((p) => p.start < span.end && span.start < p.end)) continue;
      s.persons.push({ ...span, text: m.text, name: m.text.replace(/\s+/g, ' '), title: null, organization: null, country: null, surnameOnly: false, phrase: span });
    }
    s.persons.sort((a, b) => a.start - b.start);
  }
  return sentences;
}

/**
 * « le bureau du procureur général de la République de Corée (SPO) … le SPO a signé »: a body introduced with its acronym in
 * parentheses is that body wherever the article uses the acronym alone.
 */
function resolveAcronyms(source: SourceText, sentences: AnnotatedSentence[], dicts: Dictionaries): void {
  const acronyms = new Map<string, OrganizationRef>();
  for (const s of sentences) {
    for (const o of s.organizations) {
      const after = /^\s*\(([\p{Lu}][\p{Lu}\d-]{1,11})\)/u.exec(source.slice({ start: o.end, end: Math.min(s.end, o.end + 16) }));
      if (after && dicts.organizations.get(after[1]!) === undefined && !acronyms.has(after[1]!)) acronyms.set(after[1]!, o.ref);
    }
  }
  if (acronyms.size === 0) return;
  for (const s of sentences) {
    for (const m of s.text.matchAll(/(?<![\p{L}\d-])[\p{Lu}][\p{Lu}\d-]{1,11}(?![\p{L}\d-])/gu)) {
      const ref = acronyms.get(m[0]);
      if (!ref) continue;
      const start = s.start + [...s.text.slice(0, m.index)].length;
      const end = start + [...m[0]].length;
      // Inside the parentheses that introduce it, or inside a name already found, it adds nothing.
      if (s.organizations.some((o) => o.end <= start && /^\s*\(\s*$/u.test(source.slice({ start: o.end, end: start })))) continue;
      if (s.organizations.some((o) => o.start < end && start < o.end)) continue;
      s.organizations.push({ start, end, text: m[0], ref });
    }
    s.organizations.sort((a, b) => a.start - b.start);
  }
}

/** Capitalized sequences of two or more words that are all or part of a name already identified in the article. */
export function findKnownNames(text: string, from: number, to: number, known: string[][]): { start: number; end: number; text: string }[] {
  const view = normalizeForMatching(text, from, to);
  const out: { start: number; end: number; text: string }[] = [];
  NAME_SEQ.lastIndex = 0;
  for (let m = NAME_SEQ.exec(view.text); m; m = NAME_SEQ.exec(view.text)) {
    const tokens = m[1]!.split(/\s+/);
    // Try the longest stretch of the sequence that is inside a known name.
    for (let len = tokens.length; len >= 2; len--) {
      let found = false;
      for (let i = 0; i + len <= tokens.length; i++) {
        const part = tokens.slice(i, i + len).map((t) => foldKey(t));
        const inside = known.some((k) => k.some((_, j) => part.every((p, x) => k[j + x] === p)));
        if (!inside) continue;
        const startInSeq = tokens.slice(0, i).join(' ').length + (i > 0 ? 1 : 0);
        const a = m.index + m[1]!.indexOf(tokens[i]!, startInSeq === 0 ? 0 : startInSeq - 1);
        const written = tokens.slice(i, i + len).join(' ');
        const [oa, ob] = originalRange(view, a, a + written.length);
        out.push({ start: oa, end: ob, text: text.slice(oa, ob) });
        found = true;
        break;
      }
      if (found) break;
    }
  }
  return out;
}

export function annotateSentence(source: SourceText, sentence: Sentence, dicts: Dictionaries, first: boolean, articleCountries: ReadonlySet<string> = new Set()): AnnotatedSentence {
  const from = source.toUnit(sentence.start);
  const to = source.toUnit(sentence.end);
  const text = source.text;
  const cp = (a: number, b: number): MentionBase => ({ ...source.spanFromUnits(a, b), text: text.slice(a, b) });
  const folded = foldAccents(text, from, to);

  const countries = dicts.countries.find(text, from, to, folded).map((m) => ({ ...cp(m.start, m.end), ref: m.value }));
  const organizations = findOrganizations(text, from, to, dicts, folded).map((m) => ({ ...cp(m.start, m.end), ref: m.ref }));
  const persons = delegationHeads(source, findPersons(text, from, to, dicts, source), organizations, countries);
  // « a rendu une visite de courtoisie à Teo Chee Hean »: a person after « à » is not a city.
  const places = findPlaces(text, from, to, dicts, countries.map((c) => ({ ...c, unitStart: source.toUnit(c.start), unitEnd: source.toUnit(c.end) })), articleCountries)
    .map((m) => ({ ...cp(m.start, m.end), city: m.city, country: m.country, lat: m.lat, lon: m.lon }))
    .filter((p) => !persons.some((m) => p.start < m.end && m.start < p.end));
  let dates = findDates(text, from, to).map((m) => ({ ...cp(m.start, m.end), expression: m.expression }));
  const gatherings = findGatherings(text, from, to, dicts).map((g) => ({ ...cp(g.start, g.end), name: g.name, noun: g.noun, ordinal: g.ordinal, acronym: g.acronym, year: g.year }));
  // « … Dialogue sur la sécurité et l'application de la loi Vietnam – République de Corée »: a word inside a gathering's name names no instrument.
  const instrumentMatches = findInstruments(text, from, to, dicts);
  const asMention = (m: InstrumentMatch) => ({ ...cp(m.start, m.end), type: m.type, name: m.name, shortName: m.shortName, indefinite: m.indefinite });
  const instruments = instrumentMatches
    .filter((m) => !m.nested)
    .map(asMention)
    // … unless the gathering is one that implements it: « la 2e réunion du groupe de travail conjoint chargé de la mise en œuvre du protocole d'accord … ».
    .filter((i) => !gatherings.some((g) => g.start < i.start && i.start < g.end && !/^\p{Lu}/u.test(i.text) && !NESTED_CUE.test(source.slice({ start: g.start, end: i.start }))));
  const nestedInstruments = instrumentMatches.filter((m) => m.nested).map(asMention).filter((i) => instruments.some((o) => o.start <= i.start && i.end <= o.end));
  const instrumentRefs = findInstrumentReferences(source, sentence, instruments);
  const tokens = tokenize(source, sentence);
  const triggers = findTriggers(source, sentence, tokens, dicts, instruments, gatherings);
  // « général de corps d'armée », « ministre de la Défense », « ministère de la Police »: a word in a title or a body's name is not a topic of the talk.
  const named = [...persons.map((p) => p.phrase), ...organizations];
  const topics = dicts.topics
    .find(text, from, to, folded)
    .map((m) => ({ ...cp(m.start, m.end), topic: m.value }))
    .filter((m) => !named.some((n) => m.start >= n.start && m.end <= n.end));
  const sentenceText = text.slice(from, to);
  const matchView = normalizeForMatching(sentenceText).text;
  const foldedLower = foldAccents(sentenceText).text.toLowerCase();
  // Future tense, « prévu(es) », or « en novembre prochain » (« la prochaine décennie » is a plan's scope, not a tense).
  const future =
    // « sera », « aura » alone are as often a statement (« la coopération sera renforcée ») as an announcement; « Canberra » is no verb.
    ((FUTURE.test(foldedLower) || tokens.some((t) => !t.capitalized && t.verbs.some((v) => v.tense === 'F' && v.lemma !== 'être' && v.lemma !== 'avoir'))) &&
      // … but « …, a annoncé jeudi le ministère » only reports what is to come (fixture b5-19).
      !/(?<![\p{L}])(?<!,\s)(?:a|ont|avait|avaient) (?:ete )?(?:prevu|annonce)/u.test(foldedLower)) ||
    dates.some((d) => (d.expression.kind === 'relative-month' && d.expression.direction === 1) || ((d.expression.kind === 'day-offset' || d.expression.kind === 'week-offset') && d.expression.offset > 0)) ||
    // « auront jeudi une conversation téléphonique » (fixture calls-007): « avoir » in the future as an event's support verb announces it.
    triggers.some((x) => x.support?.tense === 'future') ||
    // « doit rencontrer jeudi », « va signer », « devrait recevoir » (fixture b8-01): « devoir » or « aller » before the event's verb announce it.
    triggers.some((x) => !x.nominal && (x.verb?.governor?.lemma === 'devoir' || x.verb?.governor?.lemma === 'aller') && ['present', 'future', 'conditional'].includes(x.verb.governor.tense));
  let dateline: PlaceMention | null = null;
  // The agencies and papers of this press: VNA, VOV, Le Courrier, the army's QĐND (fixture b8-11), Nhân Dân's NDO and NDEL (fixture b9-15).
  if (first) {
    // « LUANDA – … » (fixture b8-15): a special envoy's dispatch gives its town in capitals, before a dash, with no agency.
    const capitals = /^\s*(\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,3})\s+[–—-]\s/u.exec(matchView);
    const m = /^\s*([\p{Lu}][^()\n]{1,40}?)\s*(?:,\s*[^()\n]{1,30})?\s*\((?:VNA|VOV\w*|CVN|AFP|Xinhua|QĐND|NDO|NDEL|TTXVN|VNS)\)/u.exec(matchView) ?? capitals;
    const town = m && m === capitals ? m[1]!.toLowerCase().replace(/(?:^|[ -])\p{Ll}/gu, (x) => x.toUpperCase()) : m?.[1];
    if (m && (m !== capitals || gazetteerPlace(town!, articleCountries, null))) {
      const found = dicts.places.find(town!)[0];
      const known = gazetteerPlace(town!.trim(), articleCountries, found?.value.country ?? null);
      const view = normalizeForMatching(sentenceText);
      const [a, b] = originalRange(view, m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length);
      dateline = { ...cp(from + a, from + b), city: found?.value.city ?? known?.city ?? town!.trim(), country: found?.value.country ?? known?.country ?? null, lat: known?.lat ?? null, lon: known?.lon ?? null };
      // « Manille, 17 juin (VNA) – Le Dialogue s'est tenu mardi … » (fixture b6-17): the dispatch's day yields to a day the sentence tells.
      const datelineEnd = source.toCodePoint(from + originalRange(view, 0, m.index + m[0].length)[1]);
      if (dates.some((d) => d.start >= datelineEnd)) dates = dates.filter((d) => d.start >= datelineEnd);
    }
  }
  return { ...sentence, text: sentenceText, tokens, countries, organizations, places, dates, triggers, gatherings, instruments, nestedInstruments, instrumentRefs, persons, topics, future, dateline };
}

/** « une délégation de la Police nationale coréenne conduite par son commissaire général, M. X », « une délégation coréenne conduite par X »: X represents that side. */
const LED_BY = /^\s*(?:\([^)]{0,15}\)\s*)?,?\s*(?:(?:de|du|des|d['’])\s+\p{Ll}[^,.;]{0,40}?\s+)?(?:conduite?s?|dirigée?s?|menée?s?|emmenée?s?)\s+par\s+(?:le |la |l['’]|son |sa |leur |M\. |Mme )?\s*$/u;
const DELEGATION_OF = /(?<![\p{L}])délégations?\s+(?:(?:de la|du|des|de l['’]|d['’])\s*)?(?:\p{Ll}[\p{L}-]*\s+)?$/iu;
function delegationHeads(source: SourceText, persons: PersonMention[], organizations: OrganizationMention[], countries: CountryMention[]): PersonMention[] {
  const sides = [...organizations.filter((o) => o.ref.country).map((o) => ({ span: o, country: o.ref.country! })), ...countries.map((c) => ({ span: c, country: c.ref.iso3 }))];
  return persons.map((p) => {
    if (p.country) return p;
    const side = sides
      .filter(({ span }) => span.end <= p.phrase.start && DELEGATION_OF.test(source.slice({ start: Math.max(0, span.start - 40), end: span.start })) && LED_BY.test(source.slice({ start: span.end, end: p.phrase.start })))
      .sort((a, b) => a.span.end - b.span.end)
      .at(-1);
    return side ? { ...p, country: side.country } : p;
  });
}

/** Regular expressions built from the dictionaries, compiled once per dictionary set rather than once per sentence. */
interface Compiled {
  title: RegExp;
  titleAfter: RegExp;
  gathering: RegExp;
  edition: RegExp;
  honorific: RegExp;
  /** « …, le général de division » at the end of a title: the separator, the article and the rank before the name (titles.csv ranks). */
  rankTail: RegExp;
  /** « , le colonel général » between a title and its name. */
  rankBetween: RegExp;
}
const COMPILED = new WeakMap<Dictionaries, Compiled>();
function compiled(dicts: Dictionaries): Compiled {
  let c = COMPILED.get(dicts);
  if (!c) {
    const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const titles = dicts.titles.filter((x) => x.kind !== 'honorific').map((x) => escape(x.title)).sort((a, b) => b.length - a.length).join('|');
    const nouns = dicts.gatherings.map(escape).sort((a, b) => b.length - a.length).join('|');
    const honorifics = dicts.titles.filter((x) => x.kind === 'honorific').map((x) => escape(x.title)).sort((a, b) => b.length - a.length).join('|');
    const ranks = dicts.titles.filter((x) => x.kind === 'rank').map((x) => escape(x.title)).sort((a, b) => b.length - a.length).join('|');
    c = {
      rankTail: new RegExp(String.raw`(?:(?:,\s*(?:(?:le|la)\s+)?|\s+(?:le|la)\s+)(?:${ranks})?)?\s*(?:M\.|Mme)?\s*$`, 'u'),
      // « …, le général X »; « …, le cheikh X » (fixture b8-05), whose honorific is blanked out of the text names are read in.
      rankBetween: new RegExp(String.raw`,\s*(?:le |la )?(?:(?:${ranks})\s+)?(?:MM?\.?|Mme)?\s*$`, 'u'),
      honorific: new RegExp(String.raw`(?<![\p{L}])(?:${honorifics})(?![\p{L}])`, 'gu'),
      // « sous-secrétaire », « co-président »: a prefix makes a title of any title, so no prefixed form need be listed.
      title: new RegExp(String.raw`(?<![\p{L}-])(?:(?:sous|co|vice)-)?(?:${titles})(?![\p{L}])`, 'giu'),
      titleAfter: new RegExp(String.raw`^(\s*(?:\([^)]{0,20}\)\s*)?,\s*(?:le |la |l')?)((?:(?:sous|co|vice)-)?(?:${titles})(?![\p{L}])[^,;.()]{0,160})`, 'iu'),
      gathering: new RegExp(String.raw`(?:${ORDINAL}\s+)?(?<noun>(?:${nouns}))(?![\p{L}])`, 'giu'),
      edition: new RegExp(String.raw`${ORDINAL}\s+édition\s+(?:du|de la|de l'|des)\s*(?<noun>(?:${nouns}))(?![\p{L}])`, 'giu'),
    };
    COMPILED.set(dicts, c);
  }
  return c;
}

// ————— organizations —————

const ORG_HEAD = String.raw`(?:[Mm]inist[eè]re|[Cc]ommandement|[Cc]ommissariat|[Aa]gence|[Bb]ureau|[Dd]épartement|Departement|[Pp]olice(?=\s+(?:de la|du|des) (?:province|ville|district|région)(?![\p{L}]))|[Aa]dministration(?=\s+(?:de la|du|des) (?:province|ville|district|région)(?![\p{L}]))|Direction|direction(?=\s+(?:générale|nationale|centrale)(?![\p{L}]))|Commission|Conseil|Comité|Office|Académie|Université|Institut|Parquet|Cour|Tribunal|Police|Service|[Ss]ecrétariat|Association|Organisation|Fédération|Union|Alliance|Autorité|Centre|Groupe)`;
// « Office central de lutte contre la cybercriminalité »: « contre » joins a body's complements as « de » does.
const ORG_PREP = String.raw`(?:relevant du|relevant de la|rattachée? au|de la|de l'|du|des|de|d'|aux|au|à la|à l'|pour la|pour le|pour les|chargé de la|chargée de la|et de la|et de l'|et des|et du|en charge de la|contre la|contre le|contre les|contre l')`;
const ORG_CAPS = String.raw`[\p{Lu}][\p{L}'-]*(?:\s+(?:[\p{Lu}][\p{L}'-]*|[\p{Ll}][\p{L}-]*(?=\s+[\p{Lu}])|publique|nationale?|populaire|suprême|générale?|intérieure?|étrangères|sociale|numérique|criminelle|internationale?|économique|eurasiatique|indépendants|\p{Ll}+(?:ées|és|ales|aux|iennes|iens|aises|oises|aines|ains)(?![\p{L}])))*`;
// « Agence nationale de sécurité de l'Azerbaïdjan »: an adjective, lower-case complements, then at least one capitalized one.
/** « ministère de la Sécurité publique et de l'Association nationale … »: a second body's head word starts another name. */
const ORG_NOT_ANOTHER = String.raw`(?!(?:Association|Agence|Académie|Université|Institut|Ministère|Département|Direction|Office|Bureau|Commission|Comité|Centre|Groupe|Fédération|Organisation|Union)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])))`;
// The word after the head is an adjective or a demonym of any ending (« ouzbek », « thaï »), never a preposition.
// « … de l'information s'est déroulée »: an elided word is never an adjective (fixture b3-033).
// « le Département de la cybersécurité a tenu … » (fixture b7-03): an auxiliary or a relative word ends the name, it qualifies nothing.
const ORG_ADJECTIVE = String.raw`(?:\s+(?!(?:de|des|du|d'|et|en|pour|aux|au|à|par|sur|avec|contre|un|une|le|la|les|a|ont|est|sont|était|sera|avait|qui|que|dont)(?![\p{L}]))[\p{Ll}][\p{L}-]*(?![\p{L}'’]))`;
const ORG_TAIL = String.raw`${ORG_ADJECTIVE}?(?:\s+${ORG_PREP}\s*[\p{Ll}][\p{L}-]+${ORG_ADJECTIVE}?)*(?:\s+${ORG_PREP}\s*${ORG_NOT_ANOTHER}${ORG_CAPS})+`;
const UNKNOWN_ORG = new RegExp(String.raw`(?<![\p{L}])${ORG_HEAD}${ORG_TAIL}`, 'gu');
const POLICE = /(?<![\p{L}])(?:Police|Gendarmerie|Garde côtière|Gardes?-côtes|Gardes?-frontières|Forces? de police)\s+(?:(?:nationale|fédérale|royale|populaire|maritime|militaire)\s+)?(?<adj>\p{Ll}+(?:-\p{Ll}+)?)/gu;
const EMBASSY = /(?<![\p{L}])[Aa]mbassade\s+(?:du |de la |de l'|des |d'|de )(?<sender>\p{Lu}[\p{L}-]+(?:[\s-]\p{Lu}[\p{L}-]+){0,2})\s+(?:en|au|aux|à)\s+(?<host>\p{Lu}[\p{L}-]+(?:[\s-]\p{Lu}[\p{L}-]+){0,2})/gu;
const COMPANY = /(?<![\p{L}])(?:groupe|société|entreprise|compagnie|firme|géant|opérateur|constructeur|hôpital|clinique|banque|université)\s+(?:(?<adj>\p{Ll}+)\s+)?(?:(?:militaro-industriel\s+)?des\s+\p{Ll}+\s+)?(?<brand>\p{Lu}[\p{L}&\d-]+(?:\s+\p{Lu}[\p{L}&\d-]+){0,2})/gu;

/** « Centre national de surveillance de la cybersécurité (NCSC) »: lower-case complements only, but the acronym that follows makes it a name. */
const UNKNOWN_ORG_ACRONYM = new RegExp(String.raw`(?<![\p{L}])${ORG_HEAD}(?:\s+(?:[\p{Ll}]+(?:-[\p{Ll}]+)?))?(?:\s+${ORG_PREP}\s*[\p{Ll}][\p{L}-]+(?:\s+[\p{Ll}][\p{L}-]+)?){1,6}(?=\s*\((?=(?:[^)]*?[\p{Lu}\d]){2})[\p{Lu}][\p{L}\d-]{1,11}\))`, 'gu');

/**
 * « l'Académie de la sécurité populaire », « la Commission japonaise de protection des informations personnelles »: a head
 * word written with a capital inside a sentence names a body even when every complement is lower case (fixtures signings-022,
 * signings-024), after one adjective or two (« Direction nationale israélienne de la cybersécurité », fixture b8-01). Police forces have their own pattern; « Groupe », « Alliance » head too many common phrases.
 */
const UNKNOWN_ORG_CAPITALIZED = new RegExp(
  String.raw`(?<![\p{L}])(?:Ministère|Commandement|Agence|Bureau|Département|Direction|Commission|Conseil|Comité|Office|Académie|Université|Institut|Parquet|Cour|Tribunal|Service|Secrétariat|Association|Organisation|Fédération|Autorité|Centre|Union)${ORG_ADJECTIVE}{0,2}(?:\s+${ORG_PREP}\s*[\p{Ll}][\p{L}-]+${ORG_ADJECTIVE}?){1,5}`,
  'gu',
);

const ORG_TO_ACRONYM = /^(?:\s+(?:et\s+)?(?:de la|du|des|de l'|d'|de)\s*[\p{Ll}][\p{L}-]*(?:\s+[\p{Ll}][\p{L}-]*)?){1,3}(?:\s+(?:de la|du|des|de l'|d'|de)\s*\p{Lu}[\p{L}-]*)?(?=\s*\([\p{Lu}][\p{Lu}\d-]{1,11}\))/u;

/** « police de la province d'An Giang », « Comité populaire de la ville de Hai Phong »: the country of the province or town a body serves (gazetteer). */
function provinceCountry(name: string): string | null {
  const m = /(?<![\p{L}])(?:province|ville|district|région)\s+(?:de\s+|d['’])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u.exec(name);
  return m ? gazetteerPlace(m[1]!, new Set())?.country ?? null : null;
}

interface OrgMatch {
  start: number;
  end: number;
  ref: OrganizationRef;
}

/** Dictionary organizations, then unknown ones by pattern (« ministère de la Justice », « Agence nationale de sécurité de l'Azerbaïdjan »). */
export function findOrganizations(text: string, from: number, to: number, dicts: Dictionaries, folded = foldAccents(text, from, to)): OrgMatch[] {
  const known: OrgMatch[] = dicts.organizations.find(text, from, to, folded).map((m) => ({ start: m.start, end: m.end, ref: m.value }));
  // « l'Assemblée nationale du Cambodge » (fixture b7-15): a national body of the dictionary named with another country is that country's.
  for (const k of known) {
    const of = /^\s+(?:du|de la|de l['’]|des|d['’])\s*/u.exec(text.slice(k.end, Math.min(to, k.end + 12)));
    const country = of && k.ref.country ? dicts.countries.find(text, k.end + of[0].length, Math.min(to, k.end + of[0].length + 40)).find((c) => c.start === k.end + of[0].length && c.value.form === 'name') : undefined;
    if (!country || country.value.iso3 === k.ref.country) continue;
    const written = text.slice(k.start, country.end).replace(/\s+/g, ' ');
    Object.assign(k, { end: country.end, ref: { id: `${country.value.iso3.toLowerCase()}-${slug(text.slice(k.start, k.end))}`, name: written, country: country.value.iso3 } });
  }
  const view = normalizeForMatching(text, from, to);
  const out: OrgMatch[] = [];
  const matches: RegExpExecArray[] = [];
  for (const re of [UNKNOWN_ORG, UNKNOWN_ORG_ACRONYM, UNKNOWN_ORG_CAPITALIZED]) {
    re.lastIndex = 0;
    for (let m = re.exec(view.text); m; m = re.exec(view.text)) matches.push(m);
  }
  // The first pattern wins where several match; the others only add bodies the first cannot see.
  const taken: [number, number][] = [];
  const countries = dicts.countries.find(view.text);
  for (const m of matches) {
    // « l'Agence coréenne de l'Internet et de la sécurité (KISA) »: lower-case complements up to the acronym are the name's (fixture b5-13).
    const toAcronym = ORG_TO_ACRONYM.exec(view.text.slice(m.index + m[0].length));
    let length = m[0].length + (toAcronym ? toAcronym[0].length : 0);
    // « Conseil de cybersécurité des Émirats arabes unis » (fixture b8-05): a country's name the match stops inside belongs to it whole.
    const cut = countries.find((c) => c.start > m.index && c.start < m.index + length && c.end > m.index + length);
    if (cut) length = cut.end - m.index;
    // « … de la Chambre des représentants du Bélarus », « … de l'Assemblée nationale du pouvoir populaire de Cuba » (fixtures b6-27,
    // b7-17): lower-case complements that lead to a country's name are the name's too.
    const toCountry = /^(?:\s+(?:de la|de l'|du|des|de|d')\s*\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?){1,3}\s+(?:de la|de l'|du|des|de|d')\s*/u.exec(view.text.slice(m.index + length, m.index + length + 80));
    const reached = toCountry ? countries.find((c) => c.start === m.index + length + toCountry[0].length && c.value.form === 'name') : undefined;
    if (reached && !countries.some((c) => c.start >= m.index && c.end <= m.index + length)) length = reached.end - m.index;
    const overlaps = taken.some(([a, b]) => m.index < b && a < m.index + length);
    if (overlaps) continue;
    taken.push([m.index, m.index + length]);
    const [a, b] = originalRange(view, m.index, m.index + length);
    const written = text.slice(a, b).trim();
    const inner = known.find((k) => k.start >= a && k.end <= b && k.end - k.start >= (b - a) * 0.6);
    if (inner) continue;
    // « Organisation des Nations unies » is in the dictionary: prefer it when it covers the match.
    if (known.some((k) => k.start <= a && k.end >= b)) continue;
    const demonym = dicts.countries.find(written).find((c) => c.value.form === 'demonym' || c.value.form === 'name');
    const direct = dicts.organizations.get(written.replace(/^(ministère)\s+\p{Ll}+\s+/u, '$1 ')) ?? dicts.organizations.get(written);
    // « ministère chilien de la Sécurité publique » is not Vietnam's ministry of the same name.
    if (direct && !(demonym && direct.country && demonym.value.iso3 !== direct.country)) {
      out.push({ start: a, end: b, ref: { ...direct, country: demonym?.value.iso3 ?? direct.country } });
      continue;
    }
    // « la police de la province d'An Giang », « le Comité populaire de Hanoï »: a body named after a town or province is of its country.
    const town = demonym ? undefined : dicts.places.find(written).find((p) => p.value.country)?.value.country ?? provinceCountry(written);
    const country = demonym?.value.iso3 ?? town ?? null;
    // « ministère vietnamien de la Sécurité publique » and « ministère de la Sécurité publique du Vietnam » share an id: the demonym goes.
    const second = /^\S+\s+(\p{Ll}+)/u.exec(written)?.[1];
    const generic = second && dicts.countries.find(second).some((c) => c.value.form === 'demonym') ? written.replace(new RegExp(`\\s+${second}(?=\\s)`, 'u'), '') : written;
    out.push({ start: a, end: b, ref: { id: `${country ? `${country.toLowerCase()}-` : ''}${slug(generic)}`, name: written.replace(/\s+/g, ' '), country } });
  }
  // « la Police fédérale australienne (AFP) », « la Police nationale cambodgienne »: a police force by its country's adjective.
  POLICE.lastIndex = 0;
  for (let m = POLICE.exec(view.text); m; m = POLICE.exec(view.text)) {
    const [a, b] = originalRange(view, m.index, m.index + m[0].length);
    if ([...known, ...out].some((k) => k.start < b && a < k.end)) continue;
    const demonym = dicts.countries.find(m.groups!.adj!).find((c) => c.value.form === 'demonym');
    if (!demonym) continue;
    const written = text.slice(a, b).replace(/\s+/g, ' ');
    out.push({ start: a, end: b, ref: { id: `${demonym.value.iso3.toLowerCase()}-${slug(written.replace(new RegExp(`\\s+${m.groups!.adj!}$`, 'u'), ''))}`, name: written, country: demonym.value.iso3 } });
  }
  // « l'ambassade du Vietnam en Australie », « l'ambassade de France au Vietnam » (fixture b6-25): a mission is of the state that sends it.
  EMBASSY.lastIndex = 0;
  for (let m = EMBASSY.exec(view.text); m; m = EMBASSY.exec(view.text)) {
    const [a, b] = originalRange(view, m.index, m.index + m[0].length);
    if ([...known, ...out].some((k) => k.start < b && a < k.end)) continue;
    const sender = dicts.countries.find(m.groups!.sender!).find((c) => c.value.form === 'name');
    const posted = dicts.countries.find(m.groups!.host!).length > 0 || dicts.places.find(m.groups!.host!).length > 0;
    if (!sender || !posted) continue;
    const written = text.slice(a, b).replace(/\s+/g, ' ');
    out.push({ start: a, end: b, ref: { id: `${sender.value.iso3.toLowerCase()}-${slug(written)}`, name: written, country: sender.value.iso3 } });
  }
  // « le groupe américain Microsoft », « la société Viettel »: a company named after its kind.
  COMPANY.lastIndex = 0;
  for (let m = COMPANY.exec(view.text); m; m = COMPANY.exec(view.text)) {
    const [a, b] = originalRange(view, m.index, m.index + m[0].length);
    if ([...known, ...out].some((k) => k.start < b && a < k.end)) continue;
    const brand = m.groups!.brand!;
    if (dicts.countries.find(brand).length > 0 || dicts.places.find(brand).length > 0) continue;
    const demonym = m.groups!.adj ? dicts.countries.find(m.groups!.adj).find((c) => c.value.form === 'demonym') : undefined;
    out.push({ start: a, end: b, ref: { id: slug(brand), name: brand, country: demonym?.value.iso3 ?? null } });
  }
  const all = [...known.filter((k) => !out.some((o) => o.start <= k.start && o.end >= k.end && (o.end - o.start) > (k.end - k.start) && k.ref.id !== 'UN' && !/^[A-Z]/.test(k.ref.id))), ...out];
  return all.sort((x, y) => x.start - y.start);
}

// ————— gatherings —————

const ORDINAL = String.raw`(?:(?<ordinal>\d{1,3})\s*(?:ème|eme|ᵉ|ère|er|re|e|è)(?![\p{L}])|(?<word>premi[eè]re?|deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me|sixi[eè]me|septi[eè]me|huiti[eè]me|neuvi[eè]me|dixi[eè]me))`;
const ORDINAL_WORDS = ['premier', 'deuxieme', 'troisieme', 'quatrieme', 'cinquieme', 'sixieme', 'septieme', 'huitieme', 'neuvieme', 'dixieme'];


const NAME_STOP = new RegExp(String.raw`\s*(?:,(?!\s+(?:des|du|de la|de l')\s)|;|\.(?:\s|$)|:|(?<![\p{L}\p{N}])qui(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])que(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])dont(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])s'est(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])se sont(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])s'était(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])s'étaient(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])se tiendra(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])se tient(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])se déroul|(?<![\p{L}\p{N}])s'est tenue?(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])tenue?s?(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])prévue?s?(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])organisée?s?(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])a eu lieu(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])aura lieu(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])du \d{1,2}(?!\d)|(?<![\p{L}\p{N}])l'(?:an|année) (?:prochaine?|dernière?|passée?)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])le \d{1,2}(?!\d)|(?<![\p{L}\p{N}])les \d{1,2}(?!\d)|(?<![\p{L}\p{N}])des \d{1,2}(?!\d)|(?<![\p{L}\p{N}])à (?=[\p{Lu}])|(?<![\p{L}\p{N}])au (?=Vietnam|Japon|Laos|Cambodge)|(?<![\p{L}\p{N}])avec(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])ainsi que(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])de même que(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])en présence(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])dans le cadre d|(?<![\p{L}\p{N}])en marge d|(?<![\p{L}\p{N}])et (?:aux|à la|à l'|au)\s|\((?=\s*(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d{4}))|(?<![\p{L}\p{N}])sous(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])a(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])ont(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])est(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])sont(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])ce(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])cette(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])afin(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])pour (?:échanger|discuter|renforcer|promouvoir)|(?<![\p{L}\p{N}])ayant(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])visant(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?<!\p{Ll}{3}\s)en ligne|(?<![\p{L}\p{N}])en (?:mars|janvier|février|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d)|(?<![\p{L}\p{N}])par(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])et (?:la|le|les|l'|de|du|des) \d|\s${VERBS}(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])))`, 'u');


interface GatheringMatch {
  start: number;
  end: number;
  name: string;
  noun: string;
  ordinal: number | null;
  acronym: string | null;
  year: number | null;
}

/** Named gatherings: an ordinal or a capitalized noun, the gathering noun, its complement, an optional acronym: « 6e réunion des ministres du Numérique de l'ASEAN (ADGMIN) ». */
export function findGatherings(text: string, from: number, to: number, dicts: Dictionaries): GatheringMatch[] {
  const view = normalizeForMatching(text, from, to);
  const t = view.text;
  const re = compiled(dicts).gathering;
  re.lastIndex = 0;
  const out: GatheringMatch[] = [];
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const g = m.groups!;
    const nounText = g.noun!;
    const capitalized = /^\p{Lu}/u.test(nounText);
    const ordinal = g.ordinal ? Number(g.ordinal) : g.word ? ORDINAL_WORDS.indexOf(foldAccents(g.word).text.toLowerCase().replace(/e$/, '').replace(/^premiere?$/, 'premier')) + 1 || 1 : null;
    let end = m.index + m[0].length;
    const rest = t.slice(end);
    const stop = NAME_STOP.exec(rest);
    let complement = stop ? rest.slice(0, stop.index) : rest;
    if (complement.length > 160) complement = complement.slice(0, 160).replace(/\s+\S*$/, '');
    // An acronym in parentheses closes the name: « … de l'ASEAN (ADGMIN) ».
    const paren = /^([^()]*?)\s*\(([\p{Lu}][\p{Lu}\d]*(?:[ -]?\d+)?(?:\s*\d{4})?)\)/u.exec(rest);
    let acronym: string | null = null;
    if (paren && paren[1]!.length <= Math.max(complement.length, 0) + 2 && paren[0].length <= 200) {
      complement = paren[0];
      acronym = paren[2]!;
    }
    // « l'atelier régional "Renforcer les capacités …" »: a title in quotes names the gathering.
    const titled = /^\s+(?:\p{Ll}+\s+){0,2}"[^"\n]{3,160}"/u.exec(rest);
    if (titled && titled[0].length > complement.length) complement = titled[0];
    complement = complement.replace(/\s+(?:de|du|des|d'|la|le|les|et|en|sur)\s*$/u, '');
    end += complement.length;
    // « l'atelier régional ASEAN-Japon sur … »: a workshop or forum qualified by the bodies or countries it brings together.
    const proper = /^(?:atelier|seminaire|forum|conference|exercice|sommet)/.test(foldAccents(nounText).text.toLowerCase()) && /^\s+\p{Ll}+\s+\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)+(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/u.test(complement);
    const yearInName = /^\s+(\d{4})(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/u.exec(complement);
    const trailingAcronym = acronym === null ? /\s(\p{Lu}{2,}[\p{Lu}\d-]*(?:\s?\d+)?)\s*$/u.exec(complement) : null;
    if (trailingAcronym) acronym = trailingAcronym[1]!;
    // « … ont organisé les 12 et 13 mars à Hanoï un atelier régional sur les enquêtes relatives aux cryptoactifs »: an organized regional or international workshop named by its subject.
    const described =
      /^(?:atelier|seminaire|forum|conference|colloque)/.test(foldAccents(nounText).text.toLowerCase()) &&
      /^\s+(?:régional|régionale|international|internationale)\s+(?:sur|consacrée?\s+à|dédiée?\s+à)\s/u.test(complement) &&
      /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:ont|a)\s+(?:co-?)?organisé(?![\p{L}\p{N}])/u.test(t.slice(Math.max(0, m.index - 120), m.index));
    const named = ordinal !== null || acronym !== null || (capitalized && complement.trim().length > 0) || yearInName !== null || titled !== null || proper || described;
    if (!named) continue;
    // « Lors de sa 9e session », « la 9e session de la 15e législature »: a parliament's sitting, not a gathering between states.
    if (/^session/.test(foldAccents(nounText).text.toLowerCase()) && (/législature/u.test(complement) || /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:sa|leur)\s+$/u.test(t.slice(Math.max(0, m.index - 6), m.index)))) continue;
    // « Groupe de travail de la Réunion des hauts fonctionnaires … »: a body named after a gathering is not the gathering.
    if (/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:groupe|comité|secrétariat|bureau|conseil|commission|mécanisme)\s+(?:de travail\s+|permanent\s+)?(?:de la|du|de l'|des)\s*$/iu.test(t.slice(Math.max(0, m.index - 40), m.index))) continue;
    // « la réunion » alone, or « réunion » inside a longer phrase that is not a gathering (« lors de la réunion, … »), is not a name.
    if (ordinal === null && acronym === null && complement.trim().length < 4) continue;
    const [a, b] = originalRange(view, m.index, end);
    const name = text.slice(a, b).replace(/\s+/g, ' ').trim();
    out.push({ start: a, end: b, name, noun: foldAccents(nounText).text.toLowerCase(), ordinal, acronym, year: yearInName ? Number(yearInName[1]) : null });
    re.lastIndex = end;
  }
  // « la prochaine 13e AMMTC et la 10e AMMTC+3 »: an ordinal and an acronym name a gathering too.
  const numbered = new RegExp(String.raw`(?<![\p{L}\d])${ORDINAL}\s+(?<acr>\p{Lu}{3,}[\p{Lu}\d]*(?:\s*\+\s*\d|\s\d{1,2}(?!\d))?)`, 'gu');
  for (let m = numbered.exec(t); m; m = numbered.exec(t)) {
    const [a, b] = originalRange(view, m.index, m.index + m[0].length);
    if (out.some((o) => o.start < b && a < o.end)) continue;
    const g = m.groups!;
    const ordinal = g.ordinal ? Number(g.ordinal) : 1;
    out.push({ start: a, end: b, name: text.slice(a, b).replace(/\s+/g, ' '), noun: 'reunion', ordinal, acronym: `${g.acr!.replace(/\s+/g, ' ')}`, year: null });
  }
  // « La 2e édition de l'atelier, que le ministère cambodgien accueillera, … » (fixture b5-09): an edition of a gathering told before, by its ordinal.
  const editions = compiled(dicts).edition;
  editions.lastIndex = 0;
  for (let m = editions.exec(t); m; m = editions.exec(t)) {
    const [a, b] = originalRange(view, m.index, m.index + m[0].length);
    if (out.some((o) => o.start < b && a < o.end)) continue;
    const g = m.groups!;
    const ordinal = g.ordinal ? Number(g.ordinal) : ORDINAL_WORDS.indexOf(foldAccents(g.word!).text.toLowerCase().replace(/e$/, '').replace(/^premiere?$/, 'premier')) + 1 || 1;
    out.push({ start: a, end: b, name: text.slice(a, b).replace(/\s+/g, ' '), noun: foldAccents(g.noun!).text.toLowerCase(), ordinal, acronym: null, year: null });
  }
  // An acronym alone (« l'AMCC 8 », « les SICW-5 et AMCC-5 ») refers to a gathering named elsewhere: found later by the extract stage.
  return out.sort((x, y) => x.start - y.start);
}

// ————— instruments —————

// « l'accord sur la prévention du trafic, des fouilles clandestines et la restitution du patrimoine »: a comma inside a list of
// complements closed by « et » does not end the name.
// « la Convention de Hanoï s’est clôturée », « le mémorandum … se poursuit »: a reflexive verb ends the name (tests/04-annotate.test.ts).
const INSTRUMENT_STOP = new RegExp(String.raw`\s*(?:(?<![\p{L}\p{N}])(?:s'|se\s+)(?=\p{L})|(?<![\p{L}\p{N}])publiée?s?(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])annoncée?s?(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])approuvée?s?(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])rendue?s? publi|,(?!\s+(?:la|le|les|l')\s+(?!(?:vice-)?(?:ministre|général|président|directeur|secrétaire|ambassadeur|chef|commissaire)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])))\p{Ll})(?!\s+(?:des|du|de la|de l')\s+\p{Ll}[^,.;:()]{0,60}?\s+et\s+(?:la|le|les|l'|des|du|de la|de l')\s*\p{Ll})|;|\.(?:\s|$)|:|\(|(?<![\p{L}\p{N}])qui(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])que(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])dont(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])signé(?:e|s|es)?(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])conclue?s?(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])adopté(?:e|s|es)?(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])entrée?s? en vigueur(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])en vigueur(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])ratifiée?s?(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])(?:établie?s?|lancée?s?|pourrai(?:t|ent)|devrai(?:t|ent)|doi(?:t|vent)|peu(?:t|vent))(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])promulguée?(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))|(?<!(?:pour|sur) la |relatif à la |relative à la |portant sur la )(?<![\p{L}\p{N}])mise?s? en œuvre(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])afin(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])lors(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])avec(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])par(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])entre(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])facilitant(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])basée?s?(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])en (?:\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|(?<![\p{L}\p{N}])le \d{1,2}(?!\d)|(?<![\p{L}\p{N}])du \d{1,2}(?!\d)|(?<![\p{L}\p{N}])à (?=[\p{Lu}])|(?<![\p{L}\p{N}])au (?:rang|niveau|Vietnam)|(?<![\p{L}\p{N}])dans (?:le|la|les|l')\s+(?:cadre|région|pays|monde)|(?<!coopération|collaboration|partenariat)\s+dans (?:le|les) domaines?(?![\p{L}\p{N}])|(?<!coopération|collaboration|partenariat)\s+dans la lutte(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])de manière(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])et (?:à|a|de|d')\s+\p{Ll}+er(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])et (?:le|la|les|l'|un|une|des)\s+(?:Vietnam|Japon|Laos|Cambodge|Singapour|Russie|Chine)|(?<![\p{L}\p{N}])et (?:mis|mise|a|ont)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])ainsi(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])comme(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])a(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])ont(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])est(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])sont(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])sera(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])au service(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])depuis(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])récemment(?![\p{L}\p{N}])|\s${VERBS}(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])))`, 'u');


interface InstrumentMatch {
  start: number;
  end: number;
  type: InstrumentType;
  name: string;
  shortName: string | null;
  indefinite: boolean;
  /** Named inside another instrument's name as what it amends or implements (« l'amendement du protocole de 2005 pour la mise en œuvre de l'accord … de 1998 »). */
  nested: boolean;
}

/** Words before an instrument named inside another's name that make it an instrument of its own (fixture a3-01 lists, dev2's amended protocols). */
const NESTED_CUE = /(?:mise en œuvre|mettre en œuvre|application|amendement|modification|révision|établissement|création)\s+(?:du|de la|de l'|de l’|des|d'|d’un|d'un|d’une|d'une)\s*$/iu;
const AMENDMENT = /(?<![\p{L}])(amendement|modification|révision)\s+(?:du|de la|de l'|de l’|d')\s*$/iu;

// « le décret n° 57/2027/NĐ-CP », « la circulaire n° 12 » (fixture b9-13): a number names the text, as a complement does.
const COMPLEMENT_START = /^(?:\s*['’]?\s*)(?:n[°º]\s*\d|sur|de|du|des|d'|contre|relatif|relative|portant|établissant|instituant|régissant|concernant|pour|en matière|visant|Vietnam|[\p{Lu}]|\d{4}|global|intégral|étendu|approfondi|national|nationale|bilatéral|multilatéral|stratégique|mondial|international|internationale|conjointe|commune|-cadre|de coopération|numérique|régional|régionale|économique|commun|visant à|\p{Ll}+(?:al|ale|el|elle|ique|if|ive|aire)(?![\p{L}])|entre(?![\p{L}\p{N}])(?=[^.;]{0,160}(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:concernant|sur|relatif|relative|portant|en matière)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))))/u;

const COORDINATED_INSTRUMENT = /\s+(?:et|ainsi que)\s+(?:le|la|les|l'|l’|un|une|des|d'un|d’un|d'une|d’une)\s*(?:(?:nouvel|nouveau|nouvelle|premier|première)\s+)?$/u;

/** Named instruments: a head from instruments.csv and the complement that names it (« mémorandum d'entente sur la transformation numérique »). */
export function findInstruments(text: string, from: number, to: number, dicts: Dictionaries): InstrumentMatch[] {
  const out: InstrumentMatch[] = [];
  const view = normalizeForMatching(text, from, to);
  const t = view.text;
  const fixedPhrases = dicts.notInstruments.find(t);
  const heads = dicts.instruments.find(t);
  for (const head of heads) {
    // « les services chargés de l'application de la loi », « avec l'accord des deux parties »: the head word inside a fixed phrase names no instrument.
    if (fixedPhrases.some((p) => p.start <= head.start && head.end <= p.end)) continue;
    const before = t.slice(Math.max(0, head.start - 14), head.start);
    const capital = /^\p{Lu}/u.test(head.text);
    const quoted = /[+"«]\s*$/.exec(before);
    let end = head.end;
    let skippedAt: [number, number] | null = null;
    if (quoted) {
      const closer = quoted[0].trim() === '+' ? '+' : '"';
      const close = t.indexOf(closer, head.end);
      if (close < 0 || close - head.end > 200) continue;
      end = close;
    } else {
      const rest = t.slice(end);
      // « l'accord récemment signé sur la coopération … »: the name goes on after the participle.
      const skipped = /^\s+(?:récemment|déjà|nouvellement)\s+(?:signée?s?|conclue?s?|adoptée?s?)(?=\s+(?:sur|de|relatif|concernant|contre))/u.exec(rest);
      const afterSkip = skipped ? rest.slice(skipped[0].length) : rest;
      // A head that is a name by itself (« partenariat stratégique global », « accord de libre-échange »).
      const standalone = head.value === 'partnership' || /[\s-]/.test(head.text.trim());
      if (!COMPLEMENT_START.test(afterSkip) && !capital && !standalone) continue;
      // « la Convention après deux décennies de travaux »: a capitalized head followed by anything but a complement refers to one named elsewhere.
      if (!COMPLEMENT_START.test(afterSkip) && capital && !standalone) {
        // A capitalized head alone (« la Convention ») refers to one named elsewhere.
        continue;
      }
      let stop = INSTRUMENT_STOP.exec(afterSkip);
      // « accord entre les gouvernements du Vietnam et de la France concernant la coopération en matière de réadmission »: the parties come first, the subject after.
      if (stop && stop.index === 0 && /^\s*entre(?![\p{L}\p{N}])/u.test(afterSkip)) {
        const about = /\s(?:concernant|sur|relatif à|relative à|portant sur|en matière de|dans le domaine de)\s/u.exec(afterSkip.slice(0, 160));
        if (about) {
          const rest = INSTRUMENT_STOP.exec(afterSkip.slice(about.index + about[0].length));
          stop = rest ? Object.assign([...rest], { index: about.index + about[0].length + rest.index, input: afterSkip, groups: undefined }) as RegExpExecArray : null;
        }
      }
      let complement = stop ? afterSkip.slice(0, stop.index) : afterSkip;
      // « un mémorandum sur … et un accord sur … », « le mémorandum … et l'accord de coopération … »: a coordinated instrument starts a name of its own (fixtures signings-020, signings-021).
      const from = head.end + (skipped ? skipped[0].length : 0);
      const next = heads.find((h) => h.start > from && h.start < from + complement.length && !fixedPhrases.some((p) => p.start <= h.start && h.end <= p.end) && COORDINATED_INSTRUMENT.test(t.slice(from, h.start)));
      if (next) complement = t.slice(from, from + COORDINATED_INSTRUMENT.exec(t.slice(from, next.start))!.index);
      if (complement.length > 200) complement = complement.slice(0, 200).replace(/\s+\S*$/, '');
      // « ont adopté une déclaration commune et décidé d'élever … »: « et » before a participle with an object starts another clause.
      // « … 2026-2030 et discuté desréponses … » (fixture b8-13): a missing space after the participle's determiner changes nothing.
      for (const m of complement.matchAll(/\s+et\s+(?:ont\s+|a\s+)?(\p{Ll}+)(?=\s+(?:(?:de|à|le|la|les|un|une|des|que)(?![\p{L}])|d'|l'|qu'|des\p{Ll}{3}))/gu)) {
        if (verbAnalyses(m[1]!).some((v) => v.tense === 'K')) {
          complement = complement.slice(0, m.index);
          break;
        }
      }
      complement = complement.replace(/\s+(?:de|du|des|d'|la|le|les|et|en|sur|pour|au|aux)\s*$/u, '');
      if (complement.trim().length < 2 && !capital && !standalone) continue;
      if (skipped) skippedAt = [originalRange(view, head.end, head.end)[0], originalRange(view, head.end + skipped[0].length, head.end + skipped[0].length)[0]];
      end = head.end + (skipped ? skipped[0].length : 0) + complement.length;
    }
    let shortName: string | null = null;
    const paren = /^\s*\((?:«\s*|")?((?:Convention|Accord|Traité|Déclaration|Loi|Pacte|Code|Protocole)\s[^)"»]{2,60}|[\p{Lu}][\p{Lu}\d-]{1,12})(?:\s*»|")?\)/u.exec(t.slice(end));
    if (paren) shortName = paren[1]!.trim();
    const knownAs = /^\s*,?\s*(?:également\s+)?(?:connue?s?|appelée?s?|dite?s?)\s+(?:sous le nom de\s+)?(?:«\s*|")([^»"]{3,60}?)(?:\s*»|")/u.exec(t.slice(end));
    if (knownAs) shortName = knownAs[1]!.trim();
    const indefinite = /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:un|une)\s*$/iu.test(before);
    // « le premier traité international sur la cybercriminalité », « ce pacte »: a description of an instrument named elsewhere.
    if (/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:premier|première|nouveau|nouvelle|seul|seule|ce|cet|cette|tel|telle)\s*$/iu.test(before)) continue;
    if (head.value === 'agreement' && /^pacte/i.test(head.text) && !capital) continue;
    const [a, b] = originalRange(view, head.start, end);
    // « l'accord récemment signé sur la coopération … »: the name is the head and its complement, without the participle between them.
    let written = (skippedAt ? text.slice(a, skippedAt[0]) + text.slice(skippedAt[1], b) : text.slice(a, b)).replace(/\s+/g, ' ').replace(/^[+"«\s]+|[+"»\s]+$/g, '').trim();
    // « …(Convention de Hanoï) »: a closing parenthesis the name did not open is not part of it.
    while (written.endsWith(')') && (written.match(/\(/g) ?? []).length < (written.match(/\)/g) ?? []).length) written = written.slice(0, -1).trim();
    if (written.length < 4) continue;
    // « l'amendement du protocole … »: the amendment is an instrument signed now; the protocol it amends is another, signed before.
    const amendment = AMENDMENT.exec(t.slice(Math.max(0, head.start - 24), head.start));
    if (amendment && !quoted) {
      const at = head.start - (t.slice(Math.max(0, head.start - 24), head.start).length - amendment.index);
      const [aa] = originalRange(view, at, at);
      out.push({ start: aa, end: b, type: head.value, name: text.slice(aa, b).replace(/\s+/g, ' ').trim(), shortName, indefinite: false, nested: false });
      out.push({ start: a, end: b, type: head.value, name: written, shortName, indefinite, nested: true });
      continue;
    }
    out.push({ start: a, end: b, type: head.value, name: written, shortName, indefinite, nested: false });
  }
  // An instrument named inside another's name as what it implements is one of its own: « protocole … pour la mise en œuvre de l'accord sur le transport routier de 1998 ».
  for (const x of out) {
    if (x.nested) continue;
    const outer = out.find((o) => o !== x && !o.nested && o.start < x.start && x.end <= o.end);
    if (outer && NESTED_CUE.test(text.slice(outer.start, x.start))) x.nested = true;
  }
  // « … contre la cybercriminalité (Convention de Hanoï) »: the short name in parentheses belongs to the instrument before it.
  const withoutShortNames = out.filter((x) => !out.some((o) => o !== x && o.shortName && x.start >= o.end && x.start - o.end <= 3 && foldKey(x.name) === foldKey(o.shortName)));
  return [...dedupe(withoutShortNames.filter((x) => !x.nested)), ...withoutShortNames.filter((x) => x.nested)];
}

function dedupe<T extends { start: number; end: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const item of sorted) if (!out.some((o) => o.start <= item.start && o.end >= item.end)) out.push(item);
  return out;
}

// ————— persons —————

const NAME_TOKEN = String.raw`(?:[\p{Lu}][\p{Ll}\p{M}'-]*[\p{Ll}\p{M}](?:-[\p{Lu}\p{Ll}][\p{Ll}\p{M}]+)?|[\p{Lu}]\.(?:-[\p{Lu}]\.)?)`;
// « Mùa A Sở », « Giàng A Páo » (fixture b6-19): a one-letter middle name between two others.
const NAME_SEQ = new RegExp(String.raw`(?<![\p{L}\p{M}.])(${NAME_TOKEN}(?:\s+(?:(?:de|van|von|bin|binti|ben|bint|ibn|al|el|da|do|dos|le)\s+)?(?:${NAME_TOKEN}|\p{Lu}(?=\s+${NAME_TOKEN}))){0,4})(?![\p{L}\p{M}])`, 'gu');

/** Capitalized words that never start or make up a person's name. */
const NOT_NAME = new Set(
  [
    'le', 'la', 'les', "l'", 'lors', 'dans', 'pour', 'selon', 'en', 'au', 'aux', 'il', 'elle', 'ils', 'elles', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs',
    'par', 'sur', 'de', 'du', 'des', 'un', 'une', 'et', 'a', 'à', 'apres', 'avant', 'depuis', 'face', 'cote', 'outre', 'ainsi', 'sous', 'lundi', 'mardi', 'mercredi',
    'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
    'ministre', 'ministere', 'vice-ministre', 'general', 'president', 'secretaire', 'directeur', 'premier', 'parti', 'assemblee', 'nations', 'unies', 'union', 'etat', 'etats',
    'conference', 'reunion', 'semaine', 'forum', 'sommet', 'convention', 'accord', 'loi', 'programme', 'code', 'declaration', 'memorandum', 'partenariat', 'agence', 'bureau',
    'police', 'securite', 'communication', 'information', 'defense', 'justice', 'interieur', 'affaires', 'commerce', 'industrie', 'sante', 'education', 'numerique',
    'developpement', 'transformation', 'cybersecurite', 'publique', 'nationale', 'national', 'populaire', 'asie', 'sud-est', 'est', 'ouest', 'nord', 'sud', 'monde',
    'internet', 'covid-19', 'vna', 'cvn', 'photo', 'texte', 'source', 'intensifier', 'voir', 'plus', 'mme', 'm.', 'dr', 'pr', 'gouvernement', 'republique', 'federation',
    'royaume', 'communaute', 'organisation', 'charte', 'pacte', 'plan', 'traite', 'protocole', 'ville', 'province', 'capitale', 'region', 'haute', 'delegation', 'cooperation',
    'dialogue', 'seance', 'visite', 'entretien', 'rencontre', 'ceremonie', 'signature', 'tous', 'toutes', 'chaque', 'notamment', 'enfin', 'ensuite', 'puis', 'donc', 'mais',
    'or', 'ni', 'car', 'comme', 'si', 'quand', 'lorsque', 'tandis', 'alors', 'aussi', 'encore', 'deja', 'tres', 'bien', 'cependant', 'toutefois', 'pourtant', 'grace',
    'concernant', 'soulignant', 'informant', 'evoquant', 'saluant', 'appreciant', 'affirmant', 'selon', 'vietnam', 'ia', 'onu', 'asean', 'ue', 'secretariat', 'armee',
    'forces', 'force', 'academie', 'universite', 'institut', 'commission', 'conseil', 'comite', 'departement', 'direction', 'office', 'ambassade', 'consulat', 'cour',
    'tribunal', 'parquet', 'centre', 'groupe', 'alliance', 'association', 'federation', 'bloc', 'ere', 'annee', 'an', 'jour', 'mois', 'nouvelle', 'nouveau', 'cite-etat',
    'formation', 'armees', 'finances', 'transports', 'culture', 'sciences', 'science', 'technologie', 'technologies', 'travail', 'agriculture', 'environnement',
    'construction', 'planification', 'investissement', 'recherche', 'communications', 'exterieures', 'etrangeres', 'emploi', 'tourisme', 'sports', 'jeunesse',
    'avec', 'chez', 'entre', 'vers', 'contre', 'pendant', 'durant', 'malgre', 'parmi', 'hors',
    'homologue', 'vice-premier', 'vice-president', 'secretaire general', 'chef', 'tribunal', 'ambassadeur', 'conseiller', 'representant', 'envoye', 'porte-parole',
    'jica', 'interpol', 'pcv', 'pld', 'smart', 'nation', 'open', 'ran', 'amccc', 'lao', 'ils', 'nous', 'vous', 'on', 'tout', 'quant', 'parmi',
  ].map((w) => w.toLowerCase()),
);

/** Vietnamese given names spelled like French words (« son », « an »): part of a name when they follow another name word. */
const MEMBERSHIP_BEFORE = /(?<![\p{L}])(?:(?:le |la |l')\s*)?membre (?:suppléant |titulaire )?(?:du|de la|de l')\s*[^,;.()]{2,120},\s*$/u;
const GIVEN_NAMES = new Set(['son', 'an', 'nam', 'ha', 'long', 'hai', 'tu', 'thu', 'lam']);

const SPEECH_OR_ACTION = /^\s*(?:,\s*[^,]{0,120},\s*)?(?:a|ont|s'est|se sont|avait|était|est|sera|a-t-il|a-t-elle|qui|lui-même|elle-même)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))|^\s+(?:a|ont)\s+\p{Ll}+é/u;

/**
 * Persons, found by their context rather than by a list: a title before the
 * name (« le ministre de la Police, Luong Tam Quang »; « le général To Lam »;
 * « M. S. Iswaran »; « son homologue lao Vilay Lakhamfong »), a title after
 * it (« Amandeep Singh Gill, secrétaire général adjoint des Nations
 * unies »), an initial (« K. Shanmugam »), a known actor, or a Vietnamese
 * family name opening a capitalized sequence that acts (« Tô Lâm a fait … »).
 */
export function findPersons(text: string, from: number, to: number, dicts: Dictionaries, source: SourceText): PersonMention[] {
  const view = normalizeForMatching(text, from, to);
  const t = view.text;
  const { title: titleRe, titleAfter, rankTail, rankBetween } = compiled(dicts);
  titleRe.lastIndex = 0;
  const titles: { start: number; end: number; kind: string }[] = [];
  for (let m = titleRe.exec(t); m; m = titleRe.exec(t)) {
    const kind = dicts.titles.find((x) => x.title.toLowerCase() === m![0].toLowerCase())?.kind ?? 'function';
    titles.push({ start: m.index, end: m.index + m[0].length, kind });
  }

  // « Samdech Akka Moha Sena Padei Techo Hun Sèn », « Mme Patricia Adam »: an honorific is no part of the name that follows it.
  const honorifics: [number, number][] = [];
  const { honorific: honorificRe } = compiled(dicts);
  honorificRe.lastIndex = 0;
  for (let m = honorificRe.exec(t); m; m = honorificRe.exec(t)) if (/^[\p{L} ]+$/u.test(m[0])) honorifics.push([m.index, m.index + m[0].length]);
  const names = honorifics.reduce((text, [a, b]) => text.slice(0, a) + ' '.repeat(b - a) + text.slice(b), t);
  const candidates: { start: number; end: number; name: string }[] = [];
  NAME_SEQ.lastIndex = 0;
  for (let m = NAME_SEQ.exec(names); m; m = NAME_SEQ.exec(names)) {
    let tokens = m[1]!.split(/\s+/);
    let start = m.index;
    const dropFirst = () => {
      start += tokens[0]!.length;
      // Past the blanks an honorific left (« le ministre de la Défense Samdech Krolahom Sar Kheng »), not only the spaces of the text.
      start += names.slice(start).length - names.slice(start).trimStart().length;
      tokens = tokens.slice(1);
    };
    // « Lê Van Tuyên », « Lý Quang »: a Vietnamese family name written with its accents is no French word, though it folds to one (« le »).
    const accentedSurname = (tok: string) => tok.toLowerCase() !== foldAccents(tok).text.toLowerCase() && dicts.vietnameseSurnames.has(foldAccents(tok).text.toLowerCase());
    const notName = (tok: string) => NOT_NAME.has(foldAccents(tok).text.toLowerCase()) && !accentedSurname(tok);
    // Drop leading words that cannot start a name (« Le », « Lors », « Selon », titles).
    // « le général de division Le Duc Thai »: « Le » written inside a sentence before two more name words is the family name Lê unaccented.
    // « le général de division Mai Hoàng Tâm » (fixture b7-09): the month « Mai » is the family name the same way.
    const familyNameFirst = tokens.length >= 3 && (tokens[0] === 'Le' || tokens[0] === 'Mai') && /\p{Ll}\s+$/u.test(t.slice(Math.max(0, start - 20), start)) && !tokens.slice(1).some(notName);
    while (tokens.length > 0 && !familyNameFirst && (tokens.length < 2 || !accentedSurname(tokens[0]!)) && notName(tokens[0]!)) dropFirst();
    // « a reçu le 12 mars à Hanoï Carlos Mendes Ferreira »: a city or country before a name is not part of it.
    while (tokens.length > 2 && (dicts.places.get(tokens[0]!) !== undefined || dicts.countries.get(tokens[0]!)?.form === 'name')) dropFirst();
    // And trailing ones (« Luong Tam Quang Le » never happens, but « Tô Lâm Mardi » might after a typo).
    // « Trịnh Văn Sơn », « Dang Hong Son », « Nguyen Van An »: Vietnamese given names that are French words stay at the end of a name.
    const lastIsGivenName = (list: string[]) => list.length >= 2 && GIVEN_NAMES.has(foldAccents(list[list.length - 1]!).text.toLowerCase());
    while (tokens.length > 0 && !lastIsGivenName(tokens) && NOT_NAME.has(foldAccents(tokens[tokens.length - 1]!).text.toLowerCase())) tokens = tokens.slice(0, -1);
    if (tokens.length === 0) continue;
    const name = tokens.join(' ');
    const end = start + t.slice(start).indexOf(tokens[tokens.length - 1]!) + tokens[tokens.length - 1]!.length;
    if (tokens.some((tok, i) => notName(tok) && !(i === 0 && familyNameFirst) && !/^(?:le|de|van|von|al|el|da|do|dos|bin)$/i.test(tok) && !(i > 0 && GIVEN_NAMES.has(foldAccents(tok).text.toLowerCase())) && !(i > 0 && i < tokens.length - 1 && /^\p{Lu}$/u.test(tok)))) continue;
    if (dicts.countries.find(name).some((c) => c.end - c.start >= name.length - 1)) continue;
    if (dicts.places.find(name).some((c) => c.end - c.start >= name.length - 1)) continue;
    // « à Lai Chau », « la police de la province de Lai Chau »: a town of the gazetteer after « à » or « de » is a place.
    if (/(?<![\p{L}])(?:à|au|de|d['’])\s*$/u.test(t.slice(Math.max(0, start - 4), start)) && gazetteerPlace(name, new Set())) continue;
    if (dicts.organizations.find(name).length > 0 && !dicts.actors.get(name)) continue;
    if (/^\p{Lu}+$/u.test(name.replace(/[\s.-]/g, '')) && name.length > 1 && !/\./.test(name)) continue;
    candidates.push({ start, end, name });
  }

  const out: PersonMention[] = [];
  /** Title stretches already given to a person named before them (« Gill, secrétaire général adjoint … et envoyé spécial … »). */
  const claimed: [number, number][] = [];
  for (const c of candidates) {
    const before = t.slice(Math.max(0, c.start - 160), c.start);
    const after = t.slice(c.end, c.end + 200);
    const tokens = c.name.split(/\s+/);
    const honorific = /(?:(?<![\p{L}\p{N}])M\.|(?<![\p{L}\p{N}])Mme|(?<![\p{L}\p{N}])Mlle|(?<![\p{L}\p{N}])MM\.)\s*$/u.test(before) || honorifics.some(([, b]) => b <= c.start && /^\s*$/u.test(t.slice(b, c.start)));
    const initial = /^\p{Lu}\.$/u.test(tokens[0]!) && tokens.length >= 2;
    // Title immediately before: « ministre …, Luong Tam Quang » — the stretch between the title word and the name must be a title complement.
    // The title as a range of the view, so that it maps back to the text exactly.
    let titleRange: [number, number] | null = null;
    const trimRange = (start: number, end: number): [number, number] | null => {
      let e = end;
      // « ministre de la Police, le général Luong Tam Quang »: drop the separator, the article and the rank before the name.
      const tail = rankTail.exec(names.slice(start, e));
      if (tail) e -= tail[0].length;
      while (e > start && /[\s,]/.test(t[e - 1]!)) e--;
      return e > start ? [start, e] : null;
    };
    const preceding = titles.filter((x) => x.end <= c.start && c.start - x.end <= 140 && x.start >= c.start - 160);
    for (const x of [...preceding].reverse()) {
      // « envoyé spécial du secrétaire général de l'ONU pour la technologie, Luong Tam Quang »: a title inside another title belongs to someone else.
      if (titles.some((y) => y.end <= x.start && /^\s*(?:du|de la|de l'|des)\s*$/.test(t.slice(y.end, x.start)))) continue;
      if (claimed.some(([a, b]) => x.start >= a && x.start < b)) continue;
      // « du général A et de son homologue français, B »: a title before another person is that person's.
      if (candidates.some((o) => o !== c && /\s/.test(o.name) && o.start >= x.end && o.end <= c.start)) continue;
      // « le ministre japonais de la Défense, M. Hiroshi Kawabata » (fixture b6-05): the honorific's period ends no phrase.
      // « du Département … du Guangxi (Chine), M. Wei Jianguo » (fixture b7-19): an acronym or a country in brackets belongs to the title.
      const between = names.slice(x.end, c.start).replace(/\s*\([\p{Lu}\d -]{2,12}\)/gu, '').replace(/\s*\(\p{Lu}[\p{L} -]{1,30}\)/gu, '').replace(/(?<![\p{L}])(MM?)\.(\s*)$/u, '$1$2');
      if (/[.;()]|(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:a|ont|est|sont|s'est|avec|lors|qui|que|pendant|dont)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/u.test(between)) continue;
      if ((between.match(/,/g) ?? []).length > 1) continue;
      if (/,/.test(between) && !rankBetween.test(between)) continue;
      let start = x.start;
      if (x.kind === 'rank') {
        // A function title earlier in the same phrase wins over a rank: « ministre de la Sécurité publique, général To Lam ».
        // … but not across another person: « le ministre ouzbek …, le général Rustam Khodjaev, le général Lương Tam Quang »,
        // and the nearest function of a coordination: « le secrétaire général d'Interpol et le ministre …, le général A » (fixture a3-07).
        const fn = preceding.findLast((y) => y.kind === 'function' && y.end <= x.start && x.start - y.end <= 120 && !/[.;()]|(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:a|ont|est|avec|lors|qui)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/u.test(t.slice(y.end, x.start)) && !candidates.some((o) => o !== c && /\s/.test(o.name) && o.start >= y.end && o.end <= x.start));
        if (fn) start = fn.start;
      }
      titleRange = trimRange(start, c.start);
      if (titleRange) break;
    }
    let title: string | null = titleRange ? t.slice(titleRange[0], titleRange[1]) : null;
    // « le membre du Bureau politique du Comité central du Parti communiste de Cuba, ministre de l'Intérieur, le général X » (fixture
    // b7-21): a party membership before the function belongs to the phrase, and the party it names tells the country.
    const membership = titleRange ? MEMBERSHIP_BEFORE.exec(t.slice(Math.max(0, titleRange[0] - 160), titleRange[0])) : null;
    const phraseStart = titleRange ? titleRange[0] - (membership ? membership[0].length : 0) : c.start;
    // Title right after: « Amandeep Singh Gill, secrétaire général adjoint des Nations unies et envoyé spécial … »
    let titleAfterEnd = c.end;
    // « le général Lương Tam Quang, membre du Bureau politique, ministre vietnamien de la Sécurité publique »: a rank before the
    // name yields to the function written after it, past a party membership (fixture b3-011).
    const rankOnly = title !== null && dicts.titles.some((x) => x.kind === 'rank' && x.title.toLowerCase() === title!.replace(/^(?:le|la)\s+/iu, '').toLowerCase());
    if (!title || rankOnly) {
      const membership = rankOnly ? /^\s*,\s*membre (?:du|de la|de l')[^,;.()]{0,80}(?=,)/iu.exec(after) : null;
      const skip = membership ? membership[0].length : 0;
      const m = titleAfter.exec(after.slice(skip));
      const body = m ? m[2]!.replace(/\s+(?:a|ont|s'est|est|sera|avait)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])).*$/u, '').trimEnd() : '';
      const isFunction = m !== null && !/^membre(?![\p{L}])/iu.test(body) && !dicts.titles.some((x) => x.kind === 'rank' && body.toLowerCase() === x.title.toLowerCase());
      if (m && (!rankOnly || isFunction)) {
        titleRange = [c.end + skip + m[1]!.length, c.end + skip + m[1]!.length + body.length];
        title = body;
        titleAfterEnd = titleRange[1];
      }
    }
    // « son homologue néo-zélandais, Thomas Reid »: a demonym may be hyphenated (fixture signings-008).
    const homologue = /(?<![\p{L}\p{N}])homologue(?:\s+(\p{Ll}+(?:-\p{Ll}+)?))?\s*,?\s+$/u.exec(before);
    const known = dicts.actors.get(c.name);
    const surnameVN = dicts.vietnameseSurnames.has(foldAccents(tokens[0]!).text.toLowerCase()) && tokens.length >= 2 && tokens.length <= 4;
    const acts = SPEECH_OR_ACTION.test(after);
    // « … a rencontré Josephine Teo, … », « s'est entretenu avec Ali Nagiyev »: the counterpart of a meeting verb.
    const counterpart = /(?:(?<![\p{L}\p{N}])a rencontré|(?<![\p{L}\p{N}])a reçu|(?<![\p{L}\p{N}])a accueilli|(?<![\p{L}\p{N}])avec|(?<![\p{L}\p{N}])et son homologue(?:\s+\p{Ll}+(?:-\p{Ll}+)?)?|(?<![\p{L}\p{N}])et)\s+$/u.test(before) && tokens.length >= 2 && tokens.length <= 4 && /^\s*(?:[,.;(]|et(?![\p{L}\p{N}])|$)/u.test(after);
    const accepted = title !== null || honorific || initial || known !== undefined || homologue !== null || counterpart || (surnameVN && (acts || /,\s*$/.test(before))) || (tokens.length >= 2 && tokens.length <= 4 && acts && /^\s*(?:,\s*)?$/.test(before.slice(-2)) && candidates.length > 0 && /(?:^|[.!?]\s+|,\s*|(?<![\p{L}\p{N}])que\s+|(?<![\p{L}\p{N}])part,\s*)$/u.test(before));
    if (!accepted) continue;
    if (tokens.length === 1 && !honorific) continue;
    // Only a person found claims the title after it: « la police de Phongsaly, le colonel X » gives « colonel » to X, not to the town.
    if (titleRange && titleAfterEnd > c.end) claimed.push(titleRange);
    const [a, b] = originalRange(view, c.start, c.end);
    const [pa, pb] = originalRange(view, Math.min(phraseStart, c.start), Math.max(titleAfterEnd, c.end));
    const writtenTitle = titleRange ? text.slice(...originalRange(view, titleRange[0], titleRange[1])) : null;
    const country = personCountry(writtenTitle, homologue?.[1] ?? null, known?.country ?? null, surnameVN, dicts) ?? (membership ? (dicts.countries.find(membership[0])[0]?.value.iso3 ?? null) : null);
    out.push({
      ...source.spanFromUnits(a, b),
      text: text.slice(a, b),
      name: text.slice(a, b).replace(/\s+/g, ' '),
      title: writtenTitle ? writtenTitle.replace(/\s+/g, ' ') : null,
      organization: organizationOf(writtenTitle, dicts),
      country,
      surnameOnly: honorific && tokens.length === 1,
      phrase: source.spanFromUnits(pa, pb),
    });
  }
  return out;
}

/** The country a person represents: a demonym or country in the title, the ministry, the actor dictionary, else a Vietnamese family name. */
function personCountry(title: string | null, homologueDemonym: string | null, known: string | null, surnameVN: boolean, dicts: Dictionaries): string | null {
  if (title) {
    // « directeur de la KOICA au Vietnam », « ambassadeur de la République de Corée au Vietnam »: where one is posted is not whom one represents (fixture b3-033).
    const inTitle = dicts.countries.find(title).filter((c) => !/(?<![\p{L}])(?:au|aux|en|à)\s+(?:la\s+|l['’])?$/u.test(title.slice(0, c.start)));
    if (inTitle.length > 0) return inTitle[0]!.value.iso3;
    const orgs = dicts.organizations.find(title);
    const international = orgs.find((o) => o.value.country === null);
    if (international) return null;
    const withCountry = orgs.find((o) => o.value.country !== null);
    if (withCountry) return withCountry.value.country;
    const ministry = dicts.organizations.get(ministryOf(title) ?? '');
    if (ministry?.country) return ministry.country;
    // « directeur de la police de Hanoï », « commandant de la police de la province de Lào Cai »: the town's country, unless posted there.
    const town = dicts.places.find(title).find((p) => p.value.country && !/(?<![\p{L}])(?:au|aux|en|à)\s+(?:la\s+|l['’])?$/u.test(title.slice(0, p.start)));
    if (town) return town.value.country;
    // « commandant de la police de Phongsaly » (fixture b6-19): a local office's town or province, from the gazetteer.
    const local = /(?<![\p{L}])(?:police|provinciale?|province|comité populaire|gouverneur|maire|district)(?![\p{L}])[^,;]*?(?<![\p{L}])(?:de|d['’])\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s*$/u.exec(title);
    const place = local ? gazetteerPlace(local[1]!, new Set()) : null;
    if (place?.country) return place.country;
  }
  if (homologueDemonym) {
    const c = dicts.countries.find(homologueDemonym.trim())[0];
    if (c) return c.value.iso3;
  }
  if (known) return known;
  if (surnameVN) return 'VNM';
  return null;
}

/** « ministre de la Police » → « ministère de la Police »: the body a minister represents. */
function ministryOf(title: string): string | null {
  const m = /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:vice-)?ministre(?:\s+\p{Ll}+(?:ien|ienne|ais|aise|ois|oise|e|ain|aine)?s?)?\s+((?:de la|de l'|de l’|du|des)\s+.+?)(?=\s+et\s+(?:chargé|charge)|,|$)/u.exec(title);
  return m ? `ministère ${m[1]}` : null;
}

function organizationOf(title: string | null, dicts: Dictionaries): string | null {
  if (!title) return null;
  const explicit = findOrganizations(title, 0, title.length, dicts);
  if (explicit.length > 0) {
    const o = explicit[0]!;
    return title.slice(o.start, o.end).trim();
  }
  return ministryOf(title);
}
