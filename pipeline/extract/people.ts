/** People a clause names without their name: a description, a pronoun, « la délégation », « les deux ministres ». */
import type { AnnotatedSentence, PersonMention, TriggerMention } from '../04-annotate.ts';
import { mentionKey, type PersonEntity } from '../05-resolve.ts';
import { matchView, type ArticleState } from './state.ts';

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
  if (/^\s*(?:(?:où|puis|et|qui)\s+)?(?:il|elle)\s*(?:y\s+)?$/iu.test(clause)) return earlier(() => true);
  if (/^\s*(?:la|sa|leur)\s+délégation(?:\s+\p{Ll}+)?\s*$/iu.test(clause)) {
    const visit = [...st.events].reverse().find((e) => e.type === 'visit');
    const guest = visit?.participants.find((p) => p.role === 'guest' && p.actor.type === 'person');
    return guest ? earlier((p) => p.actorId === guest.actor.actorId) : null;
  }
  return null;
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
