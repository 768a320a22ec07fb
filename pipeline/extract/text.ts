/** Small measures the extraction rules share: distance between spans, content words, ordinals. */
import { foldAccents, foldKey, type Span } from '../source.ts';

export function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** « protocole d'accord de la 11e Conférence » and « … de la 12e Conférence » are different instruments. */
export function ordinalOf(name: string): string | null {
  return /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(\d{1,3})\s*(?:e|è|ème|eme|ᵉ|er|re|ère)(?![\p{L}])/u.exec(foldAccents(name).text)?.[1] ?? null;
}

const ORDINAL_WORDS = ['premier', 'deuxieme', 'troisieme', 'quatrieme', 'cinquieme', 'sixieme', 'septieme', 'huitieme', 'neuvieme', 'dixieme'];

/** The edition a gathering's name opens with, in figures or in words: « 11e réunion … » → 11, « deuxième réunion … » → 2. */
export function editionOf(name: string): number | null {
  const first = foldKey(name).split(' ')[0] ?? '';
  const digits = /^(\d{1,3})(?:e|eme|er|re|ere)?$/u.exec(first);
  if (digits) return Number(digits[1]);
  const word = ORDINAL_WORDS.indexOf(first.replace(/^premiere$/u, 'premier').replace(/^second(?:e)?$/u, 'deuxieme'));
  return word < 0 ? null : word + 1;
}

/** « …, et M. X ont signé »: an honorific's period ends no sentence, so it is blanked before a test for « . » or « ; » (fixtures b7-13, b8-01). */
export function withoutHonorificStops(text: string): string {
  return text.replace(/(?<![\p{L}])(MM?)\./gu, '$1 ');
}

const STOP = new Set(['de', 'du', 'des', 'la', 'le', 'les', "l'", 'et', 'en', 'sur', 'pour', 'a', 'au', 'aux', 'd', 'l', 'un', 'une', 'entre', 'contre', 'matiere', 'e', 'eme', 'er']);

export function contentWords(text: string): Set<string> {
  return new Set(
    foldKey(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}
