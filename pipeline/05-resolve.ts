/**
 * Stage 5 — resolve, within one article: who is who (« M. Lam » is the
 * To Lam named earlier; « Tô Lâm » and « To Lam » are one person), what
 * each actor's stable id is, and the date context every date expression of
 * the article is read against.
 */
import type { Article } from './02-clean.ts';
import type { AnnotatedSentence, PersonMention } from './04-annotate.ts';
import type { DateContext } from './dates/resolve.ts';
import type { Dictionaries } from './dictionaries.ts';
import { describedPersons } from './resolve/descriptions.ts';
import { slug } from './ids.ts';
import { foldKey } from './source.ts';

export interface PersonEntity {
  actorId: string;
  /** Spellings seen, most complete first. */
  names: string[];
  titles: string[];
  country: string | null;
  organization: string | null;
}

export interface ResolvedArticle {
  article: Article;
  sentences: AnnotatedSentence[];
  persons: Map<string, PersonEntity>;
  /** The entity of each person mention, by `sentenceIndex:start`; absent for an unresolved « M. X ». */
  personOf: Map<string, PersonEntity>;
  dateContext: Omit<DateContext, 'future'>;
}

export const mentionKey = (sentence: { index: number }, m: { start: number }) => `${sentence.index}:${m.start}`;

/** Diacritics count: « Tô Lâm » is a more complete spelling than « To Lam ». */
export function completeness(name: string): number {
  return [...name.normalize('NFD')].filter((c) => /\p{M}/u.test(c)).length + [...name].filter((c) => /[đĐ]/.test(c)).length;
}

export function personActorId(name: string): string {
  return `person:${slug(name.replace(/^(?:M\.|Mme|Mlle)\s*/u, ''))}`;
}

export function resolve(article: Article, annotated: AnnotatedSentence[], dicts: Dictionaries): ResolvedArticle {
  // Sentences gain the people their descriptions name; the annotated ones are left as they are.
  const sentences = annotated.map((s) => ({ ...s, persons: [...s.persons] }));
  const persons = new Map<string, PersonEntity>();
  const personOf = new Map<string, PersonEntity>();
  const add = (m: PersonMention): PersonEntity => {
    const actorId = personActorId(m.name);
    let entity = persons.get(actorId);
    if (!entity) {
      entity = { actorId, names: [], titles: [], country: null, organization: null };
      persons.set(actorId, entity);
    }
    if (!entity.names.includes(m.name)) entity.names.push(m.name);
    if (m.title && !entity.titles.includes(m.title)) entity.titles.push(m.title);
    // A country read off a title beats one guessed from a family name: take the first title-backed one.
    if (m.country && (!entity.country || (m.title && !entity.organization))) entity.country = m.country;
    if (m.organization && !entity.organization) entity.organization = m.organization;
    return entity;
  };
  // Full names first, so that a shorter form (« Krolahom Sar Kheng ») joins the person it is part of (« Samdech Krolahom Sar Kheng »).
  const full = sentences.flatMap((s) => s.persons.filter((m) => !m.surnameOnly).map((m) => ({ s, m }))).sort((a, b) => b.m.name.split(' ').length - a.m.name.split(' ').length);
  for (const { s, m } of full) {
    const tokens = foldKey(m.name).split(' ');
    const container = [...persons.values()].find((p) => p.names.some((n) => {
      const k = foldKey(n).split(' ');
      return k.length > tokens.length && tokens.length >= 2 && k.some((_, j) => tokens.every((t, x) => k[j + x] === t));
    }));
    if (container) {
      if (!container.names.includes(m.name)) container.names.push(m.name);
      if (m.title && !container.titles.includes(m.title)) container.titles.push(m.title);
      personOf.set(mentionKey(s, m), container);
    } else personOf.set(mentionKey(s, m), add(m));
  }
  // « M. Lam » is the person of the article whose name ends (or, for Vietnamese given-name use, contains) « Lam ».
  for (const s of sentences) {
    for (const m of s.persons) {
      if (!m.surnameOnly) continue;
      const surname = foldKey(m.name.replace(/^(?:M\.|Mme|Mlle)\s*/u, ''));
      const candidates = [...persons.values()].filter((p) => p.names.some((n) => foldKey(n).split(' ').includes(surname)));
      const byLast = candidates.filter((p) => p.names.some((n) => foldKey(n).split(' ').at(-1) === surname));
      const pick = (byLast.length === 1 ? byLast : candidates.length === 1 ? candidates : [])[0];
      if (pick) {
        personOf.set(mentionKey(s, m), pick);
        if (!pick.names.includes(m.name)) pick.names.push(m.name);
      }
    }
  }
  for (const entity of persons.values()) entity.names.sort((a, b) => completeness(b) - completeness(a) || b.length - a.length || (a < b ? -1 : 1));

  // « le ministre vietnamien de la Sécurité publique », « la haute représentante »: the person named earlier whom the description fits.
  // The last place each person was named: a long article names the same few people many times.
  const seen = new Map<string, { at: number; entity: PersonEntity }>();
  for (const s of sentences) {
    const named = (start: number) => [...seen.values(), ...s.persons.filter((m) => m.end <= start).map((m) => ({ at: m.start, entity: personOf.get(mentionKey(s, m)) }))]
      .filter((x): x is { at: number; entity: PersonEntity } => x.entity !== undefined)
      .sort((a, b) => b.at - a.at)
      .map((x) => x.entity);
    for (const { mention, person } of describedPersons(article.doc.source, s, dicts, named)) {
      s.persons.push(mention);
      personOf.set(mentionKey(s, mention), person as PersonEntity);
    }
    s.persons.sort((a, b) => a.start - b.start);
    for (const m of s.persons) {
      const entity = personOf.get(mentionKey(s, m));
      if (entity) seen.set(entity.actorId, { at: m.start, entity });
    }
  }

  const published = article.published?.date ?? null;
  let after: { year: number; month: number } | null = null;
  if (!published) {
    for (const s of sentences) {
      if (s.future) continue;
      for (const d of s.dates) {
        const e = d.expression;
        const point = e.kind === 'point' ? e.date : e.kind === 'range' ? e.to : null;
        if (point?.year && point.month && (!after || point.year * 12 + point.month > after.year * 12 + after.month)) after = { year: point.year, month: point.month };
      }
    }
  }
  return { article, sentences, persons, personOf, dateContext: { published, after } };
}
