/** Which dates belong to a signing: the clause breaks a date may not cross, and the signing a sentence before told without naming its instrument. */
import type { DateMention, PlaceMention } from '../04-annotate.ts';
import type { ResolvedDate } from '../dates/resolve.ts';
import { clauseLinked } from './agreements.ts';
import { nearest, pastVerb, resolveIn, type ArticleState, type ExtractedEvent, type SentenceState } from './state.ts';
import { dateValue } from '../dates/edtf.ts';
// « Le même jour », « quatre jours plus tôt »: a signing is dated from the event told before it as talks are.
export { dayOfTheDayBefore } from './talk-dates.ts';

/** What separates a signing from a date: « , et » (« l'Accord A signé en 2019 et entré en vigueur en août 2020, et l'Accord B »), « ; », a relative clause. */
export const CLAUSE_BREAK = /,\s*et(?![\p{L}\p{N}])|;|(?<![\p{L}\p{N}])qui(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])que(?![\p{L}\p{N}])/u;
/** … but a date opening the sentence (« Aujourd'hui, A, …, et B ont signé ») is past « , et » only when a verb of its own comes first (tests/06-extract.test.ts). */
export const CLAUSE_BREAK_AFTER_OPENER = /(?<![\p{L}\p{N}])(?:a|ont|avait|avaient|est|sont|était)\s[^;]*,\s*et(?![\p{L}\p{N}])|;|(?<![\p{L}\p{N}])qui(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])que(?![\p{L}\p{N}])/u;
export const openerDate = (st: ArticleState, s: SentenceState['s'], d: DateMention) =>
  /^\s*(?:[\p{L}'’]+\s+){0,3}$/u.test(st.source.slice({ start: s.start, end: d.start })) && /^\s*,/u.test(st.source.slice({ start: d.end, end: Math.min(s.end, d.end + 3) }));

/** A signing sentence `index` tells with a date but without a named instrument (« ont signé ce matin six accords »): its date and place. */
export function unnamedSigning(st: ArticleState, index: number): { date: ResolvedDate; place: PlaceMention | null } | null {
  const p = st.sentences[index];
  if (!p) return null;
  const t = p.triggers.find((x) => x.ref.eventType === 'signing' && !x.nominal && !p.instruments.some((i) => clauseLinked(p, x, i)));
  if (!t) return null;
  const date = resolveIn(st, p, nearest(p.dates.filter((d) => d.expression.kind !== 'period' && !p.instruments.some((i) => d.start >= i.start && d.end <= i.end)), t), pastVerb(t));
  return date ? { date, place: nearest(p.places, t) ?? null } : null;
}

/** Words that put an act right after the talks told before it. */
export const AFTER_THE_TALKS = /(?<![\p{L}])(?:ensuite|(?:à l['’]issue|au terme|à la fin) (?:des|de ces|de leurs|de la|de cette|du) (?:entretiens|rencontre|discussions|pourparlers|négociations|séance de travail|séance|travaux|réunion|dialogue))(?![\p{L}])/iu;

/** « qui entrera en vigueur le 1er janvier 2026 », « s'appliquera à partir du … »: the day an instrument takes effect is not the day it was signed or adopted (fixture dates-001). */
export function takesEffect(st: ArticleState, s: SentenceState['s'], d: DateMention): boolean {
  return /(?<![\p{L}])(?:en vigueur|s['’]appliquer\p{L}*|appliquée?s?|applicable|prendr\p{L}* effet|pris effet|effective?)\s+(?:à (?:compter|partir) d[eu']\s*|dès\s+|le\s+|en\s+|au\s+)?(?:la |l['’])?$/iu.test(st.source.slice({ start: Math.max(s.start, d.start - 40), end: d.start }));
}

/**
 * « À l'issue des entretiens, les deux dirigeants ont … », « Les deux chefs d'État ont ensuite assisté à la signature … » (fixture
 * b5-07): after the talks told last, on their day; « À l'issue des travaux », after the gathering's, on its last day (fixtures b7-11, b7-27).
 */
export function talksJustBefore(st: ArticleState, s: SentenceState['s']): { event: ExtractedEvent; date: ResolvedDate } | null {
  const cue = AFTER_THE_TALKS.exec(s.text);
  if (!cue) return null;
  const gathering = /travaux|réunion/u.test(cue[0]);
  const event = [...st.events].reverse().find((e) => (e.type === 'meeting' || (e.type === 'conference' && gathering)) && !e.background && e.status === 'occurred' && e.date?.value.precision === 'day' && e.mentions.some((m) => m.start < s.start));
  if (!event?.date) return null;
  const [, last] = event.date.value.edtf?.split('/') ?? [];
  if (event.type !== 'conference' || !last || !/-\d{2}-\d{2}$/.test(last)) return { event, date: event.date };
  const [y, m, d] = last.split('-');
  return { event, date: { value: dateValue({ year: y === 'XXXX' ? null : Number(y), month: Number(m), day: Number(d) }), basis: event.date.basis } };
}
