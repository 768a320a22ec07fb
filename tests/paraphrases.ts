/**
 * Paraphrase fixtures (tests/fixtures/paraphrases/*.json): short articles written for the test, one cue each,
 * with the events and agreements the codebook says they hold, listed exhaustively. `check` runs the pipeline on
 * one fixture and returns what differs; `make fixtures` writes every fixture's differences to `results.json`, so
 * that a change in the rules shows up as a reviewable diff of which fixtures pass and why the others fail.
 *
 *   node --import=tsx tests/paraphrases.ts [--write] [family]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dateCorrect, sameActor, sameInstrument } from './eval.ts';
import { tablesFor } from './helpers.ts';
import { contentWords } from '../pipeline/06-extract.ts';

export interface FixtureParticipant {
  name: string;
  actor_type: string;
  role: string;
}
export interface FixtureEvent {
  event_type: string;
  name: string | null;
  date: string | null;
  city: string | null;
  country: string | null;
  status: string;
  virtual: boolean;
  participants: FixtureParticipant[];
}
export interface Fixture {
  id: string;
  family: string;
  cue: string;
  polarity: 'positive' | 'negative';
  text: string;
  title?: string | null;
  events: FixtureEvent[];
  agreements: { name: string; instrument_type: string; signed: string | null }[];
}

const DIR = new URL('./fixtures/paraphrases/', import.meta.url);
export const RESULTS = new URL('./fixtures/paraphrases/results.json', import.meta.url);

export function loadFixtures(dir: URL = DIR): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'results.json')
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Fixture[]);
}

/** Counts behind the problems, summed over fixtures into precision and recall as `make eval` gives them for articles. */
export interface Tally {
  events: { tp: number; fp: number; fn: number };
  participants: { tp: number; fp: number; fn: number };
  agreements: { tp: number; fp: number; fn: number };
  dates: { correct: number; total: number };
  signed: { correct: number; total: number };
  roles: { correct: number; total: number };
}

export function emptyTally(): Tally {
  return { events: { tp: 0, fp: 0, fn: 0 }, participants: { tp: 0, fp: 0, fn: 0 }, agreements: { tp: 0, fp: 0, fn: 0 }, dates: { correct: 0, total: 0 }, signed: { correct: 0, total: 0 }, roles: { correct: 0, total: 0 } };
}

/** What the pipeline's rows get wrong about one fixture; empty when it reads the fixture as its author did. */
export function check(f: Fixture, tally: Tally = emptyTally()): string[] {
  const tables = tablesFor({ [`${f.id}.txt`]: f.text });
  const problems: string[] = [];
  if (f.title !== undefined && (tables.articles[0]?.title ?? null) !== f.title) problems.push(`title: expected ${JSON.stringify(f.title)}, got ${JSON.stringify(tables.articles[0]?.title ?? null)}`);

  const usedAgreements = new Set<string>();
  const agreementOf = new Map<string, string>();
  for (const g of f.agreements) {
    // The best-fitting instrument first: same type, then most words shared (« Déclaration sur la conduite … » and « Code de conduite … » share three).
    // Words the row has beyond the gold's count against it, so « amendement du Protocole de 2014 … » is not taken for the protocol it amends.
    const fit = (a: (typeof tables.agreements)[number]) => {
      const gw = contentWords(g.name);
      const aw = contentWords(a.name);
      return (a.instrument_type === g.instrument_type ? 10 : 0) + [...gw].filter((w) => aw.has(w)).length / Math.max(1, gw.size, aw.size);
    };
    const hit = tables.agreements.filter((a) => !usedAgreements.has(a.agreement_id) && sameInstrument(g.name, null, a.name, a.short_name)).sort((a, b) => fit(b) - fit(a))[0];
    if (!hit) {
      problems.push(`missing agreement ${g.instrument_type} « ${g.name} »`);
      tally.agreements.fn++;
      continue;
    }
    tally.agreements.tp++;
    usedAgreements.add(hit.agreement_id);
    agreementOf.set(g.name, hit.agreement_id);
    if (hit.instrument_type !== g.instrument_type) problems.push(`agreement « ${g.name} »: type ${hit.instrument_type}, expected ${g.instrument_type}`);
    const signedRight = dateCorrect(g.signed, hit.signed, hit.signed_basis ?? 'none');
    if (g.signed !== null) {
      tally.signed.total++;
      if (signedRight) tally.signed.correct++;
    }
    if (!signedRight) problems.push(`agreement « ${g.name} »: signed ${hit.signed}, expected ${g.signed}`);
  }
  for (const a of tables.agreements) {
    if (usedAgreements.has(a.agreement_id)) continue;
    problems.push(`extra agreement ${a.instrument_type} « ${a.name} »`);
    tally.agreements.fp++;
  }

  const participantsOf = (eventId: string) => tables.participants.filter((p) => p.event_id === eventId);
  const usedEvents = new Set<string>();
  for (const g of f.events) {
    const candidates = tables.events
      .filter((e) => e.event_type === g.event_type && !usedEvents.has(e.event_id))
      .map((e) => {
        const shared = g.participants.filter((gp) => participantsOf(e.event_id).some((p) => sameActor(gp.name, p.name) || sameActor(gp.name, p.name_as_written))).length;
        return { e, score: shared * 2 + (g.date !== null && g.date === e.date ? 1 : 0) };
      })
      .sort((a, b) => b.score - a.score);
    const hit = candidates[0]?.e;
    if (!hit) {
      problems.push(`missing ${g.event_type} ${g.date ?? ''} ${g.participants.map((p) => p.name).join(' – ')}`.trim());
      tally.events.fn++;
      tally.participants.fn += g.participants.length;
      continue;
    }
    tally.events.tp++;
    usedEvents.add(hit.event_id);
    const label = `${g.event_type} « ${hit.label} »`;
    const dateRight = dateCorrect(g.date, hit.date, hit.date_basis);
    if (g.date !== null) {
      tally.dates.total++;
      if (dateRight) tally.dates.correct++;
    }
    if (!dateRight) problems.push(`${label}: date ${hit.date}, expected ${g.date}`);
    if (hit.status !== g.status) problems.push(`${label}: status ${hit.status}, expected ${g.status}`);
    if (hit.virtual !== g.virtual) problems.push(`${label}: virtual ${hit.virtual}, expected ${g.virtual}`);
    if (g.city !== null && hit.city !== g.city) problems.push(`${label}: city ${hit.city}, expected ${g.city}`);
    if (g.country !== null && hit.country !== g.country) problems.push(`${label}: country ${hit.country}, expected ${g.country}`);
    const pp = participantsOf(hit.event_id);
    const usedP = new Set<string>();
    for (const gp of g.participants) {
      const p = pp.find((x) => !usedP.has(x.participant_id) && (sameActor(gp.name, x.name) || sameActor(gp.name, x.name_as_written)));
      if (!p) {
        problems.push(`${label}: missing participant ${gp.name} (${gp.role})`);
        tally.participants.fn++;
        continue;
      }
      tally.participants.tp++;
      tally.roles.total++;
      usedP.add(p.participant_id);
      if (p.role !== gp.role) problems.push(`${label}: ${gp.name} is ${p.role}, expected ${gp.role}`);
      else tally.roles.correct++;
    }
    for (const p of pp) {
      if (usedP.has(p.participant_id)) continue;
      problems.push(`${label}: extra participant ${p.name} (${p.role})`);
      tally.participants.fp++;
    }
  }
  for (const e of tables.events) {
    if (usedEvents.has(e.event_id)) continue;
    problems.push(`extra ${e.event_type} ${e.date ?? ''} « ${e.label} »`.trim());
    tally.events.fp++;
    tally.participants.fp += participantsOf(e.event_id).length;
  }
  return problems;
}

export function checkAll(fixtures: Fixture[] = loadFixtures()): Record<string, string[]> {
  return Object.fromEntries(fixtures.map((f) => [f.id, check(f)]));
}

export function formatTally(t: Tally): string {
  const prf = (name: string, c: { tp: number; fp: number; fn: number }) => {
    const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
    const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    return `  ${name.padEnd(13)} P ${(100 * p).toFixed(1).padStart(5)}  R ${(100 * r).toFixed(1).padStart(5)}  F1 ${(100 * f1).toFixed(1).padStart(5)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
  };
  return [prf('events', t.events), prf('participants', t.participants), prf('agreements', t.agreements), `  event dates   ${t.dates.correct}/${t.dates.total}`, `  signed dates  ${t.signed.correct}/${t.signed.total}`, `  roles         ${t.roles.correct}/${t.roles.total}`].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve('tests/paraphrases.ts')) {
  // `--dir tests/fixtures/setaside-paraphrases/`: fixtures no rule is written for, read only at the end of an issue.
  const dirArg = process.argv.indexOf('--dir');
  const dir = dirArg > 0 ? new URL(`${path.resolve(process.argv[dirArg + 1]!)}/`, 'file://') : DIR;
  const family = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--dir');
  const fixtures = loadFixtures(dir).filter((f) => !family || f.family === family);
  const tally = emptyTally();
  const results = Object.fromEntries(fixtures.map((f) => [f.id, check(f, tally)]));
  const byFamily = new Map<string, [number, number]>();
  for (const f of fixtures) {
    const [pass, total] = byFamily.get(f.family) ?? [0, 0];
    byFamily.set(f.family, [pass + (results[f.id]!.length === 0 ? 1 : 0), total + 1]);
  }
  for (const [name, [pass, total]] of byFamily) console.log(`${name.padEnd(18)} ${String(pass).padStart(3)}/${total}`);
  const passed = Object.values(results).filter((r) => r.length === 0).length;
  console.log(`${'all'.padEnd(18)} ${String(passed).padStart(3)}/${fixtures.length}`);
  if (process.argv.includes('--score')) console.log(formatTally(tally));
  if (process.argv.includes('--verbose')) for (const [id, problems] of Object.entries(results)) if (problems.length) console.log(`${id}\n${problems.map((p) => `  ${p}`).join('\n')}`);
  if (process.argv.includes('--write') && !family && dir === DIR) writeFileSync(RESULTS, `${JSON.stringify(results, null, 1)}\n`);
}
