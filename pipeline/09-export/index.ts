/**
 * Stage 8 — export: validated tables → the release files, then onto disk
 * atomically. Rendering is pure (tables in, chunks out: stream.ts); only
 * the writer (write.ts) touches the disk.
 */
export { BATCH_ROWS, releaseFiles, releaseNames, renderRelease, type StreamedFile } from './stream.ts';
/** Writing is `write.ts`: output checks, lock, staging, swap, recovery. */
export { intactRelease, MARKER, OutputError, ReleaseWriter, writeRelease, type WriteOptions } from './write.ts';
