/**
 * A « sentence » of a megabyte (a dump with no periods) is read in pieces of
 * at most MAX_SENTENCE_CHARS code points, so the rules stay linear and no
 * cell of the release is longer than a spreadsheet cell (32,767 characters).
 */
import test from 'ava';
import { capLength, MAX_SENTENCE_CHARS } from '../pipeline/03-segment.ts';
import { assemble, processFile } from '../pipeline/run.ts';
import { SourceText } from '../pipeline/source.ts';
import { TABLES } from '../schemas/index.ts';

const SPREADSHEET_CELL = 32_767;

test('a run-on sentence is cut after a clause mark, else at a space, never inside a word or before an accent', (t) => {
  const clause = 'la coopération dans le domaine de la cybersécurité entre les deux pays se poursuit, ';
  const text = clause.repeat(100).trim();
  const source = new SourceText(text);
  const pieces = capLength(source, { start: 0, end: source.length }, 500);
  t.true(pieces.length >= 17);
  for (const p of pieces) {
    t.true(p.end - p.start <= 500);
    t.regex(source.slice(p), /,$|poursuit$/, 'each piece ends at a clause mark');
    t.regex(source.slice(p), /^\S/);
  }
  // Nothing but the spaces at the cuts is left out, in order.
  t.is(pieces.map((p) => source.slice(p)).join(' '), text);

  // No space at all: cut at the limit, but not between « e » and its combining accent; astral characters count once.
  const dense = new SourceText(`${'ab'.repeat(249)}xe\u0301${'😀'.repeat(600)}`);
  const cut = capLength(dense, { start: 0, end: dense.length }, 500);
  t.deepEqual(cut[0], { start: 0, end: 499 });
  t.is(dense.slice(cut[1]!).slice(0, 2), 'e\u0301');
  t.true(cut.every((p) => p.end - p.start <= 500));
  t.is(cut.map((p) => dense.slice(p)).join(''), dense.text);
  t.deepEqual(capLength(dense, { start: 3, end: 40 }, 500), [{ start: 3, end: 40 }]);
});

test('a one-megabyte file with no sentence end: rows are found, no cell exceeds a spreadsheet cell', (t) => {
  const opening = 'Le ministre de la Police, Luong Tam Quang, s’est entretenu jeudi 15 janvier à Hanoï avec la ministre singapourienne, Josephine Teo, ';
  let body = opening;
  const filler = 'et les deux parties ont souligné l’importance de la coopération dans le domaine de la cybersécurité entre les deux pays, ';
  while (body.length < 1_000_000) body += filler;
  const text = ` date 2026-01-20 Un article sans fin\n\n${body}`;
  const result = processFile({ sourceFile: 'run-on.txt', bytes: new TextEncoder().encode(text), readError: null });
  t.true(result.segmented!.sentences.length >= 1_000_000 / MAX_SENTENCE_CHARS);
  for (const s of result.segmented!.sentences) t.true(s.end - s.start <= MAX_SENTENCE_CHARS);
  const tables = assemble([result], new Map(), []);
  t.is(tables.events.length, 1);
  t.is(tables.events[0]!.event_type, 'meeting');
  t.is(tables.events[0]!.date, '2026-01-15');
  t.true(tables.participants.length >= 2);
  let longest = 0;
  for (const spec of TABLES) {
    for (const row of tables[spec.name] as unknown as Record<string, unknown>[]) {
      for (const value of Object.values(row)) {
        const cell = Array.isArray(value) ? value.join('|') : typeof value === 'string' ? value : '';
        longest = Math.max(longest, [...cell].length);
      }
    }
  }
  t.true(longest <= SPREADSHEET_CELL, `a cell of ${longest} characters`);
  t.true(tables.events[0]!.evidence.length <= MAX_SENTENCE_CHARS);
});
