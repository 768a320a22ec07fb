/** Prints how the pipeline reads one or more files: noise spans and sentences with offsets. For humans, when writing rules. */
import { readInput } from './01-ingest.ts';
import { processFile } from './run.ts';
import path from 'node:path';

for (const file of process.argv.slice(2)) {
  const result = processFile(await readInput(path.dirname(file), path.basename(file)));
  console.log(`=== ${file}`, result.rejects.map((r) => r.code));
  if (!result.article || !result.segmented) continue;
  const { source } = result.article.doc;
  console.log('title:', result.article.title?.text, '| published:', result.article.published?.date.edtf, result.article.published?.basis, '| lang:', result.article.language);
  for (const n of result.article.noise) console.log(`  NOISE ${n.kind} [${n.start},${n.end}) ${JSON.stringify(source.slice(n).slice(0, 90))}`);
  for (const s of result.segmented.sentences) console.log(`  S${s.index} p${s.paragraph} [${s.start},${s.end}) ${JSON.stringify(source.slice(s).slice(0, 150))}`);
}
