/**
 * Copies of one story: the same agency dispatch republished by several
 * outlets, each with its own banner, title, sign-off and teasers, sometimes
 * cut shorter. Two articles tell one story when their story texts are nearly
 * the same (MinHash of word shingles, estimated Jaccard ≥ STORY_JACCARD),
 * their facts agree (numbers with their neighbours, names, countries: one
 * side's may be missing, as in a shorter copy, but not both sides' own, as in
 * a report of the same meeting a week or a year later, or with another
 * partner) and their publication days, when both are known, are at most
 * STORY_DAYS apart. Candidates come from LSH bands, so the work is linear in
 * the number of articles; stories are the connected components, built in
 * content order and checked member against member so that no chain joins two
 * articles that disagree.
 */
import { MINHASH_SIZE, type Fingerprint } from './fingerprint.ts';

export const STORY_JACCARD = 0.6;
export const STORY_DAYS = 3;
/** A story larger than this is not one dispatch's copies. */
export const MAX_STORY = 64;
const BANDS = 16;
const ROWS = MINHASH_SIZE / BANDS;
/** Candidates met per band bucket: the most recent ones, in content order. */
const WINDOW = 32;

export interface StoryInput {
  articleId: string;
  /** Earliest and latest publication day (YYYY-MM-DD), when known. */
  published: { start: string; end: string } | null;
  fingerprint: Fingerprint;
}

/** Estimated Jaccard similarity of two MinHash signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * True unless both sides have facts of their own: a copy cut shorter lacks
 * some, and one outlet's chrome may add one (a banner, « (VNA) »), but a day,
 * a name or a country changed shows on both sides (« le 9 janvier » against
 * « le 16 janvier »: two facts each).
 */
export function factsAgree(a: Uint32Array, b: Uint32Array): boolean {
  let onlyA = 0;
  let onlyB = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) i++, j++;
    else if (a[i]! < b[j]!) onlyA++, i++;
    else onlyB++, j++;
  }
  onlyA += a.length - i;
  onlyB += b.length - j;
  return Math.min(onlyA, onlyB) < OWN_FACTS;
}

/** Facts each side must have of its own for two near-identical texts to be two stories. */
const OWN_FACTS = 2;

const DAY = 86_400_000;
function daysApart(a: { start: string; end: string }, b: { start: string; end: string }): number {
  const gap = Math.max(Date.parse(a.start) - Date.parse(b.end), Date.parse(b.start) - Date.parse(a.end), 0);
  return gap / DAY;
}

export function sameStory(a: StoryInput, b: StoryInput): boolean {
  if (a.published && b.published && daysApart(a.published, b.published) > STORY_DAYS) return false;
  return similarity(a.fingerprint.minhash, b.fingerprint.minhash) >= STORY_JACCARD && factsAgree(a.fingerprint.facts, b.fingerprint.facts);
}

/**
 * The story of each article, as the index of its first member in the order
 * given (content order). An article alone is its own story.
 */
export function findStories(items: readonly StoryInput[]): number[] {
  const parent = items.map((_, i) => i);
  const members = items.map((_, i) => [i]);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    const sig = items[i]!.fingerprint.minhash;
    if (sig.length !== MINHASH_SIZE) continue;
    for (let band = 0; band < BANDS; band++) {
      const key = `${band}:${Array.prototype.join.call(sig.subarray(band * ROWS, (band + 1) * ROWS), ',')}`;
      const bucket = buckets.get(key);
      if (!bucket) {
        buckets.set(key, [i]);
        continue;
      }
      for (let k = Math.max(0, bucket.length - WINDOW); k < bucket.length; k++) {
        const j = bucket[k]!;
        const ri = find(i);
        const rj = find(j);
        if (ri === rj || !sameStory(items[i]!, items[j]!)) continue;
        // Every member against every member: a shorter copy agrees with two near misses that disagree with each other.
        const a = members[ri]!;
        const b = members[rj]!;
        if (a.length + b.length > MAX_STORY || !a.every((x) => b.every((y) => sameStory(items[x]!, items[y]!)))) continue;
        const [root, child] = ri < rj ? [ri, rj] : [rj, ri];
        parent[child] = root;
        members[root] = [...members[root]!, ...members[child]!];
        members[child] = [];
      }
      bucket.push(i);
    }
  }
  // The root is always the member that comes first.
  return items.map((_, i) => find(i));
}
