/**
 * Versioned releases of the dataset.
 *
 *   tsx pipeline/release/index.ts diff [FROM] [TO]     (make diff FROM=… TO=…)
 *   tsx pipeline/release/index.ts release VERSION      (make release VERSION=x.y.z)
 *
 * FROM and TO are release folders or git refs (a tag such as data-v0.1.0, a
 * branch, a commit), whose dist-data/ is read with `git show`. FROM defaults
 * to the latest data-v* tag, TO to the dist-data/ folder.
 *
 * `release` refuses a dirty tree, a version that is not above the last
 * release, and a version below what the changes call for (a breaking change
 * needs a major bump); then it stamps the version (package.json,
 * package-lock.json, CITATION.cff), rebuilds dist-data/, prepends the diff to
 * CHANGELOG.md, commits and tags data-vX.Y.Z. It never pushes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bumpOf,
  compareVersions,
  diffReleases,
  fieldsOfPackage,
  formatDiff,
  formatFirstRelease,
  formatVersion,
  minimumVersion,
  parseVersion,
  type Row,
  type Snapshot,
  type TableSnapshot,
  type Version,
} from './diff.ts';

export const TAG_PREFIX = 'data-v';
const DATA_DIR = 'dist-data';

const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });

/** A snapshot from anything that can read a release's files by name. */
function snapshotFrom(label: string, read: (file: string) => string): Snapshot {
  const pkg = JSON.parse(read('datapackage.json')) as { version?: string };
  const tables = new Map<string, TableSnapshot>();
  for (const [name, { primaryKey, fields }] of fieldsOfPackage(pkg)) {
    tables.set(name, { primaryKey, fields, rows: JSON.parse(read(`${name}.json`)) as Row[] });
  }
  return { label, version: pkg.version ?? null, tables };
}

/** A release folder, or a git ref whose dist-data/ holds one. */
export function loadSnapshot(source: string, repo: string): Snapshot {
  const folder = path.resolve(repo, source);
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    if (!existsSync(path.join(folder, 'datapackage.json'))) throw new Error(`${source} is a folder without datapackage.json: not a release`);
    return snapshotFrom(`${source}/`, (file) => readFileSync(path.join(folder, file), 'utf8'));
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${source}^{commit}`], repo);
  } catch {
    throw new Error(`${source} is neither a folder nor a git ref`);
  }
  return snapshotFrom(source, (file) => git(['show', `${source}:${DATA_DIR}/${file}`], repo));
}

/** Release tags, highest version first. */
export function releaseTags(repo: string): { tag: string; version: Version }[] {
  return git(['tag', '--list', `${TAG_PREFIX}*`], repo)
    .split('\n')
    .map((tag) => ({ tag: tag.trim(), version: parseVersion(tag.trim().slice(TAG_PREFIX.length)) }))
    .filter((t): t is { tag: string; version: Version } => t.tag !== '' && t.version !== null)
    .sort((a, b) => compareVersions(b.version, a.version));
}

/** The diff text between two sources; with no FROM and no release yet, the first release's contents. */
export function diffText(repo: string, from: string | undefined, to: string | undefined): string {
  const target = loadSnapshot(to || DATA_DIR, repo);
  const source = from || releaseTags(repo)[0]?.tag;
  if (!source) return formatFirstRelease(target);
  return formatDiff(diffReleases(loadSnapshot(source, repo), target));
}

const CHANGELOG_MARKER = '<!-- releases, newest first: make release writes below this line -->';

export function changelogEntry(version: string, date: string, body: string): string {
  return `## ${version} (${TAG_PREFIX}${version}, ${date})\n\n${body.trimEnd()}\n`;
}

/** Inserts an entry under the marker, keeping everything else as it was. */
export function prependEntry(changelog: string, entry: string): string {
  const at = changelog.indexOf(CHANGELOG_MARKER);
  if (at < 0) throw new Error(`CHANGELOG.md has lost its marker line "${CHANGELOG_MARKER}"; put it back above the first release`);
  const cut = at + CHANGELOG_MARKER.length;
  return `${changelog.slice(0, cut)}\n\n${entry}${changelog.slice(cut).replace(/^\n*/, '\n')}`;
}

function stampVersion(repo: string, version: string, date: string): void {
  const pkgPath = path.join(repo, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string };
  pkg.version = version;
  writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
  const lockPath = path.join(repo, 'package-lock.json');
  if (existsSync(lockPath)) {
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { version?: string; packages?: Record<string, { version?: string }> };
    lock.version = version;
    if (lock.packages?.['']) lock.packages[''].version = version;
    writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  }
  const citationPath = path.join(repo, 'CITATION.cff');
  if (existsSync(citationPath)) {
    let citation = readFileSync(citationPath, 'utf8');
    citation = /^version: .*$/m.test(citation) ? citation.replace(/^version: .*$/m, `version: "${version}"`) : `${citation.trimEnd()}\nversion: "${version}"\n`;
    citation = /^date-released: .*$/m.test(citation) ? citation.replace(/^date-released: .*$/m, `date-released: "${date}"`) : `${citation.trimEnd()}\ndate-released: "${date}"\n`;
    writeFileSync(citationPath, citation);
  }
}

function build(repo: string, out: string): void {
  execFileSync(process.execPath, ['--import=tsx', 'pipeline/run.ts', '--in', 'seeds', '--out', out], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
}

export function release(repo: string, versionText: string | undefined, today: string): string {
  const version = versionText ? parseVersion(versionText) : null;
  if (!version) throw new Error(`give the version as X.Y.Z: make release VERSION=1.2.3 (got ${JSON.stringify(versionText ?? '')})`);
  const dirty = git(['status', '--porcelain'], repo).trim();
  if (dirty) throw new Error(`the work tree has uncommitted changes; commit or stash them first:\n${dirty}`);
  const tag = `${TAG_PREFIX}${formatVersion(version)}`;
  const [last] = releaseTags(repo);
  if (last && compareVersions(version, last.version) <= 0) throw new Error(`${formatVersion(version)} is not above the last release ${last.tag}`);

  // The changes are measured on a fresh build (the version does not change any row), before anything in the tree is touched.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cybercoop-release-'));
  let body: string;
  try {
    const fresh = path.join(scratch, DATA_DIR);
    build(repo, fresh);
    const target = loadSnapshot(fresh, repo);
    if (last) {
      const diff = diffReleases(loadSnapshot(last.tag, repo), { ...target, label: tag });
      const needed = minimumVersion(last.version, diff.bump);
      if (diff.bump !== 'none' && compareVersions(version, needed) < 0) {
        throw new Error(`the changes since ${last.tag} call for a ${diff.bump} version (at least ${formatVersion(needed)}), not ${formatVersion(version)}:\n\n${formatDiff(diff)}`);
      }
      const declared = bumpOf(last.version, version);
      body = formatDiff(diff) + (declared !== diff.bump && diff.bump !== 'none' ? `\nReleased as a ${declared} version.\n` : '');
    } else {
      body = formatFirstRelease(target);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  stampVersion(repo, formatVersion(version), today);
  build(repo, DATA_DIR);
  const changelogPath = path.join(repo, 'CHANGELOG.md');
  if (!existsSync(changelogPath)) throw new Error('CHANGELOG.md is missing');
  writeFileSync(changelogPath, prependEntry(readFileSync(changelogPath, 'utf8'), changelogEntry(formatVersion(version), today, body)));
  const files = ['package.json', 'CHANGELOG.md', DATA_DIR, ...['package-lock.json', 'CITATION.cff'].filter((f) => existsSync(path.join(repo, f)))];
  git(['add', '--', ...files], repo);
  const summary = `Release data ${tag}${last ? ` (${body.includes('**Breaking change**') ? 'breaking; ' : ''}since ${last.tag})` : ' (first release)'}`;
  git(['commit', '--quiet', '-m', `${summary}: version stamped in package.json and datapackage.json, CHANGELOG.md entry with the row and schema changes`], repo);
  git(['tag', '--annotate', tag, '-m', summary], repo);
  return `${summary}: committed and tagged ${tag} (not pushed).\n\n${body}`;
}

function main(argv: readonly string[]): void {
  const [command, ...args] = argv;
  const repo = process.cwd();
  if (command === 'diff') process.stdout.write(diffText(repo, args[0] || undefined, args[1] || undefined));
  else if (command === 'release') process.stdout.write(release(repo, args[0], new Date().toISOString().slice(0, 10)));
  else throw new Error('usage: release/index.ts diff [FROM] [TO] | release VERSION');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`cybercoop release: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
