/**
 * Guards: the business rules a status change must pass. Each is named for its rule, returns a Refusal
 * (stable code + plain message) or null, and looks at the case as it would be after the change.
 */
import type { ScaCase } from './case';
import { describeAllowed } from './cell-parsers';
import { LIFECYCLE, nextStatuses, type GuardName } from './lifecycle';
import type { PlanRule } from './plan-rule';
import type { PacketItem, Status } from './vocabulary';

/** Why a change is refused: a code the UI branches on, and a message for a front-desk person. */
export interface Refusal {
  readonly code: RefusalCode;
  readonly message: string;
}

/** Stable codes of refusals, one per guard. */
export type RefusalCode =
  | 'transition_not_allowed'
  | 'packet_incomplete'
  | 'in_network_search_short'
  | 'submission_not_recorded'
  | 'written_terms_incomplete'
  | 'written_confirmation_missing'
  | 'denial_reason_missing';

/** What guards know besides the case. */
export interface GuardContext {
  readonly from: Status;
  readonly planRule: PlanRule;
  /** In-network search attempts logged for the case (rows not marked out of network). */
  readonly inNetworkAttempts: number;
}

/** A named guard: the rule's name, its refusal code, and the check on the case as proposed. */
export interface Guard {
  readonly name: GuardName | 'transitionAllowed';
  readonly code: RefusalCode;
  readonly check: (proposed: ScaCase, ctx: GuardContext) => Refusal | null;
}

const refuse = (code: RefusalCode, message: string): Refusal => ({ code, message });
const listed = (names: readonly string[]): string => names.join(', ');

/** The lifecycle table allows moving from `ctx.from` to the proposed status. */
export function transitionAllowed(proposed: ScaCase, ctx: GuardContext): Refusal | null {
  if (LIFECYCLE[ctx.from].next.includes(proposed.status)) return null;
  const options = nextStatuses(ctx.from);
  const where = options.length > 0 ? `From ${ctx.from} it can go to ${describeAllowed(options)}.` : `${ctx.from} is final.`;
  return refuse('transition_not_allowed', `A case cannot go from ${ctx.from} to ${proposed.status}. ${where}`);
}

/** Packet items this plan requires that are not ticked, in checklist order. */
export function missingRequiredItems(c: ScaCase, planRule: PlanRule): PacketItem[] {
  return planRule.requiredItems.filter((item) => !c.packet[item]);
}

/** Every packet item the payer's plan rule requires is ticked before submission. */
export function requiredPacketItemsComplete(proposed: ScaCase, ctx: GuardContext): Refusal | null {
  const missing = missingRequiredItems(proposed, ctx.planRule);
  if (missing.length === 0) return null;
  return refuse('packet_incomplete', `Complete the packet before submitting; not yet ticked: ${listed(missing)}.`);
}

/** When the plan requires the in-network search, at least its minimum number of attempts is logged. */
export function inNetworkSearchEvidence(_proposed: ScaCase, ctx: GuardContext): Refusal | null {
  const { planRule } = ctx;
  if (!planRule.requiredItems.includes('In-network search')) return null;
  const { inNetworkAttempts } = ctx; // only now: counting the attempts reads the In-network search log
  if (inNetworkAttempts >= planRule.minInNetworkAttempts) return null;
  const payer = planRule.payer === '' ? 'This plan' : planRule.payer;
  return refuse(
    'in_network_search_short',
    `${payer} needs at least ${planRule.minInNetworkAttempts} in-network providers contacted in the In-network search log (${inNetworkAttempts} logged).`,
  );
}

/** The submission date and channel are recorded (needed from Submitted on, for follow-ups and turnaround). */
export function submissionRecorded(proposed: ScaCase): Refusal | null {
  const missing = [proposed.submittedOn === null ? 'Submitted on' : '', proposed.submittedVia === '' ? 'Submitted via' : ''].filter(Boolean);
  if (missing.length === 0) return null;
  return refuse('submission_not_recorded', `Record how and when the packet went to the payer: fill ${listed(missing)}.`);
}

/** Terms billing relies on are on the row: SCA #, approved codes, units, rate, start and end dates, start ≤ end. */
export function writtenTermsComplete(proposed: ScaCase): Refusal | null {
  const missing: string[] = [];
  if (proposed.scaNumber === '') missing.push('SCA #');
  if (proposed.approvedCodes.length === 0) missing.push('Approved codes');
  if (proposed.unitsApproved === null) missing.push('Units approved');
  if (proposed.approvedRate === null) missing.push('Approved rate');
  if (proposed.startDate === null) missing.push('Start date');
  if (proposed.endDate === null) missing.push('End date');
  const problems: string[] = [];
  if (missing.length > 0) problems.push(`fill ${listed(missing)}`);
  if (proposed.startDate !== null && proposed.endDate !== null && proposed.startDate > proposed.endDate) {
    problems.push(`Start date ${proposed.startDate} is after End date ${proposed.endDate}`);
  }
  if (problems.length === 0) return null;
  return refuse('written_terms_incomplete', `The written terms are incomplete: ${problems.join('; ')}.`);
}

/** Verbal approval is not an agreement: the date the written terms arrived is recorded. */
export function notActiveOnVerbal(proposed: ScaCase): Refusal | null {
  if (proposed.writtenConfirmationOn !== null) return null;
  return refuse(
    'written_confirmation_missing',
    'A verbal approval is not an agreement: enter Written confirmation on (the date the written terms arrived) first.',
  );
}

/** A denial says why (Denial reason), for the appeal and the pilot review. */
export function denialReasonGiven(proposed: ScaCase): Refusal | null {
  if (proposed.denialReason !== '') return null;
  return refuse('denial_reason_missing', 'Choose a Denial reason before marking the case Denied.');
}

/** Every guard by name, with its refusal code. */
export const GUARDS: Readonly<Record<GuardName, Guard>> = {
  requiredPacketItemsComplete: { name: 'requiredPacketItemsComplete', code: 'packet_incomplete', check: requiredPacketItemsComplete },
  inNetworkSearchEvidence: { name: 'inNetworkSearchEvidence', code: 'in_network_search_short', check: inNetworkSearchEvidence },
  submissionRecorded: { name: 'submissionRecorded', code: 'submission_not_recorded', check: submissionRecorded },
  writtenTermsComplete: { name: 'writtenTermsComplete', code: 'written_terms_incomplete', check: writtenTermsComplete },
  notActiveOnVerbal: { name: 'notActiveOnVerbal', code: 'written_confirmation_missing', check: notActiveOnVerbal },
  denialReasonGiven: { name: 'denialReasonGiven', code: 'denial_reason_missing', check: denialReasonGiven },
};

/** The guard that checks the lifecycle table itself. */
export const TRANSITION_ALLOWED: Guard = { name: 'transitionAllowed', code: 'transition_not_allowed', check: transitionAllowed };

/** Guards a case must pass to enter `status` (not including transitionAllowed); for onEdit's check of a typed Status. */
export function guardsForStatus(status: Status): readonly Guard[] {
  return LIFECYCLE[status].guards.map((name) => GUARDS[name]);
}

/** Every refusal for moving to `proposed.status` from `ctx.from`: the table first, then each entry guard. */
export function refusalsFor(proposed: ScaCase, ctx: GuardContext): Refusal[] {
  return [TRANSITION_ALLOWED, ...guardsForStatus(proposed.status)]
    .map((guard) => guard.check(proposed, ctx))
    .filter((r): r is Refusal => r !== null);
}

const REFUSAL_CODES: ReadonlySet<string> = new Set<string>([TRANSITION_ALLOWED.code, ...Object.values(GUARDS).map((g) => g.code)]);

/** True for a guard's refusal code (a row problem may carry one). */
export function isRefusalCode(code: string): code is RefusalCode {
  return REFUSAL_CODES.has(code);
}
