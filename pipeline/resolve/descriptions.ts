/**
 * People told by a description instead of their name: « le ministre vietnamien de la Sécurité publique »,
 * « la haute représentante », « le vice-ministre indien », « son homologue lao ». A description names the person
 * of the article it fits — same function title, same country when it gives one, same body when it names one —
 * most recently named before it; it then stands in the sentence as a mention of that person, so every later rule
 * reads it as it reads the name. A description that fits nobody named earlier stays a description.
 */
import type { AnnotatedSentence, PersonMention } from '../04-annotate.ts';
import type { Dictionaries } from '../dictionaries.ts';
import { foldKey, normalizeForMatching, originalRange, type SourceText } from '../source.ts';

export interface PersonLike {
  actorId: string;
  names: string[];
  titles: string[];
  country: string | null;
  organization: string | null;
}

const COMPILED = new WeakMap<Dictionaries, RegExp>();

/**
 * « son homologue malaisien », « son hôte indien », « le responsable cambodgien »: nouns of a side, not titles, that with a
 * demonym name the person of that country named last (fixtures b6-05, b6-07). Without a demonym they stay descriptions.
 */
const ROLE_NOUNS = ['homologue', 'hôte', 'hôtesse', 'responsable', 'interlocuteur', 'interlocutrice', 'visiteur', 'visiteuse', 'invité', 'invitée'].map((x) => `[${x[0]!.toUpperCase()}${x[0]}]${x.slice(1)}`).join('|');

/** « le ministre vietnamien de la Sécurité publique »: a determiner, a function title, a demonym, a complement naming a body. */
function descriptionPattern(dicts: Dictionaries): RegExp {
  let re = COMPILED.get(dicts);
  if (!re) {
    const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Case matters for the body's capitals, so the title and the determiner take either case of their first letter only.
    const either = (x: string) => `[${x[0]!.toUpperCase()}${x[0]!.toLowerCase()}]${escape(x.slice(1))}`;
    const titles = dicts.titles.filter((t) => t.kind === 'function').map((t) => either(t.title)).sort((a, b) => b.length - a.length).join('|');
    const determiners = ['le', 'la', "l'", 'du', 'de la', "de l'", 'au', 'à la', "à l'", 'par le', 'par la', 'son', 'sa', 'leur'].map(either).join('|');
    re = new RegExp(
      String.raw`(?<![\p{L}])(?:${determiners})\s+(?:haute?\s+)?(?:(?<title>${titles})|(?<role>${ROLE_NOUNS}))(?![\p{L}-])(?<demonym>\s+\p{Ll}[\p{Ll}-]+)?(?<body>\s+(?:de la|du|des|de l'|d')\s*\p{Lu}[\p{L}'-]+(?:\s+(?:\p{Lu}[\p{L}'-]+|publique|nationale?|populaire|étrangères|intérieure?))*)?`,
      'gu',
    );
    COMPILED.set(dicts, re);
  }
  return re;
}

const headOf = (title: string) => foldKey(title.replace(/^(?:haut|haute)\s+/iu, '')).split(/\s+/)[0]!;
/** Two people of the same office (« ministre » and « ministre »), whatever their ministries. */
const sameOffice = (a: PersonLike, b: PersonLike) => a.titles.some((t) => b.titles.some((u) => headOf(t) === headOf(u)));

/**
 * Description mentions of `s` resolved to people named earlier (`named(start)` gives, most recent first, the people named
 * before a position of the article). Mentions overlapping a named person's phrase are that person's own title, not a description.
 */
export function describedPersons(
  source: SourceText,
  s: AnnotatedSentence,
  dicts: Dictionaries,
  named: (start: number) => PersonLike[],
): { mention: PersonMention; person: PersonLike }[] {
  const from = source.toUnit(s.start);
  const to = source.toUnit(s.end);
  const view = normalizeForMatching(source.text, from, to);
  const re = descriptionPattern(dicts);
  const out: { mention: PersonMention; person: PersonLike }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(view.text); m; m = re.exec(view.text)) {
    const [ua, ub] = originalRange(view, m.index, m.index + m[0].length);
    const span = source.spanFromUnits(ua, ub);
    if (s.persons.some((p) => p.phrase.start < span.end && span.start < p.phrase.end)) continue;
    // « le ministre X », « le ministre, X, »: a name right after the title is the person's own phrase.
    if (/^\s*,?\s*(?:le |la )?(?:général |M\. |Mme )?\p{Lu}\p{Ll}/u.test(view.text.slice(m.index + m[0].length, m.index + m[0].length + 30)) && !/^\s*,?\s*(?:Vietnam|Viet Nam)/u.test(view.text.slice(m.index + m[0].length))) continue;
    const g = m.groups!;
    const demonym = g.demonym ? dicts.countries.get(g.demonym.trim()) : undefined;
    if (g.demonym && (!demonym || demonym.form !== 'demonym')) continue;
    const country = demonym?.iso3 ?? null;
    // « Le général A a accepté l'invitation de son homologue » (fixture b7-21): without a demonym, the one person of another country who
    // holds the office of the person the sentence names just before.
    if (g.role && !country && /^homologue$/iu.test(g.role)) {
      const [possessor, ...others] = named(span.start);
      if (!s.persons.some((p) => p.end <= span.start && possessor?.names.includes(p.name))) continue;
      const counterparts = possessor?.country ? others.filter((p) => p.country !== null && p.country !== possessor.country && sameOffice(p, possessor)) : [];
      if (possessor && counterparts.length === 1) out.push({ person: counterparts[0]!, mention: { ...span, text: source.slice(span), name: counterparts[0]!.names[0]!, title: null, organization: null, country: counterparts[0]!.country, surnameOnly: false, phrase: span, described: true } });
      continue;
    }
    if (g.role && !country) continue;
    const head = g.role ? null : headOf(g.title!);
    const body = g.body ? foldKey(g.body).replace(/^(?:de la|du|des|de l'|d') ?/u, '') : null;
    const fits = (p: PersonLike) =>
      (head === null || p.titles.some((t) => headOf(t) === head)) &&
      (country === null || p.country === country) &&
      (body === null || p.titles.some((t) => foldKey(t).includes(body)) || (p.organization !== null && foldKey(p.organization).includes(body)));
    const fitting = named(span.start).filter(fits);
    // « Le ministre vietnamien a invité son homologue angolais … » (fixture b8-15): a counterpart holds the office of the one whose
    // counterpart they are, told just before in the sentence; else the person of that country named last.
    const possessor = g.role && /^homologue/iu.test(g.role) ? [...out].reverse().find((o) => o.mention.end <= span.start)?.person : undefined;
    const person = (possessor ? fitting.find((p) => sameOffice(p, possessor)) : undefined) ?? fitting[0];
    if (!person) continue;
    // « le ministre » alone could be any minister the article names (the visitor or his host): only a country or a body tells
    // which, unless the article has named one person of that title so far (« sous les yeux du vice-ministre », fixture b8-01).
    if (country === null && body === null && fitting.length !== 1) continue;
    out.push({
      person,
      mention: { ...span, text: source.slice(span), name: person.names[0]!, // « son homologue vietnamien » tells a side, not a title the person holds.
      title: g.role ? null : m[0].replace(/\s+/g, ' ').replace(/^\S+\s+/u, ''), organization: null, country: person.country, surnameOnly: false, phrase: span, described: true },
    });
  }
  return out;
}
