/**
 * Talks the article reports only through their exchange: no meeting verb or
 * noun, but « X a informé son interlocuteur … », « Les deux parties ont
 * convenu … » between two people of different sides. The talks are the
 * article's subject, so they are an event, undated unless the text dates them.
 */
import { addParticipant, mention, newEvent, participant, type ArticleState } from './state.ts';
import type { ExtractedParticipant } from './types.ts';

const EXCHANGE = /(?<![\p{L}])(?:son|leur) interlocuteur(?![\p{L}])|(?<![\p{L}])ses interlocuteurs(?![\p{L}])|(?<![\p{L}])[Ll]es deux (?:parties|côtés|responsables) (?:ont|se sont)\s+(?:convenu|discuté|échangé|passé en revue|engagé|accordé|mis d'accord|mis d’accord)/u;

export function talksImpliedByExchange(st: ArticleState): void {
  if (st.events.some((e) => e.type === 'meeting' || e.type === 'visit')) return;
  const cue = st.sentences.find((s) => EXCHANGE.test(s.text));
  if (!cue) return;
  const people: ExtractedParticipant[] = [];
  for (const s of st.sentences) {
    if (s.index > cue.index) break;
    for (const m of s.persons) {
      const p = participant(st, s, m, 'attendee');
      if (p && !people.some((q) => q.actor.actorId === p.actor.actorId)) people.push(p);
    }
  }
  const first = people.find((p) => p.country !== null);
  const other = first ? people.find((p) => p !== first && p.country !== first.country) : undefined;
  if (!first || !other) return;
  const talks = newEvent(st, 'meeting', cue);
  talks.status = 'occurred';
  addParticipant(talks, first);
  addParticipant(talks, other);
  mention(talks, cue);
}
