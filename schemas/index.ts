/** The dataset's tables, in release order, with their primary keys. */
import type { z } from 'zod';
import { ActorRow } from './actors.ts';
import { AgreementRow } from './agreements.ts';
import { ArticleRow } from './articles.ts';
import { EventRow } from './events.ts';
import { MentionRow } from './mentions.ts';
import { ParticipantRow } from './participants.ts';
import { RejectRow } from './rejects.ts';

export interface TableSpec<S extends z.ZodObject = z.ZodObject> {
  name: TableName;
  schema: S;
  primaryKey: string;
  foreignKeys: { field: string; table: TableName; reference: string }[];
  description: string;
}

export type TableName = 'articles' | 'events' | 'participants' | 'agreements' | 'actors' | 'mentions' | 'rejects';

/** The provenance column every extracted row carries: the article it was read from. */
const fromArticle = { field: 'article_id', table: 'articles', reference: 'article_id' } as const;

export const TABLES: readonly TableSpec[] = [
  { name: 'articles', schema: ArticleRow, primaryKey: 'article_id', foreignKeys: [], description: 'One row per input file that was read.' },
  {
    name: 'events',
    schema: EventRow,
    primaryKey: 'event_id',
    foreignKeys: [{ field: 'agreement_id', table: 'agreements', reference: 'agreement_id' }, fromArticle],
    description: 'What happened: meetings, visits, conferences, signings and adoptions.',
  },
  {
    name: 'participants',
    schema: ParticipantRow,
    primaryKey: 'participant_id',
    foreignKeys: [
      { field: 'event_id', table: 'events', reference: 'event_id' },
      { field: 'actor_id', table: 'actors', reference: 'actor_id' },
      fromArticle,
    ],
    description: 'Who took part in which event, one row per (event, actor).',
  },
  {
    name: 'agreements',
    schema: AgreementRow,
    primaryKey: 'agreement_id',
    foreignKeys: [{ field: 'event_id', table: 'events', reference: 'event_id' }, fromArticle],
    description: 'Instruments signed, adopted or proposed.',
  },
  { name: 'actors', schema: ActorRow, primaryKey: 'actor_id', foreignKeys: [fromArticle], description: 'Every person, organization and country, once.' },
  { name: 'mentions', schema: MentionRow, primaryKey: 'mention_id', foreignKeys: [fromArticle], description: 'Every span that supports a row.' },
  { name: 'rejects', schema: RejectRow, primaryKey: 'reject_id', foreignKeys: [], description: 'Everything refused, with a reason: nothing is dropped silently.' },
];

export { ActorRow, AgreementRow, ArticleRow, EventRow, MentionRow, ParticipantRow, RejectRow };

export interface Tables {
  articles: ArticleRow[];
  events: EventRow[];
  participants: ParticipantRow[];
  agreements: AgreementRow[];
  actors: ActorRow[];
  mentions: MentionRow[];
  rejects: RejectRow[];
}
