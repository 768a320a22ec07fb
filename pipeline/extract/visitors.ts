/** Who makes the visit a trigger tells: who came for it, who opens the clause, who effected it, whose visit it is. */
import type { AnnotatedSentence, PersonMention, TriggerMention } from '../04-annotate.ts';
import type { Span } from '../source.ts';
import { triggerArguments, type TriggerArguments } from './clauses.ts';
import { matchView, type ArticleState } from './state.ts';

/** « X a invité Y à effectuer une visite »: the visit word is governed by « inviter » (governors.csv). */
export function invitedTo(t: TriggerMention): boolean {
  return (t.verb ?? t.support)?.governor?.lemma === 'inviter';
}

/**
 * « effectue du 5 au 8 octobre une mission de travail en République tchèque, avant une mission de travail en Serbie du 9 au 11 »
 * (fixture b9-17): a second visit told after the first, in the same clause, is the same visitor's.
 */
const NEXT_VISIT = /^[^.;]{0,100}?,?\s*(?:avant|puis|suivie?s?\s+d['’]|et\s+d['’]|ainsi que)\s*(?:une|sa|leur)\s*$/u;

export function visitorsOf(st: ArticleState, s: AnnotatedSentence, t: TriggerMention, { args, clauseStart, noun, invited }: { args: TriggerArguments; clauseStart: number; noun: Span; invited: (m: PersonMention) => boolean }): PersonMention[] {
  const first = t.nominal ? s.triggers.find((x) => x.ref.eventType === 'visit' && x.end <= t.start && NEXT_VISIT.test(matchView(st, { start: x.end, end: t.start }))) : undefined;
  if (first) return visitorsOf(st, s, first, { args: triggerArguments(s, first, s.end), clauseStart, noun: first.noun ?? first, invited });
  // « X a invité Y à effectuer une visite … » (fixture b7-03): who is invited visits, not who invites.
  if (invitedTo(t)) return s.persons.filter((m) => m.end <= t.start && /(?<![\p{L}])invit\p{L}*\s/u.test(st.source.slice({ start: s.start, end: m.phrase.start })));
  const firstFree = s.persons.find((m) => !invited(m));
  // « X est arrivé à Hanoi hier pour une visite officielle », « X se rendra au Japon pour une visite », « X a conduit une délégation … pour une visite »: who comes is who visits.
  const cameFor = t.ref.eventType === 'visit' && t.nominal && /(?<![\p{L}])(?:arriv|rend|rendu|venu|vient|viendr|parti|part|partir|condui|dirig)\p{L}*[^.;]{0,60}?(?<![\p{L}])pour\s+(?:une|sa|leur)\s*$/u.test(matchView(st, { start: Math.max(s.start, t.start - 90), end: t.start }));
  // « En visite au Vietnam, le commissaire …, X, a été reçu … »: the subject of the clause a visit opens is the visitor (fixture visits-004).
  const openedBy = t.ref.eventType === 'visit' && t.nominal && args.opener;
  const subjectComers = cameFor || openedBy ? args.subject.flatMap((a) => (a.person && !invited(a.person) ? [a.person] : [])) : [];
  // The subject is not read off a noun's clause: the person acting before the verb, if not who invites.
  const comers = subjectComers.length > 0 || !cameFor ? subjectComers : s.persons.filter((m) => m.end <= t.start && m.start >= clauseStart && !invited(m)).slice(0, 1);
  return (
    comers.length > 0
      ? comers
      : t.ref.eventType === 'visit'
      ? s.persons.filter((m) => !invited(m)).filter(
          (m) =>
            // « X a reçu Y, en visite de travail … » (fixture b8-11): only the person right before an apposition visits.
            (m.phrase.end <= t.start && t.start - m.phrase.end < 40 && (!t.nominal || t.apposition) && !s.persons.some((o) => o.start >= m.end && o.end <= t.start)) ||
            (m.end <= t.start &&
              (/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:a|ont|va|vont|avait|avaient)?\s*(?:effectu|entam|commenc|début)\p{L}*\s+(?:[^,.;]{0,40}\s)?(?:une|sa|leur|la)\s*$/u.test(st.source.slice({ start: Math.max(s.start, t.start - 80), end: t.start })) ||
                // « … et son épouse ont effectué une visite d'État », the trigger itself starting with the verb.
                (t.support !== null && ['effectuer', 'entamer', 'commencer', 'débuter'].includes(t.support.lemma) && !/[.;]|(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:que|qu')(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/u.test(st.source.slice({ start: m.end, end: t.start }))))) ||
            // « en visite de travail au Vietnam du 12 au 15 janvier, le secrétaire … » (fixture b9-15): « du » before a day dates the visit.
            (m.start >= t.end && m.phrase.start - t.end < 60 && /^\s*(?:(?:\p{Ll}+|en \p{Lu}\p{L}+|au \p{Lu}\p{L}+|à \p{Lu}\p{L}+)\s+)?(?:du|de la|de l'|de l’|de|d')\s(?!\d)/u.test(st.source.slice({ start: t.end, end: m.phrase.start + 1 }))) ||
            // « la visite officielle au Vietnam effectuée par Mme Donnelly en septembre 2025 »: the agent of the participle (fixture a3-03).
            (m.start >= t.end && m.phrase.start - t.end < 60 && /^[^,.;]{0,30}?(?<![\p{L}])(?:effectuée|menée|conduite|entreprise)\s+par\s+(?:le |la |l['’])?(?:M\.|Mme)?\s*$/u.test(st.source.slice({ start: t.end, end: m.phrase.start }))) ||
            // « la visite au Brunei du ministre vietnamien … »: a description in the genitive, its determiner included.
            (m.described === true && m.start >= t.end && m.start - t.end < 40 && /^(?:du|de la|de l'|de l’|d')\s*/u.test(st.source.slice(m)) && !/[,;.]/u.test(st.source.slice({ start: t.end, end: m.start }))) ||
            // « Le vice-ministre … a plaidé …, lors de sa visite de travail … au Japon »: the possessive is the sentence's subject.
            (m === firstFree &&
              /(?<![\p{L}])(?:sa|son|leur)\s+$/u.test(st.source.slice({ start: Math.max(s.start, noun.start - 6), end: noun.start })) &&
              // « …, où elle a été reçue par Claire Dubois-Léger »: the agent of a passive is not the visitor; nor who invited (« à l'invitation du ministre …, Rustam Khodjaev »).
              !/(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:par|avec)\s+(?:le |la |l'|l’|son |sa )?(?:[\p{L}'’-]+\s+){0,8}$/u.test(st.source.slice({ start: Math.max(s.start, m.phrase.start - 80), end: m.phrase.start }))),
        )
      : []
  );
}
