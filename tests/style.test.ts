/**
 * Conventions the code keeps that a reviewer would otherwise check by hand. JavaScript's `\b` knows only ASCII
 * letters: next to « é » or « à » it silently never matches, so no pattern in pipeline/ may use it; word edges are
 * written as Unicode lookarounds, `(?<![\p{L}\p{N}])` and `(?![\p{L}\p{N}])`.
 */
import test from 'ava';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** The code of a file without its comments, which may quote a pattern to explain it. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

test('no regular expression in pipeline/ uses the ASCII-only \\b', (t) => {
  const files = sources('pipeline');
  t.true(files.length > 20);
  const offenders = files.flatMap((f) => code(readFileSync(f, 'utf8')).split('\n').filter((line) => line.includes('\\b')).map((line) => `${f}: ${line.trim().slice(0, 100)}`));
  t.deepEqual(offenders, []);
});

test('the check finds a \\b when there is one', (t) => {
  t.true(code('const re = /\\bsigné\\b/u;\n// a comment with \\b\n').includes('\\b'));
  t.false(code('// only a comment: \\b\n/* and \\b */\n').includes('\\b'));
});

// The extraction is one rule family per file, each short enough to read at once (« Extraction that generalises »).
test('every file of pipeline/extract/ is 200 lines or fewer', (t) => {
  const files = sources('pipeline/extract');
  t.true(files.length > 10);
  const long = files.map((f) => [f, readFileSync(f, 'utf8').split('\n').length - 1] as const).filter(([, n]) => n > 200);
  t.deepEqual(long, []);
});
