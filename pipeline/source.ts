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

/** The one spelling of typographic variants every view shares: spaces, apostrophes, quotes, dashes; undefined when the cluster is none of them. */
function typographic(cluster: string): string | undefined {
  if (cluster.length !== 1 && cluster.codePointAt(0)! <= 0xffff) return undefined;
  if (SPACES.test(cluster)) return ' ';
  if (APOSTROPHES.test(cluster)) return "'";
  if (DOUBLE_QUOTES.test(cluster)) return '"';
  if (DASHES.test(cluster)) return '-';
  if (INVISIBLE.test(cluster)) return '';
  return undefined;
}

/**
 * The view rules match against: NFC, one apostrophe ('), one double quote ("),
 * one hyphen (-), ordinary spaces, invisible characters dropped. Newlines are
 * kept, so line structure survives. Lengths may change; offsets do not get lost.
 */
export function normalizeForMatching(text: string, from = 0, to = text.length): NormalizedView {
  return buildView(text, from, to, (cluster) => typographic(cluster) ?? (cluster === '\u2026' ? '...' : cluster.normalize('NFC')));
}

/**
 * A lower-case, accent-free, ASCII-ish key view for dictionary lookups
 * (« Hanoï », « Hanoi » and « HANOI » share a key), with the same offset
 * guarantees.
 */
export function foldForLookup(text: string, from = 0, to = text.length): NormalizedView {
  return buildView(text, from, to, (cluster) => typographic(cluster) ?? foldCluster(cluster));
}

/**
 * No diacritics, ligatures spelled out, case kept: the view dictionaries
 * match on, so « Hanoï » and « Hanoi » meet while « UN » (the organization)
 * and « un » (the article) stay apart.
 */
export function foldAccents(text: string, from = 0, to = text.length): NormalizedView {
  return buildView(text, from, to, (cluster) => typographic(cluster) ?? LIGATURES_CASED[cluster] ?? cluster.normalize('NFD').replace(/\p{M}+/gu, ''));
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

function buildView(text: string, from: number, to: number, mapCluster: (cluster: string) => string): NormalizedView {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = from;
  while (i < to) {
    const first = text.codePointAt(i)!;
    let j = i + (first > 0xffff ? 2 : 1);
    // A base character and its combining marks normalize together (« e » + U+0301 → « é »).
    while (j < to) {
      const next = text.codePointAt(j)!;
      if (!COMBINING.test(String.fromCodePoint(next))) break;
      j += next > 0xffff ? 2 : 1;
    }
    const mapped = mapCluster(text.slice(i, j));
    out += mapped;
    for (let k = 0; k < mapped.length; k++) {
      starts.push(i);
      ends.push(j);
    }
    i = j;
  }
  return { text: out, origStart: Int32Array.from(starts), origEnd: Int32Array.from(ends) };
}
