/**
 * The arguments of a trigger, read off its clause: who is the subject, the object, who comes « avec », « entre … et … »,
 * « par », « à », « à l'invitation de », « en présence de », whether the object is a thing or an unnamed group, and
 * whether the counterparts are met one by one (« séparément », « puis avec »). Dates, places and adverbials may stand
 * anywhere between: an argument is a person, a body or a country, and what introduces it is the word before it.
 */
import type { AnnotatedSentence, CountryMention, OrganizationMention, PersonMention, TriggerMention } from '../04-annotate.ts';
import type { Token } from '../language/tokens.ts';
import type { Span } from '../source.ts';

export type Slot = 'bare' | 'with' | 'between' | 'agent' | 'to' | 'of' | 'invitation' | 'presence' | 'frame';

export interface Argument extends Span {
  kind: 'person' | 'organization' | 'country';
  person: PersonMention | null;
  organization: OrganizationMention | null;
  country: CountryMention | null;
  /** The word that introduces it (« avec », « par », « entre »), or `bare` for a subject or an object. */
  slot: Slot;
}

export interface TriggerArguments {
  subject: Argument[];
  object: Argument[];
  with: Argument[];
  between: Argument[];
  agent: Argument[];
  to: Argument[];
  of: Argument[];
  invitation: Argument[];
  presence: Argument[];
  /** « a reçu une lettre de félicitations », « a reçu des représentants d'entreprises »: the object names no one. */
  objectIsUnnamed: boolean;
  /** « Recevant … B, A a … », « Lors de sa rencontre avec B, A a … »: the trigger opens the sentence, its subject is the main clause's. */
  opener: boolean;
  /** « a rencontré séparément B et C », « avec B, puis avec C »: one occurrence per counterpart. */
  separately: boolean;
}

const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces', 'deux', 'trois', 'nouveau', 'nouvelle', 'm.', 'mme']);
const FRAME_WORDS = new Set(['lors', 'marge', 'cadre', 'cours', 'occasion', 'issue', 'terme', 'suite']);
/** Words after which a noun phrase names a person, a body or a delegation (« une délégation du ministère … », « l'ambassadeur … », « le commandant général …, le commissaire X », fixture b8-15). */
const PEOPLE_HEADS = /^(?:délégation|délégations|homologue|homologues|hôte|ministre|vice-ministre|ambassadeur|ambassadrice|président|présidente|directeur|directrice|chef|secrétaire|commissaire|général|représentant|représentante|envoyé|envoyée|gouverneur|maire|consul|procureur|conseiller|conseillère|préfet|premier|vice-premier|dirigeant|dirigeants|responsable|responsables|commandant|commandante|vice-président|vice-présidente|sous-secrétaire|chef|cheffe)$/u;

/** Persons, bodies and countries of the sentence as arguments, in text order; a body or country inside a person's phrase is that person's. */
export function argumentsOf(s: AnnotatedSentence): Omit<Argument, 'slot'>[] {
  const out: Omit<Argument, 'slot'>[] = s.persons.map((p) => ({ start: Math.min(p.phrase.start, p.start), end: Math.max(p.phrase.end, p.end), kind: 'person' as const, person: p, organization: null, country: null }));
  const inside = (m: Span) => out.some((a) => a.start <= m.start && m.end <= a.end);
  for (const o of s.organizations) if (!inside(o)) out.push({ start: o.start, end: o.end, kind: 'organization', person: null, organization: o, country: null });
  // « au Vietnam », « en Inde » is where, not who.
  for (const c of s.countries) if (c.ref.form === 'name' && !inside(c) && !s.places.some((p) => p.start <= c.start && c.end <= p.end)) out.push({ start: c.start, end: c.end, kind: 'country', person: null, organization: null, country: c });
  return out.sort((a, b) => a.start - b.start);
}

function tokenIndexAt(tokens: readonly Token[], cp: number): number {
  let i = tokens.findIndex((t) => t.end > cp);
  if (i < 0) i = tokens.length;
  return i;
}

/** What introduces the argument starting at token `i`: the nearest preposition left of its determiners. */
function slotBefore(tokens: readonly Token[], i: number): { slot: Slot | 'coordinated' | 'verb'; at: number } {
  let j = i - 1;
  while (j >= 0 && DETERMINERS.has(tokens[j]!.norm)) j--;
  const t = tokens[j];
  if (!t) return { slot: 'bare', at: j };
  const w = t.norm;
  if (w === 'avec') return { slot: 'with', at: j };
  if (w === 'entre') return { slot: 'between', at: j };
  if (w === 'par') return { slot: 'agent', at: j };
  if (w === 'à' || w === 'au' || w === 'aux') return { slot: 'to', at: j };
  if (w === 'de' || w === 'du' || w === "d'" || w === 'des') {
    const noun = tokens[j - 1]?.norm ?? '';
    const before = tokens[j - 2]?.norm ?? '';
    if (noun === 'invitation') return { slot: 'invitation', at: j };
    if (noun === 'présence') return { slot: 'presence', at: j };
    if (FRAME_WORDS.has(noun) || FRAME_WORDS.has(before)) return { slot: 'frame', at: j };
    return { slot: 'of', at: j };
  }
  if (w === 'et' || w === ',' || w === 'puis' || w === 'ou') return { slot: 'coordinated', at: j };
  if (t.verbs.length > 0 && t.kind === 'word') return { slot: 'verb', at: j };
  return { slot: 'bare', at: j };
}

/** A finite verb (or its auxiliary) right after token `k`, appositions between commas aside: « X, ministre de …, a présenté ». */
function finiteVerbAfter(tokens: readonly Token[], k: number): boolean {
  let j = k;
  if (tokens[j]?.norm === ',') {
    const close = tokens.findIndex((x, n) => n > j && x.norm === ',');
    if (close > j && close - j < 20) j = close + 1;
  }
  while (tokens[j] && /^(?:ne|n'|se|s'|y|en|lui|leur|également|aussi|pour|part|sa|de|son|côté)$/u.test(tokens[j]!.norm)) j++;
  return tokens[j]?.verbs.some((v) => v.tense !== 'K' && v.tense !== 'W' && v.tense !== 'G') ?? false;
}

/** The trigger's arguments in sentence `s`; `reportedFrom` is where a reported clause (« a souligné que … ») begins, if the trigger is in one. */
export function triggerArguments(s: AnnotatedSentence, t: TriggerMention, clauseEnd: number): TriggerArguments {
  const tokens = s.tokens;
  const first = tokenIndexAt(tokens, t.start);
  const last = Math.max(first, tokenIndexAt(tokens, t.end) - 1);
  const args = argumentsOf(s);
  const out: TriggerArguments = { subject: [], object: [], with: [], between: [], agent: [], to: [], of: [], invitation: [], presence: [], objectIsUnnamed: false, opener: false, separately: false };
  // Reported speech and « ; » close the clause on the left: « … a souligné que X avait reçu … ».
  let clauseStart = 0;
  for (let k = first - 1; k >= 0; k--) if (tokens[k]!.norm === ';' || tokens[k]!.norm === 'que' || tokens[k]!.norm === "qu'") { clauseStart = k + 1; break; }
  const verbal = t.verb !== null || t.support !== null;
  // « Lors d'un appel vidéo mardi, A et B ont … » (fixture calls-009).
  const opensSentence = tokens.slice(clauseStart, first).every((x) => /^(?:en|tout|lors|de|d'|sa|son|ses|leur|leurs|la|l'|le|un|une|au|cours|à|,)$/u.test(x.norm) || x.kind === 'punct');
  out.opener = opensSentence && (t.verb?.form === 'participle' || t.verb?.form === 'gerund' || t.nominal);
  let previous: Argument | null = null;
  for (const a of args) {
    const i = tokenIndexAt(tokens, a.start);
    if (i < clauseStart || a.start >= clauseEnd) continue;
    const { slot: found } = slotBefore(tokens, i);
    let slot: Slot;
    // « A, B et C »: a name after a comma continues the list unless a verb follows it, which makes it a new clause's subject.
    const startsClause = found === 'coordinated' && tokens[slotBefore(tokens, i).at]?.norm === ',' && finiteVerbAfter(tokens, tokenIndexAt(tokens, a.end));
    if (found === 'coordinated' && !startsClause) slot = previous && previous.end <= a.start && tokens.slice(tokenIndexAt(tokens, previous.end), i).every((x) => /^(?:et|,|puis|ou|le|la|les|l'|son|sa|avec|séparément)$/u.test(x.norm) || DETERMINERS.has(x.norm)) ? previous.slot : 'bare';
    else if (found === 'coordinated') slot = 'bare';
    else if (found === 'verb') slot = 'bare';
    else slot = found;
    const arg: Argument = { ...a, slot };
    previous = arg;
    const before = a.end <= t.start;
    if (slot === 'bare') {
      if (before && !out.opener) out.subject.push(arg);
      else if (!before && (verbal || out.opener)) out.object.push(arg);
    } else if (slot !== 'frame') out[slot].push(arg);
  }
  // An opener's own complements stand between it and the comma that opens the main clause, whose subject is the opener's:
  // « Recevant … B, A a … », « Lors de sa rencontre avec B, A a … » (fixtures talks-opener-001, talks-opener-005).
  if (out.opener) {
    // A bare noun phrase after a comma is already the main clause's subject: « En visite au Japon du 3 au 6 mars, le ministre A a rencontré … » (fixture dates-002).
    const commaBefore = (a: Argument) => tokens.slice(last + 1, tokenIndexAt(tokens, a.start)).some((x) => x.norm === ',');
    const own = [...out.object.filter((a) => !commaBefore(a)), ...out.with, ...out.between, ...out.to, ...out.of].filter((a) => a.end <= clauseEnd).sort((a, b) => a.start - b.start);
    const afterOwn = Math.max(t.end, ...own.map((a) => a.end).slice(0, 1));
    const comma = tokens.findIndex((x, k) => k > last && x.norm === ',' && x.start >= afterOwn && (out.object.some((a) => a.start >= x.end) || /^(?:il|elle)$/u.test(tokens[k + 1]?.norm ?? '')));
    const main = comma >= 0 ? tokens[comma]!.end : Infinity;
    // The main clause's subject runs to its verb: « …, A et B ont … » are both (fixture calls-009).
    const mainTokens = tokenIndexAt(tokens, main);
    const verbAt = tokens.findIndex((x, k) => k >= mainTokens && x.kind === 'word' && x.verbs.some((v) => v.tense !== 'K' && v.tense !== 'W' && v.tense !== 'G'));
    const verbStart = verbAt >= 0 ? tokens[verbAt]!.start : Infinity;
    const beforeVerb = out.object.filter((a) => a.start >= main && a.end <= verbStart);
    out.subject = beforeVerb.length > 0 ? beforeVerb : out.object.filter((a) => a.start >= main).slice(0, 1);
    out.object = verbal ? out.object.filter((a) => a.start < main) : [];
  }
  if (verbal) {
    // The noun phrase right after the verb, dates and places aside: a person, a body, or a thing.
    let k = last + 1;
    const dateWord = (x: Token) => x.kind === 'number' || /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|matin|soir|hier|dernier|dernière|prochain|prochaine)$/u.test(x.norm);
    const inPlace = (x: Token) => s.places.some((p) => p.start <= x.start && x.end <= p.end);
    for (;;) {
      const x = tokens[k];
      if (!x) break;
      if (dateWord(x) || inPlace(x) || /^(?:à|au|en|,|également|aussi|séparément|successivement|respectivement|officiellement|chaleureusement)$/u.test(x.norm)) k++;
      // « le 5 mars », « la semaine dernière »: an article before a date.
      else if (/^(?:le|la|les|l')$/u.test(x.norm) && tokens[k + 1] && (dateWord(tokens[k + 1]!) || /^(?:semaine|veille|lendemain|même)$/u.test(tokens[k + 1]!.norm))) k += 2;
      else break;
    }
    const det = tokens[k];
    const head = tokens[k + 1];
    const startsObject = head !== undefined && det !== undefined && /^(?:un|une|des|le|la|les|l'|ses|leurs|plusieurs)$/u.test(det.norm) && head.kind === 'word' && !head.capitalized;
    if (startsObject && !PEOPLE_HEADS.test(head.norm) && !args.some((a) => a.start <= head.start && head.end <= a.end)) out.objectIsUnnamed = true;
    // « doit rencontrer des dirigeants d'entreprises vietnamiennes » (fixture b8-01): people counted by a plural determiner, with no
    // person or body named in their phrase, are no one in particular; a demonym does not name them.
    const phraseEnd = tokens.findIndex((x, j) => j > k + 1 && /^[,.;:]$/u.test(x.norm));
    const phraseTo = phraseEnd < 0 ? s.end : tokens[phraseEnd]!.start;
    if (startsObject && /^(?:des|plusieurs)$/u.test(det.norm) && /s$/u.test(head.norm) && PEOPLE_HEADS.test(head.norm) && !args.some((a) => a.kind !== 'country' && a.start > head.start && a.start < phraseTo)) out.objectIsUnnamed = true;
  }
  // « a été reçu successivement par A, et par B », « avec A ainsi qu'avec B » (fixtures b6-05, b6-23): the preposition told again, a meeting again.
  const again = (word: string) => tokens.slice(last + 1).some((x, k, all) => (x.norm === 'puis' || x.norm === 'et' || (x.norm === "qu'" && all[k - 1]?.norm === 'ainsi')) && all[k + 1]?.norm === word);
  out.separately = tokens.slice(first, tokenIndexAt(tokens, clauseEnd)).some((x) => x.norm === 'séparément' || x.norm === 'respectivement' || x.norm === 'successivement') || (out.with.length + out.object.length >= 2 && again('avec')) || (out.agent.length >= 2 && again('par'));
  return out;
}

/** The arguments « entre … et … » introduces after `span`, up to `end`: « la 3e réunion …, tenue à Jakarta entre le ministère … et la Police … ». */
export function betweenAfter(s: AnnotatedSentence, span: Span, end: number): Argument[] {
  const tokens = s.tokens;
  const out: Argument[] = [];
  let previous: Argument | null = null;
  for (const a of argumentsOf(s)) {
    if (a.start < span.end || a.start >= end) continue;
    const i = tokenIndexAt(tokens, a.start);
    const { slot: found } = slotBefore(tokens, i);
    const slot: Slot = found === 'coordinated' && previous ? previous.slot : found === 'coordinated' || found === 'verb' ? 'bare' : found;
    previous = { ...a, slot };
    if (slot === 'between') out.push(previous);
  }
  return out;
}
