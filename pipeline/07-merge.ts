/**
 * Stage 7 — merge across articles: the same event told by two articles
 * (Tô Lâm's March 2025 visit to Singapore), the same instrument (the Hanoi
 * Convention) and the same person (Tô Lâm, To Lam) become one row each,
 * with one `mentions` row per span. Articles are merged in the order of
 * their content hash and ids hash the mention with the lowest (article id,
 * offset), so renaming files changes no row and no id, and adding an
 * unrelated article changes no id.
 */
import type { ActorRow } from '../schemas/actors.ts';
import type { AgreementRow } from '../schemas/agreements.ts';
import type { EventRow } from '../schemas/events.ts';
import type { MentionRow } from '../schemas/mentions.ts';
import type { ParticipantRow } from '../schemas/participants.ts';
import { TOPICS, type Topic } from '../schemas/columns.ts';
import { completeness } from './05-resolve.ts';
import { contentWords, ordinalOf, type ExtractedAgreement, type ExtractedEvent, type Extraction, type ExtractedParticipant } from './06-extract.ts';
import { dateValue, type DateValue } from './dates/edtf.ts';
import { dictionaries } from './dictionaries.ts';
import { compatibleDates, type ResolvedDate } from './dates/resolve.ts';
import { contentId } from './ids.ts';
import type { SourceText, Span } from './source.ts';
import { foldKey } from './source.ts';

export interface ArticleExtraction {
  articleId: string;
  sourceFile: string;
  source: SourceText;
  extraction: Extraction;
}

interface Located {
  article: ArticleExtraction;
  span: Span;
}

interface EventCluster {
  members: { article: ArticleExtraction; event: ExtractedEvent }[];
  agreement: AgreementCluster | null;
}

interface AgreementCluster {
  members: { article: ArticleExtraction; agreement: ExtractedAgreement }[];
  event: EventCluster | null;
}

export interface MergedTables {
  events: EventRow[];
  participants: ParticipantRow[];
  agreements: AgreementRow[];
  actors: ActorRow[];
  mentions: MentionRow[];
  /** Per article id: how many event and agreement rows it contributed to. */
  counts: Map<string, { events: number; agreements: number }>;
}

const provenance = (l: Located) => {
  const evidence = l.article.source.slice(l.span);
  return { article_id: l.article.articleId, source_file: l.article.sourceFile, char_start: l.span.start, char_end: l.span.end, evidence };
};

const byPosition = (a: Located, b: Located) => (a.article.sourceFile < b.article.sourceFile ? -1 : a.article.sourceFile > b.article.sourceFile ? 1 : a.span.start - b.span.start || a.span.end - b.span.end);
/** Content order: the article's content hash, then the offset. What an id hashes, since a file name is no content. */
const byContent = (a: Located, b: Located) => (a.article.articleId < b.article.articleId ? -1 : a.article.articleId > b.article.articleId ? 1 : a.span.start - b.span.start || a.span.end - b.span.end);

/** The member that tells the row first in content order, and that mention: what the row's id hashes. */
function anchorOf<M extends { article: ArticleExtraction }>(members: readonly M[], spans: (m: M) => readonly Span[]): { member: M; first: Located } {
  let best: { member: M; first: Located } | null = null;
  for (const member of members) {
    for (const span of spans(member)) {
      const l = { article: member.article, span };
      if (!best || byContent(l, best.first) < 0) best = { member, first: l };
    }
  }
  return best!;
}

/** Every span of a merged row, first mention first (lowest source_file, then char_start). */
function locate(members: { article: ArticleExtraction; spans: Span[] }[]): Located[] {
  return members.flatMap((m) => m.spans.map((span) => ({ article: m.article, span }))).sort(byPosition);
}

function sortedTopics(topics: Iterable<Topic>): Topic[] {
  const set = new Set(topics);
  return TOPICS.filter((t) => set.has(t));
}

/** Two names of one instrument: same words, one the other's short name, or nearly the same content words. */
function sameAgreement(a: ExtractedAgreement, b: ExtractedAgreement): boolean {
  if (a.type !== b.type) return false;
  if (ordinalOf(a.name) !== ordinalOf(b.name)) return false;
  const ka = foldKey(a.name);
  const kb = foldKey(b.name);
  const sa = a.shortName ? foldKey(a.shortName) : null;
  const sb = b.shortName ? foldKey(b.shortName) : null;
  // Vietnam–Australia and Vietnam–Chile memoranda share Vietnam, not their parties: one side's parties must include the other's.
  const within = (x: Set<string>, y: Set<string>) => [...x].every((p) => y.has(p));
  const partiesAgree = a.parties.size === 0 || b.parties.size === 0 || within(a.parties, b.parties) || within(b.parties, a.parties);
  // « partenariat stratégique » of Vietnam–Singapore and of Vietnam–France are two frameworks.
  if (a.type === 'partnership') return partnershipKind(a.name) === partnershipKind(b.name) && a.parties.size > 0 && samePartySet(a, b);
  // A name that is only its head (« accord de libre-échange », « accord-cadre ») says which instrument only with its parties.
  if (isBareHead(a.name) || isBareHead(b.name)) return ka === kb && a.parties.size > 0 && samePartySet(a, b);
  if (ka === kb || (sa && (sa === kb || sa === sb)) || (sb && sb === ka)) return partiesAgree;
  const wa = contentWords(a.name);
  const wb = contentWords(b.name);
  const common = [...wa].filter((w) => wb.has(w)).length;
  return partiesAgree && common >= 2 && common / Math.min(wa.size, wb.size) >= 0.75 && common / Math.max(wa.size, wb.size) >= 0.5;
}

const HEAD_WORDS = new Set(['accord', 'cadre', 'libre', 'echange', 'memorandum', 'entente', 'protocole', 'cooperation', 'programme', 'plan', 'action', 'convention', 'traite', 'declaration', 'conjointe', 'commune', 'lettre', 'intention', 'pacte', 'loi', 'code', 'conduite', 'partenariat', 'strategique', 'global', 'integral']);

function isBareHead(name: string): boolean {
  return [...contentWords(name)].every((w) => HEAD_WORDS.has(w));
}

function partnershipKind(name: string): string {
  return foldKey(name)
    .replace(/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:entre|avec)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])).*$/u, '')
    .split(/[^a-z]+/)
    .filter((w) => ['partenariat', 'strategique', 'global', 'integral', 'approfondi', 'etendu', 'cooperation', 'globale', 'integrale'].includes(w))
    .join(' ');
}

function samePartySet(a: ExtractedAgreement, b: ExtractedAgreement): boolean {
  return [...a.parties].sort().join() === [...b.parties].sort().join();
}

function sameEvent(a: ExtractedEvent, b: ExtractedEvent, agreementOf: (e: ExtractedEvent) => AgreementCluster | null): boolean {
  if (a.type !== b.type) return false;
  if (!compatibleDates(a.date?.value ?? null, b.date?.value ?? null)) return false;
  if (a.country && b.country && a.country !== b.country) return false;
  if (a.type === 'signing' || a.type === 'adoption') {
    const ca = agreementOf(a);
    return ca !== null && ca === agreementOf(b);
  }
  if (a.type === 'conference') {
    if (a.gatheringKey && a.gatheringKey === b.gatheringKey) return a.gatheringKey.startsWith('acr:') || !!(a.date && b.date);
    const wa = contentWords(a.name ?? '');
    const wb = contentWords(b.name ?? '');
    const common = [...wa].filter((w) => wb.has(w)).length;
    return common >= 4 && common / Math.min(wa.size, wb.size) >= 0.8 && !!a.date?.value.start && !!b.date?.value.start;
  }
  // Meetings and visits: the same person on both, on compatible dates, and at least one of them dated.
  const people = (e: ExtractedEvent) => new Set(e.participants.filter((p) => p.actor.type === 'person').map((p) => p.actor.actorId));
  const pa = people(a);
  const shared = [...people(b)].filter((p) => pa.has(p)).length;
  if (shared === 0) return false;
  if (!a.date || !b.date) return false;
  return a.type === 'visit' ? shared >= 1 : shared >= 2 || (shared >= 1 && !!a.date.value.start && !!b.date.value.start && a.date.value.start === b.date.value.start);
}

/** The most precise date of a cluster; a day-month known without a year takes the year another article gives (basis `corpus`). */
function clusterDate(dates: ResolvedDate[]): ResolvedDate | null {
  if (dates.length === 0) return null;
  const rank = (d: ResolvedDate) => ({ day: 3, day_no_year: 3, month: 2, month_no_year: 2, year: 1, unknown: 0 } as const)[d.value.precision] + (d.value.edtf.includes('/') ? 0.5 : 0);
  const sorted = [...dates].sort((a, b) => rank(b) - rank(a) || (b.value.start ? 1 : 0) - (a.value.start ? 1 : 0));
  const best = sorted[0]!;
  if (best.value.start) return best;
  const withYear = dates.find((d) => d.value.start);
  if (!withYear) return best;
  const year = Number(withYear.value.start!.slice(0, 4));
  const points = best.value.edtf.split('/').map((p) => {
    const m = /^XXXX(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(p)!;
    return { year, month: m[1] ? Number(m[1]) : null, day: m[2] ? Number(m[2]) : null };
  });
  const value: DateValue = dateValue(points[0]!, points[1] ?? null);
  if (withYear.value.start && value.end && (value.end < withYear.value.start || value.start! > withYear.value.end!)) return withYear;
  return { value, basis: 'corpus' };
}

const ROLE_RANK: Record<ParticipantRow['role'], number> = { attendee: 0, party: 1, speaker: 2, guest: 3, host: 3, organizer: 4, signatory: 4, delegation_head: 5, chair: 6 };

export function merge(articles: readonly ArticleExtraction[]): MergedTables {
  // Clusters grow greedily, so the order articles come in decides some merges and names: content order, never file names.
  const ordered = [...articles].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));

  // Candidates are looked up through blocking keys (type and content words, people, gatherings), not by scanning every cluster:
  // merging stays near-linear in the number of articles.
  const agreementClusters: AgreementCluster[] = [];
  const clusterOfAgreement = new Map<ExtractedAgreement, AgreementCluster>();
  const agreementBlocks = new Map<string, AgreementCluster[]>();
  const agreementKeys = (a: ExtractedAgreement) => [...contentWords(`${a.name} ${a.shortName ?? ''}`)].map((w) => `${a.type}|${w}`);
  for (const article of ordered) {
    for (const agreement of article.extraction.agreements) {
      const keys = agreementKeys(agreement);
      const candidates = new Set(keys.flatMap((k) => agreementBlocks.get(k) ?? []));
      // Single-link: an agreement that matches several clusters joins them into one, so the result does not depend on the order
      // articles come in (« Convention de Hanoï » alone, then « Convention des Nations unies … (Convention de Hanoï) »).
      const matching = agreementClusters.filter((c) => candidates.has(c) && c.members.some((m) => sameAgreement(m.agreement, agreement)));
      let cluster = matching[0];
      if (!cluster) {
        cluster = { members: [], event: null };
        agreementClusters.push(cluster);
      }
      for (const other of matching.slice(1)) {
        for (const m of other.members) {
          cluster.members.push(m);
          clusterOfAgreement.set(m.agreement, cluster);
        }
        agreementClusters.splice(agreementClusters.indexOf(other), 1);
        for (const [k, block] of agreementBlocks) {
          const at = block.indexOf(other);
          if (at < 0) continue;
          if (block.includes(cluster)) block.splice(at, 1);
          else block[at] = cluster;
          agreementBlocks.set(k, block);
        }
      }
      cluster.members.push({ article, agreement });
      clusterOfAgreement.set(agreement, cluster);
      for (const k of keys) {
        const block = agreementBlocks.get(k) ?? [];
        if (!block.includes(cluster)) block.push(cluster);
        agreementBlocks.set(k, block);
      }
    }
  }
  const agreementOf = (e: ExtractedEvent) => (e.agreement ? clusterOfAgreement.get(e.agreement) ?? null : null);

  const eventClusters: EventCluster[] = [];
  const clusterOfEvent = new Map<ExtractedEvent, EventCluster>();
  const eventBlocks = new Map<string, EventCluster[]>();
  const agreementIndex = new Map(agreementClusters.map((c, i) => [c, i]));
  const eventKeys = (e: ExtractedEvent) => {
    const agreement = agreementOf(e);
    if (agreement) return [`${e.type}|agr|${agreementIndex.get(agreement)}`];
    if (e.type === 'conference') return [...(e.gatheringKey ? [`conf|${e.gatheringKey}`] : []), ...[...contentWords(e.name ?? '')].map((w) => `conf|w|${w}`)];
    return e.participants.filter((p) => p.actor.type === 'person').map((p) => `${e.type}|${p.actor.actorId}`);
  };
  for (const article of ordered) {
    for (const event of article.extraction.events) {
      const keys = eventKeys(event);
      const candidates = new Set(keys.flatMap((k) => eventBlocks.get(k) ?? []));
      let cluster = eventClusters.find((c) => candidates.has(c) && !c.members.some((m) => m.article === article) && c.members.some((m) => sameEvent(m.event, event, agreementOf)));
      if (!cluster) {
        cluster = { members: [], agreement: agreementOf(event) };
        eventClusters.push(cluster);
      }
      cluster.members.push({ article, event });
      clusterOfEvent.set(event, cluster);
      if (cluster.agreement) cluster.agreement.event = cluster;
      for (const k of keys) {
        const block = eventBlocks.get(k) ?? [];
        if (!block.includes(cluster)) block.push(cluster);
        eventBlocks.set(k, block);
      }
    }
  }

  const mentions: MentionRow[] = [];
  const seenMentions = new Set<string>();
  const addMention = (recordType: MentionRow['record_type'], recordId: string, l: Located) => {
    const p = provenance(l);
    const id = contentId('men', recordType, recordId, p.article_id, p.char_start, p.char_end);
    // The same record stated twice by one span is one mention.
    if (seenMentions.has(id)) return;
    seenMentions.add(id);
    mentions.push({ mention_id: contentId('men', recordType, recordId, p.article_id, p.char_start, p.char_end), record_type: recordType, record_id: recordId, ...p });
  };
  const counts = new Map<string, { events: number; agreements: number }>();
  const count = (articleId: string, key: 'events' | 'agreements') => {
    const c = counts.get(articleId) ?? { events: 0, agreements: 0 };
    c[key]++;
    counts.set(articleId, c);
  };

  const eventIds = new Map<EventCluster, string>();
  const eventLocations = new Map<EventCluster, Located[]>();
  for (const cluster of eventClusters) {
    const located = locate(cluster.members.map((m) => ({ article: m.article, spans: m.event.mentions })));
    const { member, first } = anchorOf(cluster.members, (m) => m.event.mentions);
    const type = member.event.type;
    // Two events can open in the same sentence (« la SICW 2023 et la 8e AMCC »): what makes each one itself is part of its id.
    const own = member.event;
    const discriminator = own.gatheringKey ?? (own.agreement ? foldKey(own.agreement.name) : own.participants.map((p) => p.actor.actorId).sort().join(','));
    eventIds.set(cluster, contentId('evt', type, first.article.articleId, first.span.start, discriminator));
    eventLocations.set(cluster, located);
  }
  const agreementIds = new Map<AgreementCluster, string>();
  const agreementLocations = new Map<AgreementCluster, Located[]>();
  for (const cluster of agreementClusters) {
    const located = locate(cluster.members.map((m) => ({ article: m.article, spans: m.agreement.mentions })));
    const { member, first } = anchorOf(cluster.members, (m) => m.agreement.mentions);
    agreementIds.set(cluster, contentId('agr', member.agreement.type, first.article.articleId, first.span.start, foldKey(member.agreement.name)));
    agreementLocations.set(cluster, located);
  }

  // A date refined across articles reaches the events that took their date from that event (« lors de la visite … »).
  const clusterDates = new Map<EventCluster, ResolvedDate | null>();
  for (const cluster of eventClusters) clusterDates.set(cluster, clusterDate(cluster.members.map((m) => m.event.date).filter((d): d is ResolvedDate => d !== null)));
  for (const cluster of eventClusters) {
    const own = clusterDates.get(cluster);
    for (const { event } of cluster.members) {
      const source = event.dateSource ? clusterOfEvent.get(event.dateSource) : undefined;
      const refined = source ? clusterDates.get(source) : null;
      if (refined && refined.basis === 'corpus' && own && !own.value.start && compatibleDates(own.value, refined.value)) clusterDates.set(cluster, refined);
    }
  }

  const events: EventRow[] = [];
  const participants: ParticipantRow[] = [];
  for (const cluster of eventClusters) {
    const id = eventIds.get(cluster)!;
    const located = eventLocations.get(cluster)!;
    const members = cluster.members.map((m) => m.event);
    const firstEvent = members[0]!;
    const date = clusterDates.get(cluster) ?? null;
    const placed = members.find((e) => e.city) ?? members.find((e) => e.country) ?? firstEvent;
    const named = members.find((e) => e.name && /\(/.test(e.name)) ?? members.find((e) => e.name) ?? null;
    const agreementCluster = cluster.agreement;
    const agreementName = agreementCluster ? bestName(agreementCluster) : null;
    const allParticipants = mergeParticipants(cluster);
    const phone = members.some((e) => e.phone);
    const status = members.some((e) => e.status === 'occurred') && !(date?.value.start && members.every((e) => e.status === 'planned')) ? 'occurred' : 'planned';
    const articleIds = new Set(located.map((l) => l.article.articleId));
    const yearKnown = date?.value.start ? 1 : 0;
    const cues = yearKnown + (placed.placeText ? 1 : 0) + (allParticipants.length > 0 ? 1 : 0) + (allParticipants.length > 1 ? 1 : 0) + (located.length > 1 || articleIds.size > 1 ? 1 : 0);
    const row: EventRow = {
      event_id: id,
      event_type: firstEvent.type,
      ...dictionaries().eventCodes(firstEvent.type, phone),
      name: named?.name ?? null,
      label: label(firstEvent.type, named?.name ?? null, allParticipants.map((p) => p.participant), agreementName, placed),
      date: date?.value.edtf ?? null,
      date_start: date?.value.start ?? null,
      date_end: date?.value.end ?? null,
      date_precision: date?.value.precision ?? 'unknown',
      date_basis: date?.basis ?? 'none',
      city: placed.city,
      country: placed.country,
      place_text: placed.placeText,
      status,
      virtual: members.some((e) => e.virtual),
      topics: sortedTopics(members.flatMap((e) => [...e.topics])),
      agreement_id: agreementCluster ? agreementIds.get(agreementCluster)! : null,
      mention_count: located.length,
      article_count: articleIds.size,
      confidence: Math.round(((1 + cues) / 6) * 100) / 100,
      lat: placed.lat,
      lon: placed.lon,
      ...provenance(located[0]!),
    };
    events.push(row);
    for (const l of located) addMention('event', id, l);
    for (const a of articleIds) count(a, 'events');
    for (const { participant: p, located: pl } of allParticipants) {
      const participantId = contentId('par', id, p.actor.actorId);
      participants.push({
        participant_id: participantId,
        event_id: id,
        actor_id: p.actor.actorId,
        actor_type: p.actor.type,
        name: p.actor.name,
        name_as_written: p.nameAsWritten,
        title: p.title,
        organization: p.organization,
        country: p.country,
        role: p.role,
        ...provenance(pl[0]!),
      });
      for (const l of pl) addMention('participant', participantId, l);
    }
  }

  const agreements: AgreementRow[] = [];
  for (const cluster of agreementClusters) {
    const id = agreementIds.get(cluster)!;
    const located = agreementLocations.get(cluster)!;
    const members = cluster.members.map((m) => m.agreement);
    const eventCluster = cluster.event;
    const eventRow = eventCluster ? events.find((e) => e.event_id === eventIds.get(eventCluster)) : undefined;
    const parties = [...new Set(members.flatMap((a) => [...a.parties]))].sort();
    const status = members.map((a) => a.status).reduce<AgreementRow['status']>((best, s) => (s && (!best || rankStatus(s) > rankStatus(best)) ? s : best), null);
    const signed = eventRow ? (eventRow.date ? { edtf: eventRow.date, start: eventRow.date_start, end: eventRow.date_end, precision: eventRow.date_precision, basis: eventRow.date_basis } : null) : null;
    const organizations = parties.filter((p) => !/^[A-Z]{3}$/.test(p) || ['UN', 'EU', 'SCO', 'CIS', 'PAM'].includes(p));
    const countries = parties.filter((p) => !organizations.includes(p));
    const type = members[0]!.type;
    agreements.push({
      agreement_id: id,
      name: bestName(cluster),
      short_name: members.find((a) => a.shortName)?.shortName ?? null,
      instrument_type: type,
      scope: scopeOf(type, bestName(cluster), countries, organizations),
      parties,
      topics: sortedTopics(members.flatMap((a) => [...a.topics])),
      status,
      signed: signed?.edtf ?? null,
      signed_start: signed?.start ?? null,
      signed_end: signed?.end ?? null,
      signed_precision: signed?.precision ?? 'unknown',
      signed_basis: signed?.basis ?? 'none',
      signed_place: eventRow?.city ?? null,
      event_id: eventRow?.event_id ?? null,
      mention_count: located.length,
      ...provenance(located[0]!),
    });
    for (const l of located) addMention('agreement', id, l);
    for (const a of new Set(located.map((l) => l.article.articleId))) count(a, 'agreements');
  }

  const actors = mergeActors(ordered, addMention);
  return { events, participants, agreements, actors, mentions, counts };
}

/** A law or a national programme is national whatever the text says of its parties; otherwise the parties decide. */
function scopeOf(type: AgreementRow['instrument_type'], name: string, countries: string[], organizations: string[]): AgreementRow['scope'] {
  if (type === 'law' || (type === 'programme' && /(?<![\p{L}\p{N}])nationa/iu.test(name))) return 'national';
  if (organizations.length > 0 || countries.length > 2 || type === 'convention' || /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:mondial|international|multilatéral)/iu.test(name)) return 'multilateral';
  if (countries.length === 2) return 'bilateral';
  if (countries.length === 1) return 'national';
  return null;
}

function rankStatus(s: NonNullable<AgreementRow['status']>): number {
  return { proposed: 1, negotiating: 2, adopted: 3, signed: 4, in_force: 5 }[s];
}

function bestName(cluster: AgreementCluster): string {
  // The longest full name seen, not a short name (« Convention de Hanoï » is the short_name of the UN Convention).
  const shorts = new Set(cluster.members.map((m) => m.agreement.shortName).filter((s): s is string => !!s).map(foldKey));
  const names = cluster.members.map((m) => m.agreement.name).filter((n) => !shorts.has(foldKey(n)));
  const pool = names.length > 0 ? names : cluster.members.map((m) => m.agreement.name);
  return [...pool].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]!;
}

function mergeParticipants(cluster: EventCluster): { participant: ExtractedParticipant; located: Located[] }[] {
  const byActor = new Map<string, { participant: ExtractedParticipant; located: Located[] }>();
  for (const { article, event } of cluster.members) {
    for (const p of event.participants) {
      const l = { article, span: p.evidence };
      const existing = byActor.get(p.actor.actorId);
      if (!existing) {
        byActor.set(p.actor.actorId, { participant: { ...p }, located: [l] });
        continue;
      }
      existing.located.push(l);
      const e = existing.participant;
      if (ROLE_RANK[p.role] > ROLE_RANK[e.role]) e.role = p.role;
      e.title ??= p.title;
      e.organization ??= p.organization;
      e.country ??= p.country;
      if (completeness(p.actor.name) > completeness(e.actor.name)) e.actor = { ...e.actor, name: p.actor.name };
    }
  }
  return [...byActor.values()].map((v) => ({ ...v, located: v.located.sort(byPosition) }));
}

function label(type: EventRow['event_type'], name: string | null, people: ExtractedParticipant[], agreement: string | null, place: ExtractedEvent): string {
  const names = people.filter((p) => p.actor.type === 'person').map((p) => p.actor.name);
  const actors = names.length > 0 ? names : people.map((p) => p.actor.name);
  const where = place.city ?? place.placeText;
  switch (type) {
    case 'meeting':
      return actors.length > 0 ? `Entretien ${actors.slice(0, 3).join(' – ')}` : 'Entretien';
    case 'visit': {
      const guest = people.find((p) => p.role === 'guest')?.actor.name ?? actors[0];
      return `Visite${guest ? ` de ${guest}` : ''}${where ? ` (${where})` : ''}`;
    }
    case 'conference':
      // An unnamed conference co-chaired by named people (« ont coprésidé … une conférence ») is told by them and its place.
      return name ?? `Conférence${actors.length > 0 ? ` ${actors.slice(0, 3).join(' – ')}` : ''}${where ? ` (${where})` : ''}`;
    case 'signing':
      return `Signature : ${agreement ?? 'accord'}`;
    case 'adoption':
      return `Adoption : ${agreement ?? 'instrument'}`;
  }
}

function mergeActors(articles: readonly ArticleExtraction[], addMention: (t: MentionRow['record_type'], id: string, l: Located) => void): ActorRow[] {
  const merged = new Map<string, { type: ActorRow['actor_type']; names: Set<string>; titles: Set<string>; country: string | null; canonical: string; located: Located[] }>();
  for (const article of articles) {
    for (const actor of article.extraction.actors.values()) {
      let m = merged.get(actor.actorId);
      if (!m) {
        m = { type: actor.type, names: new Set(), titles: new Set(), country: actor.country, canonical: actor.name, located: [] };
        merged.set(actor.actorId, m);
      }
      for (const a of actor.aliases) m.names.add(a);
      for (const t of actor.titles) m.titles.add(t);
      m.country ??= actor.country;
      if (completeness(actor.name) > completeness(m.canonical) || (completeness(actor.name) === completeness(m.canonical) && actor.name.length > m.canonical.length)) m.canonical = actor.name;
      for (const span of actor.mentions) m.located.push({ article, span });
    }
  }
  const rows: ActorRow[] = [];
  for (const [id, m] of merged) {
    const located = m.located.sort(byPosition);
    const aliases = [...m.names].filter((n) => n !== m.canonical).sort();
    rows.push({
      actor_id: id,
      actor_type: m.type,
      name: m.canonical,
      aliases,
      country: m.country,
      titles: [...m.titles].sort(),
      mention_count: located.length,
      ...provenance(located[0]!),
    });
    for (const l of located) addMention('actor', id, l);
  }
  return rows;
}
