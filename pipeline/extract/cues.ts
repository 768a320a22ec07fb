/** Cues that give a person's role at a gathering, read from the words around the name. */
import type { Role } from '../../schemas/participants.ts';

export const ROLE_CUES: [RegExp, Role][] = [
  [/(?<![\p{L}])(?:co-?)?pr[eé]sid/iu, 'chair'],
  [/sous (?:les auspices|la pr[eé]sidence)/iu, 'chair'],
  [/(?<![\p{L}])(?:[àa] la t[eê]te d|dirig[ée]+e? par|conduite? par|chef de (?:la )?d[eé]l[eé]gation|(?:condui|dirig)\p{L}*\s+(?:la|une|sa|leur)\s+(?:haute\s+)?d[eé]l[eé]gation)/iu, 'delegation_head'],
  // « … à laquelle le général X a représenté le Vietnam » (fixture b5-05).
  [/(?<![\p{L}])(?:a représenté|représentait|représentant) (?:le|la|l['’])\s*\p{Lu}/u, 'delegation_head'],
  [/(?<![\p{L}])(?:s'exprimant|discours|allocution|pris la parole|prenant la parole|a d[eé]clar[eé]|a soulign[eé]|a affirm[eé]|a appel[eé]|a propos[eé])/iu, 'speaker'],
];

/** The role the cue nearest to a name gives: « présidée par A, à laquelle B a représenté le Vietnam » makes A chair and B delegation head. */
export function nearestRoleCue(context: string, nameStart: number, nameEnd: number): Role | undefined {
  let best: { role: Role; distance: number } | undefined;
  for (const [re, role] of ROLE_CUES) {
    for (const m of context.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))) {
      const distance = m.index! >= nameEnd ? m.index! - nameEnd : Math.max(0, nameStart - (m.index! + m[0].length));
      if (!best || distance < best.distance) best = { role, distance };
    }
  }
  return best?.role;
}

/** « la cérémonie d'inauguration du Centre … », « de remise de médailles »: a ceremony that signs nothing (fixture a3-07). */
export const OTHER_CEREMONY = /^cérémonie\s+(?:d['’]|de\s+(?:la\s+|l['’])?|du\s+)(?:inauguration|lancement|remise|clôture|accueil|commémoration|décoration|passation|mise en service|ouverture(?!\s+(?:à|de)\s+la\s+signature))/iu;

/** « lors d'une cérémonie en ligne », « la signature par visioconférence »: a signing held online (fixture b6-15). */
export const ONLINE_SIGNING = /(?<![\p{L}])(?:cérémonie|signature)\s+(?:de\s+signature\s+)?(?:en\s+ligne|virtuelle|par\s+visioconférence|en\s+visioconférence)(?![\p{L}])/iu;
/** « … en ligne reliant Hanoï et Vientiane »: an online event told in two places equally is in neither (fixture b6-15). */
export const JOINING_PLACES = /(?<![\p{L}])reliant\s+\p{Lu}[\p{L}\p{M}'’ -]{1,30}\s+(?:et|à)\s+\p{Lu}/u;
