/**
 * Regenerates the golden files under tests/golden/ from the current pipeline,
 * so a change of behaviour shows up as a reviewable diff:
 *
 *   make golden && git diff tests/golden
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { goldenSnapshot } from './golden.ts';

const snapshot = await goldenSnapshot();
await mkdir('tests/golden/seeds/tables', { recursive: true });
for (const [name, value] of Object.entries(snapshot.articles)) await writeFile(`tests/golden/seeds/${name}.json`, `${JSON.stringify(value, null, 2)}\n`);
for (const [name, rows] of Object.entries(snapshot.tables)) await writeFile(`tests/golden/seeds/tables/${name}.json`, `${JSON.stringify(rows, null, 2)}\n`);
console.log(`wrote ${Object.keys(snapshot.articles).length} article files and ${Object.keys(snapshot.tables).length} table files to tests/golden/seeds/`);
