/**
 * Instruments named inside another's name as what it amends, implements or establishes: « l'amendement du protocole de
 * 2005 pour la mise en œuvre de l'accord sur le transport routier de 1998 » names three agreements (fixtures b4-003,
 * b4-005). The inner ones were signed before and are agreements of their own; no signing of this sentence is theirs, and
 * no event of theirs is told here (the real articles' gold lists none).
 */
import { findOrAddAgreement, partiesIn, statusCue } from './agreements.ts';
import { sentenceSpan, type ArticleState, type SentenceState } from './state.ts';

export function instrumentsNamedInside(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  for (const ins of s.nestedInstruments) {
    const agreement = findOrAddAgreement(st.agreements, ins, st.dicts);
    if (!agreement.mentions.some((m) => m.start === s.start)) agreement.mentions.push(sentenceSpan(s));
    for (const p of partiesIn(s, ins, st.dicts, st.resolved)) agreement.parties.add(p);
    // What is amended, implemented or established exists: signed (a partnership adopted) at least, in force when the sentence says it is applied.
    const cue = statusCue(s, ins, undefined);
    agreement.status ??= cue === 'in_force' ? 'in_force' : ins.type === 'partnership' ? 'adopted' : 'signed';
  }
}
