import { z } from 'zod';
import { col } from './columns.ts';

export const ArticleRow = z.object({
  article_id: col.id('Stable id of the article, from the sha256 of its bytes: the same file keeps its id across releases and renames.'),
  source_file: col.text('Path of the input file, relative to the input folder, with / separators.'),
  source_sha256: col.sha256('SHA-256 of the file bytes, lower-case hex.'),
  bytes: col.int('Size of the file in bytes.'),
  encoding: col.vocab(['utf-8', 'windows-1252'], 'How the bytes were decoded: utf-8, or windows-1252 when they were not valid UTF-8.'),
  title: col.textOrNull('The article title as written (whitespace normalized), or null when the file has none.'),
  url: col.textOrNull('Original address, from the sources.csv sidecar; null without one.'),
  outlet: col.textOrNull('Publishing outlet, from the sources.csv sidecar; null without one.'),
  published: col.edtfOrNull('Publication date in EDTF at the precision known (2026-01-15, 2023-10), null if unknown.'),
  published_basis: col.vocab(['header', 'inferred', 'none'], 'header: the file header ` date …`; inferred: a dateline in the text such as « Lundi, 04/10/2021 09:15 »; none.'),
  language: col.textOrNull('ISO 639-1 language of the body (fr for the corpus), null when too little text to tell.'),
  chars: col.int('Length of the decoded text in code points (BOM removed).'),
  body_char_start: col.int('Code point where the story body starts (after the header and title).'),
  body_char_end: col.int('Code point where the story body ends (before a « Voir plus » teaser block, or the end of the file).'),
  noise_chars: col.int('Code points classified as noise (related links, captions, credits, bylines, teasers): they yield no rows.'),
  sentences: col.int('Number of body sentences outside noise.'),
  events: col.int('Number of events rows this article contributed to.'),
  agreements: col.int('Number of agreements rows this article contributed to.'),
  replaced_bytes: col.int('Bytes that were not valid UTF-8 in a file read as UTF-8, each run of them read as U+FFFD (a rejects warning says where); 0 for a clean file and for windows-1252.'),
  story_id: col.id('The story the article tells: copies of one story (the same dispatch republished by several outlets, near-identical text and the same facts, published within three days) share it; it is sto- and the article id digits of the copy that comes first by article_id, so an article alone has its own.'),
});
export type ArticleRow = z.infer<typeof ArticleRow>;
