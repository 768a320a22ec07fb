import { decode } from '../pipeline/01-ingest.ts';
import { clean, type Article } from '../pipeline/02-clean.ts';
import { segment } from '../pipeline/03-segment.ts';

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
