/** Meeting and visit words that tell no talks: called off, with the press, a habit, a gathering's host. */
import type { AnnotatedSentence, TriggerMention } from '../04-annotate.ts';
import { calledOff, type ArticleState } from './state.ts';

export function toldNoTalks(st: ArticleState, s: AnnotatedSentence, t: TriggerMention): boolean {
  if (t.frame.id === 'visioconference' && s.gatherings.length > 0) return true;
  if (calledOff(st, s, t)) return true;
  // « sa rencontre avec la presse », « un entretien accordé au Courrier du Vietnam » (fixtures talks-opener-012, talks-noun-014): the press is no side.
  if (t.ref.eventType === 'meeting' && /^\s*(?:avec (?:la presse|les journalistes|des journalistes|les médias)|accordée? (?:à|au|aux) (?:la |l['’])?(?:presse|journal|quotidien|\p{Lu}))/u.test(st.source.slice({ start: t.end, end: Math.min(s.end, t.end + 40) }))) return true;
  // « Chaque année, en mars, A et B tiennent une réunion de bilan » (fixture dates-019): a habit, not an occurrence.
  if (/(?<![\p{L}])(?:chaque (?:année|an|mois|semestre|trimestre)|tous les ans|annuellement)(?![\p{L}])/iu.test(s.text) && (t.verb ?? t.support)?.tense === 'present') return true;
  // « Accueillie pour la première fois par le Timor-Leste, …, la réunion était présidée par … » (fixture b8-13): a participle opening a
  // sentence about a gathering hosts it; it receives no one.
  return t.verb?.form === 'participle' && /^\s*$/u.test(st.source.slice({ start: s.start, end: t.start })) && /^[^.;]*?,\s*(?:la |le |l['’]|cette |ce |cet )(?:réunion|conférence|forum|sommet|session|dialogue|atelier|séminaire|édition)(?![\p{L}])/u.test(st.source.slice({ start: t.end, end: s.end }));
}
