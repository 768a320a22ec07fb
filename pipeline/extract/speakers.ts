/** What someone says with no event of its own is said at the event the article reports: they take part in it. */
import { mentionKey } from '../05-resolve.ts';
import { foldKey } from '../source.ts';
import { addParticipant, mention, participant, type ArticleState, type ExtractedEvent, type SentenceState } from './state.ts';

/** A sentence that reports what someone said, with no event of its own, is part of the article's main event (or the talks told last, or the gathering it names). */
export function speakersAtTheMainEvent(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  // A sentence that reports what someone said, with no event of its own, is part of the article's st.main event.
  // What is said with no event of its own is said at the article's st.main event: its topics are the talks' topics.
  if (ss.events.length === 0 && st.main) for (const t of s.topics) (st.main as ExtractedEvent).topics.add(t.topic);
  const createdHere = ss.events.some((e) => e.mentions[0]?.start === s.start);
  if ((ss.events.length === 0 || (!createdHere && ss.events.every((e) => e === st.main || e.type === 'visit'))) && st.main && s.instruments.length === 0) {
    // What someone says is said at the talks told last (« Teo Chee Hean a exprimé sa joie … » after the courtesy call), else at the st.main event.
    const lastTalks = [...st.events].filter((e) => e.type === 'meeting' && e.status === 'occurred' && !e.background).sort((a, b) => (b.mentions.at(-1)?.start ?? 0) - (a.mentions.at(-1)?.start ?? 0))[0];
    // « Intervenant lors du séminaire, le vice-ministre … a souligné … »: said at the gathering the sentence names by its noun.
    const namedFrame = /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:lors|au cours|en marge)\s+d(?:u|e la|e l'|e l’)\s*(atelier|séminaire|forum|conférence|réunion|sommet|dialogue|colloque|exercice)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/iu.exec(s.text);
    const framed = namedFrame ? [...st.events].reverse().find((e) => e.type === 'conference' && e.noun !== null && foldKey(e.noun) === foldKey(namedFrame[1]!)) : undefined;
    // « … a rendu une visite de courtoisie au ministre X. Le ministre a salué … » (fixture b6-11): talks first told in the sentence
    // just before, which does not speak of the main event, are where the next speaker speaks.
    const previous = st.sentences[s.index - 1];
    const inPrevious = (e: ExtractedEvent) => previous !== undefined && e.mentions.some((m) => m.start >= previous.start && m.end <= previous.end);
    const toldJustBefore = lastTalks !== undefined && previous !== undefined && (lastTalks.mentions[0]?.start ?? -1) >= previous.start && !inPrevious(st.main as ExtractedEvent);
    const m0 = framed ?? (toldJustBefore || ((st.main as ExtractedEvent).type !== 'meeting' && lastTalks) ? lastTalks! : (st.main as ExtractedEvent));
    const speakers = speakersOf(st, s);
    const inFrame = /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:lors de (?:l['’]|cet |cette |la |leur)|au cours de (?:l['’]|cet |cette |la |leur)|pour sa part|de son c[ôo]t[ée]|à cette occasion|en marge)/iu.test(s.text) || speakers.length > 0;
    if (inFrame && m0.status === 'occurred') {
      let added = false;
      for (const m of speakers) {
        const p = st.resolved.personOf.get(mentionKey(s, m));
        if (!p) continue;
        // Who speaks at a gathering or a signing ceremony is its speaker (gold README: a signing's host is the ceremony's country).
        if (m0.type === 'conference' || m0.type === 'signing') addParticipant(m0, participant(st, s, m, 'speaker'));
        else addParticipant(m0, participant(st, s, m, m0.country && p.country ? (p.country === m0.country ? 'host' : 'guest') : 'attendee'));
        added = true;
      }
      if (added || /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:lors de (?:l['’]|cet |cette |la )|au cours de)/iu.test(s.text)) mention(m0, s);
    }
  }
}

/** Persons the sentence has speaking: « X, ministre …, a souligné », « "…", s'est félicité X ». */
function speakersOf(st: ArticleState, s: SentenceState['s']) {
  // Who speaks, not who does something else that day: « … ont coprésidé la cérémonie d'inauguration du Centre … » (fixture a3-07).
  return s.persons.filter(
    (m) =>
      /^\s*(?:,\s*(?:[^,]{0,150},\s*)?)?(?:a|ont|s'est|s’est|se sont|avait)\s+(?!été(?![\p{L}])|(?:co-?)?présid|inaugur|visité|signé|assisté|participé|pris part|effectué|quitté|remis|décoré|lancé|ouvert(?![\p{L}]))\p{Ll}/u.test(st.source.slice({ start: m.end, end: Math.min(s.end, m.end + 160) })) ||
      // « "…", s'est félicité X, ministre …, lors de la cérémonie »: the speech verb before the name, after a quotation (tests/06-extract.test.ts).
      /["»”],?\s*(?:a|s'est|s’est)\s+(?:félicité|déclaré|affirmé|souligné|indiqué|estimé|ajouté|insisté|noté|rappelé|expliqué|précisé|réaffirmé|annoncé|assuré|exprimé)e?\s*$/u.test(st.source.slice({ start: Math.max(s.start, m.start - 40), end: m.start })),
  );
}

/** « S'exprimant lors de la cérémonie, X a affirmé … »: in an article that tells a signing and no talks, who speaks at the ceremony is its speaker. */
export function speakersAtTheCeremony(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  if (st.main || ss.events.some((e) => e.mentions[0]?.start === s.start)) return;
  if (!/(?<![\p{L}])(?:lors|au cours|à l['’]occasion) de (?:la cérémonie|l['’]événement|cette cérémonie|cet événement)(?![\p{L}])/iu.test(s.text)) return;
  const signing = [...st.events].filter((e) => e.type === 'signing' && e.status === 'occurred' && !e.background).sort((a, b) => (b.mentions.at(-1)?.start ?? 0) - (a.mentions.at(-1)?.start ?? 0))[0];
  if (!signing) return;
  let added = false;
  for (const m of speakersOf(st, s)) {
    if (!st.resolved.personOf.get(mentionKey(s, m))) continue;
    addParticipant(signing, participant(st, s, m, 'speaker'));
    added = true;
  }
  if (added) mention(signing, s);
}

/** « Ont pris la parole … A ; B ; et C », « Parmi les intervenants figuraient A, B et C », « Les discours d'ouverture ont été prononcés par A et par B » (fixture b7-23): who spoke. */
const SPEAKER_LIST = /^\s*(?:Ont (?:également |aussi |notamment )?pris la parole|Sont (?:également |aussi |notamment )?intervenus|Parmi les (?:intervenants|orateurs|conférenciers|panélistes)|Les (?:intervenants|orateurs) (?:étaient|ont été)|Les discours (?:d['’]ouverture|de clôture|liminaires) (?:ont été|étaient|furent) prononcés par|Le discours (?:d['’]ouverture|de clôture) (?:a été|était|fut) prononcé par)(?![\p{L}])/u;

/** Everyone a speaker list names spoke at the gathering told last (fixtures b5-17, b5-29). */
export function speakerLists(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  if (!SPEAKER_LIST.test(s.text)) return;
  const gathering = [...st.events].reverse().find((e) => e.type === 'conference' && !e.background);
  if (!gathering) return;
  for (const m of s.persons) if (st.resolved.personOf.get(mentionKey(s, m))) addParticipant(gathering, participant(st, s, m, 'speaker'));
  mention(gathering, s);
}
