/**
 * `make eval`: runs the pipeline on the articles that have hand-written gold
 * (tests/gold/) and prints precision, recall and F1 for events,
 * participants and agreements, date accuracy, rows from noise, invented
 * years, and per-article misses and extras. Matching rules are in the README.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Tables } from '../schemas/index.ts';
import { readInput } from '../pipeline/01-ingest.ts';
import { buildDataset, processFile } from '../pipeline/run.ts';
import { foldKey } from '../pipeline/source.ts';
import { contentWords } from '../pipeline/06-extract.ts';
import { dictionaries } from '../pipeline/dictionaries.ts';

export interface GoldParticipant {
  name: string;
  actor_type: string;
  country: string | null;
  role: string;
}
export interface GoldEvent {
  id: string;
  event_type: string;
  name: string | null;
  date: string | null;
  city: string | null;
  status: string;
  agreement: string | null;
  participants: GoldParticipant[];
  quote: string;
}
export interface GoldAgreement {
  id: string;
  name: string;
  short_name: string | null;
  instrument_type: string;
  signed: string | null;
  quote: string;
}
export interface GoldArticle {
  source_file: string;
  events: GoldEvent[];
  agreements: GoldAgreement[];
}

export const CORPORA = [
  { name: 'seeds', input: 'seeds', gold: 'tests/gold/seeds', setAside: false },
  { name: 'dev', input: 'tests/corpus/dev', gold: 'tests/gold/dev', setAside: false },
  { name: 'heldout', input: 'tests/corpus/heldout', gold: 'tests/gold/heldout', setAside: false },
  { name: 'dev2', input: 'tests/corpus/dev2', gold: 'tests/gold/dev2', setAside: false },
  // Real articles no rule is written for: measured only at the end of an issue (`make eval-setaside`), never while tuning.
  { name: 'setaside', input: 'tests/corpus/setaside', gold: 'tests/gold/setaside', setAside: true },
] as const;

export function loadGold(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as GoldArticle);
}

/** Person and organization names match across spellings and partial forms: « To Lam » ~ « Tô Lâm » ~ « M. Lam ». */
export function sameName(a: string, b: string): boolean {
  const clean = (s: string) => foldKey(s.replace(/^(?:M\.|Mme)\s*/, '')).replace(/[^a-z0-9 ]/g, ' ').split(/\s+/).filter(Boolean);
  const x = clean(a);
  const y = clean(b);
  if (x.join(' ') === y.join(' ')) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 0) return false;
  if (short.every((t) => long.includes(t))) return true;
  return x.at(-1) === y.at(-1) && x.length > 1 && y.length > 1 && x[0] === y[0];
}

/** Actors match by name, or through the dictionaries: « ONU » is « Organisation des Nations unies », « Vietnam » is VNM. */
export function sameActor(gold: string, pred: string): boolean {
  if (sameName(gold, pred)) return true;
  const d = dictionaries();
  const org = (n: string) => d.organizations.get(n)?.id ?? d.organizations.get(n.replace(/^(?:l'|la |le |les )/i, ''))?.id;
  const a = org(gold);
  if (a && a === org(pred)) return true;
  const country = (n: string) => {
    const m = d.countries.find(n);
    return m.length === 1 && m[0]!.end - m[0]!.start >= n.trim().length - 1 ? m[0]!.value.iso3 : undefined;
  };
  const c = country(gold);
  return c !== undefined && c === country(pred);
}

/** Instrument names match when one's content words nearly cover the other's, or through the short name. */
export function sameInstrument(goldName: string, goldShort: string | null, predName: string, predShort: string | null): boolean {
  const keys = [goldName, goldShort].filter((x): x is string => !!x).map(foldKey);
  const pkeys = [predName, predShort].filter((x): x is string => !!x).map(foldKey);
  if (keys.some((k) => pkeys.includes(k))) return true;
  const a = contentWords(goldName);
  const b = contentWords(predName);
  const common = [...a].filter((w) => b.has(w)).length;
  return common >= 1 && common / Math.min(a.size, b.size) >= 0.6 && common / Math.max(a.size, b.size) >= 0.34;
}

/** Same date, or the prediction fills a year the article lacked from another article (basis corpus). */
export function dateCorrect(gold: string | null, pred: string | null, basis: string, articleCount = 1): boolean {
  if (gold === pred) return true;
  if (!gold || !pred || (basis !== 'corpus' && articleCount < 2)) return false;
  // Another article gave the year the gold article lacks (« XXXX-03-11/XXXX-03-13 » → « 2025-03-11/2025-03-13 »),
  // or the day the gold article lacks (« 2025-03 » → « 2025-03-11/2025-03-13 »).
  const pattern = new RegExp(`^${gold.replace(/XXXX/g, '\\d{4}')}$`);
  if (pattern.test(pred)) return true;
  // A day the gold article gives without a year, inside the range another article dates (« XXXX-10-25 » in « 2025-10-25/2025-10-26 »).
  const day = /^XXXX-(\d{2})-(\d{2})$/.exec(gold);
  if (day) {
    const [a, b] = pred.split('/');
    const md = `${day[1]}-${day[2]}`;
    if (a && a.slice(5) <= md && (b ?? a).slice(5) >= md) return true;
  }
  return !gold.includes('XXXX') && !gold.includes('/') && pred.split('/').every((p) => p.startsWith(gold));
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const prf = (c: Counts) => {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

export interface EvalReport {
  corpus: string;
  events: Counts;
  participants: Counts;
  agreements: Counts;
  dates: { correct: number; total: number };
  /** Matched agreements whose signing (or adoption) date equals the gold's. */
  signedDates: { correct: number; total: number };
  noiseRows: number;
  inventedYears: number;
  /** Matched agreements given a signing year the gold article does not give. */
  inventedSignedYears: number;
  /** Matched participants whose role equals the gold role. */
  roles: { correct: number; total: number };
  lines: string[];
}

type EventRowT = Tables['events'][number];

export async function evaluate(corpus: (typeof CORPORA)[number]): Promise<EvalReport> {
  const golds = loadGold(corpus.gold);
  const { tables } = await buildDataset(corpus.input);
  const report: EvalReport = { corpus: corpus.name, events: { tp: 0, fp: 0, fn: 0 }, participants: { tp: 0, fp: 0, fn: 0 }, agreements: { tp: 0, fp: 0, fn: 0 }, dates: { correct: 0, total: 0 }, signedDates: { correct: 0, total: 0 }, noiseRows: 0, inventedYears: 0, inventedSignedYears: 0, roles: { correct: 0, total: 0 }, lines: [] };
  const article = (file: string) => tables.articles.find((a) => a.source_file === file);
  const mentionsOf = (type: string, articleId: string) => new Set(tables.mentions.filter((m) => m.record_type === type && m.article_id === articleId).map((m) => m.record_id));

  for (const gold of golds) {
    const a = article(gold.source_file);
    const lines: string[] = [];
    if (!a) {
      report.lines.push(`${gold.source_file}: not in the release`);
      continue;
    }
    const eventIds = mentionsOf('event', a.article_id);
    const predEvents = tables.events.filter((e) => eventIds.has(e.event_id));
    const agreementIds = mentionsOf('agreement', a.article_id);
    const predAgreements = tables.agreements.filter((x) => agreementIds.has(x.agreement_id));
    // A merged event carries participants told by other articles; this article's gold can only judge the ones it tells.
    const participantIds = mentionsOf('participant', a.article_id);
    const participantsOf = (e: EventRowT) => tables.participants.filter((p) => p.event_id === e.event_id && participantIds.has(p.participant_id));

    // Agreements first: signing and adoption events match through them.
    const agreementMatch = new Map<string, string>();
    const usedAgreements = new Set<string>();
    for (const g of gold.agreements) {
      const overlap = (p: (typeof predAgreements)[number]) => {
        const a = contentWords(g.name);
        const b = contentWords(p.name);
        return [...a].filter((w) => b.has(w)).length / Math.max(1, Math.max(a.size, b.size)) + (p.instrument_type === g.instrument_type ? 1 : 0);
      };
      const hit = predAgreements
        .filter((p) => !usedAgreements.has(p.agreement_id) && sameInstrument(g.name, g.short_name, p.name, p.short_name))
        .sort((x, y) => overlap(y) - overlap(x))[0];
      if (hit) {
        usedAgreements.add(hit.agreement_id);
        agreementMatch.set(g.id, hit.agreement_id);
        report.agreements.tp++;
        // A row merged from several articles may carry the signing date another article gives; this article can only say it is compatible.
        const agreementArticles = new Set(tables.mentions.filter((m) => m.record_type === 'agreement' && m.record_id === hit.agreement_id).map((m) => m.article_id)).size;
        if (g.signed !== null || hit.signed !== null) {
          report.signedDates.total++;
          if (dateCorrect(g.signed, hit.signed, hit.signed_basis ?? 'none', agreementArticles) || (g.signed === null && agreementArticles > 1)) report.signedDates.correct++;
          else lines.push(`  signed ${g.instrument_type} « ${hit.name} »: gold ${g.signed}, got ${hit.signed} (${hit.signed_basis})`);
        }
        // A signing year the article does not give for this instrument is invented.
        if ((!g.signed || g.signed.startsWith('XXXX')) && hit.signed_start && hit.signed_basis !== 'corpus' && agreementArticles < 2) {
          report.inventedSignedYears++;
          lines.push(`  invented signing year ${hit.instrument_type} « ${hit.name} »: gold ${g.signed}, got ${hit.signed}`);
        }
      } else {
        report.agreements.fn++;
        lines.push(`  miss agreement ${g.instrument_type}: ${g.name}`);
      }
    }
    for (const p of predAgreements) {
      if (!usedAgreements.has(p.agreement_id)) {
        report.agreements.fp++;
        lines.push(`  extra agreement ${p.instrument_type}: ${p.name}`);
      }
    }

    const scored: { g: GoldEvent; p: EventRowT; score: number }[] = [];
    for (const g of gold.events) {
      for (const p of predEvents) {
        if (g.event_type !== p.event_type) continue;
        const pp = participantsOf(p);
        const shared = g.participants.filter((gp) => pp.some((x) => sameActor(gp.name, x.name) || sameActor(gp.name, x.name_as_written))).length;
        let score = shared * 2;
        if (g.name && p.name && sameInstrument(g.name, null, p.name, null)) score += 3;
        if (g.agreement && p.agreement_id && agreementMatch.get(g.agreement) === p.agreement_id) score += 4;
        if (g.date && p.date && (g.date === p.date || dateCorrect(g.date, p.date, p.date_basis, p.article_count))) score += 1;
        const alone = gold.events.filter((x) => x.event_type === g.event_type).length === 1 && predEvents.filter((x) => x.event_type === g.event_type).length === 1;
        if (score >= 2 || (alone && score >= 0 && g.event_type !== 'signing' && g.event_type !== 'adoption')) scored.push({ g, p, score: score + (alone ? 0.5 : 0) });
      }
    }
    scored.sort((x, y) => y.score - x.score);
    const usedG = new Set<GoldEvent>();
    const usedP = new Set<string>();
    for (const { g, p } of scored) {
      if (usedG.has(g) || usedP.has(p.event_id)) continue;
      usedG.add(g);
      usedP.add(p.event_id);
      report.events.tp++;
      if (g.date !== null || p.date !== null) {
        report.dates.total++;
        if (dateCorrect(g.date, p.date, p.date_basis, p.article_count)) report.dates.correct++;
        else lines.push(`  date ${g.event_type} « ${p.label} »: gold ${g.date}, got ${p.date} (${p.date_basis})`);
      }
      const goldYearUnknown = !g.date || g.date.startsWith('XXXX');
      if (goldYearUnknown && p.date_start && p.date_basis !== 'corpus' && p.article_count < 2) report.inventedYears++;
      const pp = participantsOf(p);
      const usedPP = new Set<string>();
      // A participant of exactly the gold's name is taken first, so that « ASEAN » does not take the row of « Secrétariat de l'ASEAN »
      // when both are there (greedy matching otherwise depends on the order of the gold).
      const exact = new Map<(typeof g.participants)[number], (typeof pp)[number]>();
      for (const gp of g.participants) {
        const hit = pp.find((x) => !usedPP.has(x.participant_id) && (foldKey(gp.name) === foldKey(x.name) || foldKey(gp.name) === foldKey(x.name_as_written)));
        if (hit) {
          exact.set(gp, hit);
          usedPP.add(hit.participant_id);
        }
      }
      for (const gp of g.participants) {
        const hit = exact.get(gp) ?? pp.find((x) => !usedPP.has(x.participant_id) && (sameActor(gp.name, x.name) || sameActor(gp.name, x.name_as_written) || (gp.actor_type === 'country' && x.country === gp.country && x.actor_type === 'country')));
        if (hit) {
          usedPP.add(hit.participant_id);
          report.participants.tp++;
          report.roles.total++;
          if (hit.role === gp.role) report.roles.correct++;
          else lines.push(`  role ${gp.name} in ${g.event_type} « ${p.label} »: gold ${gp.role}, got ${hit.role}`);
        } else {
          report.participants.fn++;
          lines.push(`  miss participant ${gp.name} (${gp.role}) in ${g.event_type} « ${p.label} »`);
        }
      }
      for (const x of pp) {
        if (!usedPP.has(x.participant_id)) {
          report.participants.fp++;
          lines.push(`  extra participant ${x.name} (${x.role}) in ${g.event_type} « ${p.label} »`);
        }
      }
    }
    for (const g of gold.events) {
      if (usedG.has(g)) continue;
      report.events.fn++;
      report.participants.fn += g.participants.length;
      lines.push(`  miss event ${g.event_type} ${g.date ?? ''} ${g.name ?? g.participants.map((p) => p.name).join(' – ')}`);
    }
    for (const p of predEvents) {
      if (usedP.has(p.event_id)) continue;
      report.events.fp++;
      report.participants.fp += participantsOf(p).length;
      lines.push(`  extra event ${p.event_type} ${p.date ?? ''} « ${p.label} »`);
    }

    // Rows whose evidence lies in noise.
    const result = processFile(await readInput(corpus.input, gold.source_file));
    const noise = result.article?.noise ?? [];
    for (const t of ['events', 'participants', 'agreements'] as const) {
      for (const row of tables[t] as { article_id: string; char_start: number; char_end: number }[]) {
        if (row.article_id !== a.article_id) continue;
        if (noise.some((n) => n.start < row.char_end && row.char_start < n.end)) report.noiseRows++;
      }
    }
    report.lines.push(`${gold.source_file}${lines.length ? '' : ': all matched'}`, ...lines);
  }
  return report;
}

function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(5);
}

export function formatReport(r: EvalReport): string {
  const row = (name: string, c: Counts) => {
    const { p, r: rec, f1 } = prf(c);
    return `  ${name.padEnd(13)} P ${pct(p)}  R ${pct(rec)}  F1 ${pct(f1)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
  };
  return [
    `== ${r.corpus}`,
    row('events', r.events),
    row('participants', r.participants),
    row('agreements', r.agreements),
    `  event dates   ${pct(r.dates.total ? r.dates.correct / r.dates.total : 1)} % correct (${r.dates.correct}/${r.dates.total} matched events with a date)`,
    `  signed dates  ${pct(r.signedDates.total ? r.signedDates.correct / r.signedDates.total : 1)} % correct (${r.signedDates.correct}/${r.signedDates.total} matched agreements with a signing date)`,
    `  roles         ${pct(r.roles.total ? r.roles.correct / r.roles.total : 1)} % of matched participants (${r.roles.correct}/${r.roles.total})`,
    `  noise rows    ${r.noiseRows}`,
    `  invented years ${r.inventedYears} (events), ${r.inventedSignedYears} (agreements)`,
    '',
    ...r.lines,
  ].join('\n');
}

export { prf };

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve('tests/eval.ts')) {
  const which = process.argv[2];
  for (const corpus of CORPORA) {
    if (which ? corpus.name !== which : corpus.setAside) continue;
    console.log(formatReport(await evaluate(corpus)));
    console.log('');
  }
}
