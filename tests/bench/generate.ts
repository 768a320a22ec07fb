/**
 * `make bench-corpus N=1000 OUT=some/folder`: N realistic articles, written
 * deterministically (article k depends only on k, so a smaller corpus is the
 * prefix of a larger one), by recombining the real articles of seeds/ and
 * tests/corpus/{dev,dev2}: each story takes an article as its template and
 * gives it other people (same number of names, Vietnamese names for
 * Vietnamese people), another partner country (with its French prepositions
 * and demonyms), other years; a story is told by one to three outlets
 * (another banner, sign-off, teaser, a paragraph cut), which are true
 * repeats; and some stories are near misses of the one before (the same
 * template and cast a week or a year later, with another partner, or with
 * another counterpart), which must not merge.
 *
 * Beside the articles: `manifest.json` (per file its story, template,
 * telling and, for a near miss, the story it nearly repeats and what
 * changed) and `pairs.json`, cross-article pairs in the format of
 * tests/gold/merge/pairs.json, labelled by construction from the templates'
 * gold quotes. The set-aside articles are never used.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode } from '../../pipeline/01-ingest.ts';
import { clean } from '../../pipeline/02-clean.ts';
import { processFile } from '../../pipeline/run.ts';
import { COUNTRIES, type CountryForms } from './countries.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = [
  { set: 'seeds', dir: 'seeds', gold: 'tests/gold/seeds' },
  { set: 'dev', dir: 'tests/corpus/dev', gold: 'tests/gold/dev' },
  { set: 'dev2', dir: 'tests/corpus/dev2', gold: 'tests/gold/dev2' },
] as const;
/** Written first in OUT: a folder holding it is one this generator wrote, and may be replaced. */
export const MANIFEST = 'manifest.json';
const PER_FOLDER = 1000;

// --- deterministic randomness ---------------------------------------------------------------

/** A small, fast PRNG (mulberry32) seeded from a string, so every draw is a function of its label. */
export function rng(label: string): () => number {
  let a = createHash('sha256').update(label).digest().readUInt32LE(0);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

// --- templates -------------------------------------------------------------------------------

interface GoldEvent {
  id: string;
  event_type: string;
  date: string | null;
  quote: string;
  participants: { name: string; actor_type: string; country: string | null }[];
}
interface GoldAgreement {
  id: string;
  name: string;
  parties: string[];
  quote: string;
}
interface Person {
  /** Full-name spellings in the template (« Tô Lâm », « To Lam »), longest first. */
  forms: string[];
  tokens: number;
  vietnamese: boolean;
  country: string | null;
}
export interface Template {
  key: string;
  text: string;
  persons: Person[];
  partner: CountryForms | null;
  events: GoldEvent[];
  agreements: GoldAgreement[];
}

const VIETNAMESE_SURNAMES = ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong', 'Ly', 'Phan', 'Truong', 'Dinh', 'Luong', 'Ta'];
const VIETNAMESE_MIDDLE = ['Van', 'Thi', 'Duc', 'Minh', 'Quang', 'Hong', 'Xuan', 'Tam', 'Huu', 'Thanh', 'Ngoc', 'Kim', 'Anh', 'Trung'];
const VIETNAMESE_GIVEN = ['Nam', 'Hung', 'Tuan', 'Long', 'Phuc', 'Thanh', 'Dung', 'Hai', 'Son', 'Quang', 'Binh', 'Cuong', 'Khoa', 'Lam', 'Minh', 'Tien', 'Vinh', 'Hoa', 'Lan', 'Mai', 'Ngoc', 'Thao'];
const FOREIGN_GIVEN = ['Josephine', 'Kasiviswanathan', 'Sergueï', 'Haji', 'Vilay', 'Kongthong', 'Aleksandr', 'Andrey', 'Agnès', 'Sébastien', 'Fumiaki', 'Christoph', 'Ahmad', 'Riva', 'Andhika', 'Matt', 'Ernst', 'Samuel', 'Ali', 'Tim', 'Vikram', 'Ghada', 'Lee', 'Cho', 'Kham', 'Sar', 'Zhao', 'Jean-Paul', 'Yoshihide', 'Marc', 'Elena', 'Kenji', 'Somsak', 'Anwar', 'Priya', 'Olivier', 'Ingrid', 'Rahim'];
const FOREIGN_FAMILY = ['Teo', 'Shanmugam', 'Lavrov', 'Halbi', 'Lakhamfong', 'Phongvicith', 'Gorovoy', 'Slepnev', 'Buzyn', 'Lecornu', 'Kobayashi', 'Vries', 'Shah', 'Das', 'Chrisnayudhanto', 'Thistlethwaite', 'Noorman', 'Fringant', 'Nagiyev', 'Huxley', 'Misri', 'Waly', 'Won-seok', 'Ji Ho', 'Kheng', 'Sokha', 'Kezhi', 'Gaudemar', 'Suga', 'Dubois', 'Petrova', 'Tanaka', 'Chaiyasit', 'Ibrahim', 'Sharma', 'Lefèvre', 'Larsen', 'Karimov'];

const OUTLETS = ['fr.vietnamplus.vn', 'lecourrier.vn', 'fr.nhandan.vn', 'vovworld.vn', 'vietnam.vnanet.vn', 'fr.qdnd.vn', 'dangcongsan.vn'];
const BANNERS = ['VIETNAMPLUS', 'Politique - Le Courrier du Vietnam', 'Accueil > Politique', 'Actualités', 'Société', 'International'];
const SIGN_OFFS = ['-VNA', './.', '(VNA)', '- CVN', ''];

const VIETNAM = new Set(['VNM']);
const isVietnameseName = (name: string) => VIETNAMESE_SURNAMES.some((s) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').startsWith(`${s} `));

function readGold(dir: string, stem: string): { events: GoldEvent[]; agreements: GoldAgreement[] } {
  const file = path.join(ROOT, dir, `${stem}.json`);
  if (!existsSync(file)) return { events: [], agreements: [] };
  const gold = JSON.parse(readFileSync(file, 'utf8')) as { events: GoldEvent[]; agreements: GoldAgreement[] };
  return { events: gold.events ?? [], agreements: gold.agreements ?? [] };
}

/** Every article of the sources, with the people the pipeline finds in it and its partner country. */
export function loadTemplates(): Template[] {
  const templates: Template[] = [];
  for (const source of SOURCES) {
    for (const file of readdirSync(path.join(ROOT, source.dir)).filter((f) => f.endsWith('.txt')).sort()) {
      const bytes = readFileSync(path.join(ROOT, source.dir, file));
      const text = new TextDecoder().decode(bytes).replace(/^\ufeff/, '');
      const result = processFile({ sourceFile: file, bytes, readError: null });
      const persons: Person[] = [];
      for (const actor of result.extraction?.actors.values() ?? []) {
        if (actor.type !== 'person') continue;
        const forms = [...new Set([actor.name, ...actor.aliases])]
          .filter((f) => !/^(?:M\.|Mme|Mlle)\s/u.test(f) && f.split(/\s+/).length >= 2 && text.includes(f))
          .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
        if (forms.length === 0) continue;
        persons.push({ forms, tokens: forms[0]!.split(/\s+/).length, vietnamese: actor.country === 'VNM' || isVietnameseName(forms[0]!), country: actor.country });
      }
      const counts = COUNTRIES.map((c) => ({ c, n: countOf(text, c) })).filter((x) => x.n > 0);
      counts.sort((a, b) => b.n - a.n || (a.c.iso3 < b.c.iso3 ? -1 : 1));
      const stem = file.replace(/\.txt$/, '');
      templates.push({ key: `${source.set}/${stem}`, text, persons, partner: counts[0]?.c ?? null, ...readGold(source.gold, stem) });
    }
  }
  return templates;
}

// --- substitutions ---------------------------------------------------------------------------

const L = String.raw`[\p{L}\p{N}]`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function countOf(text: string, c: CountryForms): number {
  const forms = [c.name, ...c.demonyms, ...c.demonyms.map(capitalize)];
  return forms.reduce((n, f) => n + (text.match(new RegExp(`(?<!${L})${escape(f)}(?!${L})`, 'gu'))?.length ?? 0), 0);
}

/** Replaces every key of `map` in one pass, longest first, whole words only, so nothing replaced is replaced again. */
function replaceAll(text: string, map: ReadonlyMap<string, string>): string {
  const keys = [...map.keys()].filter((k) => k.length > 0).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (keys.length === 0) return text;
  const re = new RegExp(`(?<!${L})(?:${keys.map(escape).join('|')})(?!${L})`, 'gu');
  return text.replace(re, (m) => map.get(m) ?? m);
}

function countryMap(from: CountryForms, to: CountryForms): Map<string, string> {
  const map = new Map<string, string>();
  const add = (a: string, b: string) => {
    for (const [x, y] of [[a, b], [capitalize(a), capitalize(b)]] as const) {
      if (!map.has(x)) map.set(x, y);
      // Both apostrophes occur in the press.
      if (x.includes('’')) map.set(x.replace(/’/g, "'"), y.replace(/’/g, "'"));
    }
  };
  add(from.where, to.where);
  add(from.from, to.from);
  // « de France » as well as « de la France ».
  if (from.from.startsWith('de la ')) add(`de ${from.name}`, to.from);
  if (from.withArticle !== from.name) add(from.withArticle, to.withArticle);
  else add(`avec ${from.name}`, `avec ${to.withArticle}`), add(`et ${from.name}`, `et ${to.withArticle}`);
  add(from.name, to.name);
  from.demonyms.forEach((d, i) => add(d, to.demonyms[i]!));
  return map;
}

interface Cast {
  /** New full name per template person (by index), same token count. */
  names: string[];
}

function newName(r: () => number, person: Person): string {
  if (person.vietnamese) {
    const parts = [pick(r, VIETNAMESE_SURNAMES)];
    for (let i = 1; i < Math.max(2, person.tokens) - 1; i++) parts.push(pick(r, VIETNAMESE_MIDDLE));
    parts.push(pick(r, VIETNAMESE_GIVEN));
    return parts.join(' ');
  }
  return `${pick(r, FOREIGN_GIVEN)} ${pick(r, FOREIGN_FAMILY)}`;
}

function personMap(template: Template, cast: Cast): Map<string, string> {
  const map = new Map<string, string>();
  template.persons.forEach((p, i) => {
    const name = cast.names[i]!;
    for (const form of p.forms) if (!map.has(form)) map.set(form, name);
    // « M. Lam », « Mme Teo »: the honorific and the last name.
    const last = (s: string) => s.split(/\s+/).at(-1)!;
    for (const form of p.forms) for (const h of ['M.', 'Mme']) if (!map.has(`${h} ${last(form)}`)) map.set(`${h} ${last(form)}`, `${h} ${last(name)}`);
  });
  return map;
}

const MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';

const DAY_MONTH = new RegExp(`(?<!${L})(\\d{1,2})(er)?(?:(\\s+(?:au|et)\\s+|\\s*-\\s*)(\\d{1,2})(er)?)?(\\s+)(${MONTHS})(?!${L})`, 'giu');

/** The direction a one-week shift takes in this text: later, unless a day would leave the month. */
function weekShift(text: string): number {
  let latest = 0;
  for (const m of text.matchAll(DAY_MONTH)) latest = Math.max(latest, Number(m[1]), Number(m[4] ?? 0));
  return latest + 7 > 28 ? -7 : 7;
}

/** Moves every year by `years` and every day of a day-month expression (and the header's day) by `days` (±7 keeps weekdays right). */
function shiftDates(text: string, years: number, days: number): string {
  let out = text.replace(new RegExp(`(?<!${L})(19[5-9]\\d|20\\d\\d)(?!${L})`, 'gu'), (y) => String(Number(y) + years));
  if (days === 0) return out;
  const day = (d: string) => Math.min(28, Math.max(1, Number(d) + days));
  const written = (d: number, er: string | undefined) => `${d}${d === 1 && er ? er : ''}`;
  out = out.replace(DAY_MONTH, (_m, d1: string, er1: string | undefined, sep: string | undefined, d2: string | undefined, er2: string | undefined, sp: string, month: string) =>
    `${written(day(d1), er1)}${sep && d2 ? `${sep}${written(day(d2), er2)}` : ''}${sp}${month}`,
  );
  return out.replace(/^( date )(\d{4})-(\d{2})-(\d{2})/u, (_m, h: string, y: string, mo: string, d: string) => `${h}${y}-${mo}-${String(day(d)).padStart(2, '0')}`);
}

// --- stories ---------------------------------------------------------------------------------

export type Change = 'day' | 'year' | 'partner' | 'person';

export interface StoryParams {
  story: number;
  template: number;
  partner: CountryForms | null;
  years: number;
  days: number;
  cast: Cast;
  /** The story this one nearly repeats, and what differs. */
  nearMissOf: number | null;
  change: Change | null;
  /** Index of the person the `person` change replaced. */
  changedPerson: number | null;
  tellings: number;
}

function freshStory(story: number, templates: readonly Template[]): StoryParams {
  const r = rng(`story:${story}`);
  const template = Math.floor(r() * templates.length);
  const t = templates[template]!;
  const partner = t.partner ? pick(r, COUNTRIES.filter((c) => c.iso3 !== t.partner!.iso3)) : null;
  const tellings = r() < 0.5 ? 1 : r() < 0.6 ? 2 : 3;
  return { story, template, partner, years: Math.floor(r() * 7) - 4, days: 0, cast: { names: t.persons.map((p) => newName(r, p)) }, nearMissOf: null, change: null, changedPerson: null, tellings };
}

function nearMiss(story: number, of: StoryParams, templates: readonly Template[]): StoryParams | null {
  const r = rng(`near-miss:${story}`);
  const t = templates[of.template]!;
  const foreign = t.persons.map((p, i) => ({ p, i })).filter((x) => !x.p.vietnamese);
  const changes: Change[] = ['day', 'year', ...(t.partner ? (['partner'] as const) : []), ...(foreign.length > 0 ? (['person'] as const) : [])];
  const original = storyContent(storyText(of, t));
  // A change the story text does not show (no day to move, a name only in a caption or a teaser) would make a copy, not a near miss.
  for (const change of [...changes].sort(() => r() - 0.5)) {
    const next: StoryParams = { ...of, story, cast: { names: [...of.cast.names] }, nearMissOf: of.story, change, changedPerson: null, tellings: r() < 0.6 ? 1 : 2 };
    if (change === 'day') next.days = of.days === 0 ? 7 : 0;
    if (change === 'year') next.years = of.years + 1;
    if (change === 'partner') {
      next.partner = pick(r, COUNTRIES.filter((c) => c.iso3 !== t.partner!.iso3 && c.iso3 !== of.partner?.iso3));
      // Another partner sends other people.
      for (const { p, i } of foreign) next.cast.names[i] = newName(r, p);
    }
    if (change === 'person') {
      const { p, i } = pick(r, foreign);
      let name = newName(r, p);
      while (name === of.cast.names[i]) name = newName(r, p);
      next.cast.names[i] = name;
      next.changedPerson = i;
    }
    if (storyContent(storyText(next, t)) !== original) return next;
  }
  return null;
}

/** The story text as the pipeline reads it: noise, captions and teasers left out. */
function storyContent(text: string): string {
  const { doc } = decode({ sourceFile: 'story.txt', bytes: new TextEncoder().encode(text), readError: null });
  if (!doc) return text;
  const { article } = clean(doc);
  return article.content.map((s) => doc.source.slice(s)).join('\n');
}

/** The stories covering articles 0..n-1, in order: each a function of its index only. */
export function stories(n: number, templates: readonly Template[]): StoryParams[] {
  const out: StoryParams[] = [];
  let articles = 0;
  for (let s = 0; articles < n; s++) {
    const previous = out.at(-1);
    const r = rng(`kind:${s}`);
    const story = (previous && previous.nearMissOf === null && r() < 0.3 ? nearMiss(s, previous, templates) : null) ?? freshStory(s, templates);
    out.push(story);
    articles += story.tellings;
  }
  return out;
}

/** The story's text before the outlet's chrome: people, partner and dates substituted. */
export function storyText(params: StoryParams, template: Template, text = template.text): string {
  let out = replaceAll(text, personMap(template, params.cast));
  if (template.partner && params.partner) out = replaceAll(out, countryMap(template.partner, params.partner));
  return shiftDates(out, params.years, params.days === 0 ? 0 : weekShift(template.text));
}

/** One outlet's telling: telling 0 as written, the others with a banner, another sign-off, a teaser, or the last paragraph cut. */
function tell(params: StoryParams, telling: number, body: string, templates: readonly Template[]): { text: string; outlet: string } {
  const r = rng(`telling:${params.story}:${telling}`);
  const outlet = pick(r, OUTLETS);
  const paragraphs = body.replace(/\s+$/u, '').split(/\n\s*\n/u);
  if (telling > 0 && paragraphs.length >= 4 && r() < 0.5) paragraphs.pop();
  let text = paragraphs.join('\n\n');
  const signOff = pick(r, SIGN_OFFS);
  if (signOff) text += signOff.startsWith('(') ? ` ${signOff}` : `\n${signOff}`;
  const hasHeader = text.startsWith(' date ');
  if (telling > 0 && !hasHeader && r() < 0.7) text = `${pick(r, BANNERS)}\n\n${text}`;
  if (telling > 0 || r() < 0.3) {
    const other = templates[Math.floor(r() * templates.length)]!.text.replace(/^ date \S+ /u, '').split('\n')[0]!.slice(0, 140);
    text += `\n\nVoir plus\n\n${other}`;
  }
  return { text: `${text}\n`, outlet };
}

export interface ManifestEntry {
  file: string;
  story: number;
  telling: number;
  template: string;
  nearMissOf: number | null;
  change: Change | null;
}

export interface GeneratedArticle extends ManifestEntry {
  text: string;
  outlet: string;
}

/** Articles 0..n-1. */
export function generate(n: number, templates = loadTemplates()): { articles: GeneratedArticle[]; stories: StoryParams[]; templates: Template[] } {
  const all = stories(n, templates);
  const articles: GeneratedArticle[] = [];
  const seen = new Set<string>();
  for (const params of all) {
    const template = templates[params.template]!;
    const body = storyText(params, template);
    for (let telling = 0; telling < params.tellings && articles.length < n; telling++) {
      const k = articles.length;
      let { text, outlet } = tell(params, telling, body, templates);
      // Never byte copies: a repeat of an earlier file gets the outlet's reference line.
      for (let attempt = 0; seen.has(text); attempt++) text = `${text}\nRéf. ${outlet} ${k}-${attempt}\n`;
      seen.add(text);
      const folder = `g${String(Math.floor(k / PER_FOLDER)).padStart(3, '0')}`;
      articles.push({ file: `${folder}/a${String(k).padStart(6, '0')}.txt`, story: params.story, telling, template: template.key, nearMissOf: params.nearMissOf, change: params.change, text, outlet });
    }
  }
  return { articles, stories: all, templates };
}

// --- pairs labelled by construction ----------------------------------------------------------

export interface Pair {
  id: string;
  table: 'event' | 'agreement' | 'actor';
  same: boolean;
  a: { file: string; quote: string };
  b: { file: string; quote: string };
  note: string;
  /** For generated event pairs: the gold event's type, so that a sentence telling several events is read as the one meant. */
  event_type?: string;
}

/**
 * Cross-article pairs the construction decides: the same gold event or
 * agreement in two tellings of a story is the same row; in a near miss, the
 * events the change touches (dated ones for a day or year, the partner's or
 * the counterpart's for those) are different rows, and so are the agreements
 * whose parties name a changed partner.
 */
export function pairsOf(generated: ReturnType<typeof generate>, limit = Infinity): Pair[] {
  const { articles, stories: all, templates } = generated;
  const byStory = new Map<number, GeneratedArticle[]>();
  for (const a of articles) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a]);
  const pairs: Pair[] = [];
  const quoteIn = (params: StoryParams, template: Template, quote: string, article: GeneratedArticle) => {
    const q = storyText(params, template, quote);
    return article.text.includes(q) ? q : null;
  };
  const push = (table: Pair['table'], same: boolean, pa: StoryParams, a: GeneratedArticle, qa: string, pb: StoryParams, b: GeneratedArticle, qb: string, note: string, eventType?: string) => {
    const template = templates[pa.template]!;
    const x = quoteIn(pa, template, qa, a);
    const y = quoteIn(pb, template, qb, b);
    if (x && y && pairs.length < limit) pairs.push({ id: `g${pairs.length + 1}`, table, same, a: { file: a.file, quote: x }, b: { file: b.file, quote: y }, note, ...(eventType ? { event_type: eventType } : {}) });
  };
  for (const params of all) {
    const template = templates[params.template]!;
    const tellings = byStory.get(params.story) ?? [];
    for (let i = 1; i < tellings.length; i++) {
      for (const e of template.events) push('event', true, params, tellings[0]!, e.quote, params, tellings[i]!, e.quote, `${template.key} ${e.id}: two tellings of story ${params.story}`, e.event_type);
      for (const g of template.agreements) push('agreement', true, params, tellings[0]!, g.quote, params, tellings[i]!, g.quote, `${template.key} ${g.id}: two tellings of story ${params.story}`);
    }
    if (params.nearMissOf === null) continue;
    const of = all[params.nearMissOf]!;
    const a = (byStory.get(of.story) ?? [])[0];
    const b = tellings[0];
    if (!a || !b) continue;
    const partnerIso = template.partner?.iso3;
    for (const e of template.events) {
      const people = e.participants.filter((p) => p.actor_type === 'person').map((p) => p.name);
      // Who meets whom makes a meeting or a visit; a conference or a ceremony is the same whoever else attends.
      const bilateral = e.event_type === 'meeting' || e.event_type === 'visit';
      const touched =
        params.change === 'day' ? shortDay(e.date)
        : params.change === 'year' ? !!e.date && /^\d{4}/.test(e.date)
        : params.change === 'partner' ? bilateral && e.participants.some((p) => p.country === partnerIso)
        : bilateral && params.changedPerson !== null && people.some((n) => template.persons[params.changedPerson!]!.forms.some((f) => sameName(f, n)));
      if (touched) push('event', false, of, a, e.quote, params, b, e.quote, `${template.key} ${e.id}: near miss (${params.change}) of story ${of.story}`, e.event_type);
    }
    if (params.change === 'partner') {
      for (const g of template.agreements) {
        if (partnerIso && g.parties.includes(partnerIso)) push('agreement', false, of, a, g.quote, params, b, g.quote, `${template.key} ${g.id}: near miss (partner) of story ${of.story}`);
      }
    }
  }
  return pairs;
}

/** A day-precise date lasting under a week: moving it by a week makes it another day. */
function shortDay(date: string | null): boolean {
  const m = date ? /^(\d{4}|XXXX)-(\d{2})-(\d{2})(?:\/(?:\d{4}|XXXX)-(\d{2})-(\d{2}))?$/.exec(date) : null;
  if (!m) return false;
  if (!m[4]) return true;
  return m[4] === m[2] && Number(m[5]) - Number(m[3]) < 6;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
const sameName = (a: string, b: string) => fold(a) === fold(b) || fold(a).endsWith(` ${fold(b)}`) || fold(b).endsWith(` ${fold(a)}`);

// --- writing ---------------------------------------------------------------------------------

/** Writes the corpus into `out`, which must be absent, empty, or a corpus this generator wrote (then only its files are replaced). */
export function writeCorpus(out: string, generated: ReturnType<typeof generate>): void {
  if (existsSync(out)) {
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes(MANIFEST)) throw new Error(`${out} is neither empty nor a generated corpus (no ${MANIFEST}); give a new folder.`);
    if (entries.length > 0) {
      const old = JSON.parse(readFileSync(path.join(out, MANIFEST), 'utf8')) as { articles: ManifestEntry[] };
      // The manifest last: a run stopped half-way leaves a folder still recognised as a generated corpus.
      const own = new Set(['pairs.json', ...old.articles.map((a) => a.file), ...old.articles.map((a) => `${path.dirname(a.file)}/sources.csv`)]);
      for (const file of own) rmSync(path.join(out, file), { force: true });
      for (const dir of new Set(old.articles.map((a) => path.dirname(a.file)))) {
        if (existsSync(path.join(out, dir)) && readdirSync(path.join(out, dir)).length === 0) rmdirSync(path.join(out, dir));
      }
      rmSync(path.join(out, MANIFEST), { force: true });
    }
  }
  mkdirSync(out, { recursive: true });
  const manifest = { generator: 'cybercoop bench corpus', articles: generated.articles.map(({ text: _t, outlet: _o, ...entry }) => entry) };
  // The manifest first: from then on the folder is known as a generated corpus, even if the run stops.
  writeFileSync(path.join(out, MANIFEST), `${JSON.stringify(manifest, null, 0)}\n`);
  const sidecars = new Map<string, string[]>();
  for (const a of generated.articles) {
    const dir = path.dirname(a.file);
    mkdirSync(path.join(out, dir), { recursive: true });
    writeFileSync(path.join(out, a.file), a.text);
    const lines = sidecars.get(dir) ?? ['file,url,outlet'];
    lines.push(`${path.basename(a.file)},https://${a.outlet}/generated/${path.basename(a.file, '.txt')}.html,${a.outlet}`);
    sidecars.set(dir, lines);
  }
  for (const [dir, lines] of sidecars) writeFileSync(path.join(out, dir, 'sources.csv'), `${lines.join('\n')}\n`);
  writeFileSync(path.join(out, 'pairs.json'), `${JSON.stringify(pairsOf(generated, 5000), null, 1)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2]);
  const out = process.argv[3];
  if (!Number.isInteger(n) || n <= 0 || !out) {
    process.stderr.write('usage: generate.ts N OUT   (make bench-corpus N=1000 OUT=folder)\n');
    process.exit(2);
  }
  const started = performance.now();
  const generated = generate(n);
  writeCorpus(out, generated);
  const nearMisses = generated.stories.filter((s) => s.nearMissOf !== null).length;
  process.stderr.write(`bench-corpus: ${n} articles, ${generated.stories.length} stories (${nearMisses} near misses) from ${generated.templates.length} templates in ${out}/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
