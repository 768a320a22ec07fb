/**
 * Phrase matching for dictionaries: every alias is matched as whole words
 * on the accent-folded view of a text (« Hanoi » finds « Hanoï »), longest
 * alias first, and each match comes back with UTF-16 offsets of the
 * original text.
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const foldAlias = (s: string) => foldAccents(s).text.replace(/\s+/g, ' ').trim();
const isAcronym = (s: string) => /^[\p{Lu}\d&-]{2,}$/u.test(s) && /\p{Lu}{2}/u.test(s);

export class Lexicon<T> {
  private readonly exact = new Map<string, T>();
  private readonly lower = new Map<string, T>();
  private readonly capitalized = new Set<string>();
  /** Accented spellings that must match as written (« traité » the treaty, not « traite » the trafficking). */
  private readonly accented = new Map<string, string>();
  private readonly accentSensitive: boolean;
  private readonly pattern: RegExp | null;

  constructor(entries: readonly Omit<LexiconEntry<T>, 'caseSensitive' | 'capitalized'>[] & readonly Partial<LexiconEntry<T>>[], options: { capitalizedNames?: boolean; accentSensitive?: boolean } = {}) {
    this.accentSensitive = options.accentSensitive ?? false;
    const alternatives = new Set<string>();
    for (const entry of entries) {
      const folded = foldAlias(entry.alias);
      if (!folded) continue;
      const caseSensitive = entry.caseSensitive ?? isAcronym(entry.alias);
      if (caseSensitive) {
        if (!this.exact.has(folded)) this.exact.set(folded, entry.value);
      } else {
        const key = folded.toLowerCase();
        if (!this.lower.has(key)) this.lower.set(key, entry.value);
        if (/[^\u0000-\u007f]/.test(entry.alias)) this.accented.set(key, entry.alias.normalize('NFC').toLowerCase());
        if (entry.capitalized ?? (options.capitalizedNames && /^\p{Lu}/u.test(entry.alias))) this.capitalized.add(key);
      }
      alternatives.add(escape(folded).replace(/ /g, '\\s+').replace(/'/g, "'\\s*"));
    }
    const sorted = [...alternatives].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.pattern = sorted.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  }

  get size(): number {
    return this.exact.size + this.lower.size;
  }

  /** Value of an alias looked up directly (folded), or undefined. */
  get(alias: string): T | undefined {
    const folded = foldAlias(alias);
    return this.exact.get(folded) ?? this.lower.get(folded.toLowerCase());
  }

  /** All non-overlapping matches in `text[from, to)`, leftmost-longest. */
  find(text: string, from = 0, to = text.length, view: NormalizedView = foldAccents(text, from, to)): LexiconMatch<T>[] {
    if (!this.pattern) return [];
    const out: LexiconMatch<T>[] = [];
    const re = this.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(view.text); m; m = re.exec(view.text)) {
      const matched = m[0].replace(/\s+/g, ' ').replace(/' /g, "'");
      let value = this.exact.get(matched);
      if (value === undefined) {
        const key = matched.toLowerCase();
        value = this.lower.get(key);
        if (value !== undefined && this.capitalized.has(key) && !/^\p{Lu}/u.test(matched)) value = undefined;
        const accented = this.accented.get(key);
        if (value !== undefined && this.accentSensitive && accented !== undefined) {
          const [a, b] = originalRange(view, m.index, m.index + m[0].length);
          const written = text.slice(a, b).normalize('NFC').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
          if (written !== accented) value = undefined;
        }
      }
      if (value === undefined) {
        // The case-insensitive regex found an acronym in the wrong case: try again one character on.
        re.lastIndex = m.index + 1;
        continue;
      }
      const [start, end] = originalRange(view, m.index, m.index + m[0].length);
      out.push({ start, end, text: text.slice(start, end), value });
    }
    return out;
  }
}
