/** Who chaired talks or a gathering told just before: « Les travaux étaient coprésidés par A et par B ». */
import { addParticipant, mention, participant, type ArticleState, type SentenceState } from './state.ts';

/**
 * « Les travaux / La réunion / Les discussions étaient coprésidé(e)s par A, …, et par B »: the people after « par » chair the
 * meeting the sentence before told (fixture b6-19; a named gathering has its own anaphora pass). The bodies that held it stay.
 * « Cette 4e édition était coprésidée par A et par B » (fixture b8-03): the gathering the sentence before told, likewise.
 */
const CHAIRED_BY = /^(?:Les|La|Le|Ces|Cette|Ce|Cet)\s+(?:\d{1,3}e\s+|\p{Ll}+ième\s+)?(?:travaux|réunion|discussions|entretiens|pourparlers|séance|rencontre|dialogue|conférence|édition|forum|atelier|séminaire|session|sommet)\s+(?:(?:ont|a)\s+été|étaient|était|sont|est|furent|fut)\s+(?:co-?)?présidée?s?\s+par(?![\p{L}])/iu;

export function chairsOfTheTalks(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  const head = CHAIRED_BY.exec(s.text);
  if (!head || ss.events.length > 0 || s.index === 0) return;
  const before = st.sentences[s.index - 1]!;
  const talks = st.events.filter((e) => (e.type === 'meeting' || e.type === 'conference') && e.mentions.some((m) => m.start >= before.start && m.end <= before.end));
  if (talks.length !== 1) return;
  const meeting = talks[0]!;
  const from = s.start + [...head[0]].length;
  const chairs = s.persons.filter((m) => m.start >= from);
  if (chairs.length === 0) return;
  mention(meeting, s);
  ss.events.push(meeting);
  for (const m of chairs) addParticipant(meeting, participant(st, s, m, 'chair'));
}
