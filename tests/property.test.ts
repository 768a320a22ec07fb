import test from 'ava';
import fc from 'fast-check';
import { processFile } from '../pipeline/run.ts';

/** Python's `text[start:end]`: code points, not UTF-16 units. */
const pySlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

const pieces = [
  'Le ministre', ' de la Police', ', Luong Tam Quang', ', s’est entretenu', ' jeudi 15 janvier', ' à Hanoï', '.', ' ', '\u00a0', '\u202f',
  '\r\n', '\n', '\n\n', '« ', ' »', '"', '’', "'", '…', 'œ', 'M. ', 'S. Iswaran', 'etc. ', '😀', '𝔘', 'e\u0301', '>> Lien connexe\n',
  'Photo : VNA', ' |', 'Voir plus\n', ' -VNA', '(VNA) – ', 'ảnh 1', '2025-2030', ' date 2026-01-15 ', '\t', '?', '!', 'Mme Teo', 'K. Shanmugam',
];

const articleText = fc
  .tuple(fc.boolean(), fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { minLength: 1, maxLength: 60 }))
  .map(([bom, parts]) => ({ bom, text: parts.join('') }));

test('every span the pipeline produces slices back out of the file text in code points', (t) => {
  fc.assert(
    fc.property(articleText, ({ bom, text }) => {
      const bytes = new TextEncoder().encode((bom ? '\ufeff' : '') + text);
      const result = processFile({ sourceFile: 'p.txt', bytes, readError: null });
      if (!result.article || !result.segmented) return true;
      const { source } = result.article.doc;
      const decoded = source.text;
      const length = Array.from(decoded).length;
      if (source.length !== length) return false;
      const spans = [
        ...result.segmented.sentences,
        ...result.segmented.paragraphs,
        ...result.article.content,
        ...result.article.noise,
        result.article.body,
        ...(result.article.title ? [result.article.title.span] : []),
        ...(result.article.header ? [result.article.header] : []),
      ];
      for (const span of spans) {
        if (!(span.start >= 0 && span.start <= span.end && span.end <= length)) return false;
        if (source.slice(span) !== pySlice(decoded, span.start, span.end)) return false;
      }
      for (const s of result.segmented.sentences) {
        const evidence = source.slice(s);
        // A sentence is trimmed, never empty, and never overlaps noise.
        if (evidence.trim() !== evidence || evidence === '') return false;
        if (result.article.noise.some((n) => n.start < s.end && s.start < n.end)) return false;
      }
      for (let i = 1; i < result.segmented.sentences.length; i++) {
        if (result.segmented.sentences[i - 1]!.end > result.segmented.sentences[i]!.start) return false;
      }
      return true;
    }),
    { numRuns: 400, seed: 20260115 },
  );
  t.pass();
});

test('BOM and no BOM give the same text and the same offsets', (t) => {
  fc.assert(
    fc.property(articleText, ({ text }) => {
      const a = processFile({ sourceFile: 'a.txt', bytes: new TextEncoder().encode(text), readError: null });
      const b = processFile({ sourceFile: 'b.txt', bytes: new TextEncoder().encode(`\ufeff${text}`), readError: null });
      return JSON.stringify(a.segmented?.sentences) === JSON.stringify(b.segmented?.sentences);
    }),
    { numRuns: 200, seed: 7 },
  );
  t.pass();
});
