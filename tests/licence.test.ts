/** The release names every licence its content comes under: world-countries' country names and demonyms are ODbL. */
import test from 'ava';
import { readFile } from 'node:fs/promises';

test('the release and the repository name the ODbL of the world-countries data, with attribution', async (t) => {
  const pkg = JSON.parse(await readFile('dist-data/datapackage.json', 'utf8')) as { licenses: { name: string; path: string; title: string }[] };
  t.deepEqual(pkg.licenses.map((l) => l.name), ['CC-BY-4.0', 'MIT', 'ODbL-1.0']);
  t.regex(pkg.licenses.find((l) => l.name === 'ODbL-1.0')!.title, /world-countries.*Mohammed Le Doze/);
  const dependency = JSON.parse(await readFile('node_modules/world-countries/package.json', 'utf8')) as { licenses: { type: string }[] };
  t.deepEqual(dependency.licenses.map((l) => l.type), ['ODbL-1.0'], 'world-countries changed its licence: update NOTICE and datapackage.json');
  const notice = await readFile('NOTICE', 'utf8');
  t.regex(notice, /world-countries/);
  t.regex(notice, /Open Database License \(ODbL\) v1\.0/);
  t.regex(await readFile('README.md', 'utf8'), /ODbL-1\.0/);
});
