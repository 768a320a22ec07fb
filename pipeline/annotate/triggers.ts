/**
 * Event triggers from frames (pipeline/dictionaries/frames.csv): a verb of a
 * frame in any of its forms, read as a verb group (tense, voice, negation,
 * governing verb), or a noun of a frame, alone (« lors de l'entretien ») or
 * with a support verb that lends it a subject (« a eu jeudi un entretien »,
 * « ont effectué une visite »). A trigger that is denied, wished or purposed
 * (« n'a pas signé », « souhaitent signer », « afin de signer ») tells no event.
 */
import type { Role } from '../../schemas/participants.ts';
import type { Dictionaries, FrameRef, TriggerRef } from '../dictionaries.ts';
import { groupStatus, verbGroupAt, type Governors, type VerbGroup } from '../language/verb-groups.ts';
import type { Token } from '../language/tokens.ts';
import { foldAccents, normalizeForMatching, type SourceText, type Span } from '../source.ts';

export interface TriggerMention extends Span {
  text: string;
  frame: FrameRef;
  ref: TriggerRef;
  /** « l'entretien », « cette visite »: refers back to an event already told. */
  anaphoric: boolean;
  /** A noun (« entretien ») with no support verb, rather than a verb (« s'est entretenu ») or a support construction (« a eu un entretien »). */
  nominal: boolean;
  /** The verb group of a verbal trigger. */
  verb: VerbGroup | null;
  /** The support verb's group of a noun: « a eu » in « a eu un entretien ». */
  support: VerbGroup | null;
  /** « X, en visite au Vietnam »: the noun in apposition to its visitor. */
  apposition: boolean;
  /** The noun itself, for a noun trigger with or without its support verb (the determiner before it says whether it refers back). */
  noun: Span | null;
  /** What the verb group says of the event: told as having happened, or as to come. */
  status: 'occurred' | 'planned';
}

/** Words that may stand between a support verb and its noun: articles, dates, places, adverbs (« a eu jeudi à Hanoï un entretien »). */
// « effectue du 1er au 4 juin une visite » (tests/extract-enactments.test.ts): a day written as an ordinal is part of the date.
const SUPPORT_GAP = /^(?:1er|1re|un|une|des|de|d'|du|le|la|les|l'|au|aux|à|en|sa|son|ses|leur|leurs|ce|cette|semaine|mois|année|an|fin|début|mi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|matin|soir|après-midi|hier|aujourd'hui|dernier|dernière|prochain|prochaine|également|aussi|ensuite|déjà|récemment|successivement|ensemble|,)$/u;
const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'du', 'des', 'ce', 'cette', 'son', 'sa', 'ses', 'leur', 'leurs', 'au', 'aux']);
const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'on', 'qui', 'ne', "n'", 'se', "s'", 'nous', 'vous']);

/**
 * Triggers of one sentence, in text order; `tokens` are the sentence's tokens, `excluded` the spans of instrument names,
 * `gatherings` the named gatherings (a meeting verb whose object is a gathering hosts it: « le Vietnam accueillera la 44e
 * Conférence … » tells no talks).
 */
export function findTriggers(source: SourceText, sentence: Span, tokens: readonly Token[], dicts: Dictionaries, excluded: readonly Span[], gatherings: readonly Span[]): TriggerMention[] {
  const governors = dicts.governors;
  const out: TriggerMention[] = [];
  const tokenAt = (cp: number) => tokens.findIndex((t) => t.start <= cp && cp < t.end);
  const nounTaken = new Set<number>();

  const from = source.toUnit(sentence.start);
  const to = source.toUnit(sentence.end);
  for (const m of dicts.frames.nouns.find(source.text, from, to)) {
    const span = source.spanFromUnits(m.start, m.end);
    const first = tokenAt(span.start);
    const last = tokenAt(span.end - 1);
    if (first < 0 || last < 0) continue;
    // Matching ignores accents, but « rencontrés » is the participle, not the noun « rencontres ».
    const written = tokens.slice(first, last + 1).map((t) => t.norm).join(' ').replace(/' /gu, "'");
    if (!m.value[0]!.forms.includes(written) && tokens.slice(first, last + 1).some((t) => t.verbs.length > 0)) continue;
    // « il rencontre », « qui visite »: after a subject pronoun the word is the verb.
    if (SUBJECT_PRONOUNS.has(tokens[first - 1]?.norm ?? '') && dicts.frames.byVerb.has(lemmaOfVerbReading(tokens[first]!, dicts) ?? '')) continue;
    // Of the noun's frames, the first whose support verb stands before it, else the first that needs none.
    const readings = m.value.map((frame) => ({ frame, support: supportBefore(tokens, first, frame, governors) }));
    const { frame, support } = readings.find((r) => r.support !== null) ?? readings[0]!;
    const apposition = tokens[first - 1]?.norm === 'en' && frame.eventType === 'visit';
    const satisfied = (r: FrameRef['requires'][number]) =>
      r === 'support'
        ? support !== null || tokens[first - 1]?.norm === 'en' || supportParticipleAfter(tokens, last, frame)
        : r === 'entre'
          ? followedBy(tokens, last, 'entre', 2)
          : r === 'instrument'
            ? instrumentAfter(excluded, tokens[last]!.end)
            : followedBy(tokens, last, 'avec', 20);
    if (frame.requires.length > 0 && !frame.requires.some(satisfied)) continue;
    if (support && groupStatus(support, governors) === 'unreal') continue;
    for (let k = first; k <= last; k++) nounTaken.add(k);
    const startToken = support ? support.first : apposition ? first - 1 : first;
    out.push(mention(source, tokens, startToken, last, frame, null, support, apposition, { start: tokens[first]!.start, end: tokens[last]!.end }, governors));
  }

  tokens.forEach((token, i) => {
    if (nounTaken.has(i)) return;
    for (const analysis of token.verbs) {
      const frames = dicts.frames.byVerb.get(analysis.lemma);
      if (!frames) continue;
      // « dont le vote est prévu le 28 novembre » (fixtures b6-03, b7-17): after a determiner a present-tense form is the noun.
      // « il la signe », « ils le rencontrent »: after a subject pronoun the same words are object pronouns.
      // A future or a participle after « le » is still the verb (« le ministre le rencontrera »).
      if ((analysis.tense === 'P' || analysis.tense === 'S' || analysis.tense === 'Y') && DETERMINERS.has(tokens[i - 1]?.norm ?? '') && !SUBJECT_PRONOUNS.has(tokens[i - 2]?.norm ?? '')) continue;
      const group = verbGroupAt(tokens, i, analysis, governors);
      // The frame with the most fixed words that fit wins: « s'entretenir au téléphone » over « s'entretenir ».
      const fitting = frames
        .filter((f) => f.pronominal === group.pronominal && fixedAfter(tokens, i, f.fixed) >= 0)
        .sort((a, b) => b.fixed.length - a.fixed.length);
      const frame = fitting[0];
      if (!frame) continue;
      group.last = fixedAfter(tokens, i, frame.fixed);
      if (frame.requires.includes('avec') && !followedBy(tokens, group.last, 'avec', 20)) continue;
      // « a lancé le Code de conduite … » adopts it; « ont lancé une campagne » tells nothing (tests/06-extract.test.ts).
      if (frame.requires.includes('instrument') && !instrumentAfter(excluded, tokens[group.last]!.end)) continue;
      if (groupStatus(group, governors) === 'unreal') continue;
      if (frame.eventType === 'meeting' && hostsGathering(tokens, group, gatherings)) continue;
      out.push(mention(source, tokens, group.first, group.last, frame, group, null, false, null, governors));
      return;
    }
  });

  const within = (t: Span, r: Span) => t.start >= r.start && t.end <= r.end && !(t.start === r.start && t.end === r.end);
  return out
    .filter((t) => !excluded.some((r) => within(t, r)))
    // « a rendu visite à … » is one meeting, not also a visit.
    .filter((t) => !out.some((o) => within(t, o)))
    .filter((t, i, all) => all.findIndex((x) => x.start === t.start && x.end === t.end) === i)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

function lemmaOfVerbReading(token: Token, dicts: Dictionaries): string | undefined {
  return token.verbs.find((v) => dicts.frames.byVerb.has(v.lemma))?.lemma;
}

/** Index of the last fixed word after the verb at `i` (itself when there are none), or -1 when they are not there. */
function fixedAfter(tokens: readonly Token[], i: number, fixed: readonly string[]): number {
  let at = i;
  for (const word of fixed) {
    at++;
    if (foldAccents(tokens[at]?.norm ?? '').text !== foldAccents(word).text) return -1;
  }
  return at;
}

function followedBy(tokens: readonly Token[], at: number, word: string, within: number): boolean {
  for (let k = at + 1; k < tokens.length && k <= at + within; k++) {
    if (tokens[k]!.norm === word) return true;
    if (/^[.;:]$/u.test(tokens[k]!.norm)) return false;
  }
  return false;
}

/** The support verb group before a noun (« a eu jeudi un entretien », « ont effectué une visite d'État »), or null. */
function supportBefore(tokens: readonly Token[], first: number, frame: FrameRef, governors: Governors): VerbGroup | null {
  if (frame.support.length === 0) return null;
  let commas = 0;
  let skipped = 0;
  for (let k = first - 1; k >= 0 && k >= first - 9 - skipped; k--) {
    const t = tokens[k]!;
    const reading = t.verbs.find((v) => frame.support.includes(v.lemma) && v.tense !== 'W');
    if (reading) return verbGroupAt(tokens, k, reading, governors);
    const infinitive = t.verbs.find((v) => frame.support.includes(v.lemma));
    if (infinitive) return verbGroupAt(tokens, k, infinitive, governors);
    if (t.norm === ',') {
      // « ont eu, le 4 avril à Vientiane, en marge de la cérémonie d'inauguration du centre, des discussions … » (fixture talks-gap-009):
      // an adverbial between commas counts as one word.
      const open = adverbialOpening(tokens, k);
      if (open >= 0) {
        skipped += k - open;
        k = open + 1;
        continue;
      }
      if (++commas > 2) return null;
    }
    if (t.kind === 'number' || t.capitalized || SUPPORT_GAP.test(t.norm)) continue;
    return null;
  }
  return null;
}

/** An instrument named right after the trigger (« a lancé le Code de conduite … »). */
function instrumentAfter(instruments: readonly Span[], end: number): boolean {
  return instruments.some((x) => x.start >= end && x.start - end <= 40);
}

const ADVERBIAL_START = /^(?:en|lors|au|aux|dans|sous|à|le|les|du|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui)$/u;

/** The comma that opens an adverbial closed by the comma at `close` (« , en marge de la cérémonie …, »), or −1. */
function adverbialOpening(tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k >= 0 && k >= close - 14; k--) {
    // A word of « avoir » or « être » is a clause of its own, not an adverbial (nouns spelled like verbs, « centre », « marge », are not).
    if (tokens[k]!.norm !== ',') {
      if (tokens[k]!.verbs.some((v) => (v.lemma === 'avoir' || v.lemma === 'être') && v.person !== null)) return -1;
      continue;
    }
    return ADVERBIAL_START.test(tokens[k + 1]?.norm ?? '') && k + 1 < close ? k : -1;
  }
  return -1;
}

/** « l'audience accordée mercredi par A à B »: the noun's support verb may follow it as a participle (fixture talks-noun-005). */
function supportParticipleAfter(tokens: readonly Token[], last: number, frame: FrameRef): boolean {
  return tokens[last + 1]?.verbs.some((v) => v.tense === 'K' && frame.support.includes(v.lemma)) ?? false;
}

const DEFINITE = /(?:(?<![\p{L}])(?:l'|la|le|les|cet|cette|ces|leur|leurs|son|sa|ses|du|au|aux|de l')\s*)$/iu;
const INDEFINITE = /(?:(?<![\p{L}])(?:un|une|des|d')\s*)$/iu;

/** « accueillera la 44e Conférence … », « que le Vietnam accueillera en août »: the verb's object, before or after it, is a gathering. */
function hostsGathering(tokens: readonly Token[], group: VerbGroup, gatherings: readonly Span[]): boolean {
  const after = tokens.slice(group.last + 1, group.last + 8);
  const next = gatherings.find((g) => g.start >= tokens[group.last]!.end);
  if (next && after.some((t) => t.start === next.start || (t.start <= next.start && next.start < t.end)) && !after.some((t) => t.norm === 'avec' && t.end <= next.start)) return true;
  // A relative clause whose antecedent is a gathering: « la 44e Conférence …, que le Vietnam accueillera ».
  for (let k = group.first - 1; k >= 0 && k >= group.first - 8; k--) {
    if (tokens[k]!.norm !== 'que' && tokens[k]!.norm !== "qu'") continue;
    const before = tokens[k - 1]?.norm === ',' ? tokens[k - 2] : tokens[k - 1];
    return before !== undefined && gatherings.some((g) => g.end >= before.end && g.start < before.end);
  }
  return false;
}

function mention(source: SourceText, tokens: readonly Token[], first: number, last: number, frame: FrameRef, verb: VerbGroup | null, support: VerbGroup | null, apposition: boolean, noun: Span | null, governors: Governors): TriggerMention {
  const span = { start: tokens[first]!.start, end: tokens[last]!.end };
  const nominal = frame.pos === 'noun' && support === null;
  const before = normalizeForMatching(source.slice({ start: Math.max(0, span.start - 30), end: span.start })).text;
  // « À l'issue des entretiens », « lors des discussions »: « des » is « de les » there, the talks already told.
  const contracted = /(?<![\p{L}])(?:issue|lors|cours|marge|suite|terme|fin|occasion|cadre|compte rendu)\s+des\s*$/iu.test(before);
  const anaphoric = nominal && !apposition && ((DEFINITE.test(before) && !INDEFINITE.test(before)) || contracted);
  const group = verb ?? support;
  const passive = verb?.voice === 'passive';
  // « se sont entretenus », « ont eu un entretien »: both sides act alike, neither hosts.
  const reciprocal = group !== null && group.plural && ((verb?.pronominal ?? false) || support !== null) && frame.eventType === 'meeting';
  const roles: [Role, Role] = reciprocal ? ['attendee', 'attendee'] : passive ? [frame.objectRole, frame.subjectRole] : [frame.subjectRole, frame.objectRole];
  return {
    ...span,
    text: source.slice(span),
    frame,
    ref: { eventType: frame.eventType, mode: frame.mode, subjectRole: roles[0], objectRole: roles[1], pattern: frame.id },
    anaphoric,
    nominal,
    verb,
    support,
    apposition,
    noun,
    status: group && groupStatus(group, governors) === 'planned' ? 'planned' : 'occurred',
  };
}
