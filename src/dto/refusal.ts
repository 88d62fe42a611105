/**
 * How every sidebar server function says no: `{ ok: false, reason, message, fields, changed }`.
 * The sidebar branches on `reason` (never on the text), shows `message`, puts each `fields` entry under its
 * form field, and on 'row-changed' reloads the case (showing `changed`).
 */

/** Why a server function refused. */
export type RefusalReason =
  /** The server function exists in the contract but is not built yet. */
  | 'not-implemented'
  /** The payload failed validation; `fields` says which field and why. */
  | 'invalid-input'
  /** The tracker is not set up (no Cases sheet or no Case ID column). */
  | 'tracker-not-set-up'
  /** No row holds this Case ID any more. */
  | 'case-not-found'
  /** Several rows hold this Case ID; a person must fix the sheet first. */
  | 'duplicate-case-id'
  /** The row changed since the sidebar read it (`changed` lists what); nothing was saved. Reload the case. */
  | 'row-changed'
  /** The case's rules refuse the change (packet incomplete, terms incomplete, …); `fields` says what to fix. */
  | 'rule-refused'
  /** Another save or the daily check held the document for too long; try again. */
  | 'busy';

/** One problem with one field of the form (`field` is the payload key, e.g. 'submittedVia', 'packet:Credentials'). */
export interface FieldErrorDto {
  readonly field: string;
  /** A stable code: the domain rule's code (e.g. 'packet_incomplete') or 'invalid'. */
  readonly code: string;
  readonly message: string;
}

/** One cell that changed under the sidebar: header text, the value it was based on, the value now. */
export interface ChangedFieldDto {
  readonly field: string;
  readonly before: string;
  readonly now: string;
}

export interface RefusalDto {
  readonly ok: false;
  readonly reason: RefusalReason;
  /** One or two sentences a front-desk person understands. */
  readonly message: string;
  /** Per-field problems; [] when the refusal is not about a field. */
  readonly fields: readonly FieldErrorDto[];
  /** For 'row-changed': what changed on the row; [] otherwise. */
  readonly changed: readonly ChangedFieldDto[];
}
