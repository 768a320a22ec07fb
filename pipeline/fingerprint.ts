/**
 * What an article's story text looks like, for finding the same story in
 * another outlet (stories.ts): a MinHash of its word shingles, and the set
 * of its facts (numbers and capitalised words). Computed per article from
 * the content spans (noise, banners and teasers left out), so the chrome
 * one outlet adds does not count.
 */
import type { Article } from './02-clean.ts';

/** Shingles of this many words. */
const SHINGLE = 4;
/** MinHash values per article; stories.ts bands them. */
export const MINHASH_SIZE = 64;

export interface Fingerprint {
  /** MinHash of the folded word shingles (MINHASH_SIZE values; empty when the text has fewer words than a shingle). */
  minhash: Uint32Array;
  /** Hashes of the numbers and capitalised words, sorted and distinct: a changed day, name or country changes them. */
  facts: Uint32Array;
  /** Words of story text. */
  words: number;
}

/** FNV-1a on UTF-16 units: fast, and the same on every machine. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mixer (murmur3's finaliser), so that nearby inputs spread. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The MINHASH_SIZE hash functions: odd multipliers and offsets drawn once from a fixed sequence. */
const SEEDS = (() => {
  const a = new Uint32Array(MINHASH_SIZE);
  const b = new Uint32Array(MINHASH_SIZE);
  let x = 0x9e3779b9;
  for (let i = 0; i < MINHASH_SIZE; i++) {
    x = mix(x + 0x6d2b79f5);
    a[i] = x | 1;
    x = mix(x + 0x6d2b79f5);
    b[i] = x;
  }
  return { a, b };
})();

const WORD = /[\p{L}\p{N}]+/gu;

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * The fingerprint of an article's content (its story text, noise left out).
 * Facts are the capitalised words (and, within a name, each with the one
 * before), each number with the word before and the word after it (« le 9 janvier » and « le 16 janvier » differ even when both
 * numbers occur elsewhere), and the countries the sentences name, demonyms
 * included (« le Premier ministre ouzbek » is not « australien »).
 */
export function fingerprint(article: Article, countries: readonly string[] = []): Fingerprint {
  const words: string[] = [];
  const facts = new Set<number>();
  for (const span of article.content) {
    // Neighbours are read within a stretch of story text: a copy cut after « en 2006 » has the same facts as one going on.
    const raw = [...article.doc.source.slice(span).matchAll(WORD)].map((m) => m[0]);
    const folded = raw.map(fold);
    for (let i = 0; i < raw.length; i++) {
      const w = raw[i]!;
      if (/\p{N}/u.test(w)) {
        facts.add(hashString(`${folded[i - 1] ?? ''} ${folded[i]}`));
        facts.add(hashString(`${folded[i]} ${folded[i + 1] ?? ''}`));
      } else if (/^\p{Lu}/u.test(w)) {
        if (w.length > 1) facts.add(hashString(folded[i]!));
        // Within a name (« K. Shanmugam », « Teo Chee Hean »), each word with the one before.
        if (i > 0 && /^\p{Lu}/u.test(raw[i - 1]!)) facts.add(hashString(`${folded[i - 1]} ${folded[i]}`));
      }
    }
    for (const w of folded) words.push(w);
  }
  for (const iso3 of countries) facts.add(hashString(`country:${iso3}`));
  const minhash = new Uint32Array(words.length >= SHINGLE ? MINHASH_SIZE : 0).fill(0xffffffff);
  if (minhash.length > 0) {
    const hashes = words.map(hashString);
    for (let i = 0; i + SHINGLE <= hashes.length; i++) {
      let h = 0;
      for (let j = 0; j < SHINGLE; j++) h = mix((h ^ hashes[i + j]!) + j);
      for (let k = 0; k < MINHASH_SIZE; k++) {
        const v = mix((Math.imul(SEEDS.a[k]!, h) + SEEDS.b[k]!) >>> 0);
        if (v < minhash[k]!) minhash[k] = v;
      }
    }
  }
  return { minhash, facts: Uint32Array.from([...facts].sort((x, y) => x - y)), words: words.length };
}
