/** Events: gatherings' identity, day arithmetic, annual editions, and merging what one article tells twice. */
import type { AnnotatedSentence, GatheringMention, TriggerMention } from '../04-annotate.ts';
import type { ActorRef, ExtractedEvent } from './state.ts';
import { dateValue, type DateValue } from '../dates/edtf.ts';
import { compatibleDates, type ResolvedDate } from '../dates/resolve.ts';
import { foldAccents, foldKey, type Span } from '../source.ts';
import { contentWords } from './text.ts';

/**
 * « Ces événements annuels sont organisés par le ministère … depuis 2016 »: the gatherings of the previous sentence are
 * yearly editions, so the Nth edition is in first year + N − 1 (basis `inferred`), and the body named is their organizer.
 */
export function inferAnnualEditions(
  sentences: AnnotatedSentence[],
  events: ExtractedEvent[],
  orgActor: (o: AnnotatedSentence['organizations'][number]) => ActorRef,
  sentenceSpan: (s: AnnotatedSentence) => Span,
): void {
  for (const s of sentences) {
    if (!/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:ces|cet|cette|ce)\s+(?:événements?|rendez-vous|manifestations?|réunions?|conférences?|semaines?|forums?)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/iu.test(s.text)) continue;
    const previous = sentences[s.index - 1];
    if (!previous) continue;
    const targets = events.filter((e) => e.type === 'conference' && e.mentions.some((m) => m.start === previous.start));
    if (targets.length === 0) continue;
    const annual = /(?<![\p{L}\p{N}])annuel(?:le)?s?(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])chaque année(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])tous les ans(?![\p{L}\p{N}])/iu.test(s.text);
    const since = /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:depuis|dès|lancée?s? en|créée?s? en|inaugurée?s? en)\s+(?:l'an\s+)?((?:19|20)\d{2})(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/iu.exec(s.text);
    for (const e of targets) {
      if (!e.mentions.some((m) => m.start === s.start)) e.mentions.push(sentenceSpan(s));
      const organizer = /(?<![\p{L}\p{N}])organisée?s?\s+(?:chaque année\s+)?par(?![\p{L}\p{N}])/iu.test(s.text) ? s.organizations[0] : undefined;
      const actor = organizer ? orgActor(organizer) : null;
      if (organizer && actor && !e.participants.some((p) => p.actor.actorId === actor.actorId)) {
        e.participants.push({ actor, role: 'organizer', nameAsWritten: organizer.text, title: null, organization: null, country: actor.country, evidence: sentenceSpan(s) });
      }
      if (!annual || !since) continue;
      const ordinal = /^(\d+)/.exec(foldKey(e.name ?? ''))?.[1];
      if (!ordinal || !e.date || e.date.value.start) continue;
      const year = Number(since[1]) + Number(ordinal) - 1;
      const points = e.date.value.edtf.split('/').map((p) => {
        const m = /^XXXX(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(p);
        return m ? { year, month: m[1] ? Number(m[1]) : null, day: m[2] ? Number(m[2]) : null } : null;
      });
      if (points.some((p) => p === null)) continue;
      e.date = { value: dateValue(points[0]!, points[1] ?? null), basis: 'inferred' };
    }
  }
}

export function precisionRank(v: DateValue): number {
  const known = (v.start ? 10 : 0) + ({ day: 3, day_no_year: 3, month: 2, month_no_year: 2, year: 1, unknown: 0 } as const)[v.precision];
  return known + (v.edtf.includes('/') ? 0.5 : 0);
}

export function insideGathering(s: AnnotatedSentence, t: TriggerMention): boolean {
  return s.gatherings.some((g) => t.start >= g.start && t.end <= g.end);
}

export function gatheringKey(g: GatheringMention): string {
  if (g.acronym) return `acr:${foldKey(g.acronym).replace(/[\s-]/g, '')}`;
  return `name:${foldKey(g.name).replace(/^(?:l'|la |le |les )/, '')}`;
}

export function sameGathering(e: ExtractedEvent, g: GatheringMention, key: string): boolean {
  if (e.gatheringKey === key) return true;
  // « 5e Semaine internationale de la cybersécurité de Singapour » and « 5e Semaine internationale de la cybersécurité (SICW-5) ».
  if (!e.name) return false;
  // « le 22e Dialogue de Shangri-La » … « le Dialogue de Shangri-La »: the series named again without its edition is the edition told.
  const edition = /^(?:\d+\s*(?:e|ème|ᵉ|er|re)|premi\S+|deuxi\S+|troisi\S+)\s+/u;
  const bare = (n: string) => foldKey(n).replace(/^(?:l'|la |le |les )/u, '').replace(edition, '');
  if (g.ordinal === null && g.year === null && bare(e.name) === bare(g.name)) return true;
  const a = contentWords(e.name);
  const b = contentWords(g.name);
  const common = [...a].filter((w) => b.has(w)).length;
  const ordA = /^(\d+)/.exec(foldKey(e.name))?.[1];
  const ordB = g.ordinal !== null ? String(g.ordinal) : null;
  if (ordA && ordB && ordA !== ordB) return false;
  // « le protocole de la 14e Conférence » after « La 14e Conférence sur la coopération … »: the same edition by its ordinal and noun.
  if (ordA && ordA === ordB && foldKey(g.name).split(' ').length === 2 && e.noun === g.noun) return true;
  return common >= 3 && common / Math.min(a.size, b.size) >= 0.75;
}

/** A day-precise date moved by whole days; null when the year is unknown and the move would cross the end of February. */
export function shiftDay(date: ResolvedDate, days: number): ResolvedDate | null {
  const m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(date.value.edtf);
  if (!m) return null;
  const known = m[1] !== 'XXXX';
  const d = new Date(Date.UTC(known ? Number(m[1]) : 2001, Number(m[2]) - 1, Number(m[3]) + days));
  if (!known && (Number(m[2]) <= 2) !== (d.getUTCMonth() + 1 <= 2) && (Number(m[2]) === 2 || d.getUTCMonth() + 1 === 2)) return null;
  const value = dateValue({ year: known ? d.getUTCFullYear() : null, month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  return { value, basis: date.basis };
}

export function mergeWithin(events: ExtractedEvent[]): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  for (const e of events) {
    const target = out.find((o) => {
      if (o.type !== e.type || o.agreement !== e.agreement) return false;
      // Talks held and talks announced are two occurrences.
      if (o.status !== e.status) return false;
      if (!compatibleDates(o.date?.value ?? null, e.date?.value ?? null)) return false;
      if (o.type === 'conference' || (o.gatheringKey !== null && e.gatheringKey !== null)) return o.gatheringKey === e.gatheringKey;
      const ids = new Set(o.participants.filter((p) => p.actor.type === 'person').map((p) => p.actor.actorId));
      const theirs = e.participants.filter((p) => p.actor.type === 'person');
      // Talks told without people (« le dialogue entre le ministère … et le ministère … ») join only talks with the same bodies.
      const mineAll = new Set(o.participants.map((p) => p.actor.actorId));
      const yoursAll = new Set(e.participants.map((p) => p.actor.actorId));
      if (theirs.length === 0) return [...yoursAll].every((id) => mineAll.has(id));
      if (ids.size === 0) return [...mineAll].every((id) => yoursAll.has(id));
      if (!theirs.some((p) => ids.has(p.actor.actorId))) return false;
      // The same person meeting two different counterparts the same day (a courtesy call, then a dialogue) is two meetings.
      const mine = new Set(o.participants.map((p) => p.actor.actorId));
      const yours = new Set(e.participants.map((p) => p.actor.actorId));
      const onlyMine = [...mine].filter((id) => !yours.has(id));
      const onlyYours = [...yours].filter((id) => !mine.has(id));
      return onlyMine.length === 0 || onlyYours.length === 0;
    });
    if (!target) {
      out.push(e);
      continue;
    }
    for (const p of e.participants) if (!target.participants.some((x) => x.actor.actorId === p.actor.actorId)) target.participants.push(p);
    for (const m of e.mentions) if (!target.mentions.some((x) => x.start === m.start)) target.mentions.push(m);
    for (const t of e.topics) target.topics.add(t);
    if (!target.date || (e.date && precisionRank(e.date.value) > precisionRank(target.date.value))) target.date = e.date ?? target.date;
    if (!target.placeText && e.placeText) Object.assign(target, { city: e.city, country: e.country, placeText: e.placeText, lat: e.lat, lon: e.lon });
    target.virtual ||= e.virtual;
    target.phone ||= e.phone;
    target.main ||= e.main;
  }
  for (const e of out) e.mentions.sort((a, b) => a.start - b.start);
  return out;
}

/** « la conférence » and « la réunion » name the same ministerial meetings; other nouns name their own kind. */
export function sameGatheringNoun(told: string, noun: string): boolean {
  const kind = (n: string) => (/^(?:réunion|conférence|conference|reunion|session)$/iu.test(n) ? 'meeting-like' : foldAccents(n).text.toLowerCase());
  return kind(told) === kind(noun);
}
