/**
 * Rules a row must keep whatever its history: checked when a row is edited by hand (onEdit) and by the
 * daily check. Units used beyond units approved is not here: that is an alert, not a broken row.
 */
import type { Problem, ScaCase } from './case';
import { denialReasonGiven, notActiveOnVerbal, submissionRecorded, writtenTermsComplete, type Refusal } from './guards';
import { unknownPayerProblems } from './payer-check';
import type { PlanRule } from './plan-rule';
import type { Status } from './vocabulary';

/** What the invariants need besides the row. */
export interface InvariantContext {
  readonly planRule: PlanRule;
  /** In-network search attempts logged for the case. */
  readonly inNetworkAttempts: number;
  /** Every row of Plan rules, when known: a Payer matching none of them is reported. */
  readonly planRules?: readonly PlanRule[];
}

const WITH_WRITTEN_TERMS: readonly Status[] = ['Approved (written)', 'Active'];
const WAITING_FOR_DECISION: readonly Status[] = ['Submitted', 'In negotiation'];
/**
 * The in-network evidence backs the packet until the payer decides. After a decision a short log is history
 * (often a clinic's older cases, migrated without their logs): reporting it every day would only be noise.
 */
const EVIDENCE_MATTERS: readonly Status[] = ['Identified', 'Assembling packet', 'Submitted', 'In negotiation', 'Appealed'];

const asProblem = (refusal: Refusal | null, column?: string): Problem[] =>
  refusal === null ? [] : [{ code: refusal.code, message: refusal.message, ...(column !== undefined ? { column } : {}) }];

/**
 * The problems of a row as it stands: written terms and confirmation for Approved (written) / Active,
 * a reason for Denied, submission details while waiting for a decision, enough in-network attempts
 * behind a ticked In-network search box until the decision, and a start date not after the end date.
 * A Closed case has none.
 * @example checkRowInvariants(aCase().withStatus('Active').build(), ctx) // written_terms_incomplete, written_confirmation_missing
 */
export function checkRowInvariants(c: ScaCase, ctx: InvariantContext): Problem[] {
  // A closed case needs nothing more from anyone; its cells are still checked (parse problems).
  if (c.status === 'Closed') return [];
  const problems: Problem[] = ctx.planRules ? unknownPayerProblems(c.payer, ctx.planRules) : [];
  if (WITH_WRITTEN_TERMS.includes(c.status)) {
    problems.push(...asProblem(writtenTermsComplete(c)), ...asProblem(notActiveOnVerbal(c), 'Written confirmation on'));
  } else if (c.startDate !== null && c.endDate !== null && c.startDate > c.endDate) {
    problems.push({
      code: 'start_after_end',
      message: `Start date ${c.startDate} is after End date ${c.endDate}.`,
      column: 'End date',
    });
  }
  if (c.status === 'Denied') problems.push(...asProblem(denialReasonGiven(c), 'Denial reason'));
  if (WAITING_FOR_DECISION.includes(c.status)) problems.push(...asProblem(submissionRecorded(c)));
  if (c.packet['In-network search'] && EVIDENCE_MATTERS.includes(c.status) && ctx.inNetworkAttempts < ctx.planRule.minInNetworkAttempts) {
    problems.push({
      code: 'in_network_search_short',
      message: `Packet: In-network search is ticked but only ${ctx.inNetworkAttempts} of the ${ctx.planRule.minInNetworkAttempts} required in-network attempts are logged.`,
      column: 'Packet: In-network search',
    });
  }
  return problems;
}
