import type { StepState } from '../domain/case-progress';
import type { ProcessStep } from '../domain/lifecycle';
import type { CaseSummaryDto, MissingItemDto, ProcessStepDto, ProcessStepKey, ProcessStepState } from '../dto/case-summary';
import type { CaseOverview } from './cases/case-overview';

export const STEP_KEYS: Readonly<Record<ProcessStep, ProcessStepKey>> = {
  Identify: 'identify',
  'Assemble packet': 'assemble',
  Submit: 'submit',
  Negotiate: 'negotiate',
  'Written confirmation': 'confirm',
  'Deliver & track': 'deliver',
};

/** A closed case's steps it never reached show as not done. */
export const STEP_STATES: Readonly<Record<StepState, ProcessStepState>> = { done: 'done', current: 'current', upcoming: 'upcoming', skipped: 'upcoming' };

/**
 * The sidebar's view of a case: JSON-safe (dates stay ISO strings — google.script.run refuses Date),
 * null for empty values, never undefined. Missing = required packet items not done, then what the next
 * milestone still needs.
 */
export function toCaseSummaryDto(overview: CaseOverview): CaseSummaryDto {
  const c = overview.case;
  const steps: ProcessStepDto[] = overview.progress.steps.map((s) => ({ key: STEP_KEYS[s.step], label: s.step, state: STEP_STATES[s.state] }));
  const missing: MissingItemDto[] = overview.checklist.items
    .filter((line) => line.required && !line.done)
    .map((line) => ({ code: 'packet-item', message: `${line.item}: ${line.needs}` }));
  for (const refusal of overview.missingForNext) {
    if (refusal.code === 'packet_incomplete') continue; // already listed item by item
    missing.push({ code: refusal.code, message: refusal.message });
  }
  return {
    caseId: c.caseId,
    row: overview.rowNumber,
    status: c.status,
    payer: c.payer,
    owner: c.owner,
    nextFollowUp: c.nextFollowUp,
    endDate: c.endDate,
    unitsApproved: c.unitsApproved,
    unitsUsed: c.unitsUsed,
    steps,
    missing,
    flags: [...overview.flags],
    problems: [...overview.problems],
  };
}
