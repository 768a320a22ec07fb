/** Who chaired, hosted or organized talks or a gathering told just before: « Les travaux étaient coprésidés par A et par B ». */
import { countryActor, takeRole } from './actors.ts';
import { addParticipant, mention, orgActor, participant, type ArticleState, type ExtractedEvent, type SentenceState } from './state.ts';

const NOUNS = String.raw`(?:travaux|réunion|discussions|entretiens|pourparlers|séance|rencontre|dialogue|conférence|édition|forum|atelier|séminaire|session|sommet)`;

/**
 * « Les travaux / La réunion / Les discussions étaient coprésidé(e)s par A, …, et par B »: the people after « par » chair the
 * meeting the sentence before told (fixture b6-19; a named gathering has its own anaphora pass). The bodies that held it stay.
 * « Cette 4e édition était coprésidée par A et par B » (fixture b8-03): the gathering the sentence before told, likewise.
 */
const CHAIRED_BY = new RegExp(String.raw`^(?:(?<opener>[^.;]{0,200}?),\s*)?(?:Les|La|Le|Ces|Cette|Ce|Cet|les|la|le|ces|cette|ce|cet)\s+(?:\d{1,3}e\s+|\p{Ll}+ième\s+)?${NOUNS}\s+(?:(?:ont|a)\s+été|étaient|était|sont|est|furent|fut)\s+(?:co-?)?présidée?s?\s+par(?![\p{L}])`, 'u');

/**
 * « Accueillie pour la première fois par le Timor-Leste, …, la réunion … » (fixture b8-13), « Organisé par la Gendarmerie nationale
 * avec le soutien de …, le forum a réuni … » (fixture b8-17): a participle opening a sentence about a gathering tells who hosts or organizes it.
 */
const OPENER = new RegExp(String.raw`^(?<verb>Accueilli|Organisé|Co-?organisé|Coorganisé)e?s?(?![\p{L}])(?<opener>[^.;]{0,200}?),\s*(?:les|la|le|l['’]|ces|cette|ce|cet)\s*(?:\d{1,3}e\s+|\p{Ll}+ième\s+)?${NOUNS}(?![\p{L}])`, 'u');
/** « … par le Timor-Leste », « … par l'ambassade … et l'Université … »: right after « par » or coordinated with it, not « avec le soutien de … ». */
const AGENT_BEFORE = /(?<![\p{L}])(?:par|et)\s+(?:le |la |les |l['’])?$/u;

/** The one meeting or gathering the sentence before told. */
function toldJustBefore(st: ArticleState, index: number): ExtractedEvent | undefined {
  const before = st.sentences[index - 1];
  if (!before) return undefined;
  const told = st.events.filter((e) => (e.type === 'meeting' || e.type === 'conference') && e.mentions.some((m) => m.start >= before.start && m.end <= before.end));
  return told.length === 1 ? told[0] : undefined;
}

export function chairsOfTheTalks(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  const head = CHAIRED_BY.exec(s.text);
  if (!head || ss.events.length > 0) return;
  const meeting = toldJustBefore(st, s.index);
  if (!meeting) return;
  const from = s.start + [...head[0]].length;
  const chairs = s.persons.filter((m) => m.start >= from);
  if (chairs.length === 0) return;
  mention(meeting, s);
  ss.events.push(meeting);
  for (const m of chairs) addParticipant(meeting, participant(st, s, m, 'chair'));
}

/**
 * « les deux délégations ont tenu une séance de travail sous la coprésidence du président … A, et du vice-gouverneur … B » (fixture
 * b9-15): the people the phrase names chair the talks the sentence tells, whatever
 * side of the place they are on. A named gathering gives its chairs in its own pass.
 */
const UNDER_THE_CHAIR = /(?<![\p{L}])sous la (?:co-?)?présidence (?:du|de la|de l['’]|des|de)(?![\p{L}])/u;

export function chairsOfTheirTalks(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  const talks = ss.events.filter((e) => e.type === 'meeting' && e.mentions.some((m) => m.start >= s.start && m.end <= s.end));
  const under = UNDER_THE_CHAIR.exec(st.source.slice(s));
  if (talks.length !== 1 || !under) return;
  const from = s.start + [...st.source.slice(s).slice(0, under.index)].length;
  // The phrase follows the talks' own words: « La cérémonie de signature s'est déroulée sous la présidence de A et de B, suite à leur
  // entretien » is the ceremony's (the development gold).
  if (!s.triggers.some((t) => t.ref.eventType === 'meeting' && t.end <= from && /^[^,.;]{0,40}$/u.test(st.source.slice({ start: t.end, end: from })))) return;
  for (const m of s.persons.filter((x) => x.start > from)) {
    const chair = participant(st, s, m, 'chair');
    const known = chair && talks[0]!.participants.find((p) => p.actor.actorId === chair.actor.actorId);
    if (known) known.role = 'chair';
    else addParticipant(talks[0]!, chair);
  }
}

export function hostsOfTheGathering(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  const head = OPENER.exec(s.text);
  const gathering = head ? toldJustBefore(st, s.index) : undefined;
  if (!head || !gathering) return;
  // « Organisée par A et accueillie par B, la réunion … » (fixture b7-11): each agent takes the role of the participle before it.
  const roleOf = (x: { start: number }) => (/accueilli/iu.test([...st.source.slice({ start: s.start, end: x.start }).matchAll(/accueilli|organisé/giu)].at(-1)?.[0] ?? '') ? 'host' : 'organizer');
  const openerEnd = s.start + [...head.groups!.verb!, ...head.groups!.opener!].length + 1;
  const agent = (x: { start: number; end: number }) => x.end <= openerEnd && AGENT_BEFORE.test(st.source.slice({ start: Math.max(s.start, x.start - 12), end: x.start }));
  if (!ss.events.includes(gathering)) mention(gathering, s);
  for (const c of s.countries) if (c.ref.form === 'name' && agent(c) && !s.organizations.some((o) => c.start >= o.start && c.end <= o.end)) takeRole(gathering, countryActor(st, c.ref.iso3), roleOf(c), c.text, s);
  for (const o of s.organizations) if (agent(o)) takeRole(gathering, orgActor(o.ref.id, o.ref.name, o.ref.country), roleOf(o), o.text, s);
}
