import {
  CHANNELS,
  DENIAL_REASONS,
  PACKET_ITEMS,
  PLAN_TYPES,
  SCA_TYPES,
  STATUSES,
  type PacketItem,
} from './vocabulary';

/** What a column holds; drives row parsing, data validation and number formats. */
export type ColumnKind =
  | 'text'
  | 'email'
  | 'list'
  | 'date'
  | 'currency'
  | 'whole'
  | 'url'
  | 'checkbox'
  | 'codes';

/** Keys of the case fields a column maps to. Packet checkboxes are `packet:<item>`. */
export type CaseField =
  | 'caseId'
  | 'patient'
  | 'memberId'
  | 'payer'
  | 'planType'
  | 'serviceLine'
  | 'scaType'
  | 'owner'
  | 'status'
  | 'nextFollowUp'
  | 'submittedOn'
  | 'submittedVia'
  | 'payerReference'
  | 'decisionOn'
  | 'denialReason'
  | 'scaNumber'
  | 'priorAuthNumber'
  | 'approvedCodes'
  | 'requestedRate'
  | 'approvedRate'
  | 'unitsRequested'
  | 'unitsApproved'
  | 'unitsUsed'
  | 'startDate'
  | 'endDate'
  | 'writtenConfirmationOn'
  | 'agreementLink'
  | `packet:${PacketItem}`
  | 'flags'
  | 'problems'
  | 'renewalOf'
  | 'notes';

export interface ColumnSpec {
  readonly field: CaseField;
  /** Header text: the contract a clinic imports and exports by. */
  readonly header: string;
  readonly kind: ColumnKind;
  /** Written only by the add-on (protected, warning-only). */
  readonly addOn?: true;
  /** Allowed values for `list` columns. `serviceLine` is editable in Settings, so it is resolved at run time. */
  readonly values?: readonly string[];
  /** Help text shown by data validation. */
  readonly help?: string;
}

const packetColumns: ColumnSpec[] = PACKET_ITEMS.map((item) => ({
  field: `packet:${item}` as const,
  header: `Packet: ${item}`,
  kind: 'checkbox' as const,
}));

/** The `Cases` sheet, in the order setup creates it. Users may reorder, rename (metadata finds it) and add columns. */
export const CASE_COLUMNS: readonly ColumnSpec[] = [
  // The first screen answers "what do I do today" (issue 14): who and which payer, whose, where it stands, what
  // needs action (Flags, Problems: the add-on's) and when to follow up; the packet and terms columns follow.
  { field: 'caseId', header: 'Case ID', kind: 'text', addOn: true },
  { field: 'patient', header: 'Patient', kind: 'text', help: 'Internal patient ID or initials only — not a full name.' },
  { field: 'payer', header: 'Payer', kind: 'text', help: 'Use the payer name as written in Plan rules.' },
  { field: 'owner', header: 'Owner', kind: 'email', help: "Staff member's email; receives this case's alerts." },
  { field: 'status', header: 'Status', kind: 'list', values: STATUSES },
  { field: 'flags', header: 'Flags', kind: 'text', addOn: true, help: 'What needs action today, most urgent first; written by the daily check.' },
  { field: 'problems', header: 'Problems', kind: 'text', addOn: true, help: 'What is wrong with this row (a bad cell, a broken rule); fix the cell and the next check clears it.' },
  { field: 'nextFollowUp', header: 'Next follow-up', kind: 'date' },
  { field: 'memberId', header: 'Member ID', kind: 'text', help: 'Needed for the packet; never leaves the sheet.' },
  { field: 'planType', header: 'Plan type', kind: 'list', values: PLAN_TYPES },
  { field: 'serviceLine', header: 'Service line', kind: 'list' },
  { field: 'scaType', header: 'SCA type', kind: 'list', values: SCA_TYPES },
  { field: 'submittedOn', header: 'Submitted on', kind: 'date' },
  { field: 'submittedVia', header: 'Submitted via', kind: 'list', values: CHANNELS },
  { field: 'payerReference', header: 'Payer reference #', kind: 'text' },
  { field: 'decisionOn', header: 'Decision on', kind: 'date', help: 'Date of the approval or denial.' },
  { field: 'denialReason', header: 'Denial reason', kind: 'list', values: DENIAL_REASONS },
  { field: 'scaNumber', header: 'SCA #', kind: 'text', help: 'Agreement number from the written terms.' },
  { field: 'priorAuthNumber', header: 'Prior auth #', kind: 'text', help: 'Separate from the SCA; optional.' },
  { field: 'approvedCodes', header: 'Approved codes', kind: 'codes', help: 'CPT/HCPCS codes, comma-separated: 90837, 90834' },
  { field: 'requestedRate', header: 'Requested rate', kind: 'currency', help: 'Per unit.' },
  { field: 'approvedRate', header: 'Approved rate', kind: 'currency', help: 'Per unit.' },
  { field: 'unitsRequested', header: 'Units requested', kind: 'whole' },
  { field: 'unitsApproved', header: 'Units approved', kind: 'whole' },
  { field: 'unitsUsed', header: 'Units used', kind: 'whole' },
  { field: 'startDate', header: 'Start date', kind: 'date' },
  { field: 'endDate', header: 'End date', kind: 'date' },
  { field: 'writtenConfirmationOn', header: 'Written confirmation on', kind: 'date', help: 'When the written terms arrived; empty = verbal only.' },
  { field: 'agreementLink', header: 'Agreement link', kind: 'url', help: 'Link to the written agreement in Drive.' },
  ...packetColumns,
  { field: 'renewalOf', header: 'Renewal of', kind: 'text', help: 'Case ID this case renews or extends.' },
  { field: 'notes', header: 'Notes', kind: 'text' },
];

/** Normalises header text for matching: case, spacing and punctuation spacing do not matter. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/\s+/g, ' ').replace(/\s*([:#&()])\s*/g, '$1').trim();
}
