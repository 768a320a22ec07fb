/** Who signs, attends or chairs a signing or adoption, read off the sentence that tells it. */
import type { InstrumentMention, PersonMention, TriggerMention } from '../04-annotate.ts';
import { CHAIR_BEFORE } from './signing-ceremonies.ts';
import { AFTER_THE_TALKS } from './signing-dates.ts';
import { withoutHonorificStops } from './text.ts';
import { addParticipant, participant, sentenceSpan, type ArticleState, type ExtractedEvent, type SentenceState } from './state.ts';

const COUNT_WORDS = ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'];

/** « X et Y ont signé le … » is verbal; « … a été signé lors d'une séance de travail entre leurs vice-ministres A et B » is passive and names its signatories after it. */
export function signingVoice(linkedTrigger: TriggerMention, ins: InstrumentMention): { verbal: boolean; passive: boolean } {
  return { verbal: !linkedTrigger.nominal && linkedTrigger.end <= ins.start, passive: linkedTrigger.verb?.voice === 'passive' && linkedTrigger.verb.form === 'finite' };
}

export function signingPeople(st: ArticleState, ss: SentenceState, event: ExtractedEvent, linkedTrigger: TriggerMention, ins: InstrumentMention, type: ExtractedEvent['type']): void {
  const { s } = ss;
  // Signatories are the subjects of « X et Y ont signé » or the agents of « signé par X »; a name elsewhere in the sentence is not one.
  const { verbal, passive } = signingVoice(linkedTrigger, ins);
  // « a également signé … un mémorandum …, signé par A et B » (fixture b8-09): a participle right after the instrument names its agents.
  const restated = s.triggers.find((x) => x !== linkedTrigger && x.ref.eventType === 'signing' && x.verb?.form === 'participle' && x.start >= ins.end && /^\s*,?\s*$/u.test(st.source.slice({ start: ins.end, end: x.start })));
  const agentOf = (m: PersonMention) => restated !== undefined && m.start > restated.end && /^\s*par\s+(?:le |la |l')?[^,;.]{0,80}(?:,\s*(?:M\.|Mme)\s*)?$/u.test(st.source.slice({ start: restated.end, end: Math.max(restated.end, m.phrase.start) }));
  // « X doit s'entretenir avec Y et signer … » (fixture b9-17): the subject of a governed infinitive stands before its governor.
  const governor = linkedTrigger.verb?.form === 'infinitive' ? linkedTrigger.verb.governor : null;
  const subjectEnd = governor ? (s.tokens[governor.first]?.start ?? linkedTrigger.start) : linkedTrigger.start;
  const signers = s.persons.filter(
    (m) =>
      agentOf(m) ||
      (verbal && !passive && m.end <= subjectEnd && !/[.;]|(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:que|qu')(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/u.test(withoutHonorificStops(st.source.slice({ start: m.end, end: linkedTrigger.start })))) ||
      // « signé au nom du gouvernement vietnamien par X », « signé le 3 mai à Vienne par X »: on whose behalf, when or where may come before the agent (tests/06-extract.test.ts).
      // The agent's title may come first, with its own commas (« par le ministre de la Sécurité publique, le général X », fixture b5-07).
      (m.start > linkedTrigger.end && /^\s*(?:au nom d(?:u |e la |e l'|e l’|es )[^,;.]{0,60}?\s+|(?:le |en )[^,;.]{0,30}?\s+|à \p{Lu}[^,;.]{0,30}?\s+)?par\s+(?:le |la |l')?[^,;.]{0,80}(?:,?\s*(?:M\.|Mme)\s*)?$/u.test(st.source.slice({ start: linkedTrigger.end, end: Math.max(linkedTrigger.end, m.phrase.start) }))) ||
      (passive && m.start > linkedTrigger.end && /(?<![\p{L}\p{N}])entre\s+(?:les |leurs |ses )?[^,;.]{0,60}$/u.test(st.source.slice({ start: linkedTrigger.end, end: m.start }))),
  );
  // « signé par A, et le ministre …, B », « par M. A et M. B », « par A et son homologue lao, B » (fixture b9-15): an agent coordinated
  // with the one before it signs too.
  for (const m of s.persons) {
    const previous = signers.at(-1);
    if (previous && m.start > previous.end && !signers.includes(m) && /^\s*,?\s*et\s+(?:par\s+)?(?:le |la |l'|l’|(?:son|sa|leur) homologue(?:\s+\p{Ll}+)?\s*,\s*)?\s*(?:M\.|Mme)?\s*$/u.test(st.source.slice({ start: previous.phrase.end, end: Math.max(previous.phrase.end, m.phrase.start) })) && previous.start > linkedTrigger.end) signers.push(m);
  }
  // People sign; laws and partnerships are adopted by countries and bodies, whoever announces them. Who signs or promulgates a law
  // (« Le président de l'État … a promulgué … », fixture forms-015; « a signé, au nom du gouvernement, le décret … », b9-13) is its signatory.
  // « … avait signé la décision approuvant la Stratégie … » (fixture b9-13): who signs the decision that approves it likewise.
  const signsTheDecision = s.triggers.some((t) => t.frame.id === 'signer' && t.end <= linkedTrigger.start && /^\s*(?:la|une) décision(?:\s+n[°º]\s*[\d/A-ZĐ-]+)?\s*$/u.test(st.source.slice({ start: t.end, end: linkedTrigger.start })));
  const enacts = type === 'adoption' && (linkedTrigger.frame.id === 'signer' || linkedTrigger.frame.id === 'promulguer' || (linkedTrigger.frame.id === 'approuver' && signsTheDecision));
  if (type === 'signing' || enacts) for (const m of signers) addParticipant(event, participant(st, s, m, 'signatory'));
  // « Les deux parties ont également signé … » at the meeting the article reports: its two people signed.
  // « Les deux hommes ont eu une séance de travail, à l'issue de laquelle ils ont signé … »: « ils » are the people of the talks just told (fixture a3-07).
  const talksHere = ss.events.find((e) => e.type === 'meeting' && e.participants.filter((p) => p.actor.type === 'person').length >= 2);
  if (signers.length === 0 && type === 'signing' && !linkedTrigger.nominal && talksHere && /(?<![\p{L}])(?:ils|elles)\s+(?:ont|avaient)\s+(?:également |aussi |ensuite )?(?:signé|paraphé)/u.test(s.text)) {
    for (const p of talksHere.participants.filter((x) => x.actor.type === 'person')) addParticipant(event, { ...p, role: 'signatory', evidence: sentenceSpan(s) });
  }
  // « À l'issue des entretiens, les deux généraux ont signé … » (fixture b5-01): the two people of the talks told last, else of the main event.
  const lastTalks = [...st.events].reverse().find((e) => e.type === 'meeting' && e.participants.filter((p) => p.actor.type === 'person').length === 2);
  const main = st.main as ExtractedEvent | null;
  // « À l'issue des entretiens »: the talks told last, even when the article's main event has two people too (fixture b7-21).
  const signingPair = (AFTER_THE_TALKS.test(s.text) ? lastTalks : undefined) ?? (main && main.participants.filter((p) => p.actor.type === 'person').length >= 2 ? main : lastTalks ?? main);
  const pairSigned = /(?<![\p{L}\p{N}])les\s*deux (parties|ministres|responsables|dirigeants|côtés|vice-ministres|co-?présidents|présidents|chefs de délégation|chefs|généraux|hommes|commissaires|directeurs) (?:ont|avaient) (?:également |aussi |en outre |ensuite )?(?:signé|paraphé)/iu.exec(s.text);
  // « La police de la province A et le commandement … de B ont tenu leur conférence … À l'issue des travaux, les deux parties ont signé
  // le plan … » (fixtures b6-19, b7-29): the two sides are the bodies that held the talks, not the people who chaired them.
  const bodies = signingPair?.participants.filter((x) => x.actor.type === 'organization' && x.actor.country !== null) ?? [];
  const bodiesSign = pairSigned?.[1]!.toLowerCase() === 'parties' && new Set(bodies.map((x) => x.actor.country)).size >= 2;
  if (signers.length === 0 && type === 'signing' && !linkedTrigger.nominal && pairSigned && signingPair) {
    if (bodiesSign) {
      for (const p of bodies) addParticipant(event, { ...p, role: 'party', evidence: sentenceSpan(s) });
      if (event.agreement) event.agreement.parties = new Set(bodies.map((p) => p.actor.country!));
    } else for (const p of signingPair.participants.filter((x) => x.actor.type === 'person')) addParticipant(event, { ...p, role: 'signatory', evidence: sentenceSpan(s) });
  }
  // « les six pays ont signé la Déclaration … », « Signé en 1993 par les six pays … » (fixture b7-11): the countries counted are the ones
  // the gathering told before brought together, when there are that many of them.
  const counted = /(?<![\p{L}])les\s+(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|\d{1,2})\s+pays(?![\p{L}])/iu.exec(st.source.slice({ start: s.start, end: Math.min(s.end, linkedTrigger.end + 40) }));
  if (counted) {
    const n = COUNT_WORDS.indexOf(counted[1]!.toLowerCase()) + 2 || Number(counted[1]);
    const gathering = [...st.events].reverse().find((e) => e.type === 'conference' && e.participants.filter((p) => p.actor.type === 'country').length === n);
    for (const p of gathering?.participants.filter((x) => x.actor.type === 'country') ?? []) if (!event.participants.some((x) => x.actor.actorId === p.actor.actorId)) event.participants.push({ ...p, role: 'party', evidence: sentenceSpan(s) });
  }
  // « en présence du vice-ministre A, de l'ambassadeur …, B, et du directeur …, C »: every person of the list attends (fixture b3-033).
  for (const m of s.persons) {
    const before = st.source.slice({ start: Math.max(s.start, m.phrase.start - 220), end: m.phrase.start });
    // … « et du vice-ministre coréen des Sciences, M. Park Jin-ho » (fixture b5-13): an honorific may stand before the name.
    // « sous les yeux du vice-ministre » says it too (fixture b8-01); a description's phrase holds its own « du ».
    if (/(?<![\p{L}\p{N}])(?:en présence|sous les yeux)(?:\s*d[eu']|\s+)\s*(?:la |l'|l’)?\s*(?:M\.|Mme)?\s*$/u.test(before.slice(-24)) || /(?<![\p{L}\p{N}])en présence d[eu'](?:(?!(?<![\p{L}])(?:a|ont|qui|dont)(?![\p{L}]))[^.;]){0,200}(?:,|(?<![\p{L}\p{N}])et)\s+(?:de |du |d'|d’)?(?:la |l'|l’)?\s*(?:M\.|Mme)?\s*$/u.test(before)) {
      addParticipant(event, participant(st, s, m, 'attendee'));
    }
  }
  // « en présence des deux ministres », « Les deux chefs d'État ont ensuite assisté à la signature » (fixture b5-07), « Ils ont également
  // assisté à la signature » (fixture b8-05): the two people of the talks the article reports.
  const talks = [...st.events].reverse().find((e) => e.type === 'meeting' && e.participants.filter((p) => p.actor.type === 'person').length >= 2) ?? (st.main as ExtractedEvent | null);
  if (/(?<![\p{L}\p{N}])en présence des deux (?:ministres|dirigeants|présidents|chefs|responsables|parties|vice-ministres)(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))|(?:(?<![\p{L}\p{N}])les deux (?:ministres|dirigeants|présidents|chefs(?: d['’]État| de gouvernement| de délégation)?|responsables|vice-ministres|Premiers ministres)|^\s*(?:Ils|Elles)) ont (?:ensuite |également |aussi )?assisté à la (?:cérémonie de )?signature/iu.test(s.text) && talks) {
    for (const p of talks.participants.filter((x) => x.actor.type === 'person')) if (!event.participants.some((x) => x.actor.actorId === p.actor.actorId)) event.participants.push({ ...p, role: 'attendee', evidence: sentenceSpan(s) });
  }
  // « coprésidée par le Secrétaire général de l'ONU, António Guterres »
  for (const m of s.persons) {
    const before = st.source.slice({ start: Math.max(s.start, m.phrase.start - 40), end: m.phrase.start });
    // « lors de sa réunion ordinaire présidée par le Premier ministre X »: who chairs the meeting does not chair the adoption (fixture b5-11).
    const meetingChair = /(?<![\p{L}])(?:réunion|séance|session)(?![\p{L}])[^,;.]{0,60}(?:co-?)?présidée?\s+par\s+[^,;.]{0,60}$/iu.test(st.source.slice({ start: Math.max(s.start, m.phrase.start - 120), end: m.phrase.start }));
    if (CHAIR_BEFORE.test(before) && !meetingChair) addParticipant(event, participant(st, s, m, 'chair'));
  }
}
