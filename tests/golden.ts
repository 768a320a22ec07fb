/**
 * What the golden files hold, for the seeds: per article, its row, its
 * sentences with offsets and text, and its noise; and the extracted tables
 * (events, participants, agreements, actors) as pretty JSON, so that every
 * behaviour change shows up as a row-by-row diff to review.
 */
import { listInputFiles, readInput } from '../pipeline/01-ingest.ts';
import { buildDataset, processFile } from '../pipeline/run.ts';

export const SEEDS = 'seeds';
export const GOLDEN_TABLES = ['events', 'participants', 'agreements', 'actors'] as const;

export async function goldenSnapshot(): Promise<{ articles: Record<string, unknown>; tables: Record<string, unknown[]> }> {
  const { tables } = await buildDataset(SEEDS);
  const articles: Record<string, unknown> = {};
  for (const file of await listInputFiles(SEEDS)) {
    const result = processFile(await readInput(SEEDS, file));
    const stem = file.replace(/\.txt$/i, '');
    const source = result.article!.doc.source;
    articles[stem] = {
      article: tables.articles.find((a) => a.source_file === file) ?? null,
      noise: result.article!.noise.map((n) => ({ kind: n.kind, start: n.start, end: n.end, text: source.slice(n) })),
      sentences: result.segmented!.sentences.map((s) => ({ index: s.index, paragraph: s.paragraph, start: s.start, end: s.end, text: source.slice(s) })),
    };
  }
  const byPosition = (a: { source_file: string; char_start: number }, b: { source_file: string; char_start: number }) =>
    a.source_file < b.source_file ? -1 : a.source_file > b.source_file ? 1 : a.char_start - b.char_start;
  const golden: Record<string, unknown[]> = {};
  for (const name of GOLDEN_TABLES) golden[name] = [...(tables[name] as { source_file: string; char_start: number }[])].sort(byPosition);
  return { articles, tables: golden };
}
