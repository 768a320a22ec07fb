/**
 * Regenerates the golden files under tests/golden/ from the current pipeline,
 * so a change of behaviour shows up as a reviewable diff:
 *
 *   make golden && git diff tests/golden
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { goldenSnapshot } from './golden.ts';

const snapshot = await goldenSnapshot();
await mkdir('tests/golden/seeds', { recursive: true });
for (const [name, value] of Object.entries(snapshot)) {
  await writeFile(`tests/golden/seeds/${name}.json`, `${JSON.stringify(value, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(snapshot).length} golden files to tests/golden/seeds/`);
