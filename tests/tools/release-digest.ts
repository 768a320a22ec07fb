/**
 * Prints the sha256 of every file of the release built from each input folder
 * given, as JSON ({ folder: { file: sha256 } }), without writing anything:
 * the determinism test runs it under other time zones, locales and working
 * directories and compares.
 */
import { createHash } from 'node:crypto';
import { renderRelease } from '../../pipeline/09-export/index.ts';
import { buildDataset, pipelineVersion } from '../../pipeline/run.ts';

const out: Record<string, Record<string, string>> = {};
for (const input of process.argv.slice(2)) {
  const { tables } = await buildDataset(input);
  const files: Record<string, string> = {};
  for (const [name, bytes] of renderRelease(tables, pipelineVersion())) files[name] = createHash('sha256').update(bytes).digest('hex');
  out[input] = files;
}
process.stdout.write(`${JSON.stringify(out)}\n`);
