/**
 * Stage 3 — segment: an article's content → paragraphs and French sentences,
 * each a code-point span of the source file.
 */
import type { Article } from './02-clean.ts';
import { AGENCY_DATELINE, AGENCY_OPENER, DANGLING_END, DATELINE_ALONE, DATELINE_OPENING, SENTENCE_END } from './patterns.ts';
import { foldKey, normalizeForMatching, type SourceText, type Span } from './source.ts';

export interface Sentence extends Span {
  /** Index of the sentence in the article, from 0. */
  index: number;
  paragraph: number;
}

export interface Segmented {
  paragraphs: Span[];
  sentences: Sentence[];
}

/**
 * Abbreviations after which a period does not end a sentence (lower-cased,
 * without the period). Single capital letters (« S. Iswaran », « K. Shanmugam »)
 * are handled as initials, not listed here.
 */
export const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'prof', 'me', 'mgr', 'st', 'ste', 'gén', 'gen', 'col', 'lt', 'cdt', 'cne',
  'av', 'apr', 'env', 'cf', 'ex', 'éd', 'ed', 'vol', 'art', 'chap', 'p', 'pp', 'n°', 'no', 'nº', 'tél', 'tel', 'fig', 'réf', 'ref',
  'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'dec', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep',
  'vs', 'approx', 'min', 'max', 'resp', 'hab', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'mr', 'mrs', 'ms', 'dept', 'adj',
]);

/**
 * Group a run of content spans into paragraphs. A line that does not end a sentence continues into the next one, across
 * blank lines too, when the break is plainly inside a sentence: the next starts in lower case (« … a constaté avec\njoie
 * que … »), the line ends on a word no sentence ends on (« … le chef du\n\nBureau national de la cybersécurité »), the
 * next opens with a parenthesis (« …\n\n(BNC) de Thaïlande, … »), or the line is a dateline alone (« Vientiane, le 14 mars
 * 2023 — »); the cases are tests/03-segment.test.ts's. Never across noise (a caption, a credit, a link between them), never
 * into a repeat of the title or a new story's dateline. A paragraph is the span from its first line's start to its last
 * line's end, blank lines included: nothing is rewritten.
 */
export function paragraphs(source: SourceText, content: readonly Span[], title: string | null = null): Span[] {
  const out: Span[] = [];
  const titleKey = title === null ? null : foldKey(title);
  for (const span of content) {
    const prev = out[out.length - 1];
    if (prev && continuesLine(source, prev, span, titleKey)) prev.end = span.end;
    else out.push({ start: span.start, end: span.end });
  }
  return out;
}

function continuesLine(source: SourceText, prev: Span, next: Span, titleKey: string | null): boolean {
  // Only blanks between them: anything else there is noise set aside by cleaning.
  if (!/^\s*$/u.test(source.slice({ start: prev.end, end: next.start }))) return false;
  const prevText = source.slice(prev);
  if (SENTENCE_END.test(prevText)) return false;
  const nextText = source.slice(next);
  const nextView = normalizeForMatching(nextText).text;
  if (titleKey !== null && foldKey(nextText) === titleKey) return false;
  if (AGENCY_DATELINE.test(nextView) || DATELINE_OPENING.test(nextView)) return false;
  if (/^\p{Ll}/u.test(nextText)) return true;
  const prevView = normalizeForMatching(prevText).text;
  const lastLine = prevView.slice(prevView.search(/[^\n]*$/));
  return DANGLING_END.test(prevView) || (nextView.startsWith('(') && !AGENCY_OPENER.test(nextView)) || DATELINE_ALONE.test(lastLine);
}

/** Split article content into paragraphs and sentences. Offsets are code points into the source file. */
export function segment(article: Article): Segmented {
  const source = article.doc.source;
  const paras = paragraphs(source, article.content, article.title?.text ?? null);
  const sentences: Sentence[] = [];
  paras.forEach((para, paragraph) => {
    for (const whole of splitSentences(source, para)) {
      for (const span of capLength(source, whole)) sentences.push({ ...span, index: sentences.length, paragraph });
    }
  });
  return { paragraphs: paras, sentences };
}

/**
 * The longest sentence a rule reads, in code points. The press's longest run
 * about 600; a file with no sentence ends (a dump, a list with no periods)
 * would otherwise be one « sentence » that every rule rescans, in time that
 * grows with the square of its length, and an evidence cell longer than a
 * spreadsheet cell holds (32,767 characters).
 */
export const MAX_SENTENCE_CHARS = 2000;

const SPACE = /\s/u;
const CLAUSE_END = /[,;:)\]»”]/u;
const MARK = /[\p{M}\u200c\u200d]/u;

/**
 * A sentence longer than `max` code points, cut into pieces of at most `max`:
 * after the last clause mark (`,` `;` `:`) followed by a space in the second
 * half of the window, else at the last space, else at `max` (never between a
 * letter and its combining accent). Pieces are trimmed; no other character is
 * lost or moved.
 */
export function capLength(source: SourceText, span: Span, max = MAX_SENTENCE_CHARS): Span[] {
  if (span.end - span.start <= max) return [span];
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > max) {
    const window = [...source.slice({ start, end: start + max + 1 })];
    let cut = 0;
    for (let i = max; i > max / 2 && cut === 0; i--) if (SPACE.test(window[i - 1]!) && CLAUSE_END.test(window[i - 2] ?? '')) cut = i;
    for (let i = max; i > max / 2 && cut === 0; i--) if (SPACE.test(window[i - 1]!)) cut = i;
    if (cut === 0) {
      cut = max;
      while (cut > 1 && MARK.test(window[cut]!)) cut--;
    }
    let end = cut;
    while (end > 0 && SPACE.test(window[end - 1]!)) end--;
    if (end > 0) pieces.push({ start, end: start + end });
    start += cut;
    while (start < span.end && SPACE.test(source.slice({ start, end: start + 1 }))) start++;
  }
  if (start < span.end) pieces.push({ start, end: span.end });
  return pieces;
}

const OPENERS = /["«(\[]/;
const CLOSERS = /["»)\]']/;

/** Sentence spans inside one paragraph span (code points), trimmed of spaces. */
export function splitSentences(source: SourceText, para: Span): Span[] {
  const uStart = source.toUnit(para.start);
  const uEnd = source.toUnit(para.end);
  const view = normalizeForMatching(source.text, uStart, uEnd);
  const t = view.text;
  const cuts: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < t.length && /[.!?]/.test(t[j]!)) j++;
    for (;;) {
      while (j < t.length && CLOSERS.test(t[j]!)) j++;
      // French typography puts a space before the closing guillemet: « … forte. » Les délégués…
      let m = j;
      while (m < t.length && t[m] === ' ') m++;
      if (m > j && m < t.length && /[»”]/.test(source.text[view.origStart[m]!]!)) j = m + 1;
      else break;
    }
    let k = j;
    while (k < t.length && /\s/.test(t[k]!)) k++;
    if (k >= t.length) break;
    let next = k;
    while (next < t.length && OPENERS.test(t[next]!)) next++;
    const nextChar = t[next] ?? '';
    const singleDot = c === '.' && j === i + 1;
    if (singleDot && isAbbreviation(t, i)) continue;
    const boundary =
      k > j
        ? /[\p{Lu}\d]/u.test(nextChar)
        : // « hier.Le ministre », « en 2023.Le ministre », « la cybersécurité.D'autre part » (words run together) end a sentence; « 1.000 », « qdnd.vn » do not.
          singleDot && /(?:\p{Ll}{3}|(?<![\p{L}\p{N}.,])\d{4})$/u.test(t.slice(0, i)) && /^\p{Lu}(?:\p{Ll}|'\p{L})/u.test(t.slice(next, next + 3));
    if (!boundary) continue;
    cuts.push(k);
    i = k - 1;
  }
  const spans: Span[] = [];
  let from = 0;
  for (const cut of [...cuts, t.length]) {
    let a = from;
    let b = cut;
    while (a < b && /\s/.test(t[a]!)) a++;
    while (b > a && /\s/.test(t[b - 1]!)) b--;
    if (b > a) {
      const [ua, ub] = [view.origStart[a]!, view.origEnd[b - 1]!];
      spans.push(source.spanFromUnits(ua, ub));
    }
    from = cut;
  }
  return spans;
}

/** True when the period at `dot` closes an abbreviation or an initial rather than a sentence. */
function isAbbreviation(t: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}°º]/u.test(t[s - 1]!)) s--;
  const word = t.slice(s, dot);
  if (word === '') return false;
  // Initials: « M. S. Iswaran », « K. Shanmugam », « J.-C. ».
  if (/^\p{Lu}$/u.test(word)) return true;
  if (word === 'etc') return false;
  return ABBREVIATIONS.has(word.toLowerCase());
}
