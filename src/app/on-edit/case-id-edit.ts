import type { Problem } from '../../domain/case';
import { caseIdKey } from '../../domain/case-id';

/** Why a typed Case ID was put back (issue 10): IDs are the add-on's, like Flags and Problems. */
export const CASE_ID_BY_HAND: Problem = {
  code: 'case_id_by_hand',
  message:
    'Case IDs are issued by the add-on and cannot be typed or changed by hand: a row with case data gets the next ID by itself, and a duplicate is resolved by clearing the Case ID cell of the extra row.',
  column: 'Case ID',
};

/** A Case ID cell that a paste wrote over: its old value is unknown, so it is kept and reported. */
export const CASE_ID_PASTED: Problem = {
  code: 'case_id_pasted',
  message: 'The Case ID cell was pasted over: Case IDs are issued by the add-on, so check this row carries its own case\'s ID (clear the cell to get a new one).',
  column: 'Case ID',
};

/**
 * A typed Case ID cell: refused (put back) unless it clears an ID that another row also carries — the one
 * hand edit of an ID that is allowed, because that is how a duplicate is resolved (the row then gets a new ID).
 * `elsewhere(id)` counts the rows holding `id` now, the edited row excluded.
 */
export function caseIdEditAllowed(oldValue: unknown, newValue: unknown, elsewhere: (id: string) => number): boolean {
  const from = caseIdKey(oldValue);
  const to = caseIdKey(newValue);
  if (from === to) return true;
  return to === '' && from !== '' && elsewhere(from) > 0;
}
