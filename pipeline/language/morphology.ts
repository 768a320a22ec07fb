/**
 * French verb morphology from a real lexicon: every inflected form of the
 * Lefff's 7,826 verbs (npm `french-verbs-lefff`, data LGPL-LR) maps back to
 * its lemma, tense, person, number and gender, so a rule names « recevoir »
 * once and meets « reçu », « reçue », « recevra », « recevant » and
 * « reçoivent » alike. The table is inverted once per process (about half a
 * second) and then looked up per token.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Lefff tense codes: P présent, I imparfait, J passé simple, F futur, C conditionnel, S subjonctif, T subjonctif imparfait, Y impératif, G participe présent, K participe passé, W infinitif. */
export type TenseCode = 'P' | 'I' | 'J' | 'F' | 'C' | 'S' | 'T' | 'Y' | 'G' | 'K' | 'W';

export interface VerbAnalysis {
  lemma: string;
  tense: TenseCode;
  /** 1–3 for finite forms, null otherwise. */
  person: 1 | 2 | 3 | null;
  plural: boolean;
  /** Past participles only: « reçue », « reçues ». */
  feminine: boolean;
}

const TENSES: readonly TenseCode[] = ['P', 'I', 'J', 'F', 'C', 'S', 'T', 'Y', 'G', 'K', 'W'];

interface Table {
  lemmas: string[];
  /** Form → packed analyses: lemma index × 128 + tense index × 8 + slot (0–5 person/number, or 0–3 participle gender/number). */
  forms: Map<string, number | number[]>;
  /** Lemma → its forms by tense, as the lexicon gives them. */
  conjugations: Record<string, Partial<Record<TenseCode, string[]>>>;
}

let table: Table | null = null;

function load(): Table {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const conjugations = JSON.parse(readFileSync(require.resolve('french-verbs-lefff/dist/conjugations.json'), 'utf8')) as Table['conjugations'];
  const lemmas = Object.keys(conjugations).sort();
  const forms = new Map<string, number | number[]>();
  lemmas.forEach((lemma, li) => {
    const tenses = conjugations[lemma]!;
    for (let ti = 0; ti < TENSES.length; ti++) {
      const list = tenses[TENSES[ti]!];
      if (!list) continue;
      for (let slot = 0; slot < list.length; slot++) {
        const form = list[slot]!;
        if (form === 'NA') continue;
        const code = li * 128 + ti * 8 + slot;
        const prev = forms.get(form);
        if (prev === undefined) forms.set(form, code);
        else if (typeof prev === 'number') forms.set(form, [prev, code]);
        else prev.push(code);
      }
    }
  });
  table = { lemmas, forms, conjugations };
  return table;
}

function unpack(t: Table, code: number): VerbAnalysis {
  const lemma = t.lemmas[Math.floor(code / 128)]!;
  const tense = TENSES[Math.floor((code % 128) / 8)]!;
  const slot = code % 8;
  if (tense === 'K') return { lemma, tense, person: null, plural: slot === 1 || slot === 3, feminine: slot >= 2 };
  if (tense === 'G' || tense === 'W') return { lemma, tense, person: null, plural: false, feminine: false };
  return { lemma, tense, person: ((slot % 3) + 1) as 1 | 2 | 3, plural: slot >= 3, feminine: false };
}

/** Every verb reading of a word form, lower case, apostrophes as « ' ». Empty when the form is no verb's. */
export function verbAnalyses(form: string): VerbAnalysis[] {
  const t = load();
  // The Lefff spells « œuvrer » as « oeuvrer ».
  const packed = t.forms.get(form) ?? (form.includes('œ') ? t.forms.get(form.replace(/œ/gu, 'oe')) : undefined);
  if (packed === undefined) return [];
  const codes = typeof packed === 'number' ? [packed] : packed;
  const out: VerbAnalysis[] = [];
  for (const c of codes) {
    const a = unpack(t, c);
    // The Lefff lists a form once per person it serves; keep one reading per (lemma, tense, number, gender).
    if (!out.some((o) => o.lemma === a.lemma && o.tense === a.tense && o.plural === a.plural && o.feminine === a.feminine && (a.tense !== 'P' || o.person === a.person))) out.push(a);
  }
  return out;
}

/** Whether the lexicon knows this verb (so a frame naming it can be checked at load). */
export function isVerbLemma(lemma: string): boolean {
  return Object.prototype.hasOwnProperty.call(load().conjugations, lemma);
}

/** Every form of a verb, for tests and for frames that need the list (« recevoir » → reçu, reçue, recevra …). */
export function verbForms(lemma: string): string[] {
  const tenses = load().conjugations[lemma];
  if (!tenses) return [];
  return [...new Set(Object.values(tenses).flatMap((list) => (list ?? []).filter((f) => f !== 'NA')))].sort();
}

/**
 * Plural of a French noun or adjective by the regular rules: « entretien » → « entretiens », « travail » → « travaux »
 * is not regular and is listed by the frame that needs it; « -s », « -x », « -z » stay; « -al » → « -aux »; « -eau », « -eu » → « x ».
 */
export function pluralOf(word: string): string {
  if (/[sxz]$/u.test(word)) return word;
  if (/(?:eau|eu|au)$/u.test(word)) return `${word}x`;
  if (/al$/u.test(word) && !/(?:bal|carnaval|festival|récital|régal)$/u.test(word)) return `${word.slice(0, -2)}aux`;
  return `${word}s`;
}

/** Feminine and plural forms of an adjective by the regular rules (« bilatéral » → bilatérale, bilatéraux, bilatérales). */
export function adjectiveForms(word: string): string[] {
  const feminine = /e$/u.test(word) ? word : /el$/u.test(word) ? `${word}le` : /ien$/u.test(word) ? `${word}ne` : `${word}e`;
  return [...new Set([word, feminine, pluralOf(word), pluralOf(feminine)])];
}
