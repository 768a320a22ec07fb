/** Rejects are data: every stage reports what it refused as a draft, and the run turns drafts into `rejects` rows. */
import type { RejectRow } from '../schemas/rejects.ts';
import { contentId } from './ids.ts';

export interface RejectDraft {
  stage: RejectRow['stage'];
  /** `stage/rule`, e.g. `ingest/binary`. */
  code: string;
  sourceFile: string;
  recordType: RejectRow['record_type'];
  /** A sentence a person can act on. */
  reason: string;
  /** The raw issue; serialized as JSON text. */
  detail: unknown;
  /** `warning` when the file or row is in the release all the same (read with a caveat); `error`, the default, when it is left out. */
  severity?: RejectRow['severity'];
}

export function rejectRow(draft: RejectDraft): RejectRow {
  const detail = draft.detail === null || draft.detail === undefined ? null : JSON.stringify(draft.detail);
  return {
    reject_id: contentId('rej', draft.code, draft.sourceFile, draft.recordType, draft.reason, detail),
    stage: draft.stage,
    source_file: draft.sourceFile,
    record_type: draft.recordType,
    reason: draft.reason,
    detail,
    code: draft.code,
    severity: draft.severity ?? 'error',
  };
}
