/**
 * Verb groups: a lexical verb with its auxiliaries, clitics, negation and
 * governing verb, read off the tokens, so that every form of a lemma tells
 * the same thing in the same terms: « a été reçu » (passive, past), « s'est
 * entretenue » (pronominal, past), « s'entretiendront » (future),
 * « n'a pas signé » (negated), « va signer » (governed by aller: planned),
 * « ont décidé d'élever » (governed by décider, a decision taken).
 */
import type { VerbAnalysis } from './morphology.ts';
import type { Token } from './tokens.ts';

export type Tense = 'present' | 'past' | 'imperfect' | 'pluperfect' | 'future' | 'future_perfect' | 'conditional' | 'conditional_past' | 'subjunctive' | 'none';

export interface VerbGroup {
  lemma: string;
  /** Token indexes: first word of the group (clitic or auxiliary), the lexical verb, and the last word (a fixed complement of a verb phrase). */
  first: number;
  head: number;
  last: number;
  form: 'finite' | 'participle' | 'gerund' | 'infinitive';
  tense: Tense;
  voice: 'active' | 'passive';
  pronominal: boolean;
  negated: boolean;
  /** The finite verb's number: « ont signé » is plural. */
  plural: boolean;
  /** The verb this infinitive depends on: « va signer » → aller, « ont décidé d'élever » → décider. */
  governor: VerbGroup | null;
  /** « pour signer », « afin de signer », « en vue de signer »: a purpose, not an occurrence. */
  purpose: boolean;
  /** « a accepté l'invitation de son homologue à effectuer une visite » (fixture b7-21): what one is invited to do is to come. */
  invitation: boolean;
}

/** Words that may stand inside a verb group without breaking it (« a également signé », « n'a pas encore reçu »). */
const INNER_ADVERBS = new Set([
  'pas', 'plus', 'jamais', 'guère', 'point', 'encore', 'déjà', 'également', 'aussi', 'toujours', 'bien', 'beaucoup', 'notamment', 'ensuite', 'enfin',
  'alors', 'ainsi', 'même', 'récemment', 'officiellement', 'conjointement', 'solennellement', 'respectivement', 'successivement', 'chaleureusement',
  'hier', "aujourd'hui", 'enfin', 'finalement', 'effectivement', 'formellement', 'unanimement', 'rapidement', 'longuement', 'mutuellement', 'tous', 'toutes',
]);
const NEGATIONS = new Set(['pas', 'jamais', 'plus', 'guère', 'point', 'nullement', 'aucunement']);
const REFLEXIVE = new Set(["s'", 'se', "m'", 'me', "t'", 'te', 'nous', 'vous']);
/** Clitics that may stand between the reflexive and the verb, or before the verb: « s'y est rendu », « lui a remis ». */
const CLITICS = new Set(['y', 'en', 'lui', 'leur', 'le', 'la', 'les', "l'"]);
/** Verbs conjugated with être in compound tenses: their « est arrivé » is active past, not a passive. */
const ETRE_VERBS = new Set(['aller', 'venir', 'arriver', 'partir', 'entrer', 'sortir', 'rester', 'retourner', 'revenir', 'devenir', 'parvenir', 'intervenir', 'tomber', 'passer', 'naître', 'mourir', 'rentrer', 'repartir']);

const isAdverb = (t: Token | undefined): boolean => !!t && t.kind === 'word' && (INNER_ADVERBS.has(t.norm) || (/ment$/u.test(t.norm) && t.verbs.length === 0));
const reading = (t: Token | undefined, lemma: string, tenses: string): VerbAnalysis | undefined => t?.verbs.find((v) => v.lemma === lemma && tenses.includes(v.tense));

function finiteTense(code: string): Tense {
  return ({ P: 'present', I: 'imperfect', J: 'past', F: 'future', C: 'conditional', S: 'subjunctive', T: 'subjunctive' } as Record<string, Tense>)[code] ?? 'none';
}

/** The tense of a compound form from its auxiliary's tense: « a reçu » past, « avait reçu » pluperfect, « aura reçu » future perfect. */
function compoundTense(code: string): Tense {
  return ({ P: 'past', I: 'pluperfect', J: 'pluperfect', F: 'future_perfect', C: 'conditional_past', S: 'past', T: 'pluperfect' } as Record<string, Tense>)[code] ?? 'past';
}

/** Index of the nearest word left of `i` that is not an inner adverb, or -1. */
function leftOf(tokens: readonly Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && isAdverb(tokens[j])) j--;
  return j;
}

/** What a governing verb makes of the act it governs (pipeline/dictionaries/governors.csv): « décider de » occurred, « aller » planned, « souhaiter » unreal. */
export type Governors = ReadonlyMap<string, 'occurred' | 'planned' | 'unreal'>;

/** The verb group whose lexical verb is `tokens[i]` read as `analysis`. */
export function verbGroupAt(tokens: readonly Token[], i: number, analysis: VerbAnalysis, governors: Governors = new Map(), depth = 0): VerbGroup {
  const group: VerbGroup = { lemma: analysis.lemma, first: i, head: i, last: i, form: 'finite', tense: 'none', voice: 'active', pronominal: false, negated: false, plural: analysis.plural, governor: null, purpose: false, invitation: false };
  let finiteAt = i;
  if (analysis.tense === 'K') {
    group.form = 'participle';
    const j = leftOf(tokens, i);
    const aux = tokens[j];
    if (aux && aux.norm === 'été') {
      group.voice = 'passive';
      const k = leftOf(tokens, j);
      const have = reading(tokens[k], 'avoir', 'PIJFCST');
      if (have) {
        Object.assign(group, { form: 'finite', tense: compoundTense(have.tense), first: k, plural: have.plural });
        finiteAt = k;
      } else {
        group.first = j;
        if (reading(tokens[k], 'avoir', 'G')) group.first = k;
      }
    } else if (reading(aux, 'être', 'PIJFCST')) {
      const be = reading(aux, 'être', 'PIJFCST')!;
      Object.assign(group, { form: 'finite', first: j, plural: be.plural });
      finiteAt = j;
      const r = reflexiveBefore(tokens, j);
      if (r >= 0) Object.assign(group, { pronominal: true, first: r, tense: compoundTense(be.tense) });
      else if (ETRE_VERBS.has(analysis.lemma)) group.tense = compoundTense(be.tense);
      else Object.assign(group, { voice: 'passive', tense: finiteTense(be.tense) });
    } else if (reading(aux, 'avoir', 'PIJFCST')) {
      const have = reading(aux, 'avoir', 'PIJFCST')!;
      Object.assign(group, { form: 'finite', first: j, tense: compoundTense(have.tense), plural: have.plural });
      finiteAt = j;
    } else if (reading(aux, 'avoir', 'GW') || reading(aux, 'être', 'GW')) {
      // « ayant signé », « après avoir signé »: an accomplished act.
      Object.assign(group, { first: j, tense: 'past' });
      const r = reflexiveBefore(tokens, j);
      if (r >= 0) Object.assign(group, { pronominal: true, first: r });
    } else {
      // « Les ministres ont examiné … et adopté le Plan … »: a participle coordinated after a compound past, with an object of
      // its own, shares that auxiliary (fixture a3-09). Otherwise a bare participle: « le mémorandum signé le 5 mai », « Reçu par … ».
      const shared = aux && (aux.norm === 'et' || aux.norm === ',') && /^(?:le|la|les|l'|un|une|des|deux|trois|plusieurs)$/u.test(tokens[i + 1]?.norm ?? '') ? sharedAuxiliary(tokens, j) : null;
      if (shared) Object.assign(group, { form: 'finite', tense: compoundTense(shared.tense), plural: shared.plural });
      else group.voice = ETRE_VERBS.has(analysis.lemma) ? 'active' : 'passive';
    }
  } else if (analysis.tense === 'G') {
    group.form = tokens[i - 1]?.norm === 'en' ? 'gerund' : 'participle';
    const r = reflexiveBefore(tokens, i);
    if (r >= 0) Object.assign(group, { pronominal: true, first: r });
    if (group.form === 'gerund') group.first = Math.min(group.first, i - 1);
  } else if (analysis.tense === 'W') {
    group.form = 'infinitive';
    const r = reflexiveBefore(tokens, i);
    if (r >= 0) Object.assign(group, { pronominal: true, first: r });
    let j = leftOf(tokens, group.first);
    // « de signer », « à signer »: the governing verb stands before the preposition.
    const complementizer = tokens[j] !== undefined && /^(?:de|d'|à)$/u.test(tokens[j]!.norm);
    if (complementizer) j = leftOf(tokens, j);
    const before = tokens[j];
    const govern = (at: number, v: VerbAnalysis, adjacent: boolean) => {
      const governor = verbGroupAt(tokens, at, v, governors, depth + 1);
      group.governor = governor;
      // « va signer »: the near future.
      group.tense = governor.lemma === 'aller' && governor.tense === 'present' ? 'future' : governor.tense;
      group.plural = governor.plural;
      // The group spans its governor only when nothing stands between them (« a décidé d'élever »).
      if (adjacent) group.first = governor.first;
    };
    // « l'invitation (de son homologue) à effectuer »: the noun the infinitive complements, within five words before « à ».
    if (complementizer && tokens[leftOf(tokens, group.first)]?.norm === 'à') {
      for (let k = j, n = 0; k >= 0 && n < 5; k--, n++) {
        if (tokens[k]!.norm === 'invitation') group.invitation = true;
        if (tokens[k]!.norm === 'invitation' || /^[.;:,]$/u.test(tokens[k]!.norm)) break;
      }
    }
    // « son homologue » is a noun, not a form of « homologuer »: a word right after a determiner governs nothing.
    const determined = /^(?:le|la|les|l'|un|une|des|son|sa|ses|leur|leurs|ce|cet|cette|ces)$/u.test(tokens[leftOf(tokens, j)]?.norm ?? '');
    const adjacent = determined || group.invitation ? undefined : before?.verbs.find((x) => x.lemma !== analysis.lemma && x.lemma !== 'être');
    if (before && /^(?:pour|afin|vue|sans|avant)$/u.test(before.norm)) group.purpose = true;
    else if (before && adjacent && depth < 2) govern(j, adjacent, true);
    else if (before?.norm === 'et' && depth === 0) {
      // « doit s'entretenir avec le ministre …, M. X, et signer un plan … » (fixture b9-17): an infinitive coordinated with a governed
      // one shares its governor, within the clause.
      for (let k = j - 1; k >= 0 && k > j - 30; k--) {
        const t = tokens[k]!;
        const abbreviation = t.norm === '.' && /^(?:m|mme|dr|pr|\p{L})$/u.test(tokens[k - 1]?.norm ?? '');
        if ((/^[.;:]$/u.test(t.norm) && !abbreviation) || t.norm === 'que' || t.norm === "qu'" || t.norm === 'qui') break;
        const v = t.verbs.find((x) => x.tense === 'W');
        const governed = v ? verbGroupAt(tokens, k, v, governors, depth + 1).governor : null;
        if (governed) {
          group.governor = governed;
          group.tense = governed.lemma === 'aller' && governed.tense === 'present' ? 'future' : governed.tense;
          group.plural = governed.plural;
          break;
        }
      }
    }
    else if (complementizer && depth === 0) {
      // « ont décidé mercredi 20 mai, à l'issue de leurs entretiens, d'élever … »: a governing verb may stand a few phrases back.
      for (let k = j; k >= 0 && k > j - 30; k--) {
        const t = tokens[k]!;
        if (/^[.;:]$/u.test(t.norm) || t.norm === 'que' || t.norm === "qu'") break;
        const v = t.verbs.find((x) => governors.has(x.lemma) && x.tense !== 'W');
        if (v) {
          govern(k, v, false);
          break;
        }
      }
    }
  } else {
    group.tense = finiteTense(analysis.tense);
    const r = reflexiveBefore(tokens, i);
    if (r >= 0) Object.assign(group, { pronominal: true, first: r });
  }
  group.negated = negatedAt(tokens, group.first, finiteAt, group.head);
  return group;
}

/** The « avoir » of a compound past earlier in the clause whose participle a coordinated one shares: « ont examiné … et adopté ». */
function sharedAuxiliary(tokens: readonly Token[], from: number): VerbAnalysis | null {
  for (let k = from - 1; k >= 0 && k > from - 40; k--) {
    const t = tokens[k]!;
    if (/^[.;:]$/u.test(t.norm) || t.norm === 'que' || t.norm === "qu'" || t.norm === 'qui') return null;
    const have = reading(t, 'avoir', 'PIJFCST');
    if (have && tokens.slice(k + 1, k + 4).some((x) => x.verbs.some((v) => v.tense === 'K'))) return have;
  }
  return null;
}

/** Index of a reflexive pronoun right before the verb at `i` (« s'est », « se sont », « s'y est »), or -1. */
function reflexiveBefore(tokens: readonly Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && (CLITICS.has(tokens[j]!.norm) || tokens[j]!.norm === "n'" || tokens[j]!.norm === 'ne')) {
    if (tokens[j]!.norm === "n'" || tokens[j]!.norm === 'ne') return -1;
    j--;
  }
  const t = tokens[j];
  if (!t || !REFLEXIVE.has(t.norm)) return -1;
  // « nous », « vous » are subjects as often as reflexives: only directly before the verb.
  if ((t.norm === 'nous' || t.norm === 'vous') && j !== i - 1) return -1;
  return j;
}

/** « ne … pas », « n'a jamais »: a negation around the finite part of the group. */
function negatedAt(tokens: readonly Token[], first: number, finite: number, head: number): boolean {
  let j = first - 1;
  while (j >= 0 && (REFLEXIVE.has(tokens[j]!.norm) || CLITICS.has(tokens[j]!.norm))) j--;
  if (!tokens[j] || (tokens[j]!.norm !== "n'" && tokens[j]!.norm !== 'ne')) return false;
  for (let k = finite + 1; k <= Math.min(head + 2, tokens.length - 1); k++) if (NEGATIONS.has(tokens[k]!.norm)) return true;
  return false;
}

/** A verb group tells something that happened, is announced, or is only wished, denied or purposed. */
export function groupStatus(g: VerbGroup, governors: Governors): 'occurred' | 'planned' | 'unreal' {
  if (g.negated || g.purpose) return 'unreal';
  if (g.form === 'infinitive') {
    const governor = g.governor;
    // An infinitive nothing governs, or that an unlisted verb governs, tells no act of its own.
    const effect = governor ? governors.get(governor.lemma) : undefined;
    if (g.invitation) return governor?.negated || effect === 'unreal' ? 'unreal' : 'planned';
    if (!governor || !effect || governor.negated || effect === 'unreal') return 'unreal';
    if (governor.tense === 'conditional' || governor.tense === 'conditional_past') return 'unreal';
    if (governor.tense === 'future' || governor.tense === 'future_perfect') return 'planned';
    return effect;
  }
  if (g.tense === 'future' || g.tense === 'future_perfect') return 'planned';
  if (g.tense === 'conditional' || g.tense === 'conditional_past' || g.tense === 'subjunctive') return 'unreal';
  return 'occurred';
}
