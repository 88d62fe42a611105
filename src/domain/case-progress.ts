/** Where a case stands in the six process steps, for the sidebar's progress bar. */
import type { ScaCase } from './case';
import { LIFECYCLE, PROCESS_STEPS, type ProcessStep } from './lifecycle';

/** A step's state: finished, where the case is now, still ahead, or never reached (a closed case). */
export type StepState = 'done' | 'current' | 'upcoming' | 'skipped';

/** Every step's state and the current step. */
export interface CaseProgress {
  readonly steps: readonly { readonly step: ProcessStep; readonly state: StepState }[];
  /** The current step; null once the case is closed. */
  readonly current: ProcessStep | null;
}

/** The furthest step a closed case reached, read from the dates on its row. */
function reachedWhenClosed(c: ScaCase): number {
  if (c.startDate !== null && c.writtenConfirmationOn !== null && (c.unitsUsed ?? 0) > 0) return PROCESS_STEPS.indexOf('Deliver & track');
  if (c.writtenConfirmationOn !== null) return PROCESS_STEPS.indexOf('Written confirmation');
  if (c.decisionOn !== null) return PROCESS_STEPS.indexOf('Negotiate');
  if (c.submittedOn !== null) return PROCESS_STEPS.indexOf('Submit');
  return PROCESS_STEPS.indexOf('Identify');
}

/**
 * Done / current / upcoming per step. Steps before the status's step are done; Denied and Appealed sit
 * at Negotiate; a closed case shows the steps it reached as done and the rest as skipped.
 * @example caseProgress(aCase().withStatus('Submitted').build()).current // 'Submit'
 */
export function caseProgress(c: ScaCase): CaseProgress {
  if (c.status === 'Closed') {
    const reached = reachedWhenClosed(c);
    return {
      steps: PROCESS_STEPS.map((step, i) => ({ step, state: i <= reached ? 'done' : 'skipped' })),
      current: null,
    };
  }
  const at = PROCESS_STEPS.indexOf(LIFECYCLE[c.status].step);
  return {
    steps: PROCESS_STEPS.map((step, i) => ({ step, state: i < at ? 'done' : i === at ? 'current' : 'upcoming' })),
    current: LIFECYCLE[c.status].step,
  };
}
