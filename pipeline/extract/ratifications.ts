/**
 * « L'Assemblée nationale a ratifié le traité …, signé à Pretoria en septembre 2025 », « les députés ont approuvé la ratification
 * de l'accord … » (fixtures b6-03, b6-27): the codebook's SUPPORT is to sign, ratify or finalize, so a ratification is a signing
 * event of its own, by the body that ratifies. It is not the instrument's signature: the agreement keeps the day it was signed
 * (told by its own participle, tellSignings), and the ratification is never the agreement's event.
 */
import type { TriggerMention } from '../annotate/triggers.ts';
import type { AnnotatedSentence } from '../04-annotate.ts';
import { addOrg, eventPlaces, pastVerb, placeOf, mention, nearest, newEvent, orgActor, resolveIn, setDate, setPlace, type ArticleState, type SentenceState } from './state.ts';

const RATIFYING = new Set(['ratifier', 'ratification']);

/** A ratification word, or a verb whose object is one (« a approuvé la résolution portant ratification de … »): not the instrument's signature. */
export function ratifies(s: AnnotatedSentence, t: TriggerMention): boolean {
  if (RATIFYING.has(t.frame.id)) return true;
  return s.triggers.some((r) => RATIFYING.has(r.frame.id) && r.start >= t.end && r.start - t.end <= 60);
}

/** The members of a parliament or the parliament itself, named before the ratifying word. */
const PARLIAMENT_SUBJECT = /(?<![\p{L}])(?:les\s+(?:députés|parlementaires)|l['’]Assemblée(?:\s+nationale)?)(?![\p{L}])/iu;

// « l'Assemblée a adopté, avec 461 voix pour, la résolution portant ratification … » (fixture b7-17): the vote count between commas is one word.
const APPROVED = /(?<![\p{L}])(?:a|ont)\s+(?:également\s+|aussi\s+|ensuite\s+)?(?:approuvé|voté|adopté)\s*(?:,\s*[^,;.]{1,40},\s*)?(?:\p{L}+\s+)?(?:la|une)\s+(?:résolution\s+(?:portant|sur\s+la)\s+)?$/u;

export function tellRatifications(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  // Told as done: « a ratifié », « ont approuvé la (résolution portant) ratification de … »; « convenus d'accélérer la ratification » is a wish.
  const trigger = s.triggers.find((t) => (t.frame.id === 'ratifier' && pastVerb(t)) || (t.frame.id === 'ratification' && APPROVED.test(st.source.slice({ start: Math.max(s.start, t.start - 60), end: t.start }))));
  if (!trigger || s.future) return;
  const ins = s.instruments.find((i) => i.start >= trigger.end && i.start - trigger.end <= 40);
  if (!ins) return;
  const before = st.source.slice({ start: s.start, end: trigger.start });
  // The subject: a body named just before the verb (« Le Sénat a ratifié »), not one named earlier in the sentence for another role.
  const body = [...s.organizations].reverse().find((o) => o.end <= trigger.start && trigger.start - o.end <= 60);
  const members = PARLIAMENT_SUBJECT.exec(before);
  const parliament = members ? st.dicts.organizations.get('Assemblée nationale') : undefined;
  if (!body && !parliament) return;
  const event = newEvent(st, 'signing', s);
  event.status = 'occurred';
  mention(event, s);
  // Its day is told before the instrument (what follows it is the instrument's own signature), or it is the day the article reports.
  const ownDates = s.dates.filter((d) => d.end <= ins.start && d.expression.kind !== 'period');
  setDate(event, resolveIn(st, s, nearest(ownDates, trigger), true));
  setPlace(event, nearest(eventPlaces(s).filter((p) => p.end <= ins.start), trigger));
  // « Dans l'après-midi, les députés ont approuvé … » with no day of its own: the day, and the place, of the act told last.
  // Not the instrument's own signing, which the same sentence told (fixture b7-17).
  const sameDay = !event.date ? [...st.events].reverse().find((e) => e !== event && !e.mentions.some((m) => m.start === s.start) && e.status === 'occurred' && !e.background && e.date?.value.precision === 'day') : undefined;
  if (sameDay) {
    setDate(event, sameDay.date);
    if (!event.city) setPlace(event, placeOf(sameDay));
  }
  if (body) addOrg(event, orgActor(body.ref.id, body.ref.name, body.ref.country), 'party', body.text, s);
  else if (parliament && members) addOrg(event, orgActor(parliament.id, parliament.name, parliament.country), 'party', members[0], s);
}
