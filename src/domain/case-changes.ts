/** The field changes between two versions of a case: what a save writes, and nothing else. */
import type { ScaCase } from './case';
import type { CaseField } from './case-columns';
import { PACKET_ITEMS } from './vocabulary';

/** Case fields a sidebar save may change (never Case ID, Flags or Problems). */
const SAVED: readonly (keyof ScaCase & CaseField)[] = [
  'patient',
  'payer',
  'planType',
  'serviceLine',
  'scaType',
  'owner',
  'status',
  'nextFollowUp',
  'submittedOn',
  'submittedVia',
  'payerReference',
  'decisionOn',
  'denialReason',
  'scaNumber',
  'priorAuthNumber',
  'approvedCodes',
  'requestedRate',
  'approvedRate',
  'unitsRequested',
  'unitsApproved',
  'unitsUsed',
  'startDate',
  'endDate',
  'writtenConfirmationOn',
  'agreementLink',
  'renewalOf',
  'notes',
];

const same = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.join('\u0000') === b.join('\u0000') : a === b;

/**
 * The fields of `after` that differ from `before`, as CaseField → new value (null clears).
 * @example caseChanges(c, { ...c, status: 'Submitted' }) // { status: 'Submitted' }
 */
export function caseChanges(before: ScaCase, after: ScaCase): Partial<Record<CaseField, unknown>> {
  const changes: Partial<Record<CaseField, unknown>> = {};
  for (const field of SAVED) {
    if (!same(before[field], after[field])) changes[field] = after[field];
  }
  for (const item of PACKET_ITEMS) {
    if (before.packet[item] !== after.packet[item]) changes[`packet:${item}`] = after.packet[item];
  }
  return changes;
}
