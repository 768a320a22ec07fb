/** What the golden files hold: for the seeds, each article's row, its sentences with offsets and text, and its noise. */
import { readInput } from '../pipeline/01-ingest.ts';
import { buildDataset, processFile } from '../pipeline/run.ts';
import { listInputFiles } from '../pipeline/01-ingest.ts';

export const SEEDS = 'seeds';

export async function goldenSnapshot(): Promise<Record<string, unknown>> {
  const { tables } = await buildDataset(SEEDS);
  const out: Record<string, unknown> = {};
  for (const file of await listInputFiles(SEEDS)) {
    const result = processFile(await readInput(SEEDS, file));
    const stem = file.replace(/\.txt$/i, '');
    const source = result.article!.doc.source;
    out[stem] = {
      article: tables.articles.find((a) => a.source_file === file) ?? null,
      noise: result.article!.noise.map((n) => ({ kind: n.kind, start: n.start, end: n.end, text: source.slice(n) })),
      sentences: result.segmented!.sentences.map((s) => ({ index: s.index, paragraph: s.paragraph, start: s.start, end: s.end, text: source.slice(s) })),
    };
  }
  return out;
}
