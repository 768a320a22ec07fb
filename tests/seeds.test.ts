/** What the issue asks of the seeds, checked on the real files. */
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { buildDataset } from '../pipeline/run.ts';

const built = buildDataset('seeds');

test('titles and publication dates of the seeds', async (t) => {
  const { tables } = await built;
  const byFile = new Map(tables.articles.map((a) => [a.source_file.slice(0, 3), a]));
  t.is(byFile.size, 5);
  t.is(byFile.get('000')!.published, '2026-01-15');
  t.is(byFile.get('000')!.published_basis, 'header');
  t.is(byFile.get('000')!.title, 'Vietnam et Singapour coopèrent sur la cybersécurité et la transformation numérique');
  t.is(byFile.get('001')!.title, null);
  t.is(byFile.get('002')!.title, "Le Vietnam et l'ONU intensifient leur partenariat en matière de cybersécurité");
  t.is(byFile.get('003')!.title, 'Le Vietnam appelle à un renforcement de la coopération internationale en matière de cybersécurité');
  t.is(byFile.get('004')!.title, 'Vietnam - Singapour : engagement à renforcer leur coopération en matière de sécurité');
  for (const key of ['001', '002', '003', '004']) {
    t.is(byFile.get(key)!.published, null, key);
    t.is(byFile.get(key)!.published_basis, 'none', key);
  }
  t.is(byFile.get('004')!.url, null);
  t.is(byFile.get('003')!.outlet, 'VietnamPlus');
  t.deepEqual(tables.rejects, []);
});

test('the golden sentences and the body offsets slice out of the files in Python', async (t) => {
  const checks: { file: string; start: number; end: number; text: string }[] = [];
  for (const stem of ['000_d7ce50f669c6f392', '001_6bbc10cf62343593', '002_b411e55c6e647ef9', '003_f7b4546a3b014e5d', '004_45298917f67f1dde']) {
    const golden = JSON.parse(await readFile(`tests/golden/seeds/${stem}.json`, 'utf8')) as { sentences: { start: number; end: number; text: string }[] };
    for (const s of golden.sentences) checks.push({ file: `seeds/${stem}.txt`, start: s.start, end: s.end, text: s.text });
  }
  t.true(checks.length > 50);
  const script = [
    'import json, sys',
    'bad = 0',
    'for c in json.load(sys.stdin):',
    "    text = open(c['file'], encoding='utf-8-sig', newline='').read()",
    "    if text[c['start']:c['end']] != c['text']: bad += 1",
    'print(bad)',
  ].join('\n');
  const out = execFileSync('python3', ['-c', script], { input: JSON.stringify(checks), encoding: 'utf8' });
  t.is(out.trim(), '0');
});
