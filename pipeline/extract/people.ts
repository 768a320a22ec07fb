/** People a clause names without their name: a description, a pronoun, « la délégation », « les deux ministres ». */
import type { AnnotatedSentence, PersonMention, TriggerMention } from '../04-annotate.ts';
import { mentionKey, type PersonEntity } from '../05-resolve.ts';
import { matchView, type ArticleState, type ExtractedEvent, type ExtractedParticipant } from './state.ts';

export interface PersonAt {
  sentence: AnnotatedSentence;
  mention: PersonMention;
}

/** The last person named before trigger `t` (in its sentence or earlier) that `accept` takes. */
export function describedPerson(st: ArticleState, s: AnnotatedSentence, t: TriggerMention, accept: (p: PersonEntity) => boolean): PersonAt | null {
  for (let i = s.index; i >= 0; i--) {
    const sentence = st.sentences[i]!;
    for (const m of [...sentence.persons].reverse()) {
      if (sentence === s && m.end > t.start) continue;
      const entity = st.resolved.personOf.get(mentionKey(sentence, m));
      if (entity && accept(entity)) return { sentence, mention: m };
    }
  }
  return null;
}

/**
 * The person a subject description or pronoun before a trigger stands for: « le ministre indien » (the last person
 * of that country named), « il » / « elle » (the last person named before it), « la délégation » (the visitor of the
 * latest visit). Null when the clause has a subject of another kind or nobody fits.
 */
export function describedSubject(st: ArticleState, s: AnnotatedSentence, t: TriggerMention): PersonAt | null {
  const before = matchView(st, { start: s.start, end: t.start });
  const clause = before.split(/[,;:]/).at(-1)!;
  const earlier = (accept: (p: PersonEntity) => boolean) => describedPerson(st, s, t, accept);
  const description = /^\s*(?:le|la)\s+((?:vice-)?(?:premier\s+)?ministre(?:\s+d'état)?|président|présidente|secrétaire général|ambassadeur|ambassadrice|directeur|directrice|chef|général)\s+(\p{Ll}[\p{L}-]+)\s*$/iu.exec(clause);
  if (description) {
    const country = st.dicts.countries.get(description[2]!);
    if (!country || country.form !== 'demonym') return null;
    const head = description[1]!.toLowerCase().split(/\s+/).at(-1)!;
    return earlier((p) => p.country === country.iso3 && p.titles.some((x) => x.toLowerCase().includes(head))) ?? earlier((p) => p.country === country.iso3);
  }
  // « Le même jour, le ministre a été reçu par … »: a bare title is the visitor the article follows when the title is theirs,
  // else the last person who holds it (fixtures b3-011, talks-gap-006).
  const bare = /^\s*(?:le|la)\s+((?:vice-)?(?:premier\s+)?ministre|président|présidente|secrétaire général|ambassadeur|ambassadrice|directeur|directrice|général)\s*$/iu.exec(clause);
  if (bare) {
    const head = bare[1]!.toLowerCase();
    const holds = (p: PersonEntity) => p.titles.some((x) => new RegExp(`(?<![\\p{L}-])${head}(?![\\p{L}-])`, 'iu').test(x));
    const guest = followedVisitor(st);
    return (guest ? earlier((p) => p.actorId === guest.actor.actorId && holds(p)) : null) ?? earlier(holds);
  }
  // « Le lendemain, le chef de la délégation vietnamienne a été reçu … »: who leads that country's side at the article's main event (fixture a3-05).
  const delegationHead = /^\s*le\s+chef\s+de\s+(?:la|sa|leur)\s+délégation(?:\s+(\p{Ll}+))?\s*$/iu.exec(clause);
  if (delegationHead) {
    const demonym = delegationHead[1] ? st.dicts.countries.get(delegationHead[1]) : undefined;
    const iso3 = demonym?.form === 'demonym' ? demonym.iso3 : null;
    const main = st.main as ExtractedEvent | null;
    const leader = main?.participants.find((p) => p.actor.type === 'person' && ['delegation_head', 'chair', 'guest'].includes(p.role) && (iso3 === null || p.country === iso3));
    const guest = followedVisitor(st);
    const who = leader ?? guest;
    return who ? earlier((p) => p.actorId === who.actor.actorId) : null;
  }
  // « En marge des négociations, la délégation vietnamienne a été reçue par … » (fixtures b5-21, b5-27): the delegation is its head, the person
  // the article has leading that country's side.
  const delegation = /^\s*(?:la|sa|leur)\s+délégation(?:\s+(\p{Ll}+))?\s*$/iu.exec(clause);
  if (delegation) {
    const demonym = delegation[1] ? st.dicts.countries.get(delegation[1]) : undefined;
    const iso3 = demonym?.form === 'demonym' ? demonym.iso3 : null;
    const heads = st.events.flatMap((e) => e.participants).filter((p) => p.actor.type === 'person' && p.role === 'delegation_head');
    const leader = heads.find((p) => iso3 === null || p.country === iso3) ?? heads.find((p) => p.country === null);
    const guest = followedVisitor(st);
    const who = leader ?? (guest && (iso3 === null || guest.country === iso3) ? guest : undefined);
    if (who) return earlier((p) => p.actorId === who.actor.actorId);
    return iso3 ? earlier((p) => p.country === iso3 && p.titles.length > 0) : null;
  }
  // « la délégation s'est rendue à Rennes, où elle a été reçue par … »: « elle » is the delegation, so its head, the visitor.
  if (/^\s*(?:(?:où|puis|et|qui)\s+)?elle\s*(?:y\s+)?$/iu.test(clause) && /(?<![\p{L}])(?:la|sa|leur)\s+délégation(?:\s+\p{Ll}+)?\s+(?:s['’]est|a|est)\s[^.;]*$/iu.test(before)) {
    const guest = followedVisitor(st);
    return guest ? earlier((p) => p.actorId === guest.actor.actorId) : null;
  }
  if (/^\s*(?:(?:où|puis|et|qui)\s+)?(?:il|elle)\s*(?:y\s+)?$/iu.test(clause)) {
    // « X … effectue une visite …, sur l'invitation du ministre …, Y. Il a obtenu … »: a sentence that opens on « il » goes on about the subject before it.
    // « X a effectué … une visite officielle au Laos ; il a été reçu … »: after « ; » the pronoun is the sentence's subject (fixture b4-015).
    const first = s.persons[0];
    if (/;\s*(?:il|elle)\s*$/iu.test(before) && first && first.end <= t.start && st.resolved.personOf.has(mentionKey(s, first))) return { sentence: s, mention: first };
    // « Le lendemain, il a été reçu … »: an adverbial before the pronoun changes nothing (fixture a3-09).
    if (/^\s*(?:(?:le lendemain|la veille|le même jour|ce jour-là|ensuite|puis|par la suite|plus tard|dans l'après-midi|dans la soirée|dans la matinée|le \d{1,2} \p{Ll}+|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: \d{1,2} \p{Ll}+)?)\s*,\s*)?(?:il|elle)\s*$/iu.test(before)) {
      const subject = previousSubject(st, s.index);
      if (subject) return subject;
    }
    return earlier(() => true);
  }
  if (/^\s*(?:la|sa|leur)\s+délégation(?:\s+\p{Ll}+)?\s*$/iu.test(clause)) {
    const guest = followedVisitor(st);
    return guest ? earlier((p) => p.actorId === guest.actor.actorId) : null;
  }
  return null;
}

/** The visitor of the visit the article follows: its main event when that is a visit (not a past one alluded to later), else the last visit told. */
function followedVisitor(st: ArticleState): ExtractedParticipant | undefined {
  const main = st.main as ExtractedEvent | null;
  const visit = main?.type === 'visit' ? main : [...st.events].reverse().find((e) => e.type === 'visit' && e.status === 'occurred');
  return visit?.participants.find((p) => p.role === 'guest' && p.actor.type === 'person');
}

/** The last `n` distinct people named before sentence `index`, most recent first. */
export function recentPeople(st: ArticleState, index: number, n: number): PersonAt[] {
  const out: PersonAt[] = [];
  for (let i = index - 1; i >= 0 && out.length < n; i--) {
    const s = st.sentences[i]!;
    for (const m of [...s.persons].reverse()) {
      const e = st.resolved.personOf.get(mentionKey(s, m));
      if (e && !out.some((o) => st.resolved.personOf.get(mentionKey(o.sentence, o.mention)) === e)) out.push({ sentence: s, mention: m });
      if (out.length === n) break;
    }
  }
  return out;
}

/** « En recevant …, il a proposé … »: the pronoun that opens the main clause after an opener is the last person named before the sentence. */
export function openerPronoun(st: ArticleState, s: AnnotatedSentence, t: TriggerMention, clauseEnd: number): PersonAt | null {
  const after = matchView(st, { start: t.end, end: clauseEnd });
  if (!/,\s*(?:il|elle)\s+(?:a|avait|s'est|est|sera|va)?\s*\p{Ll}/u.test(after)) return null;
  return describedPerson(st, s, { ...t, start: s.start }, () => true);
}

/** The person the nearest earlier sentence naming someone opens on as its subject (not one in a complement: « de », « avec », « à l'invitation du »), or null. */
export function previousSubject(st: ArticleState, index: number): PersonAt | null {
  for (let i = index - 1; i >= 0; i--) {
    const sentence = st.sentences[i]!;
    if (sentence.persons.length === 0) continue;
    const first = sentence.persons[0]!;
    const before = matchView(st, { start: sentence.start, end: first.phrase.start });
    // Only what can open a clause stands before the subject: a dateline, an adverbial with a comma, an article.
    const opensOnIt = !/(?<![\p{L}])(?:de|du|des|d'|à|au|aux|avec|par|pour|sur|entre|et|que|qu')\s*(?:l'|le|la|les)?\s*$/iu.test(before) && !/(?<![\p{L}])(?:a|ont|est|sont|s'est)(?![\p{L}])/u.test(before);
    return opensOnIt && st.resolved.personOf.get(mentionKey(sentence, first)) ? { sentence, mention: first } : null;
  }
  return null;
}

/** People coordinated with « et » as the subject of a plural verb (« X, …, et Y, …, ont coprésidé »), in text order; empty when there is no such subject. */
export function coordinatedSubjects(st: ArticleState, s: AnnotatedSentence): PersonMention[] {
  const verb = /(?<![\p{L}])(?:ont|se sont|sont)\s/u.exec(s.text);
  if (!verb) return [];
  const verbAt = s.start + [...s.text.slice(0, verb.index)].length;
  const before = s.persons.filter((m) => m.end <= verbAt);
  if (before.length < 2) return [];
  // Nothing but the subjects and their titles stands before the verb: no other verb, no preposition before the first one.
  const opening = matchView(st, { start: s.start, end: before[0]!.phrase.start });
  const inside = matchView(st, { start: before[0]!.phrase.start, end: verbAt });
  if (/(?<![\p{L}])(?:a|ont|est|sont|qui|que|avec|lors)(?![\p{L}])|[.;:]/u.test(inside) || !/(?<![\p{L}])et(?![\p{L}])/u.test(inside)) return [];
  if (/(?<![\p{L}])(?:de|du|des|d'|à|au|avec|par|pour|sur|entre)\s*(?:l'|le|la|les)?\s*$/iu.test(opening)) return [];
  return before;
}

/** The person who invites in « à l'invitation du ministre …, X, … »: the first named after it, unless a body invites (« À l'invitation du ministère …, le colonel général X »). */
export function invites(st: ArticleState, s: AnnotatedSentence, m: PersonMention): boolean {
  const from = Math.max(s.start, m.phrase.start - 90);
  const before = st.source.slice({ start: from, end: m.phrase.start });
  // « a accepté l'invitation de son homologue à effectuer une visite » (fixture b7-21) too.
  const invitation = /(?<![\p{L}])(?:à|sur|accepté|accepte|acceptant) l(?:'|’)invitation d[eu']\s*(?:la |l'|l’)?[^.;]{0,80}$/iu.exec(before);
  if (!invitation) return false;
  // The first person named after « à l'invitation de », not the next one (« …, Andrés Valdivia Rojas, le président …, Nguyễn Văn Thịnh »).
  const invitationAt = from + [...before.slice(0, invitation.index)].length;
  // « À l'invitation du HSI, une délégation conduite par X … » (fixture b7-25): a body's acronym invites as its name does.
  const acronymInvites = /^(?:[àÀ]|[sS]ur) l['’]invitation d[eu']\s*(?:la |l['’])?\s*\p{Lu}[\p{Lu}\d-]{1,11}\s*,/u.test(before.slice(invitation.index));
  const bodyInvites = acronymInvites || s.organizations.some((o) => o.start > invitationAt && o.end <= m.phrase.start && /^\s*,/u.test(st.source.slice({ start: o.end, end: m.phrase.start })));
  return !bodyInvites && !s.persons.some((o) => o !== m && o.start > invitationAt && o.end <= m.phrase.start);
}
