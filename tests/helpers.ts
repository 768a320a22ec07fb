import { decode } from '../pipeline/01-ingest.ts';
import { clean, type Article } from '../pipeline/02-clean.ts';
import { segment } from '../pipeline/03-segment.ts';
import { annotate, type AnnotatedSentence } from '../pipeline/04-annotate.ts';
import { dictionaries } from '../pipeline/dictionaries.ts';
import { assemble, processFile } from '../pipeline/run.ts';
import type { Tables } from '../schemas/index.ts';

/** An article from literal text, as the pipeline would read it from a file. */
export function articleFrom(text: string, sourceFile = 'test.txt'): Article {
  const { doc } = decode({ sourceFile, bytes: new TextEncoder().encode(text), readError: null });
  if (!doc) throw new Error('test text did not decode');
  return clean(doc).article;
}

export function sentencesOf(text: string): string[] {
  const article = articleFrom(text);
  return segment(article).sentences.map((s) => article.doc.source.slice(s));
}

export function contentOf(text: string): string[] {
  const article = articleFrom(text);
  return article.content.map((s) => article.doc.source.slice(s));
}

/** The annotated sentences of a one-paragraph text (a title line is added so the text is all body). */
export function annotated(text: string): AnnotatedSentence[] {
  const article = articleFrom(`Titre de l'article\n\n${text}`);
  return annotate(article, segment(article), dictionaries());
}

/** The release tables for a set of articles given as { file: text }. */
export function tablesFor(files: Record<string, string>): Tables {
  const results = Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([sourceFile, text]) => processFile({ sourceFile, bytes: new TextEncoder().encode(text), readError: null }));
  return assemble(results, new Map(), []);
}

/** The events of release tables as one line each: type, date, basis, city, status and « name:role » of everyone taking part. */
export const eventsOf = (tables: Tables) =>
  tables.events.map((e) => ({
    type: e.event_type,
    date: e.date,
    basis: e.date_basis,
    city: e.city,
    status: e.status,
    people: tables.participants
      .filter((p) => p.event_id === e.event_id)
      .map((p) => `${p.name}:${p.role}`)
      .sort(),
  }));
