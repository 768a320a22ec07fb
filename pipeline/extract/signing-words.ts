/** Which signing or adoption word of a sentence tells the signature of an instrument it names. */
import type { AnnotatedSentence, InstrumentMention, TriggerMention } from '../04-annotate.ts';
import { clauseLinked } from './agreements.ts';
import { ratifies } from './ratifications.ts';
import type { InstrumentReference } from '../annotate/instrument-references.ts';
import type { ArticleState, ExtractedAgreement } from './state.ts';
import { distance } from './text.ts';

export function signingWordOf(st: ArticleState, s: AnnotatedSentence, ins: InstrumentMention): TriggerMention | undefined {
  // A signing word belongs to the instrument nearest to it (« l'Accord sur le transfèrement … signé en 2019 …, et l'Accord sur l'entraide … »).
  // « … ont signé le protocole de la 14e Conférence … ainsi que le plan de coopération … », « ainsi qu'un plan d'action … » (fixture a3-05):
  // coordinated instruments share the signing word, past a short complement (« … de la cyberdéfense dans la région, ainsi que le … », fixture b6-05).
  // « Les six documents signés sont le mémorandum …, l'amendement du protocole …, et l'accord … »: a list shares it too, past the
  // parties of one item (« dont le traité … entre le Vietnam et le Kazakhstan et le mémorandum … », fixture b5-07).
  // « la Stratégie … à l'horizon 2030, avec une vision jusqu'en 2035, ainsi que le Programme … » (fixture b9-13): a strategy's vision is its name's.
  const coordinated = (a: InstrumentMention, b: InstrumentMention) =>
    /^(?:\s+entre\s+[^,;.]{0,100}?|\s+dans\s+(?:la|le|les)\s+[^,;.]{0,30}?|,?\s*(?:avec une |et une |et )?vision (?:jusqu['’]en|à l['’]horizon|à l['’]horizon de|pour) \d{4})?\s*(?:,\s*(?:et\s+|ainsi que\s+|ainsi qu['’]\s*)?|,?\s*(?:(?:ainsi que|et|de même que)\s+|ainsi qu['’]\s*))(?:le|la|les|l'|l’|un|une|des|d'un|d’un|d'une|d’une|du|de la|de l'|de l’)\s*(?:amendement\s+(?:du|de la|de l'|de l’)\s*)?$/u.test(st.source.slice({ start: a.end, end: b.start }));
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

/** The instruments a reference names: for « le document », the last one of its kind the article told before it (any kind). */
export function referredAgreements(st: ArticleState, r: InstrumentReference): ExtractedAgreement[] {
  if (r.count !== 1) return referredTogether(st, r);
  const one = referredAgreement(st, r);
  return one ? [one] : [];
}

/** « Les deux documents »: the instruments (of that kind) the last sentence naming any told together, when they are as many as it says. */
function referredTogether(st: ArticleState, r: InstrumentReference): ExtractedAgreement[] {
  const told = (a: ExtractedAgreement) => a.mentions.filter((m) => m.start < r.start).map((m) => m.start);
  const last = Math.max(...st.agreements.flatMap(told));
  if (!Number.isFinite(last)) return [];
  const together = st.agreements.filter((a) => told(a).includes(last) && (r.type === null || a.type === r.type));
  return together.length >= 2 && (r.count === null || together.length === r.count) ? together : [];
}

function referredAgreement(st: ArticleState, r: InstrumentReference): ExtractedAgreement | null {
  let best: { agreement: ExtractedAgreement; at: number } | null = null;
  for (const a of st.agreements) {
    if (r.type !== null && a.type !== r.type) continue;
    const at = Math.max(...a.mentions.filter((m) => m.start < r.start).map((m) => m.start));
    if (Number.isFinite(at) && (!best || at > best.at)) best = { agreement: a, at };
  }
  return best?.agreement ?? null;
}
