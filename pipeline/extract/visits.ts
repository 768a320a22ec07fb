/** Visits: who hosts them, and the undated talks that happen during them. */
import { copyPlace, type ArticleState, type SentenceState } from './state.ts';
import { compatibleDates } from '../dates/resolve.ts';

/** « X s'est entretenu le 9 janvier à Hanoï avec Y, en visite de travail au Vietnam »: the visit is dated and placed by the talks. */
export function visitsDatedByTalks(_st: ArticleState, ss: SentenceState): void {
  for (const v of ss.events.filter((e) => e.type === 'visit')) {
    // « … a été reçu par X, avec qui il a évoqué une prochaine visite … »: a visit to come is not dated by the talks that mention it.
    const talks = ss.events.find((e) => e.type === 'meeting' && e.status === v.status);
    if (!talks) continue;
    if (!v.date && talks.date) {
      v.date = talks.date;
      v.dateSource = talks;
    }
    copyPlace(v, talks);
  }
}

/**
 * The person of the visited country who receives the visitor or talks with them in the sentence that tells the visit hosts
 * it (codebook, visits): read once the roles of the talks are settled by their place (fixtures dates-002, visits-006, visits-010).
 */
export function visitHostsFromTalks(st: ArticleState): void {
  for (const v of st.events) {
    if (v.type !== 'visit' || v.mentions.length === 0) continue;
    const toldIn = v.mentions[0]!.start;
    const guests = new Set(v.participants.filter((p) => p.role === 'guest').map((p) => p.actor.actorId));
    for (const talks of st.events) {
      if (talks.type !== 'meeting' || !talks.mentions.some((m) => m.start === toldIn) || !talks.participants.some((p) => guests.has(p.actor.actorId))) continue;
      for (const p of talks.participants) {
        if (p.role !== 'host' || p.actor.type !== 'person' || guests.has(p.actor.actorId)) continue;
        if (v.country && p.country && p.country !== v.country) continue;
        if (!v.participants.some((x) => x.actor.actorId === p.actor.actorId)) v.participants.push({ ...p, role: 'host' });
      }
    }
  }
}

/**
 * A visitor's talks in the visited country happen during the visit: undated ones take its date (« a rendu une visite de
 * courtoisie à … » after « a effectué le 1er février une visite de travail à Singapour »), and talks with no place whose
 * day falls within the visit take its place, so the sides are read by it (visits-015, visits-016). Planned talks, during a planned visit.
 */
export function talksDuringVisits(st: ArticleState): void {
  for (const visit of st.events.filter((e) => e.type === 'visit')) {
    const guests = new Set(visit.participants.filter((p) => p.role === 'guest').map((p) => p.actor.actorId));
    for (const talks of st.events) {
      // « … avant une mission en Serbie du 9 au 11 octobre. À Belgrade, le général … doit s'entretenir avec … » (fixture b9-17): talks to
      // come during a visit to come, likewise; never talks held during a visit still planned.
      if (talks.type !== 'meeting' || (visit.status === 'planned' && talks.status === 'occurred') || !talks.participants.some((p) => guests.has(p.actor.actorId))) continue;
      if (talks.country && visit.country && talks.country !== visit.country) continue;
      if (!talks.date && visit.date) {
        talks.date = visit.date;
        talks.dateSource = visit;
      } else if (!visit.date || !compatibleDates(talks.date?.value ?? null, visit.date.value)) continue;
      copyPlace(talks, visit);
      // What was told as held at the talks (« … et signer un plan », fixture b9-17) has their day too.
      for (const e of st.events) if (e.dateSource === talks && !e.date) [e.date, e.city, e.country] = [talks.date, e.city ?? talks.city, e.country ?? talks.country];
    }
  }
}
