/**
 * Stage 2 — clean: a decoded document → an article whose header, title,
 * body and noise are marked as spans. The text itself is never rewritten:
 * noise is a list of spans to skip, so every later offset is still an offset
 * into the file.
 */
import { createRequire } from 'node:module';
import type { SourceDocument } from './01-ingest.ts';
import { dateValue, parseEdtf, type DateValue } from './dates/edtf.ts';
import { findDates } from './dates/french.ts';
import { banners, type BannerKind } from './dictionaries.ts';
import {
  AGENCY_DATELINE,
  BANNER_SEPARATOR,
  BREADCRUMB_SEPARATOR,
  BYLINE,
  CAPTION_POSITION,
  CLUTTER_LINE,
  CREDIT_LINE,
  DANGLING_END,
  DATELINE_OPENING,
  HEADER,
  IMAGE_MARKER,
  NUMERIC_DAY,
  PIPE_END,
  RELATED_LINK,
  SENTENCE_END,
  SIGNATURE_LINE,
  STAMP_LEAD,
  STAMP_TIME,
  TEASER_START,
  TRAILING_CREDIT,
  TRAILING_SIGNATURE,
  VIETNAMESE_LETTER,
  WEB_ADDRESS_LINE,
} from './patterns.ts';
import type { RejectDraft } from './rejects.ts';
import { foldKey, normalizeForMatching, type Span } from './source.ts';

/** `banner`: a site's name, section, menu or breadcrumb above the title (« Politique », « Accueil > Politique »). */
export type NoiseKind = 'related-link' | 'caption' | 'credit' | 'byline' | 'signature' | 'clutter' | 'banner' | 'teaser';

export interface NoiseSpan extends Span {
  kind: NoiseKind;
}

export interface Published {
  date: DateValue;
  basis: 'header' | 'inferred';
  span: Span;
}

export interface Article {
  doc: SourceDocument;
  /** The ` date …` header, when present. */
  header: Span | null;
  title: { text: string; span: Span } | null;
  published: Published | null;
  /** From the first character after the header and title to the start of a teaser block (or the end). */
  body: Span;
  /** Stretches of the body that carry the story, in order: lines or parts of lines, noise removed. */
  content: Span[];
  noise: NoiseSpan[];
  /** ISO 639-1 of the body, null when there is too little text to tell. */
  language: string | null;
}

interface Line {
  /** UTF-16 offsets of the line without its line break. */
  start: number;
  end: number;
}

/** Splits into lines on LF, CRLF or CR, keeping UTF-16 offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** What a whole line is, when it is noise; null for story text. */
export function classifyLine(line: string, nextLine: string | null): NoiseKind | null {
  const view = normalizeForMatching(line).text;
  if (RELATED_LINK.test(view)) return 'related-link';
  if (CREDIT_LINE.test(view)) return 'credit';
  if (BYLINE.test(view)) return 'byline';
  if (SIGNATURE_LINE.test(view)) return 'signature';
  if (CLUTTER_LINE.test(view) || readStamp(line) !== null) return 'clutter';
  if (PIPE_END.test(view) || IMAGE_MARKER.test(view) || TRAILING_CREDIT.test(view) || CAPTION_POSITION.test(view)) return 'caption';
  // « Le ministre …, Tô Lâm (gauche), et … Fumiaki Kobayashi. » directly above « Photo : VNA/CVN » is that photo's caption.
  if (nextLine !== null && CREDIT_LINE.test(normalizeForMatching(nextLine).text)) return 'caption';
  return null;
}

/** A title is a short line that does not read as a sentence of the story. */
export function looksLikeTitle(line: string): boolean {
  const t = line.trim();
  if (!/\p{L}{2}/u.test(t) || [...t].length > 220) return false;
  if (/[.,;:…]$/.test(t) && !/\.\.\.$/.test(t)) return false;
  // A dateline « Hanoï (VNA) – … », « Phnom Penh, le 9 mai 2022 — » opens the body, never a title.
  if (AGENCY_DATELINE.test(t) || readDateline(t) !== null) return false;
  // « Le vice-ministre a reçu le 5 mai le chef du » is a sentence broken by a line break, not a title.
  if (DANGLING_END.test(normalizeForMatching(t).text)) return false;
  return true;
}

/**
 * The day a page's time stamp line gives, when the line is nothing but a stamp: `{ date }`, with `date` null when the stamp
 * has no year (« Publié le 5 mars à 10h30 »: a year is never guessed); null when the line is not a stamp.
 */
export function readStamp(line: string): { date: DateValue | null } | null {
  // A stamp is short and has figures: story lines need not go through the date grammar.
  if (line.length > 80 || !/\d/.test(line)) return null;
  const view = normalizeForMatching(line).text;
  let rest = view.slice(STAMP_LEAD.exec(view)![0].length);
  const time = STAMP_TIME.exec(rest);
  if (time) rest = rest.slice(0, time.index);
  rest = rest.trim();
  if (rest === '') return null;
  const numeric = NUMERIC_DAY.exec(rest);
  if (numeric) {
    const g = numeric.groups!;
    const [y, m, d] = g.year ? [g.year, g.month!, g.day!] : [g.isoYear!, g.isoMonth!, g.isoDay!];
    // « 31.02.2020 » is no day, so no stamp.
    const date = parseEdtf(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
    return date ? { date } : null;
  }
  const day = wholeDay(rest);
  return day ? { date: day.year === null ? null : dateValue(day) } : null;
}

/** The day a dateline opening the body states (« Vientiane, le 14 mars 2023 — »), year or not; null when it is no dateline. */
export function readDateline(line: string): { date: DateValue | null; end: number } | null {
  const view = normalizeForMatching(line);
  const m = DATELINE_OPENING.exec(view.text);
  if (!m) return null;
  const day = wholeDay(m.groups!.date!);
  if (!day) return null;
  const dateEnd = m.indices!.groups!.date![1];
  return { date: day.year === null ? null : dateValue(day), end: view.origEnd[dateEnd - 1]! };
}

/** The date grammar's reading of a text that is one day and nothing else (« le 14 mars 2023 », « mardi 4 avril 2023 »). */
function wholeDay(text: string): { year: number | null; month: number; day: number } | null {
  const found = findDates(text);
  if (found.length !== 1) return null;
  const [match] = found;
  const e = match!.expression;
  if (text.slice(0, match!.start).trim() !== '' || text.slice(match!.end).trim() !== '') return null;
  if (e.kind !== 'point' || e.date.month === null || e.date.day === null) return null;
  return { year: e.date.year, month: e.date.month, day: e.date.day };
}

/**
 * A line above the title that is the site's chrome, not the story's: a line in another script (« ព័ត៌មានជាតិ ») or in
 * Vietnamese (« Thời sự », « Báo Nhân Dân - Tiếng nói của Đảng … »: fixtures cleaning-007, -003), a breadcrumb (« Accueil >
 * Politique », cleaning-004), a bare web address, or names of sections, outlets and menus from banners.csv, alone or joined
 * (« Politique - Le Courrier du Vietnam », cleaning-009).
 */
export function isBanner(line: string, names: ReadonlyMap<string, BannerKind> = banners()): boolean {
  const raw = line.normalize('NFC').trim();
  // A banner is a short line; a paragraph of the story need not be read letter by letter.
  if (raw.length > 150 || !/\p{L}/u.test(raw)) return false;
  if (otherScript(raw) || vietnamese(raw) || breadcrumb(raw) || WEB_ADDRESS_LINE.test(raw)) return true;
  return raw.split(BANNER_SEPARATOR).every((part) => names.has(foldKey(part.replace(/[\s:.]+$/u, ''))));
}

/** Most letters outside the Latin script (Khmer, Thai, Chinese, Cyrillic…). */
function otherScript(line: string): boolean {
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  const latin = line.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters >= 2 && latin * 2 < letters;
}

/**
 * Vietnamese, not French with Vietnamese names: at least two words with letters French lacks, one of them in lower case
 * (names are capitalized: « Le vice-ministre Trần Quốc Tỏ reçoit … » is French), and no French function word.
 */
function vietnamese(line: string): boolean {
  const words = line.match(/[\p{L}\p{M}]+/gu) ?? [];
  const marked = words.filter((w) => VIETNAMESE_LETTER.test(w));
  if (marked.length < 2) return false;
  const capitals = line === line.toUpperCase();
  if (!capitals && !marked.some((w) => /^\p{Ll}/u.test(w))) return false;
  return !words.some((w) => FRENCH_FUNCTION_WORDS.has(w.toLowerCase()));
}

/** Short items joined by « > », « » », « › »; a quotation « … » is not one. */
function breadcrumb(line: string): boolean {
  if (line.includes('«')) return false;
  const parts = line.split(BREADCRUMB_SEPARATOR);
  return parts.length >= 2 && parts.every((p) => /^\p{L}/u.test(p) && [...p].length <= 40 && p.split(/\s+/).length <= 5 && !SENTENCE_END.test(p));
}

/** Mark header, title, noise and body of one article. Offsets are code points into the source file. */
export function clean(doc: SourceDocument): { article: Article; rejects: RejectDraft[] } {
  const { source } = doc;
  const text = source.text;
  const lines = splitLines(text);
  const noise: NoiseSpan[] = [];
  const content: Span[] = [];
  const cp = (unitStart: number, unitEnd: number) => source.spanFromUnits(unitStart, unitEnd);

  let header: Span | null = null;
  let published: Published | null = null;
  const first = lines[0]!;
  const headerMatch = HEADER.exec(text.slice(first.start, first.end));
  if (headerMatch) {
    header = cp(first.start, first.start + headerMatch[0].length);
    const date = parseEdtf(headerMatch[1]!);
    if (date) published = { date, basis: 'header', span: cp(first.start + headerMatch[0].indexOf('date'), first.start + headerMatch[0].trimEnd().length) };
    first.start += headerMatch[0].length;
  }

  // Both passes below ask whether the lines above the story are banners; each line is read once.
  const bannerAt = new Map<number, boolean>();
  const bannerLine = (i: number): boolean => {
    let known = bannerAt.get(i);
    if (known === undefined) bannerAt.set(i, (known = isBanner(text.slice(lines[i]!.start, lines[i]!.end))));
    return known;
  };

  let teaserFrom = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (TEASER_START.test(text.slice(line.start, line.end))) {
      teaserFrom = i;
      break;
    }
  }
  // The agency's sign-off ends the article (« … partenaires étrangers. -VNA », « VNA/CVN »): what follows is teasers of other articles.
  // Above the story, an agency's or outlet's name alone is its banner (« VIETNAMPLUS », fixture cleaning-011), not a sign-off.
  let storySeen = false;
  for (let i = 0; i < teaserFrom; i++) {
    const raw = text.slice(lines[i]!.start, lines[i]!.end);
    if (raw.trim() === '') continue;
    const view = normalizeForMatching(raw).text;
    const signedOff = TRAILING_SIGNATURE.test(view.trimEnd()) || SIGNATURE_LINE.test(view);
    if (!storySeen && (!signedOff || SIGNATURE_LINE.test(view))) {
      storySeen = !signedOff && classifyLine(raw, adjacentLine(lines, i, teaserFrom, text)) === null && !bannerLine(i);
      continue;
    }
    if (!signedOff) continue;
    const next = lines.slice(i + 1, teaserFrom).findIndex((l) => text.slice(l.start, l.end).trim() !== '');
    if (next >= 0) teaserFrom = i + 1 + next;
    break;
  }
  const bodyEndUnit = teaserFrom < lines.length ? lines[teaserFrom]!.start : text.length;
  if (teaserFrom < lines.length) noise.push({ ...cp(bodyEndUnit, text.length), kind: 'teaser' });

  let title: Article['title'] = null;
  let bodyStartUnit = header ? first.start : 0;
  let titleSettled = false;
  let firstContent: { start: number; end: number } | null = null;
  for (let i = 0; i < teaserFrom; i++) {
    const line = lines[i]!;
    const raw = text.slice(line.start, line.end);
    if (raw.trim() === '') continue;
    const nextLine = adjacentLine(lines, i, teaserFrom, text);
    const classified = classifyLine(raw, nextLine);
    // Until the title, a site's name, section or menu is a banner (« Politique », « All news », « VIETNAMPLUS »: fixtures cleaning-002, -001, -011).
    const kind = !titleSettled && (classified === 'signature' || (classified === null && bannerLine(i))) ? 'banner' : classified;
    if (kind) {
      noise.push({ ...cp(line.start + leading(raw), line.end - trailing(raw)), kind });
      if (kind === 'banner') bodyStartUnit = line.end;
      if (kind === 'clutter' && !published) {
        const date = readStamp(raw)?.date;
        if (date) published = { date, basis: 'inferred', span: cp(line.start + leading(raw), line.end - trailing(raw)) };
      }
      continue;
    }
    if (!titleSettled) {
      titleSettled = true;
      // « Selon » above « le ministre, la coopération progresse. » starts a sentence, not a title (segmenting joins the lines).
      const following = lines.slice(i + 1, teaserFrom).find((l) => text.slice(l.start, l.end).trim() !== '');
      const continued = following !== undefined && /^\p{Ll}/u.test(text.slice(following.start, following.end).trim());
      if (looksLikeTitle(raw) && !continued) {
        const span = cp(line.start + leading(raw), line.end - trailing(raw));
        title = { text: raw.replace(/[\s\u00a0\u202f]+/g, ' ').trim(), span };
        bodyStartUnit = line.end;
        continue;
      }
    }
    let end = line.end - trailing(raw);
    const view = normalizeForMatching(text, line.start, end);
    const sign = TRAILING_SIGNATURE.exec(view.text);
    if (sign) {
      const signStart = view.origStart[sign.index]!;
      noise.push({ ...cp(signStart, end), kind: 'signature' });
      end = signStart;
    }
    content.push(cp(line.start + leading(raw), end));
    firstContent ??= { start: line.start + leading(raw), end };
  }
  // Without a header or a stamp, a dateline with a full day at the start of the body dates the article; it stays in the body.
  if (!published && firstContent) {
    const dateline = readDateline(text.slice(firstContent.start, firstContent.end));
    if (dateline?.date) published = { date: dateline.date, basis: 'inferred', span: cp(firstContent.start, firstContent.start + dateline.end) };
  }

  // The body starts at the first non-space character after the header and title.
  while (bodyStartUnit < bodyEndUnit && /\s/.test(text[bodyStartUnit]!)) bodyStartUnit++;
  let bodyEnd = bodyEndUnit;
  while (bodyEnd > bodyStartUnit && /\s/.test(text[bodyEnd - 1]!)) bodyEnd--;
  noise.sort((a, b) => a.start - b.start || a.end - b.end);

  const language = detectLanguage(content.map((s) => source.slice(s)).join('\n'));
  const rejects: RejectDraft[] = [];
  if (language !== null && language !== 'fr') {
    rejects.push({
      stage: 'clean',
      code: 'clean/not-french',
      sourceFile: doc.sourceFile,
      recordType: 'article',
      reason: `The body reads as "${language}", not French; the article is listed but no rows are extracted from it.`,
      detail: { language },
    });
  }
  if (content.length === 0) {
    rejects.push({
      stage: 'clean',
      code: 'clean/no-body',
      sourceFile: doc.sourceFile,
      recordType: 'article',
      reason: 'Nothing is left once links, captions, credits and teasers are set aside; the article is listed but yields no rows.',
      detail: null,
    });
  }
  return {
    article: { doc, header, title, published, body: cp(bodyStartUnit, Math.max(bodyStartUnit, bodyEnd)), content, noise, language },
    rejects,
  };
}

/** The next line when it is not blank (a caption sits directly above its credit). */
function adjacentLine(lines: Line[], i: number, limit: number, text: string): string | null {
  const next = lines[i + 1];
  if (!next || i + 1 >= limit) return null;
  const raw = text.slice(next.start, next.end);
  return raw.trim() === '' ? null : raw;
}

function leading(s: string): number {
  return s.length - s.trimStart().length;
}

function trailing(s: string): number {
  return s.length - s.trimEnd().length;
}

// Loaded at the first body to read: building its model takes about half a second of start-up, which --help,
// --version and an unchanged rerun (no article read) need not pay. The CommonJS build is the same code and model.
let tinyld: typeof import('tinyld') | null = null;
const detect = (text: string) => (tinyld ??= createRequire(import.meta.url)('tinyld') as typeof import('tinyld')).detect(text);

/** Language of a body; short texts are left unknown because detectors guess wildly on them. */
export function detectLanguage(body: string): string | null {
  const letters = body.replace(/[^\p{L}]/gu, '');
  if (letters.length < 60) return null;
  // Detectors misread short French texts full of Vietnamese names (« Trân Tuân Anh ») as Vietnamese; French function words settle it.
  const words = body.toLowerCase().match(/\p{L}+/gu) ?? [];
  const french = words.filter((w) => FRENCH_FUNCTION_WORDS.has(w)).length;
  if (words.length >= 15 && french / words.length >= 0.2) return 'fr';
  const lang = detect(body);
  return lang ? lang : null;
}

const FRENCH_FUNCTION_WORDS = new Set(['le', 'la', 'les', 'de', 'des', 'du', 'et', 'à', 'au', 'aux', 'en', 'un', 'une', 'que', 'qui', 'pour', 'dans', 'sur', 'avec', 'par', 'est', 'a', 'ont', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'il', 'elle', 'ils', 'entre', 'lors', 'd', 'l']);

/** Number of code points the noise spans cover (they never overlap). */
export function noiseChars(article: Article): number {
  return article.noise.reduce((sum, n) => sum + (n.end - n.start), 0);
}
