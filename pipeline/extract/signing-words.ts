/** Which signing or adoption word of a sentence tells the signature of an instrument it names. */
import type { AnnotatedSentence, InstrumentMention, TriggerMention } from '../04-annotate.ts';
import { clauseLinked } from './agreements.ts';
import { ratifies } from './ratifications.ts';
import type { ArticleState } from './state.ts';
import { distance } from './text.ts';

export function signingWordOf(st: ArticleState, s: AnnotatedSentence, ins: InstrumentMention): TriggerMention | undefined {
  // A signing word belongs to the instrument nearest to it (« l'Accord sur le transfèrement … signé en 2019 …, et l'Accord sur l'entraide … »).
  // « … ont signé le protocole de la 14e Conférence … ainsi que le plan de coopération … », « ainsi qu'un plan d'action … » (fixture a3-05):
  // coordinated instruments share the signing word, past a short complement (« … de la cyberdéfense dans la région, ainsi que le … », fixture b6-05).
  // « Les six documents signés sont le mémorandum …, l'amendement du protocole …, et l'accord … »: a list shares it too, past the
  // parties of one item (« dont le traité … entre le Vietnam et le Kazakhstan et le mémorandum … », fixture b5-07).
  const coordinated = (a: InstrumentMention, b: InstrumentMention) =>
    /^(?:\s+entre\s+[^,;.]{0,100}?|\s+dans\s+(?:la|le|les)\s+[^,;.]{0,30}?)?\s*(?:,\s*(?:et\s+|ainsi que\s+|ainsi qu['’]\s*)?|,?\s*(?:(?:ainsi que|et|de même que)\s+|ainsi qu['’]\s*))(?:le|la|les|l'|l’|un|une|des|d'un|d’un|d'une|d’une|du|de la|de l'|de l’)\s*(?:amendement\s+(?:du|de la|de l'|de l’)\s*)?$/u.test(st.source.slice({ start: a.end, end: b.start }));
  /** The instruments listed before this one, nearest first, as long as the list goes on. */
  const listedBefore: InstrumentMention[] = [];
  for (let at = s.instruments.indexOf(ins) - 1, next = ins; at >= 0 && coordinated(s.instruments[at]!, next); at--) listedBefore.push((next = s.instruments[at]!));
  // « … examiné la mise en œuvre du Plan … 2016-2025 et adopté le Plan … 2026-2035 »: an active verb with an instrument for its
  // object signs or adopts that one, not the one before it (fixture a3-09).
  const objectAfter = (t: TriggerMention) => t.verb?.voice === 'active' && t.verb.form === 'finite' && s.instruments.some((o) => o !== ins && o.start >= t.end && /^\s*(?:le|la|les|l'|l’|un|une)?\s*$/u.test(st.source.slice({ start: t.end, end: o.start })));
  const linked = s.triggers.filter(
    (t) =>
      (t.ref.eventType === 'signing' || t.ref.eventType === 'adoption') &&
      !ratifies(s, t) &&
      // An active verb's object is after it: « ont adopté une déclaration et décidé d'élever … au rang de partenariat … » (fixture b5-07).
      ((clauseLinked(s, t, ins) && !s.instruments.some((o) => o !== ins && distance(o, t) < distance(ins, t) && !(t.verb?.voice === 'active' && ins.start >= t.end && o.end <= t.start)) && !(t.start >= ins.end && objectAfter(t))) ||
        listedBefore.some((o) => clauseLinked(s, t, o))),
  );
  // Of several linked words before it, the nearest: « ont signé le communiqué … et adopté la Déclaration … » adopts it (fixture b7-27).
  const linkedBefore = linked.filter((t) => t.end <= ins.start);
  return linkedBefore.length > 1 ? linkedBefore.at(-1) : linked[0];
}
