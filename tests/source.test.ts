import test from 'ava';
import { foldForLookup, foldKey, normalizeForMatching, originalRange, SourceText } from '../pipeline/source.ts';

test('code points, not UTF-16 units: an emoji counts once', (t) => {
  const s = new SourceText('a😀b Hanoï');
  t.is(s.length, 9);
  t.is(s.slice({ start: 2, end: 3 }), 'b');
  t.is(s.toUnit(3), 4);
  t.is(s.toCodePoint(4), 3);
  t.deepEqual(s.spanFromUnits(4, 10), { start: 3, end: 9 });
  t.is(s.slice({ start: 4, end: 9 }), 'Hanoï');
});

test('texts without astral characters need no index and still convert', (t) => {
  const s = new SourceText('Hanoï');
  t.is(s.length, 5);
  t.is(s.toUnit(5), 5);
  t.is(s.toCodePoint(5), 5);
});

test('the matching view unifies apostrophes, quotes, dashes and spaces and maps back', (t) => {
  const text = 'l’ONU\u00a0–\u202f« ok »';
  const view = normalizeForMatching(text);
  t.is(view.text, `l'ONU - " ok "`);
  const i = view.text.indexOf('ONU');
  const [a, b] = originalRange(view, i, i + 3);
  t.is(text.slice(a, b), 'ONU');
});

test('the matching view composes decomposed accents (NFC) without losing offsets', (t) => {
  const text = 'Hano\u0069\u0308 et Vie\u0302t';
  const view = normalizeForMatching(text);
  t.is(view.text, 'Hanoï et Viêt');
  const [a, b] = originalRange(view, 0, 5);
  t.is(text.slice(a, b), 'Hano\u0069\u0308');
});

test('the lookup view folds case, accents and ligatures', (t) => {
  t.is(foldForLookup('Tô Lâm, HANOÏ, œuvre, Đà Nẵng').text, 'to lam, hanoi, oeuvre, da nang');
  t.is(foldKey('  Sécurité   publique '), 'securite publique');
  const text = 'Le Cœur';
  const view = foldForLookup(text);
  const i = view.text.indexOf('coeur');
  const [a, b] = originalRange(view, i, i + 5);
  t.is(text.slice(a, b), 'Cœur');
});

test('superscript letters of ordinals read as letters in every view and map back to the original characters', (t) => {
  const text = 'du 30 mai au 1ᵉʳ juin, le 22ᵉ Dialogue';
  for (const view of [normalizeForMatching(text), foldForLookup(text)]) {
    t.true(view.text.includes('1er juin'));
    const i = view.text.indexOf('22e');
    const [a, b] = originalRange(view, i, i + 3);
    t.is(text.slice(a, b), '22ᵉ');
  }
});

test('a range of a long text has the view the range alone would have, at the same offsets (views of long texts are built once and sliced)', async (t) => {
  const { default: fc } = await import('fast-check');
  const pieces = ['Hanoï ', 'Vie\u0302t ', 'l’ONU ', '«\u00a0ok\u00a0» ', 'e\u0301', '😀', '\u0301', '\t', 'œuvre ', 'A', '\u200b', '– ', '1ᵉʳ '];
  const longText = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { minLength: 60, maxLength: 200 }).map((p) => p.join(''));
  fc.assert(
    fc.property(longText, fc.nat(), fc.nat(), (text, x, y) => {
      // Ranges are code points turned into units: none starts or ends between the halves of a surrogate pair.
      const whole = (i: number) => (/[\udc00-\udfff]/.test(text[i] ?? '') ? i - 1 : i);
      const [from, to] = [whole(x % (text.length + 1)), whole(y % (text.length + 1))].sort((a, b) => a - b) as [number, number];
      for (const view of [normalizeForMatching, foldForLookup]) {
        const ranged = view(text, from, to);
        const alone = view(text.slice(from, to));
        if (ranged.text !== alone.text) return false;
        if (!alone.origStart.every((s, k) => ranged.origStart[k] === s + from && ranged.origEnd[k] === alone.origEnd[k]! + from)) return false;
      }
      return true;
    }),
    { numRuns: 400 },
  );
  t.pass();
});
