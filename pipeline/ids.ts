/**
 * Content-derived identifiers. An id is a readable prefix and a hash of the
 * facts that make the row what it is, never of processing order, so adding
 * an unrelated article changes no other row's id and two releases diff row
 * by row.
 */
import { createHash } from 'node:crypto';

/** `prefix-<12 hex>`, hashing the parts joined by a separator no text contains. */
export function contentId(prefix: string, ...parts: readonly (string | number | null)[]): string {
  const hash = createHash('sha256')
    .update(parts.map((p) => (p === null ? '\u0000' : String(p))).join('\u001f'))
    .digest('hex');
  return `${prefix}-${hash.slice(0, 12)}`;
}

/** A readable slug: lower case, ASCII, words joined by hyphens (« Tô Lâm » → to-lam). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[œŒ]/g, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
