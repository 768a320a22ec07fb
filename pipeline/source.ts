/**
 * The one place that knows JavaScript strings are UTF-16.
 *
 * Everything the dataset publishes is in Unicode code points (what Python's
 * `str` indexes), so that `text[char_start:char_end] == evidence` holds for
 * users in Python, R and JS alike. Internally stages work on ordinary JS
 * strings (regexes need them) and convert at the boundary through a
 * `SourceText`, which indexes the file once.
 */

/** A stretch of a source file. `start`/`end` are code points, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export class SourceText {
  readonly text: string;
  /** Length in code points. */
  readonly length: number;
  /** UTF-16 unit index of every code point, plus the end; absent when the text has no astral characters (then both units agree). */
  private readonly unitOfCodePoint: Int32Array | null;

  constructor(text: string) {
    this.text = text;
    let astral = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        astral = true;
        break;
      }
    }
    if (!astral) {
      this.unitOfCodePoint = null;
      this.length = text.length;
      return;
    }
    const units: number[] = [];
    for (let i = 0; i < text.length; ) {
      units.push(i);
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
    }
    units.push(text.length);
    this.unitOfCodePoint = Int32Array.from(units);
    this.length = units.length - 1;
  }

  /** UTF-16 unit offset → code point offset. A unit inside a surrogate pair maps to its code point. */
  toCodePoint(unit: number): number {
    const map = this.unitOfCodePoint;
    if (!map) return unit;
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (map[mid]! <= unit) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Code point offset → UTF-16 unit offset. */
  toUnit(codePoint: number): number {
    const map = this.unitOfCodePoint;
    if (!map) return codePoint;
    return map[Math.max(0, Math.min(codePoint, map.length - 1))]!;
  }

  /** The text of a code-point span. */
  slice(span: Span): string {
    return this.text.slice(this.toUnit(span.start), this.toUnit(span.end));
  }

  /** A code-point span from UTF-16 unit offsets. */
  spanFromUnits(unitStart: number, unitEnd: number): Span {
    return { start: this.toCodePoint(unitStart), end: this.toCodePoint(unitEnd) };
  }
}

/**
 * A normalized copy of (part of) a text that remembers, for every UTF-16 unit
 * it holds, where it came from. Matching runs on `text`; `originalRange` turns
 * a match back into UTF-16 offsets of the original string.
 */
export interface NormalizedView {
  text: string;
  /** For unit i of `text`: the original unit where its source cluster starts. */
  readonly origStart: Int32Array;
  /** For unit i of `text`: the original unit where its source cluster ends (exclusive). */
  readonly origEnd: Int32Array;
}

/** Maps a normalized range [start, end) to the original string's UTF-16 range. */
export function originalRange(view: NormalizedView, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < view.origStart.length ? view.origStart[start]! : view.origEnd[view.origEnd.length - 1] ?? 0;
    return [at, at];
  }
  return [view.origStart[start]!, view.origEnd[end - 1]!];
}

const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/;
const APOSTROPHES = /[\u2019\u2018\u02bc\u00b4\u0060\u2032]/;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u00ab\u00bb]/;
const DASHES = /[\u2010-\u2015\u2212]/;
const COMBINING = /\p{M}/u;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
/** Modifier letters written for ordinals (« 1ᵉʳ juin », « 22ᵉ Dialogue »): the letters they stand for. */
const SUPERSCRIPT_LETTERS = /[\u02b0-\u02b8\u02e0-\u02e4\u1d2c-\u1d6a\u1d9b-\u1dbf\u2071\u207f]/;

/** The one spelling of typographic variants every view shares: spaces, apostrophes, quotes, dashes, superscript letters; undefined when the cluster is none of them. */
function typographic(cluster: string): string | undefined {
  if (cluster.length !== 1 && cluster.codePointAt(0)! <= 0xffff) return undefined;
  if (SPACES.test(cluster)) return ' ';
  if (APOSTROPHES.test(cluster)) return "'";
  if (DOUBLE_QUOTES.test(cluster)) return '"';
  if (DASHES.test(cluster)) return '-';
  if (INVISIBLE.test(cluster)) return '';
  if (SUPERSCRIPT_LETTERS.test(cluster)) return cluster.normalize('NFKC');
  return undefined;
}

/**
 * The view rules match against: NFC, one apostrophe ('), one double quote ("),
 * one hyphen (-), ordinary spaces, invisible characters dropped. Newlines are
 * kept, so line structure survives. Lengths may change; offsets do not get lost.
 */
export function normalizeForMatching(text: string, from = 0, to = text.length): NormalizedView {
  return buildView(text, from, to, MATCHING);
}

/**
 * A lower-case, accent-free, ASCII-ish key view for dictionary lookups
 * (« Hanoï », « Hanoi » and « HANOI » share a key), with the same offset
 * guarantees.
 */
export function foldForLookup(text: string, from = 0, to = text.length): NormalizedView {
  return buildView(text, from, to, LOOKUP);
}

/**
 * No diacritics, ligatures spelled out, case kept: the view dictionaries
 * match on, so « Hanoï » and « Hanoi » meet while « UN » (the organization)
 * and « un » (the article) stay apart.
 */
export function foldAccents(text: string, from = 0, to = text.length): NormalizedView {
  return buildView(text, from, to, ACCENTS);
}

const LIGATURES_CASED: Record<string, string> = { 'œ': 'oe', 'Œ': 'OE', 'æ': 'ae', 'Æ': 'AE', 'ß': 'ss', 'đ': 'd', 'Đ': 'D', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', '\u2026': '...' };


/** Lower case, no diacritics, ligatures spelled out. */
export function foldCluster(cluster: string): string {
  const lig = LIGATURES_CASED[cluster];
  if (lig !== undefined) return lig.toLowerCase();
  return cluster.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Folds a whole string (for dictionary keys, not for matching inside a text). */
export function foldKey(text: string): string {
  return foldForLookup(text).text.replace(/\s+/g, ' ').trim();
}

/**
 * How one view spells a character or a base-plus-marks cluster. ASCII is answered by a table (the views differ only in
 * case and in tab and backquote), everything else once per distinct cluster and remembered: a view is built for every
 * sentence several times, so this is the pipeline's innermost loop.
 */
interface Mapper {
  ascii: string[];
  other: (cluster: string) => string;
  cache: Map<string, string>;
  views: Map<string, NormalizedView>;
}

function mapper(lower: boolean, other: (cluster: string) => string): Mapper {
  const ascii: string[] = [];
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    ascii.push(c === 9 ? ' ' : c === 0x60 ? "'" : lower ? ch.toLowerCase() : ch);
  }
  return { ascii, other: (cluster) => typographic(cluster) ?? other(cluster), cache: new Map(), views: new Map() };
}

const MATCHING = mapper(false, (cluster) => (cluster === '\u2026' ? '...' : cluster.normalize('NFC')));
const LOOKUP = mapper(true, foldCluster);
const ACCENTS = mapper(false, (cluster) => LIGATURES_CASED[cluster] ?? cluster.normalize('NFD').replace(/\p{M}+/gu, ''));

/** Combining marks (U+0300–U+036F and the rarer blocks): they belong to the character before them. */
function isCombining(cp: number): boolean {
  if (cp < 0x300) return false;
  if (cp <= 0x36f) return true;
  return cp >= 0x1ab0 && COMBINING.test(String.fromCodePoint(cp));
}

/**
 * Rules ask for views of the same article's sentences many times over: the view of a long text is built once, whole
 * (per mapper; the last few texts are kept), and the view of a range of it is a slice of that one when the range
 * starts and ends between clusters, which sentences and tokens do. Views are read, never written, by their users.
 */
function buildView(text: string, from: number, to: number, m: Mapper): NormalizedView {
  if (text.length < 256) return computeView(text, from, to, m);
  let whole = m.views.get(text);
  if (whole === undefined) {
    if (m.views.size >= 8) m.views.clear();
    whole = computeView(text, 0, text.length, m);
    m.views.set(text, whole);
  }
  if (from === 0 && to === text.length) return whole;
  return sliceOf(whole, from, to) ?? computeView(text, from, to, m);
}

/** The part of a whole text's view that covers [from, to), or undefined when a cluster straddles either end. */
function sliceOf(whole: NormalizedView, from: number, to: number): NormalizedView | undefined {
  const starts = whole.origStart;
  const a = firstAtOrAfter(starts, from);
  const b = firstAtOrAfter(starts, to);
  if ((a > 0 && whole.origEnd[a - 1]! > from) || (b > 0 && whole.origEnd[b - 1]! > to)) return undefined;
  return { text: whole.text.slice(a, b), origStart: starts.subarray(a, b), origEnd: whole.origEnd.subarray(a, b) };
}

function firstAtOrAfter(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function computeView(text: string, from: number, to: number, m: Mapper): NormalizedView {
  const parts: string[] = [];
  let starts = new Int32Array(Math.max(16, (to - from) + 8));
  let ends = new Int32Array(starts.length);
  let n = 0;
  const push = (mapped: string, i: number, j: number) => {
    if (n + mapped.length > starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(Math.max(a.length * 2, n + mapped.length + 8));
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
    }
    for (let k = 0; k < mapped.length; k++) {
      starts[n] = i;
      ends[n] = j;
      n++;
    }
    parts.push(mapped);
  };
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // ASCII not followed by a combining mark: the table.
    if (c < 0x80 && !(i + 1 < to && isCombining(text.charCodeAt(i + 1)))) {
      push(m.ascii[c]!, i, i + 1);
      i++;
      continue;
    }
    const first = text.codePointAt(i)!;
    let j = i + (first > 0xffff ? 2 : 1);
    // A base character and its combining marks normalize together (« e » + U+0301 → « é »).
    while (j < to) {
      const next = text.codePointAt(j)!;
      if (!isCombining(next)) break;
      j += next > 0xffff ? 2 : 1;
    }
    const cluster = text.slice(i, j);
    let mapped = m.cache.get(cluster);
    if (mapped === undefined) {
      mapped = m.other(cluster);
      if (m.cache.size < 10_000) m.cache.set(cluster, mapped);
    }
    push(mapped, i, j);
    i = j;
  }
  return { text: parts.join(''), origStart: starts.subarray(0, n), origEnd: ends.subarray(0, n) };
}
