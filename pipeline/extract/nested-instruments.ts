/**
 * Instruments named inside another's name as what it amends, implements or establishes: « l'amendement du protocole de
 * 2005 pour la mise en œuvre de l'accord sur le transport routier de 1998 » names three agreements (fixtures b4-003,
 * b4-005). The inner ones were signed before and are agreements of their own; no signing of this sentence is theirs, and
 * no event of theirs is told here (the real articles' gold lists none).
 */
import { dateValue } from '../dates/edtf.ts';
import { findOrAddAgreement, partiesIn, statusCue } from './agreements.ts';
import { matchView, sentenceSpan, type ArticleState, type SentenceState } from './state.ts';

export function instrumentsNamedInside(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  for (const ins of s.nestedInstruments) {
    const agreement = findOrAddAgreement(st.agreements, ins, st.dicts);
    if (!agreement.mentions.some((m) => m.start === s.start)) agreement.mentions.push(sentenceSpan(s));
    for (const p of partiesIn(s, ins, st.dicts, st.resolved)) agreement.parties.add(p);
    // What is amended, implemented or established exists: signed (a partnership adopted) at least, in force when the sentence says it is applied.
    const cue = statusCue(s, ins, undefined);
    agreement.status ??= cue === 'in_force' ? 'in_force' : ins.type === 'partnership' ? 'adopted' : 'signed';
    // « Protocole de 2014 sur … », « accord sur le transport routier de 1998 »: the instrument's own year is when it was signed.
    // « … de l'accord de coopération en matière de gestion de la frontière terrestre, signé en 2016 »: a participle after both
    // names agrees with the nearest, the inner one (fixture b4-006).
    const after = /^\s*,?\s*(?:signée?s?|conclue?s?|adoptée?s?)\s+en\s+((?:19|20)\d{2})(?![\p{N}])/u.exec(matchView(st, { start: ins.end, end: Math.min(s.end, ins.end + 30) }));
    const year = /(?<![\p{L}\p{N}])de ((?:19|20)\d{2})(?![\p{N}-])/u.exec(ins.name) ?? after;
    if (year && !agreement.event && ins.type !== 'partnership') agreement.signed ??= { value: dateValue({ year: Number(year[1]), month: null, day: null }), basis: 'explicit' };
  }
}
