/**
 * Words of a sentence, each with its code-point span in the source file, the
 * form rules look up (NFC, lower case, one apostrophe) and its verb readings.
 * Elided articles and pronouns stand alone (« l' », « s' », « qu' »), so
 * « s'est entretenu » is three tokens: « s' », « est », « entretenu ».
 */
import { normalizeForMatching, originalRange, type SourceText, type Span } from '../source.ts';
import { verbAnalyses, type VerbAnalysis } from './morphology.ts';

export interface Token extends Span {
  /** As written. */
  text: string;
  /** Lower case, NFC, apostrophes as « ' »: the key rules match. */
  norm: string;
  kind: 'word' | 'number' | 'punct';
  capitalized: boolean;
  /** Verb readings (empty for closed-class words and forms no verb has). */
  verbs: VerbAnalysis[];
}

/** Words that are never verbs here, although the lexicon has a verb of that spelling (« entre » is entrer, « cours » courir, « sous » …). */
const CLOSED_CLASS = new Set(
  [
    "l'", "d'", "s'", "n'", "qu'", "c'", "j'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'", 'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'au', 'aux',
    'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'entre', 'avec', 'par', 'pour',
    'sur', 'sous', 'dans', 'en', 'à', 'vers', 'chez', 'contre', 'depuis', 'pendant', 'durant', 'lors', 'selon', 'et', 'ou', 'mais', 'donc', 'or', 'ni',
    'car', 'que', 'qui', 'dont', 'où', 'si', 'comme', 'quand', 'plus', 'moins', 'très', 'bien', 'aussi', 'encore', 'déjà', 'ne', 'pas', 'il', 'elle',
    'ils', 'elles', 'on', 'nous', 'vous', 'se', 'y', 'cours', 'marge', 'face', 'suite', 'fin', 'part', 'tête', 'sein', 'cadre', 'issue', 'occasion',
    'afin', 'ainsi', 'tous', 'toutes', 'tout', 'toute', 'même', 'mêmes', 'autre', 'autres', 'deux', 'trois', 'premier', 'première', 'nouveau', 'nouvelle',
  ],
);

const ELISION = /^(?:l|d|s|n|qu|c|j|m|t|jusqu|lorsqu|puisqu|quoiqu)'/iu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'][\p{L}\p{M}\p{N}]+)*'?|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tokens of `source[span]`. Offsets are code points into the source file. */
export function tokenize(source: SourceText, span: Span): Token[] {
  const from = source.toUnit(span.start);
  const to = source.toUnit(span.end);
  const view = normalizeForMatching(source.text, from, to);
  const out: Token[] = [];
  const push = (a: number, b: number) => {
    const [ua, ub] = originalRange(view, a, b);
    const raw = view.text.slice(a, b);
    const norm = raw.toLowerCase();
    const kind: Token['kind'] = /^\p{N}+$/u.test(raw) ? 'number' : /[\p{L}]/u.test(raw) ? 'word' : 'punct';
    const cp = source.spanFromUnits(ua, ub);
    out.push({ ...cp, text: source.text.slice(ua, ub), norm, kind, capitalized: /^\p{Lu}/u.test(raw), verbs: kind === 'word' && !CLOSED_CLASS.has(norm) ? verbAnalyses(norm) : [] });
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(view.text); m; m = WORD.exec(view.text)) {
    let a = m.index;
    const b = a + m[0].length;
    // « l'entretien », « s'est », « qu'il »: the elided word is a token of its own.
    for (;;) {
      const elided = ELISION.exec(view.text.slice(a, b));
      if (!elided || elided[0].length === b - a) break;
      push(a, a + elided[0].length);
      a += elided[0].length;
    }
    // « a-t-il », « se réunira-t-elle »: the verb, then the inverted pronoun.
    const inverted = /-(?:t-)?(?:il|elle|ils|elles|on)$/iu.exec(view.text.slice(a, b));
    if (inverted && inverted.index > 0) {
      push(a, a + inverted.index);
      continue;
    }
    push(a, b);
  }
  return out;
}
