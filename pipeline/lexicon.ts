/**
 * Phrase matching for dictionaries: every alias is matched as whole words
 * on the accent-folded view of a text (« Hanoi » finds « Hanoï »), longest
 * alias first, and each match comes back with UTF-16 offsets of the
 * original text.
 *
 * Aliases are indexed by their first word, so finding them costs a lookup
 * per word of the text and a comparison per alias that starts with that
 * word, however many thousand aliases the dictionary holds (the gazetteer
 * has 9,000): no alternation of every alias is compiled or run.
 */
import { foldAccents, originalRange, type NormalizedView } from './source.ts';

export interface LexiconEntry<T> {
  alias: string;
  value: T;
  /** Acronyms (« UN », « IA ») match only in capitals, so the article « un » is not the United Nations. */
  caseSensitive: boolean;
  /** Proper names (« Chine ») must start with a capital in the text. */
  capitalized: boolean;
}

export interface LexiconMatch<T> {
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  text: string;
  value: T;
}

const foldAlias = (s: string) => foldAccents(s).text.replace(/\s+/g, ' ').trim();
const isAcronym = (s: string) => /^[\p{Lu}\d&-]{2,}$/u.test(s) && /\p{Lu}{2}/u.test(s);
/** The comparison key of a folded alias or stretch of text: lower case, one space between words, none after an apostrophe. */
const keyOf = (folded: string) => folded.toLowerCase().replace(/\s+/g, ' ').replace(/' /g, "'");
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));

interface Indexed<T> {
  key: string;
  value: T;
  /** The folded alias with its case, for acronyms. */
  exact: string | null;
  capitalized: boolean;
  /** The accented spelling that must be written (« traité », not « traite »), lower case. */
  accented: string | null;
}

/** The first word of a key: its letters and digits up to the first other character. */
function firstWord(key: string): string {
  let i = 0;
  while (i < key.length && isWordChar(key.charCodeAt(i))) i++;
  return key.slice(0, i);
}

export class Lexicon<T> {
  private readonly exact = new Map<string, T>();
  private readonly lower = new Map<string, T>();
  /** First word of a key → the entries starting with it, longest key first. */
  private readonly index = new Map<string, Indexed<T>[]>();
  private readonly accentSensitive: boolean;

  constructor(entries: readonly Omit<LexiconEntry<T>, 'caseSensitive' | 'capitalized'>[] & readonly Partial<LexiconEntry<T>>[], options: { capitalizedNames?: boolean; accentSensitive?: boolean } = {}) {
    this.accentSensitive = options.accentSensitive ?? false;
    const seen = new Set<string>();
    for (const entry of entries) {
      const folded = foldAlias(entry.alias);
      if (!folded) continue;
      const caseSensitive = entry.caseSensitive ?? isAcronym(entry.alias);
      const key = keyOf(folded);
      // The first entry of a spelling wins, as it does for direct lookups.
      const id = caseSensitive ? `=${folded}` : `~${key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (caseSensitive) this.exact.set(folded, entry.value);
      else if (!this.lower.has(key)) this.lower.set(key, entry.value);
      const word = firstWord(key);
      if (!word) continue;
      const indexed: Indexed<T> = {
        key,
        value: entry.value,
        exact: caseSensitive ? folded.replace(/' /g, "'") : null,
        capitalized: !caseSensitive && (entry.capitalized ?? (options.capitalizedNames === true && /^\p{Lu}/u.test(entry.alias))),
        accented: !caseSensitive && this.accentSensitive && /[^\u0000-\u007f]/.test(entry.alias) ? entry.alias.normalize('NFC').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ') : null,
      };
      const list = this.index.get(word) ?? [];
      list.push(indexed);
      this.index.set(word, list);
    }
    for (const list of this.index.values()) list.sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : 1));
  }

  get size(): number {
    return this.exact.size + this.lower.size;
  }

  /** Value of an alias looked up directly (folded), or undefined. */
  get(alias: string): T | undefined {
    const folded = foldAlias(alias);
    return this.exact.get(folded) ?? this.lower.get(keyOf(folded));
  }

  /** All non-overlapping matches in `text[from, to)`, leftmost-longest. */
  find(text: string, from = 0, to = text.length, view: NormalizedView = foldAccents(text, from, to)): LexiconMatch<T>[] {
    if (this.index.size === 0) return [];
    // The key text: lower case, whitespace runs as one space, no space after an apostrophe; `at[k]` is where key unit k is in the view.
    const v = view.text;
    // Built as an array and joined once: appending to a string and reading its last character copies it every time.
    const chars: string[] = [];
    const at: number[] = [];
    let last = '';
    for (let i = 0; i < v.length; i++) {
      const code = v.charCodeAt(i);
      if (code === 32 || (code >= 9 && code <= 13)) {
        if (last !== '' && last !== ' ' && last !== "'") {
          chars.push((last = ' '));
          at.push(i);
        }
        continue;
      }
      const lower = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code < 128 ? v[i]! : v[i]!.toLowerCase();
      for (let u = 0; u < lower.length; u++) {
        chars.push(lower[u]!);
        at.push(i);
      }
      last = lower[lower.length - 1] ?? last;
    }
    const key = chars.join('');
    const out: LexiconMatch<T>[] = [];
    let k = 0;
    while (k < key.length) {
      if (!isWordChar(key.charCodeAt(k)) || (k > 0 && isWordChar(key.charCodeAt(k - 1)))) {
        k++;
        continue;
      }
      let e = k;
      while (e < key.length && isWordChar(key.charCodeAt(e))) e++;
      const candidates = this.index.get(key.slice(k, e));
      let matched: { end: number; value: T } | null = null;
      for (const c of candidates ?? []) {
        const end = k + c.key.length;
        if (end > key.length || key.charCodeAt(end - 1) !== c.key.charCodeAt(c.key.length - 1) || !key.startsWith(c.key, k)) continue;
        if (end < key.length && isWordChar(key.charCodeAt(end)) && isWordChar(c.key.charCodeAt(c.key.length - 1))) continue;
        const viewStart = at[k]!;
        const viewEnd = at[end - 1]! + 1;
        const written = v.slice(viewStart, viewEnd).replace(/\s+/g, ' ').replace(/' /g, "'");
        if (c.exact !== null && written !== c.exact) continue;
        if (c.capitalized && !/^\p{Lu}/u.test(written)) continue;
        if (c.accented !== null) {
          const [a, b] = originalRange(view, viewStart, viewEnd);
          if (text.slice(a, b).normalize('NFC').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ') !== c.accented) continue;
        }
        matched = { end, value: c.value };
        break;
      }
      if (!matched) {
        k = e;
        continue;
      }
      const [start, end] = originalRange(view, at[k]!, at[matched.end - 1]! + 1);
      out.push({ start, end, text: text.slice(start, end), value: matched.value });
      k = matched.end;
    }
    return out;
  }
}
