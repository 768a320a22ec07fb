/** Cues that give a person's role at a gathering, read from the words around the name. */
import type { Role } from '../../schemas/participants.ts';

export const ROLE_CUES: [RegExp, Role][] = [
  [/(?<![\p{L}])(?:co-?)?pr[eé]sid/iu, 'chair'],
  [/sous (?:les auspices|la pr[eé]sidence)/iu, 'chair'],
  [/(?<![\p{L}])(?:[àa] la t[eê]te d|dirig[ée]+e? par|conduite? par|chef de (?:la )?d[eé]l[eé]gation|(?:condui|dirig)\p{L}*\s+(?:la|une|sa|leur)\s+(?:haute\s+)?d[eé]l[eé]gation)/iu, 'delegation_head'],
  [/(?<![\p{L}])(?:s'exprimant|discours|allocution|pris la parole|prenant la parole|a d[eé]clar[eé]|a soulign[eé]|a affirm[eé]|a appel[eé]|a propos[eé])/iu, 'speaker'],
];

/** « la cérémonie d'inauguration du Centre … », « de remise de médailles »: a ceremony that signs nothing (fixture a3-07). */
export const OTHER_CEREMONY = /^cérémonie\s+(?:d['’]|de\s+(?:la\s+|l['’])?|du\s+)(?:inauguration|lancement|remise|clôture|accueil|commémoration|décoration|passation|mise en service|ouverture(?!\s+(?:à|de)\s+la\s+signature))/iu;
