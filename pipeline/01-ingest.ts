/**
 * Stage 1 — ingest: files on disk → decoded source documents.
 *
 * The only stage besides export that touches the disk. Reading (`readInput`)
 * is separate from deciding (`decode`), so every decision about bytes is a
 * pure function tested on hand-made buffers.
 */
import { createHash } from 'node:crypto';
import { constants, type Dirent, type Stats } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { errnoOf, explainErrno } from './errno.ts';
import type { RejectDraft } from './rejects.ts';
import { SourceText } from './source.ts';

/** Larger files are refused: the corpus's articles are a few kB, and a multi-megabyte .txt is a dump, not an article. */
export const MAX_BYTES = 5 * 1024 * 1024;

export interface RawFile {
  /** Path relative to the input folder, `/` separators. */
  sourceFile: string;
  bytes: Uint8Array | null;
  /** Why the file could not be read, when `bytes` is null. */
  readError: string | null;
}

export interface SourceDocument {
  articleId: string;
  sourceFile: string;
  sha256: string;
  bytes: number;
  encoding: 'utf-8' | 'windows-1252';
  /** Bytes that were not valid UTF-8 in a file read as UTF-8, each run of them read as one U+FFFD; 0 for clean files. */
  replacedBytes: number;
  /** Decoded text, BOM removed, newlines untouched. */
  source: SourceText;
}

export interface SourceInfo {
  url: string | null;
  outlet: string | null;
}

export const SIDECAR = 'sources.csv';

/**
 * What the input folder holds that the run will read, and what it refuses
 * without opening. Only regular `*.txt` files inside the folder are read: a
 * symbolic link counts when its target stays inside (a link to /etc/passwd is
 * refused, never read); FIFOs, devices, sockets and folders named `*.txt` are
 * refused by type, so nothing blocks or streams forever; a folder that cannot
 * be listed and a name that is not UTF-8 are one reject each, and the walk
 * goes on.
 */
export interface InputScan {
  /** `/`-separated paths relative to the folder, in code-unit order (the same on every OS and locale). */
  files: string[];
  rejects: RejectDraft[];
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

type FileKind = 'folder' | 'named pipe (FIFO)' | 'socket' | 'character device' | 'block device' | 'special file';

function kindOf(entry: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): FileKind {
  if (entry.isDirectory()) return 'folder';
  if (entry.isFIFO()) return 'named pipe (FIFO)';
  if (entry.isSocket()) return 'socket';
  if (entry.isCharacterDevice()) return 'character device';
  if (entry.isBlockDevice()) return 'block device';
  return 'special file';
}

/** True when `child` is `parent` or inside it (both real, absolute paths). */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

const isArticleName = (name: string) => name.toLowerCase().endsWith('.txt');

/** Walks the input folder; throws only when the folder itself cannot be listed (a usage error, not a bad file). */
export async function scanInput(dir: string): Promise<InputScan> {
  let root: string;
  try {
    root = await realpath(dir);
    if (!(await stat(root)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    const code = errnoOf(error);
    throw new Error(`input folder ${dir} ${code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : `cannot be read: ${explainErrno(code)}`}`);
  }
  const files: string[] = [];
  const rejects: RejectDraft[] = [];
  const refuse = (sourceFile: string, code: string, reason: string, detail: unknown = null) =>
    rejects.push({ stage: 'ingest', code, sourceFile, recordType: null, reason, detail });
  const pending = [''];
  while (pending.length > 0) {
    const rel = pending.pop()!;
    let entries: Dirent<Buffer>[];
    try {
      entries = await readdir(path.join(root, rel), { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      const code = errnoOf(error);
      refuse(rel || '.', 'ingest/unreadable-folder', `Folder could not be listed (${explainErrno(code)}); none of its files are read. Fix its permissions or move it out of the input folder.`, { error: code });
      continue;
    }
    for (const entry of entries) {
      let name: string;
      try {
        name = STRICT_UTF8.decode(entry.name);
      } catch {
        const shown = new TextDecoder().decode(entry.name);
        const childRel = rel ? `${rel}/${shown}` : shown;
        if (entry.isDirectory() || isArticleName(shown)) {
          refuse(childRel, 'ingest/bad-file-name', `${entry.isDirectory() ? 'Folder' : 'File'} name is not valid UTF-8 (shown here with U+FFFD); it is not read. Rename it in UTF-8.`, { name_hex: entry.name.toString('hex') });
        }
        continue;
      }
      const childRel = rel ? `${rel}/${name}` : name;
      const article = isArticleName(name);
      if (entry.isDirectory()) {
        if (article) refuse(childRel, 'ingest/not-a-file', 'Is a folder named like an article (*.txt); it is not read, nor anything in it. Rename it.', { kind: 'folder' });
        else pending.push(childRel);
      } else if (entry.isSymbolicLink()) {
        const verdict = await followLink(root, childRel);
        if (verdict.kind === 'file' && article) files.push(childRel);
        else if (verdict.kind === 'refused' && (article || verdict.folder)) refuse(childRel, verdict.code, verdict.reason, verdict.detail);
        else if (verdict.kind === 'special' && article) refuse(childRel, 'ingest/not-a-file', `Is a symbolic link to a ${verdict.what}, not a regular file; it is not opened.`, { kind: verdict.what });
        // A link to a folder inside the input is not walked: its files are read where they are.
      } else if (article) {
        if (entry.isFile()) files.push(childRel);
        else refuse(childRel, 'ingest/not-a-file', `Is a ${kindOf(entry)}, not a regular file; it is not opened.`, { kind: kindOf(entry) });
      }
    }
  }
  return { files: files.sort(compareCodeUnits), rejects };
}

type LinkVerdict =
  | { kind: 'file' }
  | { kind: 'folder' }
  | { kind: 'special'; what: FileKind }
  | { kind: 'refused'; code: string; reason: string; detail: unknown; folder: boolean };

/** Where a symbolic link leads, judged without opening its target. */
async function followLink(root: string, rel: string): Promise<LinkVerdict> {
  let target: string;
  try {
    target = await realpath(path.join(root, rel));
  } catch (error) {
    const code = errnoOf(error);
    return { kind: 'refused', code: 'ingest/unreadable', reason: `Is a symbolic link that cannot be followed (${explainErrno(code)}); it is not read.`, detail: { error: code }, folder: false };
  }
  let info: Stats;
  try {
    info = await stat(target);
  } catch (error) {
    const code = errnoOf(error);
    return { kind: 'refused', code: 'ingest/unreadable', reason: `Is a symbolic link whose target cannot be examined (${explainErrno(code)}); it is not read.`, detail: { error: code }, folder: false };
  }
  if (!isInside(target, root)) {
    const what = info.isDirectory() ? 'folder' : 'file';
    return {
      kind: 'refused',
      code: 'ingest/outside-input',
      reason: `Is a symbolic link to a ${what} outside the input folder; it is not read. Copy the ${what} into the input folder if it belongs to the corpus.`,
      detail: null,
      folder: info.isDirectory(),
    };
  }
  if (info.isFile()) return { kind: 'file' };
  if (info.isDirectory()) return { kind: 'folder' };
  return { kind: 'special', what: kindOf(info) };
}

/** Every `*.txt` the run reads under `dir` (see `scanInput` for what is refused). */
export async function listInputFiles(dir: string): Promise<string[]> {
  return (await scanInput(dir)).files;
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How much is read from a file at most: a byte over the limit is enough to refuse it, whatever the file claims its size is. */
const CHUNK = 64 * 1024;

/**
 * Reads a regular file inside `root` (a real path), at most `limit + 1`
 * bytes: a FIFO is opened without blocking and refused by type, a device
 * that never ends (/dev/zero) is never opened, a file that grows while read
 * stops at the limit. The final component is opened without following
 * links, so a file swapped for a link after the check is not followed.
 */
async function readContained(root: string, full: string, limit: number): Promise<{ bytes: Uint8Array } | { readError: string }> {
  const real = await realpath(full);
  if (!isInside(real, root)) return { readError: 'outside-input' };
  const info = await stat(real);
  if (!info.isFile()) return { readError: `not-a-file:${kindOf(info)}` };
  if (info.size > limit) return { readError: `too-large:${info.size}` };
  const handle = await open(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) return { readError: `not-a-file:${kindOf(opened)}` };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return { readError: `too-large:${Math.max(total, opened.size)}` };
    }
    return { bytes: new Uint8Array(Buffer.concat(chunks, total)) };
  } finally {
    await handle.close();
  }
}

/** Reads one file; a failure becomes data (`readError`), never an exception. */
export async function readInput(dir: string, sourceFile: string): Promise<RawFile> {
  try {
    const root = await realpath(dir);
    const read = await readContained(root, path.join(root, sourceFile), MAX_BYTES);
    return 'bytes' in read ? { sourceFile, bytes: read.bytes, readError: null } : { sourceFile, bytes: null, readError: read.readError };
  } catch (error) {
    return { sourceFile, bytes: null, readError: errnoOf(error) };
  }
}

/** The reject for a file that could not be read, from `RawFile.readError`. */
export function readFailure(sourceFile: string, readError: string): RejectDraft {
  const refuse = (code: string, reason: string, detail: unknown): RejectDraft => ({ stage: 'ingest', code, sourceFile, recordType: null, reason, detail });
  if (readError.startsWith('too-large:')) {
    const size = Number(readError.slice('too-large:'.length));
    return refuse('ingest/too-large', `File is ${size} bytes, over the ${MAX_BYTES}-byte limit for one article; split it into one file per article.`, { bytes: size, limit: MAX_BYTES });
  }
  if (readError === 'outside-input') {
    return refuse('ingest/outside-input', 'Leads outside the input folder (through a symbolic link); it is not read. Copy the file into the input folder if it belongs to the corpus.', null);
  }
  if (readError.startsWith('not-a-file:')) {
    const kind = readError.slice('not-a-file:'.length);
    return refuse('ingest/not-a-file', `Is a ${kind}, not a regular file; it is not opened.`, { kind });
  }
  return refuse('ingest/unreadable', `File could not be read: ${explainErrno(readError)}. Check its permissions and that it still exists.`, { error: readError });
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The article id is the file's content hash, so renaming or reordering files never changes it. */
export function articleIdFor(sha256: string): string {
  return `art-${sha256.slice(0, 16)}`;
}

/** Replaces every maximal ill-formed subsequence with one U+FFFD, as Python's `errors="replace"` does, so offsets agree. */
const UTF8_LENIENT = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export interface Utf8Profile {
  /** Well-formed sequences of two to four bytes: the accented letters, dashes and quotes of a UTF-8 text. */
  multibyte: number;
  /** Bytes that belong to no well-formed sequence. */
  invalid: number;
  /** Byte offsets of the first few ill-formed sequences, for the reject's detail. */
  firstInvalid: number[];
}

/**
 * Reads bytes as UTF-8 without decoding them: how many well-formed
 * multi-byte sequences, how many bytes belong to none (the Unicode
 * Standard's table 3-7 of well-formed sequences: no overlongs, no
 * surrogates, nothing above U+10FFFF).
 */
export function utf8Profile(bytes: Uint8Array): Utf8Profile {
  let multibyte = 0;
  let invalid = 0;
  const firstInvalid: number[] = [];
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length = 0;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    }
    // The well-formed prefix of a broken sequence is replaced with it, as one U+FFFD.
    let good = 1;
    if (length > 0) {
      while (good < length && i + good < n) {
        const c = bytes[i + good]!;
        const [lo, hi] = good === 1 ? [low, high] : [0x80, 0xbf];
        if (c < lo || c > hi) break;
        good++;
      }
    }
    if (length > 0 && good === length) {
      multibyte++;
      i += length;
      continue;
    }
    if (firstInvalid.length < 10) firstInvalid.push(i);
    invalid += good;
    i += good;
  }
  return { multibyte, invalid, firstInvalid };
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node 20's TextDecoder
 * decodes 'windows-1252' as Latin-1 there (0x96 comes out as U+0096, not
 * « – »), so the 32 code points are spelled out; null marks the five bytes
 * the encoding leaves undefined.
 */
const CP1252_HIGH: (number | null)[] = [
  0x20ac, null, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, null, 0x017d, null,
  null, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, null, 0x017e, 0x0178,
];

/** Decodes Windows-1252; null when a byte has no character in it (the file is in some other encoding). */
export function decodeWindows1252(bytes: Uint8Array): string | null {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    const codes: number[] = [];
    for (const b of bytes.subarray(i, i + 4096)) {
      if (b >= 0x80 && b <= 0x9f) {
        const cp = CP1252_HIGH[b - 0x80];
        if (cp === null || cp === undefined) return null;
        codes.push(cp);
      } else codes.push(b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Decide what a file's bytes are: an article's text, or a reject with a reason a person can act on. */
export function decode(raw: RawFile): { doc: SourceDocument | null; rejects: RejectDraft[] } {
  const { sourceFile } = raw;
  const refuse = (code: string, reason: string, detail: unknown = null) => ({
    doc: null,
    rejects: [{ stage: 'ingest' as const, code, sourceFile, recordType: null, reason, detail }],
  });
  if (raw.bytes === null) return { doc: null, rejects: [readFailure(sourceFile, raw.readError ?? 'EUNKNOWN')] };
  const bytes = raw.bytes;
  if (bytes.length > MAX_BYTES) {
    return refuse('ingest/too-large', `File is ${bytes.length} bytes, over the ${MAX_BYTES}-byte limit for one article; split it into one file per article.`, { bytes: bytes.length, limit: MAX_BYTES });
  }
  if (looksBinary(bytes)) {
    return refuse('ingest/binary', 'File holds binary data (NUL or control bytes), not text; remove it or convert it to a UTF-8 .txt.', null);
  }
  const chosen = chooseEncoding(bytes);
  if (!chosen) return refuse('ingest/unknown-encoding', 'File is neither UTF-8 nor Windows-1252; re-save it as UTF-8.', null);
  let { text } = chosen;
  const { encoding, profile } = chosen;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    return refuse('ingest/empty', bytes.length === 0 ? 'File is empty.' : 'File holds only whitespace.', { bytes: bytes.length });
  }
  const sha256 = sha256Hex(bytes);
  const replacedBytes = encoding === 'utf-8' ? profile.invalid : 0;
  const warnings: RejectDraft[] = [];
  const warn = (code: string, reason: string) =>
    warnings.push({ stage: 'ingest', code, sourceFile, recordType: 'article', reason, detail: { multibyte: profile.multibyte, invalid: profile.invalid, first_invalid_at: profile.firstInvalid }, severity: 'warning' });
  if (replacedBytes > 0) {
    const bytesWord = replacedBytes === 1 ? 'byte is' : 'bytes are';
    warn('ingest/invalid-utf8-bytes', `${replacedBytes} ${bytesWord} not valid UTF-8 (first at byte ${profile.firstInvalid[0]}) in a file otherwise UTF-8; the file is read as UTF-8 with each bad run shown as U+FFFD (articles.replaced_bytes). Re-save it as UTF-8 to recover those characters.`);
  } else if (encoding === 'windows-1252' && profile.multibyte > 0) {
    warn('ingest/mixed-encoding', `File mixes encodings: ${profile.invalid} bytes are not UTF-8 but ${profile.multibyte} sequences are; it is read as Windows-1252, the larger part, and the UTF-8 part shows as two characters each (« Ã© »). Re-save it as UTF-8.`);
  }
  return {
    doc: { articleId: articleIdFor(sha256), sourceFile, sha256, bytes: bytes.length, encoding, replacedBytes, source: new SourceText(text) },
    rejects: warnings,
  };
}

/**
 * The decoding rule. UTF-8 when the bytes are UTF-8. Windows-1252 when the
 * file as a whole reads as it: not one well-formed UTF-8 multi-byte
 * sequence, and every byte a Windows-1252 character (French in
 * Windows-1252 puts an accented letter on one byte, which UTF-8 never
 * accepts alone). A file with both (a UTF-8 article with a stray byte, or a
 * paragraph pasted from elsewhere) is read in the encoding of its larger
 * part: UTF-8, with the bad bytes replaced and counted, when its well-formed
 * sequences are at least as many as its bad bytes; else Windows-1252 when
 * every byte has a character there. Null: neither.
 */
export function chooseEncoding(bytes: Uint8Array): { text: string; encoding: SourceDocument['encoding']; profile: Utf8Profile } | null {
  const profile = utf8Profile(bytes);
  if (profile.invalid === 0) return { text: UTF8_LENIENT.decode(bytes), encoding: 'utf-8', profile };
  const utf8Wins = profile.multibyte > 0 && profile.multibyte >= profile.invalid;
  if (!utf8Wins) {
    const legacy = decodeWindows1252(bytes);
    if (legacy !== null) return { text: legacy, encoding: 'windows-1252', profile };
  }
  if (profile.multibyte > 0) return { text: UTF8_LENIENT.decode(bytes), encoding: 'utf-8', profile };
  return null;
}

/** NUL bytes, or many C0 control bytes other than tab/CR/LF/FF, mean binary data; text in any 8-bit encoding has neither. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.01;
}

/**
 * The optional `sources.csv` (file,url,outlet). Rows naming no input file,
 * or malformed, come back as rejects rather than being ignored.
 */
export function parseSidecar(text: string, inputFiles: ReadonlySet<string>): { info: Map<string, SourceInfo>; rejects: RejectDraft[] } {
  const info = new Map<string, SourceInfo>();
  const rejects: RejectDraft[] = [];
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  const reject = (code: string, reason: string, detail: unknown) =>
    rejects.push({ stage: 'ingest', code, sourceFile: SIDECAR, recordType: 'source', reason, detail });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('file')) {
    reject('ingest/sidecar-header', `${SIDECAR} has no "file" column; its header must be file,url,outlet.`, { fields });
    return { info, rejects };
  }
  for (const error of parsed.errors) {
    reject('ingest/sidecar-row', `${SIDECAR} row ${(error.row ?? 0) + 2}: ${error.message}.`, error);
  }
  for (const [index, row] of parsed.data.entries()) {
    const file = (row.file ?? '').trim().replace(/\\/g, '/');
    if (!file) continue;
    if (!inputFiles.has(file)) {
      reject('ingest/sidecar-unknown-file', `${SIDECAR} row ${index + 2} names "${file}", which is not an input file; fix the name or remove the row.`, row);
      continue;
    }
    if (info.has(file)) {
      reject('ingest/sidecar-duplicate', `${SIDECAR} row ${index + 2} repeats "${file}"; the first row is kept.`, row);
      continue;
    }
    info.set(file, { url: blankToNull(row.url), outlet: blankToNull(row.outlet) });
  }
  return { info, rejects };
}

function blankToNull(value: string | undefined): string | null {
  const v = (value ?? '').trim();
  return v === '' ? null : v;
}

/**
 * Reads the sidecars of the input folder: `sources.csv` in the folder itself
 * and in any subfolder (its paths are relative to where it sits).
 */
export async function readSidecars(dir: string, inputFiles: readonly string[]): Promise<{ info: Map<string, SourceInfo>; rejects: RejectDraft[] }> {
  const folders = new Set<string>(['']);
  for (const f of inputFiles) {
    const slash = f.lastIndexOf('/');
    if (slash > 0) folders.add(f.slice(0, slash));
  }
  const info = new Map<string, SourceInfo>();
  const rejects: RejectDraft[] = [];
  let root: string;
  try {
    root = await realpath(dir);
  } catch {
    return { info, rejects };
  }
  for (const folder of [...folders].sort(compareCodeUnits)) {
    const prefix = folder ? `${folder}/` : '';
    let text: string;
    try {
      // The same rules as for articles: a FIFO or a link leading out of the folder is refused, not read.
      const read = await readContained(root, path.join(root, folder, SIDECAR), MAX_BYTES);
      if (!('bytes' in read)) {
        rejects.push({ ...readFailure(prefix + SIDECAR, read.readError), recordType: 'source' });
        continue;
      }
      text = new TextDecoder().decode(read.bytes);
    } catch (error) {
      const code = errnoOf(error);
      if (code !== 'ENOENT') rejects.push({ ...readFailure(prefix + SIDECAR, code), recordType: 'source' });
      continue;
    }
    const local = new Set(inputFiles.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length)));
    const result = parseSidecar(text, local);
    for (const [file, value] of result.info) info.set(prefix + file, value);
    for (const r of result.rejects) rejects.push({ ...r, sourceFile: prefix + SIDECAR });
  }
  return { info, rejects };
}
