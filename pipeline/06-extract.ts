/**
 * Stage 6 — extract, within one article: annotated sentences → events,
 * participants and agreements. One event per occurrence: a later sentence
 * that refers back (« l'entretien », « cette visite », « la réunion »)
 * adds its facts to the event already told, and candidates telling the same
 * occurrence are merged. Nothing here is specific to one article: every
 * rule is a convention of French press writing.
 */
import type { Topic } from '../schemas/columns.ts';
import type { InstrumentType } from '../schemas/agreements.ts';
import type { EventType } from '../schemas/events.ts';
import type { Role } from '../schemas/participants.ts';
import type { AnnotatedSentence, DateMention, GatheringMention, InstrumentMention, OrganizationMention, PersonMention, PlaceMention, TriggerMention } from './04-annotate.ts';
import { mentionKey, type PersonEntity, type ResolvedArticle } from './05-resolve.ts';
import { dateValue, parseEdtf } from './dates/edtf.ts';
import { resolveDate, type ResolvedDate } from './dates/resolve.ts';
import type { Dictionaries } from './dictionaries.ts';
import { VIRTUAL } from './patterns.ts';
import { foldAccents, foldKey, normalizeForMatching, type Span } from './source.ts';
import { clauseLinked, findOrAddAgreement, mainPair, partiesIn, signingBodiesOf, statusCue } from './extract/agreements.ts';
import { gatheringKey, inferAnnualEditions, insideGathering, mergeWithin, precisionRank, sameGathering, shiftDay } from './extract/events.ts';
import { contentWords, distance, ordinalOf } from './extract/text.ts';

// Other stages measure names as the extraction does.
export { contentWords, ordinalOf };

export interface ActorRef {
  actorId: string;
  type: 'person' | 'organization' | 'country';
  name: string;
  country: string | null;
  /** For organizations: the codebook id used in `parties` (UN, ASEAN, or a slug). */
  partyId: string | null;
}

export interface ExtractedParticipant {
  actor: ActorRef;
  role: Role;
  nameAsWritten: string;
  title: string | null;
  organization: string | null;
  country: string | null;
  evidence: Span;
}

export interface ExtractedEvent {
  type: EventType;
  name: string | null;
  /** Normalized acronym or ordinal+noun, for gatherings. */
  gatheringKey: string | null;
  /** The gathering noun (« réunion », « sommet »), so that « la conférence » finds the right one. */
  noun: string | null;
  date: ResolvedDate | null;
  city: string | null;
  country: string | null;
  placeText: string | null;
  status: 'occurred' | 'planned';
  virtual: boolean;
  phone: boolean;
  topics: Set<Topic>;
  agreement: ExtractedAgreement | null;
  participants: ExtractedParticipant[];
  mentions: Span[];
  /** The event that frames the article (the first meeting, visit or conference told). */
  main: boolean;
  /** The event this one took its date from (« lors de la visite … »), so a date refined later reaches both. */
  dateSource: ExtractedEvent | null;
  /** Told in the pluperfect (« avait reçu ») as background to what the article reports: what is said next is not said there. */
  background?: boolean;
}

export interface ExtractedAgreement {
  name: string;
  shortName: string | null;
  type: InstrumentType;
  parties: Set<string>;
  topics: Set<Topic>;
  status: 'proposed' | 'negotiating' | 'signed' | 'adopted' | 'in_force' | null;
  signed: ResolvedDate | null;
  signedPlace: string | null;
  event: ExtractedEvent | null;
  mentions: Span[];
}

export interface ExtractedActor extends ActorRef {
  aliases: Set<string>;
  titles: Set<string>;
  mentions: Span[];
}

export interface Extraction {
  events: ExtractedEvent[];
  agreements: ExtractedAgreement[];
  actors: Map<string, ExtractedActor>;
}

const STATUS_RANK = { proposed: 1, negotiating: 2, adopted: 3, signed: 4, in_force: 5 } as const;

/** Roles a person takes in a gathering, read from the words around the name. */
const ROLE_CUES: [RegExp, Role][] = [
  [/\b(?:co-?)?pr[eé]sid/i, 'chair'],
  [/sous (?:les auspices|la pr[eé]sidence)/i, 'chair'],
  [/(?<![\p{L}])(?:[àa] la t[eê]te d|dirig[ée]+e? par|conduite? par|chef de (?:la )?d[eé]l[eé]gation|(?:condui|dirig)\p{L}*\s+(?:la|une|sa|leur)\s+(?:haute\s+)?d[eé]l[eé]gation)/iu, 'delegation_head'],
  [/(?<![\p{L}])(?:s'exprimant|discours|allocution|pris la parole|prenant la parole|a d[eé]clar[eé]|a soulign[eé]|a affirm[eé]|a appel[eé]|a propos[eé])/iu, 'speaker'],
];

export function extract(resolved: ResolvedArticle, dicts: Dictionaries): Extraction {
  const { sentences, article } = resolved;
  const source = article.doc.source;
  const events: ExtractedEvent[] = [];
  const agreements: ExtractedAgreement[] = [];
  const actors = new Map<string, ExtractedActor>();
  let main: ExtractedEvent | null = null;

  const ctxFor = (s: AnnotatedSentence) => ({ ...resolved.dateContext, future: s.future });
  const resolveIn = (s: AnnotatedSentence, d: DateMention | undefined, past = false): ResolvedDate | null => (d ? resolveDate(d.expression, past ? { ...ctxFor(s), future: false } : ctxFor(s)) : null);
  /** « a reçu », « s'est entretenu », « a été reçu »: a verb in a past tense tells an occurrence, whatever else the sentence announces. */
  const pastVerb = (t: TriggerMention) => {
    const group = t.verb ?? t.support;
    return !t.nominal && group !== null && group.form === 'finite' && (group.tense === 'past' || group.tense === 'pluperfect');
  };
  const sentenceSpan = (s: AnnotatedSentence): Span => ({ start: s.start, end: s.end });
  /** A stretch of the text as rules match it: one apostrophe, one quote, ordinary spaces (for tests, never for offsets). */
  const matchView = (span: Span): string => normalizeForMatching(source.slice(span)).text;

  const noteActor = (ref: ActorRef, alias: string, title: string | null, s: AnnotatedSentence) => {
    let actor = actors.get(ref.actorId);
    if (!actor) {
      actor = { ...ref, aliases: new Set(), titles: new Set(), mentions: [] };
      actors.set(ref.actorId, actor);
    }
    actor.aliases.add(alias);
    if (title) actor.titles.add(title);
    if (!actor.mentions.some((m) => m.start === s.start)) actor.mentions.push(sentenceSpan(s));
    return actor;
  };

  const personRef = (s: AnnotatedSentence, m: PersonMention): { ref: ActorRef; entity: PersonEntity } | null => {
    const entity = resolved.personOf.get(mentionKey(s, m));
    if (!entity) return null;
    return { ref: { actorId: entity.actorId, type: 'person', name: entity.names[0]!, country: entity.country, partyId: null }, entity };
  };

  const participant = (s: AnnotatedSentence, m: PersonMention, role: Role): ExtractedParticipant | null => {
    const p = personRef(s, m);
    if (!p) return null;
    return {
      actor: p.ref,
      role,
      nameAsWritten: m.name,
      title: m.title ?? p.entity.titles[0] ?? null,
      organization: m.organization ?? p.entity.organization,
      country: p.entity.country,
      evidence: sentenceSpan(s),
    };
  };

  const countryActor = (iso3: string): ActorRef => ({ actorId: `country:${iso3}`, type: 'country', name: dicts.countryNames.get(iso3) ?? iso3, country: iso3, partyId: iso3 });
  const orgActor = (id: string, name: string, country: string | null): ActorRef => ({ actorId: `org:${id.toLowerCase()}`, type: 'organization', name, country, partyId: id });

  // Every actor mentioned in the story is an `actors` row, whether or not it takes part in an event.
  for (const s of sentences) {
    for (const m of s.persons) {
      const p = personRef(s, m);
      // « M. Lam » is kept as written among the aliases: it is how the article names him.
      if (p) {
        const honorific = m.surnameOnly ? /(?:M\.|Mme|Mlle)\s*$/u.exec(source.slice({ start: Math.max(s.start, m.start - 6), end: m.start }))?.[0] ?? '' : '';
        noteActor(p.ref, `${honorific}${m.name}`, m.title, s);
      }
    }
    for (const o of s.organizations) noteActor(orgActor(o.ref.id, o.ref.name, o.ref.country), o.text.replace(/\s+/g, ' '), null, s);
    for (const c of s.countries) if (c.ref.form === 'name') noteActor(countryActor(c.ref.iso3), c.text, null, s);
  }

  const addParticipant = (event: ExtractedEvent, p: ExtractedParticipant | null) => {
    if (!p) return;
    const existing = event.participants.find((x) => x.actor.actorId === p.actor.actorId);
    if (existing) {
      if (!existing.title && p.title) existing.title = p.title;
      if (existing.role === 'attendee' && p.role !== 'attendee') existing.role = p.role;
      return;
    }
    event.participants.push(p);
  };

  /** Where each event is first told, to pick the article's main event: the first one in reading order. */
  const firstAt = new Map<ExtractedEvent, number>();
  const newEvent = (type: EventType, s: AnnotatedSentence, at: number = s.start): ExtractedEvent => {
    const event: ExtractedEvent = {
      type,
      name: null,
      gatheringKey: null,
      noun: null,
      date: null,
      city: null,
      country: null,
      placeText: null,
      status: s.future ? 'planned' : 'occurred',
      virtual: false,
      phone: false,
      topics: new Set(),
      agreement: null,
      participants: [],
      mentions: [],
      main: false,
      dateSource: null,
    };
    events.push(event);
    firstAt.set(event, at);
    return event;
  };

  const mention = (event: ExtractedEvent, s: AnnotatedSentence) => {
    if (!event.mentions.some((m) => m.start === s.start)) event.mentions.push(sentenceSpan(s));
    for (const t of s.topics) event.topics.add(t.topic);
  };

  const setPlace = (event: ExtractedEvent, place: PlaceMention | null | undefined) => {
    if (!place || event.placeText) return;
    event.city = place.city;
    event.country = place.country;
    event.placeText = place.text;
  };

  const setDate = (event: ExtractedEvent, date: ResolvedDate | null) => {
    if (!date) return;
    if (!event.date || precisionRank(date.value) > precisionRank(event.date.value)) event.date = date;
  };

  /** Positions that split a sentence into clauses, one per trigger, gathering or instrument. */
  /** « par visioconférence », « par téléphone » say how a meeting was held, not that another one was. */
  const manner = (s: AnnotatedSentence, t: TriggerMention) => /(?:\bpar|\ben|\bvia)\s+(?:une\s+)?$/i.test(source.slice({ start: Math.max(s.start, t.start - 8), end: t.start }));
  const anchorsOf = (s: AnnotatedSentence) => [...s.triggers.filter((t) => !manner(s, t)).map((t) => t.start), ...s.gatherings.map((g) => g.start)].sort((a, b) => a - b);

  const nearest = <T extends Span>(items: readonly T[], at: Span, owned: (item: T) => boolean = () => false): T | undefined =>
    [...items]
      .filter((i) => !owned(i))
      .sort((a, b) => distance(a, at) - distance(b, at) || a.start - b.start)[0];

  const acronymsSeen = new Map<string, ExtractedEvent>();
  /** Country participants that only the gathering's name implies (« Conférence … Vietnam-Laos »). */
  const impliedByName = new Set<ExtractedParticipant>();

  /** The last person named before trigger `t` (in its sentence or earlier) that `accept` takes. */
  const describedPerson = (s: AnnotatedSentence, t: TriggerMention, accept: (p: PersonEntity) => boolean): { sentence: AnnotatedSentence; mention: PersonMention } | null => {
    for (let i = s.index; i >= 0; i--) {
      const sentence = sentences[i]!;
      for (const m of [...sentence.persons].reverse()) {
        if (sentence === s && m.end > t.start) continue;
        const entity = resolved.personOf.get(mentionKey(sentence, m));
        if (entity && accept(entity)) return { sentence, mention: m };
      }
    }
    return null;
  };

  /**
   * The person a subject description or pronoun before a trigger stands for: « le ministre indien » (the last person
   * of that country named), « il » / « elle » (the last person named before it), « la délégation » (the visitor of the
   * latest visit). Null when the clause has a subject of another kind or nobody fits.
   */
  const describedSubject = (s: AnnotatedSentence, t: TriggerMention): { sentence: AnnotatedSentence; mention: PersonMention } | null => {
    const before = matchView({ start: s.start, end: t.start });
    const clause = before.split(/[,;:]/).at(-1)!;
    const earlier = (accept: (p: PersonEntity) => boolean) => describedPerson(s, t, accept);
    const description = /^\s*(?:le|la)\s+((?:vice-)?(?:premier\s+)?ministre(?:\s+d'état)?|président|présidente|secrétaire général|ambassadeur|ambassadrice|directeur|directrice|chef|général)\s+(\p{Ll}[\p{L}-]+)\s*$/iu.exec(clause);
    if (description) {
      const country = dicts.countries.get(description[2]!);
      if (!country || country.form !== 'demonym') return null;
      const head = description[1]!.toLowerCase().split(/\s+/).at(-1)!;
      return earlier((p) => p.country === country.iso3 && p.titles.some((x) => x.toLowerCase().includes(head))) ?? earlier((p) => p.country === country.iso3);
    }
    if (/^\s*(?:(?:où|puis|et|qui)\s+)?(?:il|elle)\s*(?:y\s+)?$/iu.test(clause)) return earlier(() => true);
    if (/^\s*(?:la|sa|leur)\s+délégation(?:\s+\p{Ll}+)?\s*$/iu.test(clause)) {
      const visit = [...events].reverse().find((e) => e.type === 'visit');
      const guest = visit?.participants.find((p) => p.role === 'guest' && p.actor.type === 'person');
      return guest ? earlier((p) => p.actorId === guest.actor.actorId) : null;
    }
    return null;
  };

  /** For a gathering named only by its ordinal and noun (« la 11e réunion »), the rest of the name of an earlier edition of the same noun. */
  const seriesOf = (g: GatheringMention): { rest: string; type: EventType } | null => {
    if (foldKey(g.name).split(' ').length !== 2) return null;
    // The longest name of the noun told so far: « 10e réunion du comité mixte … », not a later « 10e réunion ».
    let best: { rest: string; type: EventType } | null = null;
    for (const e of events) {
      if (!e.name || e.noun !== g.noun) continue;
      const m = /^(\d+)\s*(?:e|ème|ᵉ|er|re)\s+(\S+)(.+)$/u.exec(e.name);
      if (m && Number(m[1]) !== g.ordinal && (best === null || m[3]!.length > best.rest.length)) best = { rest: m[3]!, type: e.type };
    }
    return best;
  };

  /** The last `n` distinct people named before sentence `index`, most recent first. */
  const recentPeople = (index: number, n: number) => {
    const out: { sentence: AnnotatedSentence; mention: PersonMention }[] = [];
    for (let i = index - 1; i >= 0 && out.length < n; i--) {
      const s = sentences[i]!;
      for (const m of [...s.persons].reverse()) {
        const e = resolved.personOf.get(mentionKey(s, m));
        if (e && !out.some((o) => resolved.personOf.get(mentionKey(o.sentence, o.mention)) === e)) out.push({ sentence: s, mention: m });
        if (out.length === n) break;
      }
    }
    return out;
  };

  for (const s of sentences) {
    const sentenceEvents: ExtractedEvent[] = [];
    /** Dates that cannot date an event: inside a name, a programme's period, « SICW 2023 », or inside reported speech (« a souligné que le Vietnam était devenu membre d'Interpol en 1991 »). */
    const datesInInstruments = (d: DateMention) =>
      s.instruments.some((i) => d.start >= i.start && d.end <= i.end) ||
      s.gatherings.some((g) => d.start >= g.start && d.end <= g.end) ||
      d.expression.kind === 'period' ||
      /[A-Z]{2,}[\s-]*$/.test(source.slice({ start: Math.max(s.start, d.start - 8), end: d.start })) ||
      /\b(?:a|ont|avait)\s+(?:\p{L}+\s+)?(?:soulign|déclar|affirm|indiqu|estim|ajout|précis|not|rappel|expliqu|dit|inform|félicit|salu|apprécié|reconnu|constat)\p{L}*\s+(?:que|qu')/u.test(source.slice({ start: s.start, end: d.start }));
    const anchors = anchorsOf(s);
    const segmentOf = (at: number): [number, number] => {
      const next = anchors.find((a) => a > at) ?? s.end;
      return [at, next];
    };

    // « X et Y ont coprésidé, le 19 février à Hanoï, une conférence pour évaluer … »: an unnamed gathering its chairs make an event.
    if (s.gatherings.length === 0) {
      const chaired = /\b(?:a|ont)\s+(?:co-?)?présidé(?![\p{L}])[^.;]{0,80}?\b(?:une|la|le|l'|l’)\s*(conférence|réunion|séance de travail|session|dialogue|forum|séminaire|atelier)(?![\p{L}])/iu.exec(s.text);
      if (chaired) {
        const verbAt = s.start + [...s.text.slice(0, chaired.index)].length;
        const chairs = s.persons.filter((m) => m.end <= verbAt && !/\b(?:que|qu')\b/u.test(source.slice({ start: m.end, end: verbAt })));
        if (chairs.length > 0) {
          const multilateral = /^(?:conférence|forum|séminaire|atelier)$/iu.test(chaired[1]!);
          const e = newEvent(multilateral ? 'conference' : 'meeting', s, verbAt);
          mention(e, s);
          sentenceEvents.push(e);
          if (s.future) e.status = 'planned';
          setDate(e, resolveIn(s, nearest(s.dates.filter((d) => !datesInInstruments(d)), { start: verbAt, end: verbAt + 1 })));
          setPlace(e, nearest(s.places.filter((p) => !s.organizations.some((o) => p.start >= o.start && p.end <= o.end)), { start: verbAt, end: verbAt + 1 }) ?? (s.index === 0 ? s.dateline : null));
          for (const m of chairs) addParticipant(e, participant(s, m, 'chair'));
        }
      }
    }

    // Named gatherings → conferences.
    for (const g of s.gatherings) {
      const key = gatheringKey(g);
      let event = events.find((e) => (e.type === 'conference' || e.type === 'meeting') && e.gatheringKey !== null && sameGathering(e, g, key));
      if (!event) {
        // « 3e réunion bilatérale » is talks between two sides, not a multilateral gathering.
        // « 3e réunion bilatérale », « 8e Dialogue de sécurité Vietnam-Japon »: talks between two sides, not a multilateral gathering.
        const twoSides = /^dialogue/iu.test(g.noun) && new Set(s.countries.filter((c) => c.start >= g.start && c.end <= g.end).map((c) => c.ref.iso3)).size === 2 && !s.organizations.some((o) => o.start >= g.start && o.end <= g.end && o.ref.country === null);
        event = newEvent(/\bbilatéral/iu.test(g.name) || twoSides ? 'meeting' : 'conference', s, g.start);
        event.name = g.name;
        event.gatheringKey = key;
        event.noun = g.noun;
        // « … la 11e réunion au Vietnam en 2026 » after « La 10e réunion du comité mixte … Vietnam – Cambodge »: the next edition of the same series.
        const series = g.ordinal !== null && !g.acronym ? seriesOf(g) : null;
        if (series) {
          event.type = series.type;
          event.name = `${g.name}${series.rest}`;
          event.gatheringKey = `name:${foldKey(event.name)}`;
          const named = [...new Set(dicts.countries.find(series.rest).filter((c) => c.value.form === 'name').map((c) => c.value.iso3))];
          if (named.length >= 2) {
            for (const iso3 of named) {
              const p: ExtractedParticipant = { actor: countryActor(iso3), role: 'attendee', nameAsWritten: dicts.countryNames.get(iso3) ?? iso3, title: null, organization: null, country: iso3, evidence: sentenceSpan(s) };
              event.participants.push(p);
              impliedByName.add(p);
            }
          }
        }
      } else if (!event.name || (g.acronym && !/\(/.test(event.name) && g.name.length > event.name.length)) {
        event.name = g.name;
      }
      if (g.acronym) acronymsSeen.set(foldKey(g.acronym).replace(/[\s-]/g, ''), event);
      mention(event, s);
      sentenceEvents.push(event);
      // « Elle a décidé d'organiser la prochaine 13e AMMTC et la 10e AMMTC+3 en 2019 »: a past sentence can announce a gathering to come.
      const announced = /\b(?:prochaine?s?|(?:d'|de |pour )(?:organiser|accueillir|tenir))\b[^.;]{0,80}$/iu.test(matchView({ start: Math.max(s.start, g.start - 90), end: g.start }));
      if (s.future || announced) event.status = 'planned';
      if (g.noun === 'visioconference' || VIRTUAL.test(s.text)) event.virtual = true;
      // « la 5e SICW et la 5e AMCC, prévues du 5 au 9 octobre à Singapour »: a date after coordinated gatherings dates them all.
      const date = nearest(s.dates, g, datesInInstruments);
      const between = date ? s.gatherings.filter((o) => o !== g && o.start > Math.min(g.end, date.start) && o.end < Math.max(g.start, date.end)) : [];
      const shared = between.length === 0 || (date !== undefined && date.start > g.end && /^[\s,]*(?:(?:qui\s+)?(?:s'est|se sont|se tiendr\p{L}+|aur\p{L}+ lieu|a eu lieu|ont eu lieu)\s+)?(?:prévue?s?|tenue?s?|organisée?s?|programmée?s?)?(?:\s+(?:en ligne|(?:à|en|au|aux) \p{Lu}[\p{L}-]+))?[\s,]*(?:du|les|le|en)?\s*$/u.test(source.slice({ start: between.at(-1)!.end, end: date.start })));
      const closerTrigger = s.triggers.some((t) => t.ref.eventType !== 'conference' && !insideGathering(s, t) && !manner(s, t) && distance(t, date ?? g) < distance(g, date ?? g));
      if (date && shared && !closerTrigger) setDate(event, resolveIn(s, date));
      setPlace(event, nearest(s.places, g, (p) => s.organizations.some((o) => p.start >= o.start && p.end <= o.end) || (g.start <= p.start && p.end <= g.end)) ?? (s.index === 0 ? s.dateline : null));
      for (const m of s.persons) {
        const context = source.slice({ start: Math.max(s.start, m.phrase.start - 60), end: Math.min(s.end, m.end + 80) });
        const cue = ROLE_CUES.find(([re]) => re.test(context))?.[1];
        const participates = /\b(?:assist|particip|pr[eé]sent|(?:co-?)?pr[eé]sid|auspices|[àa] la t[eê]te|dirig|condui|tiendr|tiennent|ont tenu|a tenu|tenue? [^.;]{0,60}entre|entre (?:le|la) |s'exprimant|discours|lors de|pris la parole|prenant la parole)/i.test(context);
        // « sous les auspices du vice-ministre lao …, Kongthong Phongvicith, et de son homologue vietnamien, Luong Tam Quang »: the second shares the first's role.
        const previousPerson = s.persons.filter((x) => x.end <= m.phrase.start).at(-1);
        const coordinated =
          /\bet (?:de |du |par )?(?:son|sa|leur) homologue\b[^,;.]{0,40},?\s*$/u.test(source.slice({ start: Math.max(s.start, m.phrase.start - 60), end: m.phrase.start })) ||
          /\bet (?:de |du )?(?:son|sa) homologue/u.test(source.slice({ start: Math.max(s.start, m.start - 80), end: m.start })) ||
          // « sous la coprésidence du vice-ministre …, X, et du secrétaire d'État …, Y »
          (previousPerson !== undefined && /^\s*,?\s*et\s+(?:du|de la|de l'|de l’|de|par le|par la)\s*$/u.test(source.slice({ start: previousPerson.phrase.end, end: m.phrase.start })));
        const previousRole = coordinated ? event.participants.filter((p) => p.actor.type === 'person').at(-1)?.role : undefined;
        // « Au sujet de la 5e Semaine …, M. S. Iswaran a exhorté … » speaks about a gathering, not at it.
        if (!participates && !previousRole) continue;
        addParticipant(event, participant(s, m, previousRole ?? cue ?? 'attendee'));
      }
      const organizers: OrganizationMention[] = [];
      for (const o of s.organizations) {
        const before = matchView({ start: Math.max(s.start, o.start - 30), end: o.start });
        const previous = organizers.at(-1);
        // « co-organisé par le ministère … et l'Agence japonaise … (JICA) », « Le NCSC, en coordination avec la JICA, a organisé … l'atelier »
        // « à l'initiative du Département … (A05) du ministère de la Sécurité publique et de l'Association nationale … (NCA) »: the body a first organizer belongs to may stand between them.
        const coordinated =
          previous !== undefined &&
          /^\s*(?:\([^)]{0,15}\))?(?:\s+(?:du|de la|de l'|relevant du|relevant de la)\s+[^,;.()]{0,80}?)?\s*,?\s*(?:et|en coordination avec|en collaboration avec|avec)\s+(?:de\s+|du\s+|d')?(?:le|la|les|l')?\s*$/iu.test(matchView({ start: previous.end, end: o.start }));
        const subject = o.end <= g.start && /^\s*(?:\([^)]{0,15}\))?\s*(?:,[^,.;]{0,90},\s*)?(?:a|ont)\s+(?:co-?)?organisé\s+(?:[^,.;]{0,60}\s)?(?:le|la|les|l'|un|une)\s*$/iu.test(matchView({ start: o.end, end: g.start }));
        if (/(?:organis[ée]+e?s? (?:conjointement )?par|(?<![\p{L}])à l'initiative d[eu]|accueillie? par)\s*(?:le|la|les|l')?\s*$/iu.test(before) || coordinated || subject) {
          if (organizers.some((x) => x.ref.id === o.ref.id)) continue;
          organizers.push(o);
          addOrg(event, orgActor(o.ref.id, o.ref.name, o.ref.country), 'organizer', o.text, s);
          // « l'A05 et l'Université nationale de Hanoi ont co-organisé le séminaire »: the bodies coordinated before the subject organize too.
          if (subject) {
            let next = o;
            for (const x of [...s.organizations].reverse()) {
              if (x.end > next.start) continue;
              if (!/^\s*(?:\([^)]{0,15}\))?\s*,?\s*et\s+(?:le|la|les|l')?\s*$/iu.test(matchView({ start: x.end, end: next.start }))) break;
              addOrg(event, orgActor(x.ref.id, x.ref.name, x.ref.country), 'organizer', x.text, s);
              next = x;
            }
          }
          // « Le NCSC, en coordination avec la JICA, a organisé »: the partner named inside the subject organizes too.
          if (subject) for (const x of s.organizations) if (x.start > o.end && x.end <= g.start && /^\s*(?:\([^)]{0,15}\))?\s*,\s*en (?:coordination|collaboration) avec\s+(?:le|la|les|l')?\s*$/iu.test(matchView({ start: o.end, end: x.start }))) addOrg(event, orgActor(x.ref.id, x.ref.name, x.ref.country), 'organizer', x.text, s);
        } else if (/\bpr[ée]sid/i.test(source.slice({ start: o.end, end: Math.min(s.end, o.end + 30) }))) {
          addOrg(event, orgActor(o.ref.id, o.ref.name, o.ref.country), 'chair', o.text, s);
        }
      }
    }

    // « le Vietnam a activement participé à la 20e réunion … »: a country as the subject of taking part.
    for (const g of s.gatherings) {
      const event = events.find((e) => e.type === 'conference' && e.gatheringKey === gatheringKey(g));
      if (!event) continue;
      const addCountry = (iso3: string, written: string, role: Role, implied = false) => {
        const existing = event.participants.find((p) => p.actor.actorId === `country:${iso3}`);
        if (existing) {
          if (role === 'chair') existing.role = 'chair';
          // Told taking part in so many words, not only implied by the name.
          if (!implied) impliedByName.delete(existing);
          return;
        }
        event.participants.push({ actor: countryActor(iso3), role, nameAsWritten: written, title: null, organization: null, country: iso3, evidence: sentenceSpan(s) });
      };
      // « 3e conférence ministérielle Vietnam-Laos-Cambodge », « Conférence … Vietnam - Laos »: the countries a gathering is named after take part in it.
      const named = s.countries.filter((c) => c.ref.form === 'name' && c.start >= g.start && c.end <= g.end);
      if (named.length >= 2) {
        const before = new Set(event.participants);
        for (const c of named) addCountry(c.ref.iso3, c.text, 'attendee', true);
        for (const p of event.participants) if (!before.has(p)) impliedByName.add(p);
      }
      // « Le Vietnam, le Cambodge et le Laos ont affirmé …, lors de la 3e conférence … »: the subjects of a sentence set at a gathering.
      const firstVerb = /\b(?:a|ont|s'est|se sont|est|sont)\s/u.exec(s.text);
      if (firstVerb && /\blors d[eu]|(?<![\p{L}])à l'occasion d[eu]|\bau cours d[eu]/iu.test(matchView({ start: s.start, end: g.start }))) {
        const verbAt = s.start + [...s.text.slice(0, firstVerb.index)].length;
        for (const c of s.countries) if (c.ref.form === 'name' && c.end <= verbAt) addCountry(c.ref.iso3, c.text, 'attendee');
      }
      // « 6e réunion des ministres du Numérique de l'ASEAN », « Sommet de l'ASEAN »: a gathering named after an organization is that organization's,
      // unless its acronym names a series held by another (« Conférence des chefs de police de l'ASEAN (ASEANAPOL) »).
      const seriesOrganizers = (source.slice(g).match(/\b\p{Lu}[\p{Lu}\d]+\b/gu) ?? []).map((token) => dicts.series.get(token)).filter((o) => o !== undefined);
      for (const o of s.organizations) {
        if (seriesOrganizers.length > 0 && seriesOrganizers[0]!.id !== o.ref.id) continue;
        if (o.start >= g.start && o.end <= g.end && /^[A-Z]+$/.test(o.ref.id) && /(?:de l'|de la|du|des)\s*$/u.test(matchView({ start: Math.max(g.start, o.start - 8), end: o.start }))) {
          addOrg(event, orgActor(o.ref.id, o.ref.name, o.ref.country), 'organizer', o.text, s);
        }
      }
      // « la prochaine 13e AMMTC »: a recurring gathering known by its acronym is held by the organization the series dictionary names.
      for (const org of seriesOrganizers) addOrg(event, orgActor(org.id, org.name, org.country), 'organizer', org.id, s);
      // « sous la présidence de Brunei »
      for (const c of s.countries) {
        if (c.ref.form === 'name' && /(?:sous la (?:co-?)?présidence|(?:co-?)?présidée? par|à la présidence)\s+(?:de\s+(?:la\s+|l')?|du\s+|d'|le\s+|la\s+|l')?(?:[\p{L}-]+\s+et\s+(?:le\s+|la\s+|les\s+|l')?)?$/iu.test(matchView({ start: Math.max(s.start, c.start - 60), end: c.start }))) addCountry(c.ref.iso3, c.text, 'chair');
      }
      for (const c of s.countries) {
        if (c.ref.form !== 'name' || c.end > g.start) continue;
        const link = source.slice({ start: c.end, end: g.start });
        if (/^\s*(?:,[^,]{0,60},\s*)?(?:présider\p{L}*|a présidé|préside|accueiller\p{L}*|a accueilli|accueille)\s+(?:\p{Ll}+\s+){0,3}(?:la\s+|l'|le\s+|les\s+)?$/u.test(link)) {
          addCountry(c.ref.iso3, c.text, 'chair');
          continue;
        }
        if (/^\s*(?:,[^,]{0,60},\s*)?(?:a|ont)\s+(?:\p{Ll}+\s+)?(?:particip|assist|pris part|pris part)\p{L}*\s+(?:à|aux|au)\s+(?:la\s+|l'|les\s+)?$/u.test(link)) {
          if (!event.participants.some((p) => p.actor.actorId === `country:${c.ref.iso3}`)) event.participants.push({ actor: countryActor(c.ref.iso3), role: 'attendee', nameAsWritten: c.text, title: null, organization: null, country: c.ref.iso3, evidence: sentenceSpan(s) });
        }
      }
    }

    // Acronyms standing alone (« S'exprimant lors de l'AMCC 8 ») refer to a gathering named earlier.
    for (const [acronym, event] of acronymsSeen) {
      if (s.gatherings.some((g) => g.acronym && foldKey(g.acronym).replace(/[\s-]/g, '') === acronym)) continue;
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${acronym.replace(/(\D)(\d)/, '$1[\\s-]?$2')}(?![\\p{L}\\p{N}])`, 'iu');
      if (!re.test(foldAccents(s.text).text)) continue;
      mention(event, s);
      sentenceEvents.push(event);
      for (const m of s.persons) {
        const context = source.slice({ start: Math.max(s.start, m.start - 60), end: Math.min(s.end, m.end + 80) });
        const cue = ROLE_CUES.find(([re2]) => re2.test(context))?.[1];
        if (/\b(?:assist|particip|pr[eé]sid|[àa] la t[eê]te|dirig|conduit|s'exprimant|discours|lors d)/i.test(context)) addParticipant(event, participant(s, m, cue ?? 'attendee'));
      }
    }

    // « La réunion a réuni des représentants de … l'ONU, l'UE … »: a gathering told before, and who took part in it.
    // « La réunion a réuni … », « Elle a été coprésidée par … » (right after the gathering was named).
    const pronoun = /^(?:Elle|Celle-ci)\s+(?:a été|s'est|a réuni|a rassemblé|a eu lieu|était)/u.test(s.text) && events.some((e) => e.type === 'conference' && e.mentions.some((m) => m.start === sentences[s.index - 1]?.start));
    const anaphora = pronoun ? ([s.text, 'réunion'] as unknown as RegExpExecArray) : /(?<![\p{L}])(?:la|cette|de la|à la|lors de la|le|ce|du|au)\s+(réunion|conférence|session|semaine|rencontre|sommet|forum)(?![\p{L}])(?!\s+(?:de|des|du)\s+travail)/iu.exec(s.text);
    // « la conférence » is the conference told before, preferring one with that noun (« réunion » and « conférence » name the same ministerial meetings), then the article's main one.
    const nounOf = (n: string) => (/^(?:réunion|conférence|conference|reunion|session)$/i.test(n) ? 'meeting-like' : foldAccents(n).text.toLowerCase());
    const conferences = [...events].reverse().filter((e) => e.type === 'conference');
    const lastConference = anaphora ? conferences.find((e) => e.noun && nounOf(e.noun) === nounOf(anaphora[1]!) && e.status === 'occurred') ?? conferences.find((e) => e.main) ?? conferences[0] : undefined;
    if (lastConference && anaphora && s.gatherings.length === 0 && !sentenceEvents.includes(lastConference) && !s.triggers.some((t) => t.ref.eventType === 'meeting' && !t.anaphoric)) {
      mention(lastConference, s);
      sentenceEvents.push(lastConference);
      if (/\b(?:a réuni|ont réuni|réunissant|a rassemblé|ont rassemblé|rassemblant|a participé|ont participé|participants?|ont assisté|a assisté|représentants|ont pris part|a pris part)\b/i.test(s.text)) {
        for (const o of s.organizations) addOrg(lastConference, orgActor(o.ref.id, o.ref.name, o.ref.country), 'attendee', o.text, s);
      }
      for (const m of s.persons) {
        const context = source.slice({ start: Math.max(s.start, m.phrase.start - 60), end: Math.min(s.end, m.end + 80) });
        // « coprésidée par le ministre …, Nguyen Hong Dien, et le ministre …, Andrey Slepnev »: the second shares the first's role.
        const coordinated = /,\s*et\s+(?:le|la|du|de la|de l'|son|sa)?\s*$/u.test(source.slice({ start: Math.max(s.start, m.phrase.start - 12), end: m.phrase.start }));
        const previous = coordinated ? lastConference.participants.filter((p) => p.actor.type === 'person').at(-1)?.role : undefined;
        const cue = previous ?? ROLE_CUES.find(([re]) => re.test(context))?.[1];
        addParticipant(lastConference, participant(s, m, cue ?? 'speaker'));
      }
    }

    // « La cérémonie qui se tiendra les 25 et 26 octobre à Hanoi … »: the ceremony told before gets its date and place.
    if (/\b(?:la|cette)\s+cérémonie\b/iu.test(s.text) && s.instruments.length === 0) {
      const ceremonyEvent = [...events].reverse().find((e) => (e.type === 'signing' || e.type === 'adoption') && e.mentions.some((m) => /cérémonie/i.test(source.slice(m))));
      if (ceremonyEvent) {
        mention(ceremonyEvent, s);
        sentenceEvents.push(ceremonyEvent);
        setDate(ceremonyEvent, resolveIn(s, nearest(s.dates, { start: s.start, end: s.start }, datesInInstruments)));
        setPlace(ceremonyEvent, s.places[0]);
        if (s.future) ceremonyEvent.status = 'planned';
        for (const m of s.persons) {
          const before = source.slice({ start: Math.max(s.start, m.phrase.start - 40), end: m.phrase.start });
          if (/\b(?:co-?)?pr[eé]sid\p{L}*\s+(?:par\s+)?(?:le |la |l')?\s*$/u.test(before) || /\bet (?:le |la )?$/u.test(before)) addParticipant(ceremonyEvent, participant(s, m, 'chair'));
        }
      }
    }

    // « L'atelier a réuni les délégations du Cambodge, du Laos … », « … a réuni … des partenaires de dialogue, dont l'Australie, la Chine … »:
    // the countries and international bodies a gathering brought together attend it.
    {
      const gatheringVerb = /\b(?:a|ont|avait)\s+(?:réuni|rassemblé|accueilli des délégations)|\b(?:réunit|rassemble)\b|\bavec la participation d|\ba vu la participation d/iu.exec(s.text);
      const anaphoricGathering = /^\s*(?:L'|L’|Le |La |Ce |Cette )(?:atelier|forum|conférence|réunion|sommet|séminaire|exercice|session|dialogue)\b/iu.test(s.text);
      const target = s.gatherings.length === 1 ? events.find((e) => e.type === 'conference' && e.gatheringKey === gatheringKey(s.gatherings[0]!)) : anaphoricGathering && s.gatherings.length === 0 ? [...events].reverse().find((e) => e.type === 'conference') : undefined;
      if (gatheringVerb && target) {
        const verbAt = s.start + [...s.text.slice(0, gatheringVerb.index)].length;
        for (const c of s.countries) {
          if (c.start < verbAt || c.ref.form !== 'name' || target.participants.some((p) => p.actor.actorId === `country:${c.ref.iso3}`)) continue;
          if (s.organizations.some((o) => c.start >= o.start && c.end <= o.end)) continue;
          target.participants.push({ actor: countryActor(c.ref.iso3), role: 'attendee', nameAsWritten: c.text, title: null, organization: null, country: c.ref.iso3, evidence: sentenceSpan(s) });
          if (!target.mentions.some((m) => m.start === s.start)) mention(target, s);
        }
        for (const o of s.organizations) {
          if (o.start < verbAt || o.ref.country !== null || /(?:membres|pays)\s+(?:de l'|de la|du|des)\s*$/iu.test(matchView({ start: Math.max(s.start, o.start - 20), end: o.start }))) continue;
          addOrg(target, orgActor(o.ref.id, o.ref.name, o.ref.country), 'attendee', o.text, s);
        }
      }
    }

    // Meetings and visits.
    const personTriggers = s.triggers.filter((t) => (t.ref.eventType === 'meeting' || t.ref.eventType === 'visit') && !insideGathering(s, t) && !manner(s, t));
    const mannerVirtual = s.triggers.some((t) => manner(s, t) && t.ref.mode === 'phone');
    personTriggers.forEach((t, ti) => {
      if (t.frame.id === 'visioconference' && s.gatherings.length > 0) return;
      const [segStart, segEnd] = segmentOf(t.start);
      const segPersons = s.persons.filter((m) => m.start >= segStart && m.start < segEnd);
      // « Le général Hoang Quoc Bao a rappelé que …, le ministre Lương Tam Quang avait reçu … »: the subject is in the reported clause.
      const reported = [...source.slice({ start: s.start, end: t.start }).matchAll(/\b(?:que|qu['’])/gu)].at(-1);
      const clauseStart = reported ? s.start + [...source.slice({ start: s.start, end: t.start }).slice(0, reported.index)].length : s.start;
      // « le vice-ministre Nguyen Duy Ngoc et la délégation vietnamienne ont assisté au dialogue annuel entre … »: who attends talks told by a noun.
      const attendedFrom = t.nominal && /\b(?:a|ont|avait|avaient)\s+(?:assisté|participé|pris part)\s+(?:au|à la|à l'|aux)\s*(?:\p{Ll}+\s+)?$/u.test(matchView({ start: Math.max(s.start, t.start - 40), end: t.start }));
      // « …, le général Lương Tam Quang, …, a eu le 26 septembre des entretiens avec son hôte »: talks told as the object of « a eu » belong to the verb's subject, whichever trigger came first.
      const hadTalks = t.support !== null && ti > 0;
      const verbSubject = hadTalks ? s.persons.filter((m) => m.end <= t.start && m.start >= clauseStart).slice(-1) : [];
      // « X et Y ont décidé …, à l'issue de leurs entretiens, … »: the possessors of talks are the people who held them.
      const possessed = t.nominal && ti === 0 && /\b(?:leurs|leur)\s+$/u.test(source.slice({ start: Math.max(s.start, t.start - 7), end: t.start }));
      // « X, en visite au Vietnam » (before) or « la visite officielle du secrétaire général …, Tô Lâm » (after, in the genitive).
      // « à l'invitation du ministre ouzbek de l'Intérieur, le général Rustam Khodjaev »: who invites is never the visitor.
      const invited = (m: PersonMention) => {
        const from = Math.max(s.start, m.phrase.start - 90);
        const before = source.slice({ start: from, end: m.phrase.start });
        const invitation = /(?<![\p{L}])(?:à|sur) l(?:'|’)invitation d[eu']\s*(?:la |l'|l’)?[^.;]{0,80}$/iu.exec(before);
        if (!invitation) return false;
        // The first person named after « à l'invitation de », not the next one (« …, Andrés Valdivia Rojas, le président …, Nguyễn Văn Thịnh »).
        const invitationAt = from + [...before.slice(0, invitation.index)].length;
        return !s.persons.some((o) => o !== m && o.start > invitationAt && o.end <= m.phrase.start);
      };
      // Who invites is the host, never a subject of the visit or the talks.
      const subjects = verbSubject.length > 0 ? verbSubject : ti === 0 && (!t.nominal || attendedFrom || possessed) ? s.persons.filter((m) => m.start < t.start && m.start >= clauseStart && !s.gatherings.some((g) => m.start > g.start && m.start < t.start) && !invited(m)) : [];
      const firstFree = s.persons.find((m) => !invited(m));
      const visitor =
        t.ref.eventType === 'visit'
          ? s.persons.filter((m) => !invited(m)).filter(
              (m) =>
                (m.phrase.end <= t.start && t.start - m.phrase.end < 40 && (!t.nominal || t.apposition)) ||
                (m.end <= t.start &&
                  (/\b(?:a|ont|va|vont|avait|avaient)?\s*(?:effectu|entam|commenc|début)\p{L}*\s+(?:[^,.;]{0,40}\s)?(?:une|sa|leur|la)\s*$/u.test(source.slice({ start: Math.max(s.start, t.start - 80), end: t.start })) ||
                    // « … et son épouse ont effectué une visite d'État », the trigger itself starting with the verb.
                    (t.support !== null && ['effectuer', 'entamer', 'commencer', 'débuter'].includes(t.support.lemma) && !/[.;]|\b(?:que|qu')\b/u.test(source.slice({ start: m.end, end: t.start }))))) ||
                (m.start >= t.end && m.phrase.start - t.end < 60 && /^\s*(?:(?:\p{Ll}+|en \p{Lu}\p{L}+|au \p{Lu}\p{L}+|à \p{Lu}\p{L}+)\s+)?(?:du|de la|de l'|de l’|de|d')\s/u.test(source.slice({ start: t.end, end: m.phrase.start + 1 }))) ||
                // « Le vice-ministre … a plaidé …, lors de sa visite de travail … au Japon »: the possessive is the sentence's subject.
                (m === firstFree &&
                  /\b(?:sa|son|leur)\s+$/u.test(source.slice({ start: Math.max(s.start, t.start - 6), end: t.start })) &&
                  // « …, où elle a été reçue par Claire Dubois-Léger »: the agent of a passive is not the visitor; nor who invited (« à l'invitation du ministre …, Rustam Khodjaev »).
                  !/\b(?:par|avec)\s+(?:le |la |l'|l’|son |sa )?(?:[\p{L}'’-]+\s+){0,8}$/u.test(source.slice({ start: Math.max(s.start, m.phrase.start - 80), end: m.phrase.start }))),
            )
          : [];
      let event: ExtractedEvent | undefined;
      if (t.anaphoric) event = [...events].reverse().find((e) => e.type === t.ref.eventType && e.type !== 'conference');
      // « lors de la visite officielle en France du secrétaire général Tô Lâm en octobre 2024 »: a visit with its own visitor is another visit.
      if (event && event.type === 'visit' && visitor.length > 0) {
        const guests = new Set(event.participants.filter((p) => p.role === 'guest').map((p) => p.actor.actorId));
        if (visitor.every((m) => { const id = resolved.personOf.get(mentionKey(s, m))?.actorId; return id !== undefined && !guests.has(id); })) event = undefined;
      }
      // « ont assisté au dialogue annuel entre le ministère … et le ministère … »: a definite noun that names new counterparts tells a new event.
      if (event && event.participants.length >= 1 && /^\s*(?:\p{Ll}+\s+)?(?:entre|avec)\s/u.test(source.slice({ start: t.end, end: Math.min(s.end, t.end + 20) }))) {
        const known = new Set(event.participants.map((p) => p.actor.actorId));
        const named = [
          ...segPersons.filter((m) => m.start > t.end).map((m) => resolved.personOf.get(mentionKey(s, m))?.actorId),
          ...s.organizations.filter((o) => o.start > t.end && o.start < segEnd).map((o) => `org:${o.ref.id.toLowerCase()}`),
        ].filter((id): id is string => !!id);
        // « Lors de sa rencontre avec … Yoshihide Suga, le ministre Tô Lâm … » after the talks with Fumiaki Kobayashi: a new counterpart, the old one absent.
        const fresh = named.filter((id) => !known.has(id));
        const absent = [...known].filter((id) => id.startsWith('person:') && !named.includes(id));
        if (named.length > 0 && (named.every((id) => !known.has(id)) || (fresh.length > 0 && absent.length > 0))) event = undefined;
      }
      // « Lors d'un entretien …, les deux parties ont … »: the two people the article has just introduced.
      const pairPeople = t.ref.eventType === 'meeting' && segPersons.length + subjects.length === 0 && /\bles deux (?:parties|ministres|responsables|dirigeants|côtés|hommes|vice-ministres|chefs)\b/i.test(s.text) ? recentPeople(s.index, 2) : [];
      // « En marge de la réunion, M. Lam a rencontré des dirigeants … »: a meeting needs a named counterpart.
      // « Le 5 juin, le ministre indien a été reçu par … », « Il a reçu … »: a subject told by a description or a pronoun is someone already named.
      const described = ti === 0 && !t.nominal && subjects.length === 0 && pairPeople.length === 0 ? describedSubject(s, t) : null;
      const named = [...subjects, ...segPersons, ...visitor].filter((m) => resolved.personOf.has(mentionKey(s, m)));
      if (pairPeople.length === 2) named.push(...pairPeople.map((p) => p.mention));
      if (described) named.push(described.mention);
      const namedOrgs = s.organizations.filter((o) => o.start >= segStart && o.start < segEnd);
      if (!event && !t.anaphoric && t.ref.eventType === 'meeting' && named.length + namedOrgs.length < 2 && !/\bavec\s+(?:son|sa|ses|leur)\s+(?:homologue|hôte)/iu.test(s.text)) {
        if (named.length === 0 || /\brencontr[ée]\w*\s+(?:des|les|plusieurs|de nombreux)\b/i.test(s.text)) return;
        // « a eu des rencontres avec des hommes politiques et entrepreneurs japonais »: nobody named on the other side.
        if (/^\s*(?:bilatérales\s+)?avec\s+(?:des|plusieurs|de nombreux|de nombreuses|divers|diverses|certains|certaines)\s/iu.test(source.slice({ start: t.end, end: Math.min(s.end, t.end + 40) })) && !segPersons.some((m) => m.start > t.end)) return;
      }
      // « a eu des rencontres avec Fumiaki Kobayashi … et Yoshihide Suga », « Lors de ses rencontres avec l'Agence nationale de la police, le ministère de la Justice, … »:
      // talks in the plural with several named counterparts are one meeting each.
      const noun = t.noun ?? t;
      if (t.ref.eventType === 'meeting' && /s$/.test(t.text) && /\b(?:des|ses|leurs)\s+$/iu.test(source.slice({ start: Math.max(s.start, noun.start - 6), end: noun.start })) && /^\s*(?:bilatérales\s+|séparées\s+|distinctes\s+)?avec\b/u.test(source.slice({ start: t.end, end: Math.min(s.end, t.end + 24) }))) {
        const objectEnd = (() => {
          const clause = /,\s*(?:il|elle|ils|elles)\s+\p{L}/u.exec(source.slice({ start: t.end, end: segEnd }));
          return clause ? t.end + [...source.slice({ start: t.end, end: segEnd }).slice(0, clause.index)].length : segEnd;
        })();
        const people = segPersons.filter((m) => m.start < objectEnd && resolved.personOf.has(mentionKey(s, m)));
        const bodies = s.organizations.filter((o) => o.start >= t.end && o.start < objectEnd && !people.some((p) => p.phrase.start <= o.start && o.end <= p.phrase.end));
        const counterparts = people.length >= 2 ? people.map((m) => ({ person: m, body: null })) : people.length === 0 && bodies.length >= 2 ? bodies.map((o) => ({ person: null, body: o })) : [];
        if (counterparts.length >= 2) {
          const before = s.persons.filter((m) => m.end <= t.start && resolved.personOf.has(mentionKey(s, m))).slice(-1);
          const actingPeople = subjects.length > 0 ? subjects.map((m) => ({ sentence: s, mention: m })) : before.length > 0 ? before.map((m) => ({ sentence: s, mention: m })) : recentPeople(s.index, 1);
          const usable = s.dates.filter((d) => !datesInInstruments(d));
          const date = resolveIn(s, nearest(usable, t));
          const frameHost = sentenceEvents.find((e) => e.type === 'visit') ?? [...events].reverse().find((e) => e.type === 'visit');
          for (const c of counterparts) {
            const e = newEvent('meeting', s, t.start);
            mention(e, s);
            sentenceEvents.push(e);
            e.date = date ?? frameHost?.date ?? null;
            if (!date && frameHost?.date) e.dateSource = frameHost;
            const where = nearest(s.places.filter((p) => !s.organizations.some((o) => p.start >= o.start && p.end <= o.end)), t);
            setPlace(e, where ?? (frameHost?.placeText ? { start: 0, end: 0, text: frameHost.placeText, city: frameHost.city, country: frameHost.country } : null));
            for (const p of actingPeople) addParticipant(e, participant(p.sentence, p.mention, 'guest'));
            if (c.person) addParticipant(e, participant(s, c.person, 'host'));
            if (c.body) addOrg(e, orgActor(c.body.ref.id, c.body.ref.name, c.body.ref.country), 'host', c.body.text, s);
          }
          return;
        }
      }
      const destination = s.countries.some((c) => c.start > t.end && c.start - t.end < 45) || s.places.some((p) => p.start > t.end && p.start - t.end < 45);
      if (!event && t.ref.eventType === 'visit' && visitor.length === 0 && !t.apposition && !destination) return;
      // « … a qualifié cette visite d'étape importante »: a visit referred to without date or place is not told here.
      if (!event && t.ref.eventType === 'visit' && t.anaphoric && !destination && !s.dates.some((d) => d.expression.kind !== 'period')) return;
      const toldBefore = event !== undefined;
      if (!event) {
        event = newEvent(t.ref.eventType, s, t.start);
        if ((t.verb ?? t.support)?.tense === 'pluperfect') event.background = true;
        if (pastVerb(t)) event.status = 'occurred';
      }
      mention(event, s);
      sentenceEvents.push(event);
      // « À l'issue des entretiens, … X et Y ont signé … »: the talks frame a signature; the people named are its signatories, not new parties to the talks.
      if (toldBefore && t.anaphoric && t.ref.eventType === 'meeting' && s.triggers.some((x) => (x.ref.eventType === 'signing' || x.ref.eventType === 'adoption') && !x.nominal)) return;
      if (t.ref.mode === 'phone' || mannerVirtual) event.phone = true;
      if (mannerVirtual) event.virtual = true;
      if (t.ref.mode === 'phone' || VIRTUAL.test(s.text)) {
        event.virtual = true;
        if (event.type === 'meeting') event.phone = true;
      }
      if (s.future && !t.anaphoric && !pastVerb(t)) event.status = 'planned';
      // The date in the trigger's own clause; else the sentence's only date (« Dans le cadre de sa visite au Japon, le 3 avril, … a eu des rencontres … »).
      // A date inside reported speech dates an event told in the same reported clause (« a rappelé que le mois dernier, …, X avait reçu … »).
      // « … depuis l'établissement des relations diplomatiques en 1992 »: a date nearer another kind of event word is that event's.
      const othersNearer = (d: DateMention) => /\bdepuis\s*$/iu.test(source.slice({ start: Math.max(s.start, d.start - 8), end: d.start })) || s.triggers.some((o) => o !== t && o.ref.eventType !== t.ref.eventType && distance(o, d) < distance(t, d) && Math.min(o.start, d.start) > Math.min(t.start, d.start));
      const usable = s.dates.filter((d) => !othersNearer(d)).filter((d) => !datesInInstruments(d) || (reported !== undefined && d.start >= clauseStart && d.start < t.start && !s.instruments.some((i) => d.start >= i.start && d.end <= i.end) && !s.gatherings.some((g) => d.start >= g.start && d.end <= g.end) && d.expression.kind !== 'period'));
      // « Dans le cadre de sa visite … du 25 au 28 septembre, …, a eu le 26 septembre des entretiens avec … »: a date just before a later trigger, nearer to it than to the one before, is its own.
      const previousTrigger = ti > 0 ? personTriggers[ti - 1] : undefined;
      const ownBefore = (d: DateMention) => previousTrigger !== undefined && d.start >= previousTrigger.end && d.end <= t.start && distance(d, t) < distance(d, previousTrigger) && !/[;]|\b(?:que|qu')\b/u.test(source.slice({ start: d.end, end: t.start }));
      const date =
        nearest(usable.filter((d) => (d.start >= (ti === 0 ? s.start : segStart) && d.start < segEnd) || ownBefore(d)), t) ??
        ((personTriggers.length === 1 || usable.length === 1) && s.gatherings.length === 0 ? nearest(usable, t) : undefined);
      setDate(event, resolveIn(s, date, pastVerb(t)));
      // « Au matin du même jour, … »: the day of the event told just before.
      if (!event.date && /\b(?:même jour|ce jour-là|le lendemain|la veille)\b/i.test(s.text)) {
        const previous = [...events].reverse().find((e) => e !== event && (e.date?.value.precision === 'day' || e.date?.value.precision === 'day_no_year'));
        if (previous && /même jour|ce jour-là/i.test(s.text)) event.date = previous.date;
        // « Le lendemain, le vice-ministre … a été reçu … »: the day after the day just told.
        else if (previous?.date && /\ble lendemain\b/i.test(s.text)) event.date = shiftDay(previous.date, 1);
        else if (previous?.date && /\bla veille\b/i.test(s.text)) event.date = shiftDay(previous.date, -1);
      }
      // « La cérémonie d'accueil s'est déroulée … mercredi 12 novembre … Aussitôt après, les deux chefs d'État ont tenu des entretiens »: the day the sentence before told.
      if (!event.date && /^\s*(?:Aussitôt après|Juste après|Tout de suite après|Ensuite|Puis|Après (?:la|le|cette|cet)\s[^,]{0,50}),/u.test(s.text) && s.index > 0) {
        const previous = sentences[s.index - 1]!;
        const day = [...previous.dates].reverse().find((d) => d.expression.kind === 'point' && d.expression.date.day !== null);
        if (day) event.date = resolveIn(previous, day);
      }
      // « Au dernier jour de sa visite », « au premier jour de la visite »: the visit's last or first day.
      if (!event.date && event.type === 'meeting') {
        const edge = /\b(?:au|le)\s+(dernier|premier)\s+jour\s+de\s+(?:sa|la|leur|cette)\s+visite\b/iu.exec(s.text);
        const visit = edge ? [...events].reverse().find((e) => e.type === 'visit' && e.date && /\//.test(e.date.value.edtf)) : undefined;
        if (edge && visit?.date) {
          const [from, to] = visit.date.value.edtf.split('/') as [string, string];
          const day = edge[1]!.toLowerCase() === 'dernier' ? to : from;
          const value = parseEdtf(day);
          if (value) {
            event.date = { value, basis: visit.date.basis };
            event.dateSource = null;
          }
        }
      }
      const place = nearest(s.places.filter((p) => p.start >= (ti === 0 ? s.start : segStart) && p.start < segEnd && !s.organizations.some((o) => p.start >= o.start && p.end <= o.end)), t);
      setPlace(event, place ?? (s.index === 0 && !t.anaphoric ? s.dateline : null));
      const roleFor = (m: PersonMention, fallback: Role): Role => {
        const p = resolved.personOf.get(mentionKey(s, m));
        if (event!.type === 'visit') return visitor.includes(m) || fallback === 'guest' ? 'guest' : 'host';
        if (event!.country && p?.country) return p.country === event!.country ? 'host' : 'guest';
        return fallback === 'host' || fallback === 'guest' ? fallback : 'attendee';
      };
      if (event.participants.filter((p) => p.actor.type === 'person').length < 2) for (const p of pairPeople) addParticipant(event, participant(p.sentence, p.mention, 'attendee'));
      // « avec une haute délégation du secrétariat général d'Interpol dirigée par … », « a travaillé … avec le secrétariat général d'Interpol »,
      // « le dialogue annuel entre le ministère … et le ministère … »: bodies met as such. They stand opposite the person who acts.
      const actorRole = event.participants.find((p) => p.actor.type === 'person' && (p.role === 'host' || p.role === 'guest'))?.role;
      for (const o of s.organizations) {
        if (o.start < segStart || o.start >= segEnd) continue;
        const before = matchView({ start: Math.max(s.start, o.start - 40), end: o.start });
        // « avec le bureau du procureur général … (SPO) Lee Won-seok », « le directeur de l'Agence …, Ali Nagiyev »: the body is the person's, who is the counterpart.
        const affiliation = s.persons.some((p) => (p.phrase.start < o.end && o.start < p.phrase.end) || (p.start >= o.end && /^\s*(?:\([^)]{0,15}\)\s*)?,?\s*$/u.test(source.slice({ start: o.end, end: p.start }))));
        if (affiliation) continue;
        const met = /\bdélégation\s+(?:de haut niveau\s+|de haut rang\s+)?(?:du|de la|de l'|des)\s*$/iu.test(before) || /\bavec\s+(?:le|la|l'|les)\s*$/iu.test(before) || (t.frame.id === 'dialogue' && /(?:\bentre|\bet|,)\s+(?:le|la|l'|les)\s*$/iu.test(before));
        if (!met) continue;
        const role: Role = actorRole === 'guest' ? 'host' : actorRole === 'host' ? 'guest' : event.country && o.ref.country ? (o.ref.country === event.country ? 'host' : 'guest') : 'attendee';
        addOrg(event, orgActor(o.ref.id, o.ref.name, o.ref.country), role, o.text, s);
      }
      for (const m of subjects) addParticipant(event, participant(s, m, roleFor(m, t.ref.subjectRole)));
      // « … a eu des entretiens avec son hôte », « … avec son homologue »: the visit's host, or the last person of another country named.
      if (event.type === 'meeting' && segPersons.filter((m) => m.start > t.end).length === 0) {
        const counterpart = /^\s*avec\s+(?:son|sa|leur)\s+(hôte|homologue)\b/iu.exec(source.slice({ start: t.end, end: Math.min(s.end, t.end + 30) }));
        if (counterpart) {
          const actor = [...subjects, ...(described ? [described.mention] : [])].map((m) => resolved.personOf.get(mentionKey(described && m === described.mention ? described.sentence : s, m)))[0];
          let other: { sentence: AnnotatedSentence; mention: PersonMention } | null = null;
          if (/^hôte$/iu.test(counterpart[1]!)) {
            const visit = [...events].reverse().find((e) => e.type === 'visit' && e.participants.some((p) => p.role === 'host' && p.actor.type === 'person'));
            const host = visit?.participants.find((p) => p.role === 'host' && p.actor.type === 'person');
            if (host) other = describedPerson(s, t, (p) => p.actorId === host.actor.actorId);
          } else if (actor?.country) other = describedPerson(s, t, (p) => p.country !== null && p.country !== actor.country && p.actorId !== actor.actorId);
          if (other) addParticipant(event, participant(other.sentence, other.mention, event.country ? (resolved.personOf.get(mentionKey(other.sentence, other.mention))?.country === event.country ? 'host' : 'guest') : 'attendee'));
        }
      }
      if (described) {
        const country = resolved.personOf.get(mentionKey(described.sentence, described.mention))?.country;
        const role: Role = event.type === 'meeting' && event.country && country ? (country === event.country ? 'host' : 'guest') : t.ref.subjectRole;
        addParticipant(event, participant(described.sentence, described.mention, role));
      }
      for (const m of visitor) addParticipant(event, participant(s, m, 'guest'));
      // « À l'invitation du ministre …, Luong Tam Quang, le ministre indien … effectue une visite officielle au Vietnam »
      if (event.type === 'visit') for (const m of s.persons) if (invited(m)) addParticipant(event, participant(s, m, 'host'));
      // « Au dernier jour de sa visite, …, où elle a été reçue par Claire Dubois-Léger »: a visit referred back to gains no one but its visitor.
      if (!(event.type === 'visit' && t.anaphoric)) for (const m of segPersons) if (!subjects.includes(m) && !visitor.includes(m)) addParticipant(event, participant(s, m, roleFor(m, t.ref.objectRole)));
      if (event.type === 'visit' && !event.country) {
        const to = s.places.find((p) => p.start > t.end && p.start < segEnd);
        setPlace(event, to);
      }
    });

    // « X s'est entretenu le 9 janvier à Hanoï avec Y, en visite de travail au Vietnam »: the visit is dated by the talks, and X hosts it.
    for (const v of sentenceEvents.filter((e) => e.type === 'visit')) {
      const talks = sentenceEvents.find((e) => e.type === 'meeting');
      if (!talks) continue;
      // « …, qui a souhaité que la visite contribue … »: a visit told earlier is only referred to here.
      const toldHere = v.mentions[0]?.start === s.start;
      if (!v.date && talks.date) {
        v.date = talks.date;
        v.dateSource = talks;
      }
      if (!v.placeText && talks.placeText) Object.assign(v, { city: talks.city, country: talks.country, placeText: talks.placeText });
      // The person of the visited country who receives the visitor or talks with them in the same sentence hosts the visit.
      const guests = new Set(v.participants.filter((p) => p.role === 'guest').map((p) => p.actor.actorId));
      if (!toldHere || !talks.participants.some((p) => guests.has(p.actor.actorId))) continue;
      for (const p of talks.participants) {
        if (p.role !== 'host' || p.actor.type !== 'person' || guests.has(p.actor.actorId)) continue;
        if (v.country && p.country && p.country !== v.country) continue;
        if (!v.participants.some((x) => x.actor.actorId === p.actor.actorId)) v.participants.push({ ...p, role: 'host' });
      }
    }

    // Instruments → agreements, and the signing or adoption that goes with them.
    for (const ins of s.instruments) {
      // A signing word belongs to the instrument nearest to it (« l'Accord sur le transfèrement … signé en 2019 …, et l'Accord sur l'entraide … »).
      // « … ont signé le protocole de la 14e Conférence … ainsi que le plan de coopération … »: coordinated instruments share the signing word.
      const coordinatedWith = (o: InstrumentMention) => {
        const [a, b] = o.end <= ins.start ? [o, ins] : [ins, o];
        return /^\s*,?\s*(?:ainsi que|et|de même que)\s+(?:le|la|les|l'|l’|un|une|des|d'un|d’un|d'une|d’une|du|de la|de l'|de l’)\s*$/u.test(source.slice({ start: a.end, end: b.start }));
      };
      const linkedTrigger = s.triggers.find(
        (t) =>
          (t.ref.eventType === 'signing' || t.ref.eventType === 'adoption') &&
          ((clauseLinked(s, t, ins) && !s.instruments.some((o) => o !== ins && distance(o, t) < distance(ins, t))) ||
            s.instruments.some((o) => o !== ins && o.end <= ins.start && coordinatedWith(o) && clauseLinked(s, t, o))),
      );
      // « un accord de coopération » is generic; « d'un programme d'action pour la mise en œuvre du Partenariat … 2025-2030 » is specific.
      if (ins.indefinite && !linkedTrigger && contentWords(ins.name).size < 5 && !/\b(?:19|20)\d{2}\b/.test(ins.name)) continue;
      const agreement = findOrAddAgreement(agreements, ins, dicts);
      if (!agreement.mentions.some((m) => m.start === s.start)) agreement.mentions.push(sentenceSpan(s));
      for (const t of s.topics) agreement.topics.add(t.topic);
      for (const p of partiesIn(s, ins, dicts, resolved)) agreement.parties.add(p);
      const cue = statusCue(s, ins, linkedTrigger);
      if (cue && (!agreement.status || STATUS_RANK[cue] > STATUS_RANK[agreement.status])) agreement.status = cue;
      if (!linkedTrigger) continue;
      const type = linkedTrigger.ref.eventType;
      // « ont décidé … d'élever les relations au rang de … » is an upgrade; « s'engagent à œuvrer pour élever … » is a wish.
      // A promise to sign (« intensifier les négociations et la signature ») is not a signature.
      if (/\b(?:n[ée]gociations? et (?:la )?signature|en vue de (?:la )?sign|signer|adopter|promulguer)\b/i.test(source.slice({ start: Math.max(s.start, linkedTrigger.start - 40), end: linkedTrigger.end }))) continue;
      // The date of the signature is in its own clause: not nearer another instrument (« … par la Déclaration de Bangkok du 8 août 1967 »), not past « , et » or reported speech.
      const clauseStart = Math.min(linkedTrigger.start, ins.start);
      const clauseEnd = Math.max(linkedTrigger.end, ins.end);
      const ownDate = (d: DateMention) =>
        d.expression.kind !== 'period' &&
        !s.instruments.some((o) => d.start >= o.start && d.end <= o.end) &&
        d.expression.kind !== 'weekday' &&
        !s.instruments.some((o) => o !== ins && distance(o, d) < distance({ start: clauseStart, end: clauseEnd }, d)) &&
        !/,\s*et\b|;|\bqui\b|\bque\b/.test(source.slice(d.start > clauseEnd ? { start: clauseEnd, end: d.start } : { start: d.end, end: clauseStart }));
      let date = resolveIn(s, nearest(s.dates.filter(ownDate), { start: clauseStart, end: clauseEnd }));
      let place = nearest(s.places.filter((p) => !s.organizations.some((o) => p.start >= o.start && p.end <= o.end) && !s.instruments.some((i) => p.start >= i.start && p.end <= i.end)), linkedTrigger);
      // « lors de la visite du secrétaire général Tô Lâm »: the adoption or signature took place during an event told in this article.
      const during = s.triggers.find((t) => t !== linkedTrigger && (t.ref.eventType === 'visit' || t.ref.eventType === 'meeting' || t.ref.eventType === 'conference'));
      const host = during ? [...events].reverse().find((e) => e.type === during.ref.eventType && e.type !== linkedTrigger.ref.eventType) : sentenceEvents.find((e) => e.type !== 'signing' && e.type !== 'adoption');
      let dateSource: ExtractedEvent | null = null;
      if (!date && host?.date) {
        date = host.date;
        dateSource = host;
        if (!place && host.placeText) place = { start: 0, end: 0, text: host.placeText, city: host.city, country: host.country };
      }
      // « À cette occasion, le Département … et l'ANSSI ont signé … »: on the day of the event the previous sentence told.
      if (!date && /^\s*(?:À|A) cette occasion|^\s*(?:Lors de|Au cours de) cette (?:rencontre|séance|réunion|visite|entrevue)/u.test(s.text)) {
        const previous = [...events].reverse().find((e) => e.type !== 'signing' && e.type !== 'adoption' && e.date && e.mentions.some((m) => m.end <= s.start && m.end >= (sentences[s.index - 1]?.start ?? 0)));
        if (previous?.date) {
          date = previous.date;
          dateSource = previous;
          if (!place && previous.placeText) place = { start: 0, end: 0, text: previous.placeText, city: previous.city, country: previous.country };
        }
      }
      // « Les deux parties ont également signé un mémorandum … »: signed at the meeting the article reports.
      if (!date && main && !linkedTrigger.nominal && !s.future && /\b(?:ont|a)\s+(?:également\s+|aussi\s+|unanimement\s+)?(?:sign|adopt)/i.test(s.text) && (main as ExtractedEvent).date) {
        date = (main as ExtractedEvent).date;
        if (!place && (main as ExtractedEvent).placeText) place = { start: 0, end: 0, text: (main as ExtractedEvent).placeText!, city: (main as ExtractedEvent).city, country: (main as ExtractedEvent).country };
      }
      // « La cérémonie d'ouverture à la signature de la Convention … »: an announced ceremony is an event even before its date is told.
      const ceremony = linkedTrigger.nominal && /\bcérémonie\s+(?:d'ouverture\s+)?(?:à|de)\s+(?:la\s+)?$/iu.test(matchView({ start: Math.max(s.start, linkedTrigger.start - 40), end: linkedTrigger.start }));
      if (!date && !ceremony) continue;
      let event = agreement.event;
      if (!event) {
        event = newEvent(type, s);
        event.agreement = agreement;
        agreement.event = event;
      }
      mention(event, s);
      setDate(event, date);
      if (dateSource && event.date === dateSource.date) event.dateSource = dateSource;
      setPlace(event, place);
      if (s.future) event.status = 'planned';
      agreement.signed ??= event.date;
      if (!agreement.signedPlace && event.city) agreement.signedPlace = event.city;
      if (event.status === 'occurred') {
        const reached = type === 'signing' ? 'signed' : 'adopted';
        if (!agreement.status || STATUS_RANK[reached] > STATUS_RANK[agreement.status]) agreement.status = reached;
      }
      // Signatories are the subjects of « X et Y ont signé » or the agents of « signé par X »; a name elsewhere in the sentence is not one.
      const verbal = !linkedTrigger.nominal && linkedTrigger.end <= ins.start;
      // « … a été signé lors d'une séance de travail entre leurs vice-ministres Bùi Van Nam et Aleksandr Gorovoy »: the passive names its signatories after it.
      const passive = linkedTrigger.verb?.voice === 'passive' && linkedTrigger.verb.form === 'finite';
      const signers = s.persons.filter(
        (m) =>
          (verbal && !passive && m.end <= linkedTrigger.start && !/[.;]|\b(?:que|qu')\b/.test(source.slice({ start: m.end, end: linkedTrigger.start }))) ||
          (m.start > linkedTrigger.end && /^\s*par\s+(?:le |la |l')?[^,;.]{0,80}$/u.test(source.slice({ start: linkedTrigger.end, end: m.start }))) ||
          (passive && m.start > linkedTrigger.end && /\bentre\s+(?:les |leurs |ses )?[^,;.]{0,60}$/u.test(source.slice({ start: linkedTrigger.end, end: m.start }))),
      );
      // People sign; laws and partnerships are adopted by countries and bodies, whoever announces them.
      if (type === 'signing') for (const m of signers) addParticipant(event, participant(s, m, 'signatory'));
      // « Les deux parties ont également signé … » at the meeting the article reports: its two people signed.
      if (signers.length === 0 && type === 'signing' && !linkedTrigger.nominal && /\bles\s*deux (?:parties|ministres|responsables|dirigeants|côtés|vice-ministres|co-?présidents|présidents|chefs de délégation) (?:ont|avaient) (?:également |aussi |en outre |ensuite )?(?:signé|paraphé)/i.test(s.text) && main) {
        for (const p of (main as ExtractedEvent).participants.filter((x) => x.actor.type === 'person')) addParticipant(event, { ...p, role: 'signatory', evidence: sentenceSpan(s) });
      }
      // « en présence du vice-ministre Nguyen Van Phuc »
      for (const m of s.persons) {
        if (/\ben présence d[eu']\s*(?:la |l'|l’)?\s*$/u.test(source.slice({ start: Math.max(s.start, m.phrase.start - 20), end: m.phrase.start })) || /\ben présence d[eu'][^.;]{0,120}\bet (?:de |du )?(?:la |l')?\s*$/u.test(source.slice({ start: Math.max(s.start, m.phrase.start - 140), end: m.phrase.start }))) {
          addParticipant(event, participant(s, m, 'attendee'));
        }
      }
      // « en présence des deux ministres »: the two people of the talks the article reports.
      const talks = [...events].reverse().find((e) => e.type === 'meeting' && e.participants.filter((p) => p.actor.type === 'person').length >= 2) ?? (main as ExtractedEvent | null);
      if (/\ben présence des deux (?:ministres|dirigeants|présidents|chefs|responsables|parties|vice-ministres)\b|\bles deux (?:ministres|dirigeants|présidents|chefs|responsables|vice-ministres|Premiers ministres) ont assisté à la (?:cérémonie de )?signature/iu.test(s.text) && talks) {
        for (const p of talks.participants.filter((x) => x.actor.type === 'person')) if (!event.participants.some((x) => x.actor.actorId === p.actor.actorId)) event.participants.push({ ...p, role: 'attendee', evidence: sentenceSpan(s) });
      }
      // « coprésidée par le Secrétaire général de l'ONU, António Guterres »
      for (const m of s.persons) {
        const before = source.slice({ start: Math.max(s.start, m.phrase.start - 40), end: m.phrase.start });
        if (/\b(?:co-?)?pr[eé]sid\p{L}*\s+(?:par\s+)?(?:le |la |l')?\s*$|\bsous la présidence d[eu]\s*$/u.test(before)) addParticipant(event, participant(s, m, 'chair'));
      }
      // « la Loi sur la cybersécurité, adoptée par l'Assemblée nationale en 2018 »: the body that adopts is the party.
      if (type === 'adoption') {
        for (const o of s.organizations) {
          if (o.start < linkedTrigger.end || o.start - linkedTrigger.end > 40) continue;
          if (!/^\s*par\s+(?:le|la|les|l'|l’)\s*$/u.test(source.slice({ start: linkedTrigger.end, end: o.start }))) continue;
          addOrg(event, orgActor(o.ref.id, o.ref.name, o.ref.country), 'party', o.text, s);
          if (o.ref.country) event.participants = event.participants.filter((p) => p.actor.actorId !== `country:${o.ref.country}`);
        }
      }
      // Bodies that sign are the parties, not their countries: « le ministère vietnamien … et le SPO ont signé … »,
      // « … un mémorandum … entre le ministère vietnamien … et le ministère indien de l'Intérieur », « … signé entre les deux ministères ».
      const signingBodies = signingBodiesOf(s, ins, linkedTrigger, verbal && !passive);
      for (const o of signingBodies) addOrg(event, orgActor(o.ref.id, o.ref.name, o.ref.country), 'party', o.text, s);
      // Named signatories say who signed; the countries stay on the agreement row.
      if (event.participants.some((p) => p.role === 'signatory')) continue;
      const representedBy = new Set([...signingBodies.map((o) => o.ref.country), ...event.participants.filter((p) => p.role === 'party' && p.actor.type === 'organization').map((p) => p.actor.country)].filter((c): c is string => c !== null));
      for (const party of agreement.parties) {
        // Two bodies that sign are the two sides, whatever their countries.
        if (representedBy.has(party) || signingBodies.length >= 2) continue;
        const known = dicts.organizations.find(ins.name).find((o) => o.value.id === party)?.value;
        const actor = /^[A-Z]{3}$/.test(party) && dicts.countryNames.has(party) ? countryActor(party) : orgActor(party, known?.name ?? party, known?.country ?? null);
        if (!event.participants.some((p) => p.actor.actorId === actor.actorId)) event.participants.push({ actor, role: 'party', nameAsWritten: actor.name, title: null, organization: null, country: actor.type === 'country' ? actor.country : null, evidence: sentenceSpan(s) });
      }
      // « Hanoï s'apprête à accueillir la cérémonie d'ouverture à la signature de la Convention des Nations unies … »: the country where an organization's instrument is signed hosts the ceremony.
      const organizationsInstrument = [...agreement.parties].some((p) => !/^[A-Z]{3}$/.test(p) || !dicts.countryNames.has(p));
      if (organizationsInstrument && type === 'signing' && (ins.type === 'convention' || ins.type === 'treaty') && event.country && dicts.countryNames.has(event.country) && !event.participants.some((p) => p.actor.actorId === `country:${event!.country}`)) {
        const actor = countryActor(event.country);
        event.participants.push({ actor, role: 'host', nameAsWritten: actor.name, title: null, organization: null, country: actor.country, evidence: sentenceSpan(s) });
      }
    }

    // « La cérémonie d'ouverture de la signature, coprésidée par le secrétaire général de l'ONU António Guterres … »: the signing told before, without its instrument.
    // « Le document a été signé par le général …, directeur du Département A05, et M. Laurent Chevallier, … en présence de l'ambassadeur … »: the signing just told, by its signatories.
    if (s.instruments.length === 0) {
      const ceremony = s.triggers.find((t) => t.ref.eventType === 'signing' && t.nominal && /\bcérémonie\b[^.;]{0,30}$/iu.test(source.slice({ start: Math.max(s.start, t.start - 40), end: t.start })));
      const passive = /^\s*(?:Le|Ce|Les|Ces|L'|L’|Cet)\s*(?:document|documents|mémorandum|accord|accords|texte|protocole|plan|programme)\b[^.;]{0,40}?\b(?:a|ont) été signée?s?\s+par\b/iu.exec(s.text);
      const signing = ceremony || passive ? [...events].reverse().find((e) => e.type === 'signing') : undefined;
      if (signing) {
        const agentFrom = passive ? s.start + [...passive[0]].length : s.end;
        const presence = /\ben présence d/iu.exec(s.text);
        const presenceAt = presence ? s.start + [...s.text.slice(0, presence.index)].length : s.end;
        for (const m of s.persons) {
          const before = source.slice({ start: Math.max(s.start, m.phrase.start - 40), end: m.phrase.start });
          if (/\b(?:co-?)?pr[eé]sid\p{L}*\s+(?:par\s+)?(?:le |la |l')?\s*$|\bsous la (?:co-?)?présidence d[eu]\s*$/u.test(before)) addParticipant(signing, participant(s, m, 'chair'));
          else if (m.start >= agentFrom && m.start < presenceAt) addParticipant(signing, participant(s, m, 'signatory'));
          else if (m.start >= presenceAt) addParticipant(signing, participant(s, m, 'attendee'));
        }
        // Named signatories say who signed: parties stay on the agreement, bodies named as signing stay on the event.
        if (passive && signing.participants.some((p) => p.role === 'signatory')) signing.participants = signing.participants.filter((p) => p.role !== 'party' || p.actor.type !== 'country');
        if (!signing.mentions.some((x) => x.start === s.start)) mention(signing, s);
      }
    }

    // « Cette discussion s'inscrivait dans le cadre de la visite … du 11 au 13 mars », « Dans le cadre de la SICW 2023, … a rencontré »: an event inside another takes its date and place.
    const frame = /(?<![\p{L}])(?:dans le cadre d[eu]|lors d[eu]|en marge d[eu]|au cours d[eu]|à l'occasion d[eu])\s+(?:la |l'|sa |son |leur )?/iu;
    if (frame.test(s.text)) {
      for (const e of sentenceEvents) {
        if (e.type !== 'meeting') continue;
        const host = sentenceEvents.find((x) => x !== e && (x.type === 'visit' || x.type === 'conference')) ?? [...events].reverse().find((x) => x !== e && (x.type === 'visit' || x.type === 'conference') && x.mentions.some((m) => m.start === s.start));
        if (!host) continue;
        // Dated by the same words as its frame: a year found later for the frame is this event's too.
        if (e.date && host.date && e.date.value.edtf === host.date.value.edtf) e.dateSource = host;
        if (e.date && e.placeText) continue;
        if (!e.date && host.date) {
          e.date = host.date;
          e.dateSource = host;
        }
        if (!e.placeText && host.placeText) Object.assign(e, { city: host.city, country: host.country, placeText: host.placeText });
      }
    }

    if (!main) {
      const first = sentenceEvents.filter((e) => e.type === 'meeting' || e.type === 'visit' || e.type === 'conference').sort((a, b) => firstAt.get(a)! - firstAt.get(b)!)[0];
      if (first) {
        main = first;
        first.main = true;
      }
    }

    // « … présente à Hanoï pour assister à la 6e réunion … »: a gathering told beside a dated event, with no date of its own, is in the same month.
    const dated = sentenceEvents.find((e) => (e.type === 'meeting' || e.type === 'visit') && e.date?.value.start && e.date.value.precision === 'day');
    if (dated) {
      for (const e of sentenceEvents) {
        if (e.type !== 'conference' || e.date) continue;
        const d = dated.date!.value.start!;
        e.date = { value: dateValue({ year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: null }), basis: 'inferred' };
      }
    }

    // A sentence that reports what someone said, with no event of its own, is part of the article's main event.
    // What is said with no event of its own is said at the article's main event: its topics are the talks' topics.
    if (sentenceEvents.length === 0 && main) for (const t of s.topics) (main as ExtractedEvent).topics.add(t.topic);
    const createdHere = sentenceEvents.some((e) => e.mentions[0]?.start === s.start);
    if ((sentenceEvents.length === 0 || (!createdHere && sentenceEvents.every((e) => e === main || e.type === 'visit'))) && main && s.instruments.length === 0) {
      // What someone says is said at the talks told last (« Teo Chee Hean a exprimé sa joie … » after the courtesy call), else at the main event.
      const lastTalks = [...events].filter((e) => e.type === 'meeting' && e.status === 'occurred' && !e.background).sort((a, b) => (b.mentions.at(-1)?.start ?? 0) - (a.mentions.at(-1)?.start ?? 0))[0];
      // « Intervenant lors du séminaire, le vice-ministre … a souligné … »: said at the gathering the sentence names by its noun.
      const namedFrame = /\b(?:lors|au cours|en marge)\s+d(?:u|e la|e l'|e l’)\s*(atelier|séminaire|forum|conférence|réunion|sommet|dialogue|colloque|exercice)\b/iu.exec(s.text);
      const framed = namedFrame ? [...events].reverse().find((e) => e.type === 'conference' && e.noun !== null && foldKey(e.noun) === foldKey(namedFrame[1]!)) : undefined;
      const m0 = framed ?? ((main as ExtractedEvent).type === 'meeting' || !lastTalks ? (main as ExtractedEvent) : lastTalks);
      const speakers = s.persons.filter((m) => /^\s*(?:,\s*(?:[^,]{0,150},\s*)?)?(?:a|ont|s'est|se sont|avait)\s+(?!été(?![\p{L}]))\p{Ll}/u.test(source.slice({ start: m.end, end: Math.min(s.end, m.end + 160) })));
      const inFrame = /\b(?:lors de (?:l'|cet |cette |la |leur)|au cours de (?:l'|cet |cette |la |leur)|pour sa part|de son c[ôo]t[ée]|à cette occasion|en marge)/i.test(s.text) || speakers.length > 0;
      if (inFrame && m0.status === 'occurred') {
        let added = false;
        for (const m of speakers) {
          const p = resolved.personOf.get(mentionKey(s, m));
          if (!p) continue;
          if (m0.type === 'conference') addParticipant(m0, participant(s, m, 'speaker'));
          else addParticipant(m0, participant(s, m, m0.country && p.country ? (p.country === m0.country ? 'host' : 'guest') : 'attendee'));
          added = true;
        }
        if (added || /\b(?:lors de (?:l'|cet |cette |la )|au cours de)/i.test(s.text)) mention(m0, s);
      }
    }
  }

  // « Hanoï, 6 juillet (VNA) – Le ministre … a déclaré le 6 juillet que … »: a lead sentence with a date and no event of its own dates the article's main event.
  const lead = sentences[0];
  const mainEvent = main as ExtractedEvent | null;
  if (lead && mainEvent && !mainEvent.date && mainEvent.status === 'occurred' && !events.some((e) => e.mentions.some((m) => m.start === lead.start))) {
    const d = lead.dates.find((x) => x.expression.kind === 'point' || x.expression.kind === 'range');
    if (d) mainEvent.date = resolveIn(lead, d);
  }

  // A visitor's undated talks in the visited country happen during the visit (« Le vice-ministre … a rendu une visite de courtoisie à … » after « a effectué le 1er février une visite de travail à Singapour »).
  for (const visit of events.filter((e) => e.type === 'visit' && e.date && e.status === 'occurred')) {
    const guests = new Set(visit.participants.filter((p) => p.role === 'guest').map((p) => p.actor.actorId));
    for (const talks of events) {
      if (talks.type !== 'meeting' || talks.date || !talks.participants.some((p) => guests.has(p.actor.actorId))) continue;
      if (talks.country && visit.country && talks.country !== visit.country) continue;
      talks.date = visit.date;
      talks.dateSource = visit;
      if (!talks.placeText && visit.placeText) Object.assign(talks, { city: visit.city, country: visit.country, placeText: visit.placeText });
    }
  }

  inferAnnualEditions(sentences, events, (o) => orgActor(o.ref.id, o.ref.name, o.ref.country), sentenceSpan);

  // Every participant is an actor, also those known only as parties (« les ministères vietnamien et singapourien »).
  for (const e of events) {
    for (const p of e.participants) {
      const sentence = sentences.find((x) => x.start === p.evidence.start);
      if (sentence && !actors.has(p.actor.actorId)) noteActor(p.actor, p.nameAsWritten, p.title, sentence);
    }
  }

  // The same occurrence told twice within the article (a verbal « s'est entretenu » and a later « lors de la rencontre avec ») is one event.
  // Talks or a visit with nobody identified (« la rencontre » of an article whose opening is lost) are not an event of the codebook.
  // Sides of talks by the place: the person of the place's country hosts, the others are guests; in a third country (Bangkok for Vietnamese
  // and Japanese ministers) both attend. A person of unknown country takes the side opposite the known one (« le préfet Laurent Marchand » in Paris).
  for (const e of events) {
    if (e.type !== 'meeting') continue;
    const sides = e.participants.filter((p) => p.actor.type === 'person' && (p.role === 'host' || p.role === 'guest' || p.role === 'attendee'));
    // Nobody hosts a call or a video conference.
    if (e.virtual) {
      for (const p of sides) p.role = 'attendee';
      continue;
    }
    if (!e.country) continue;
    const known = sides.filter((p) => p.country !== null);
    if (known.length === 0) continue;
    const atHome = known.some((p) => p.country === e.country);
    const countries = new Set(known.map((p) => p.country));
    if (!atHome && countries.size >= 2) {
      for (const p of sides) p.role = 'attendee';
      continue;
    }
    for (const p of known) p.role = p.country === e.country ? 'host' : 'guest';
    const unknown = sides.filter((p) => p.country === null);
    if (unknown.length > 0 && known.every((p) => p.role === known[0]!.role)) for (const p of unknown) p.role = known[0]!.role === 'host' ? 'guest' : 'host';
  }
  // « Une délégation du ministère …, dirigée par le vice-ministre Nguyen Duy Ngoc, … »: who leads a delegation to talks is its head.
  for (const e of events) {
    if (e.type !== 'meeting' && e.type !== 'conference') continue;
    for (const p of e.participants) {
      if (p.actor.type !== 'person' || (p.role !== 'guest' && p.role !== 'attendee' && p.role !== 'speaker')) continue;
      const text = matchView(p.evidence);
      const at = text.indexOf(normalizeForMatching(p.nameAsWritten).text);
      if (at < 0) continue;
      if (/délégation[^.;]{0,100}(?:dirigée?s?|conduite?s?|menée?s?) (?:par )?[^.;]{0,90}$|(?:à la tête d'une|chef de la) délégation[^.;]{0,60}$/iu.test(text.slice(Math.max(0, at - 200), at))) p.role = 'delegation_head';
    }
  }
  // « Après la 3e réunion bilatérale au Hubei (Chine) en novembre 2013, les deux pays ont lancé … »: bilateral talks between countries only, the article's two countries.
  const pair = mainPair(resolved);
  for (const e of events) {
    if (e.type !== 'meeting' || !e.name || !/bilatéra/iu.test(e.name) || e.participants.length > 0 || pair.length !== 2) continue;
    if (!e.mentions.some((m) => /\bles deux (?:pays|parties|nations|polices|forces)\b/iu.test(source.slice(m)))) continue;
    for (const iso3 of pair) e.participants.push({ actor: countryActor(iso3), role: 'attendee', nameAsWritten: dicts.countryNames.get(iso3) ?? iso3, title: null, organization: null, country: iso3, evidence: e.mentions[0]! });
  }
  // « 12e Conférence … Vietnam-Laos »: the countries in a gathering's name stand for its participants only while nobody is named taking part.
  for (const e of events) if (e.participants.some((p) => p.actor.type === 'person')) e.participants = e.participants.filter((p) => !impliedByName.has(p) || p.role !== 'attendee');
  const merged = mergeWithin(events).filter((e) => !((e.type === 'meeting' || e.type === 'visit') && e.participants.length === 0));
  // A meeting told in the past by a sentence stays an occurrence even if one sentence looked ahead.
  for (const a of agreements) if (a.event && !merged.includes(a.event)) a.event = merged.find((e) => e.agreement === a) ?? null;
  return { events: merged, agreements, actors };

  function addOrg(event: ExtractedEvent, actor: ActorRef, role: Role, written: string, s: AnnotatedSentence) {
    if (event.participants.some((p) => p.actor.actorId === actor.actorId)) return;
    event.participants.push({ actor, role, nameAsWritten: written, title: null, organization: null, country: actor.country, evidence: sentenceSpan(s) });
  }
}
