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
  };
}
