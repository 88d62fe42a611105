/**
 * The SCA lifecycle as data: for each status, where a case may go next, which guards must pass to
 * enter it, what happens to the payer follow-up, and which of the six process steps it belongs to.
 *
 *   Identified → Assembling packet → Submitted → In negotiation → Approved (verbal) → Approved (written) → Active
 *   Identified → Submitted              (packet already complete when the case is logged)
 *   Submitted → Approved (verbal) | Approved (written) | Denied   (decided without negotiation)
 *   Submitted → Assembling packet       (payer asked for missing documents before deciding)
 *   In negotiation → Approved (written) | Denied
 *   Approved (verbal) → In negotiation (terms reopened) | Denied (never confirmed in writing)
 *   Denied → Appealed → Approved (verbal) | Approved (written) | In negotiation | Denied
 *   Denied → Assembling packet          (resubmission)
 *   any status but Closed → Closed (withdrawn, finished, replaced by a renewal). Closed is final:
 *   a renewal or extension is a new case with "Renewal of" set.
 */
import { STATUSES, type Status } from './vocabulary';

/** The six steps of the process every case follows (the sidebar's progress bar). */
export const PROCESS_STEPS = [
  'Identify',
  'Assemble packet',
  'Submit',
  'Negotiate',
  'Written confirmation',
  'Deliver & track',
] as const;
/** One of the six process steps. */
export type ProcessStep = (typeof PROCESS_STEPS)[number];

/** Business rules checked before a case may enter a status (implemented in guards.ts). */
export type GuardName =
  | 'requiredPacketItemsComplete'
  | 'inNetworkSearchEvidence'
  | 'submissionRecorded'
  | 'writtenTermsComplete'
  | 'notActiveOnVerbal'
  | 'denialReasonGiven';

/** What entering a status does to Next follow-up: set it (waiting on the payer), clear it, or leave it. */
export type FollowUpRule = 'set' | 'clear' | 'keep';

/** One row of the lifecycle table. */
export interface StatusRule {
  readonly next: readonly Status[];
  readonly guards: readonly GuardName[];
  readonly followUp: FollowUpRule;
  /** Entering this status is a payer decision: Decision on is filled with today when blank. */
  readonly decision: boolean;
  readonly step: ProcessStep;
}

const SUBMISSION: GuardName = 'submissionRecorded';

/** The lifecycle table. Closed is reachable from every other status. */
export const LIFECYCLE: Readonly<Record<Status, StatusRule>> = {
  Identified: {
    next: ['Assembling packet', 'Submitted', 'Closed'],
    guards: [],
    followUp: 'keep',
    decision: false,
    step: 'Identify',
  },
  'Assembling packet': {
    next: ['Submitted', 'Closed'],
    guards: [],
    followUp: 'keep',
    decision: false,
    step: 'Assemble packet',
  },
  Submitted: {
    next: ['In negotiation', 'Approved (verbal)', 'Approved (written)', 'Denied', 'Assembling packet', 'Closed'],
    guards: ['requiredPacketItemsComplete', 'inNetworkSearchEvidence', SUBMISSION],
    followUp: 'set',
    decision: false,
    step: 'Submit',
  },
  'In negotiation': {
    next: ['Approved (verbal)', 'Approved (written)', 'Denied', 'Closed'],
    guards: [SUBMISSION],
    followUp: 'set',
    decision: false,
    step: 'Negotiate',
  },
  'Approved (verbal)': {
    next: ['Approved (written)', 'In negotiation', 'Denied', 'Closed'],
    guards: [SUBMISSION],
    followUp: 'set',
    decision: true,
    step: 'Written confirmation',
  },
  'Approved (written)': {
    next: ['Active', 'Closed'],
    guards: [SUBMISSION, 'writtenTermsComplete', 'notActiveOnVerbal'],
    followUp: 'clear',
    decision: true,
    step: 'Deliver & track',
  },
  Active: {
    next: ['Closed'],
    guards: ['writtenTermsComplete', 'notActiveOnVerbal'],
    followUp: 'clear',
    decision: false,
    step: 'Deliver & track',
  },
  Denied: {
    next: ['Appealed', 'Assembling packet', 'Closed'],
    guards: [SUBMISSION, 'denialReasonGiven'],
    followUp: 'clear',
    decision: true,
    step: 'Negotiate',
  },
  Appealed: {
    next: ['Approved (verbal)', 'Approved (written)', 'In negotiation', 'Denied', 'Closed'],
    guards: [],
    followUp: 'set',
    decision: false,
    step: 'Negotiate',
  },
  Closed: {
    next: [],
    guards: [],
    followUp: 'clear',
    decision: false,
    step: 'Deliver & track',
  },
};

/** True when the lifecycle table allows `from` → `to`. @example canTransition('Identified', 'Active') // false */
export function canTransition(from: Status, to: Status): boolean {
  return LIFECYCLE[from].next.includes(to);
}

/** Statuses a case in `from` may move to, in table order. */
export function nextStatuses(from: Status): readonly Status[] {
  return LIFECYCLE[from].next;
}

/** Every status but Closed: the case still needs attention. */
export const OPEN_STATUSES: readonly Status[] = STATUSES.filter((s) => s !== 'Closed');

/** Statuses waiting on the payer (follow-ups run). */
export const WAITING_ON_PAYER: readonly Status[] = STATUSES.filter((s) => LIFECYCLE[s].followUp === 'set');

/** True for every status but Closed. */
export function isOpen(status: Status): boolean {
  return status !== 'Closed';
}
