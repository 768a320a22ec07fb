/** Visits: who hosts them, and the undated talks that happen during them. */
import { copyPlace, type ArticleState, type SentenceState } from './state.ts';

/** « X s'est entretenu le 9 janvier à Hanoï avec Y, en visite de travail au Vietnam »: the visit is dated by the talks, and X hosts it. */
export function visitsHostedByTalks(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  // « X s'est entretenu le 9 janvier à Hanoï avec Y, en visite de travail au Vietnam »: the visit is dated by the talks, and X hosts it.
  for (const v of ss.events.filter((e) => e.type === 'visit')) {
    const talks = ss.events.find((e) => e.type === 'meeting');
    if (!talks) continue;
    // « …, qui a souhaité que la visite contribue … »: a visit told earlier is only referred to here.
    const toldHere = v.mentions[0]?.start === s.start;
    if (!v.date && talks.date) {
      v.date = talks.date;
      v.dateSource = talks;
    }
    copyPlace(v, talks);
    // The person of the visited country who receives the visitor or talks with them in the same sentence hosts the visit.
    const guests = new Set(v.participants.filter((p) => p.role === 'guest').map((p) => p.actor.actorId));
    if (!toldHere || !talks.participants.some((p) => guests.has(p.actor.actorId))) continue;
    for (const p of talks.participants) {
      if (p.role !== 'host' || p.actor.type !== 'person' || guests.has(p.actor.actorId)) continue;
      if (v.country && p.country && p.country !== v.country) continue;
      if (!v.participants.some((x) => x.actor.actorId === p.actor.actorId)) v.participants.push({ ...p, role: 'host' });
    }
  }
}

/** A visitor's undated talks in the visited country happen during the visit (« a rendu une visite de courtoisie à … » after « a effectué le 1er février une visite de travail à Singapour »). */
export function talksDuringVisits(st: ArticleState): void {
  // A visitor's undated talks in the visited country happen during the visit (« Le vice-ministre … a rendu une visite de courtoisie à … » after « a effectué le 1er février une visite de travail à Singapour »).
  for (const visit of st.events.filter((e) => e.type === 'visit' && e.date && e.status === 'occurred')) {
    const guests = new Set(visit.participants.filter((p) => p.role === 'guest').map((p) => p.actor.actorId));
    for (const talks of st.events) {
      if (talks.type !== 'meeting' || talks.date || !talks.participants.some((p) => guests.has(p.actor.actorId))) continue;
      if (talks.country && visit.country && talks.country !== visit.country) continue;
      talks.date = visit.date;
      talks.dateSource = visit;
      copyPlace(talks, visit);
    }
}
}
