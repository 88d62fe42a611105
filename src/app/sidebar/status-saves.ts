/**
 * Sidebar saves that move a case: submit, log a payer contact (and negotiate), written terms, any other
 * status change. Every status change goes through the domain's transition() — the same lifecycle table
 * and guards a Status typed in the sheet meets — and a refusal comes back per field.
 */
import { addDays, type IsoDate } from '../../domain/calendar-date';
import type { ScaCase } from '../../domain/case';
import type { ContactEntry } from '../../domain/contacts-sheet';
import { attemptsFor } from '../../domain/in-network-search-sheet';
import { refusalFields } from '../../domain/refusal-fields';
import { transition } from '../../domain/transition';
import type { ContactType, DenialReason, Status } from '../../domain/vocabulary';
import type { RefusalDto } from '../../dto/refusal';
import { planFor } from './case-state';
import type { SaveInput, SaveOutcome } from './case-save';
import { refusal } from './refusal';

/** Moves `withFields` through `path` (one status, or two for Approved (written) → Active); refusals per field. */
export function moveThrough(input: SaveInput, withFields: ScaCase, path: readonly Status[]): { ok: true; next: ScaCase } | RefusalDto {
  const { context } = input.loaded;
  let current = withFields;
  for (const to of path) {
    const { rule } = planFor(current, context);
    const ctx = {
      today: input.env.today,
      planRule: rule,
      inNetworkAttempts: attemptsFor(current.caseId, context.attempts).length,
      settings: context.settings,
      user: input.user,
    };
    const result = transition(current, to, ctx);
    if (!result.ok) {
      const proposed: ScaCase = { ...current, status: to, submittedOn: current.submittedOn ?? input.env.today };
      // One message per field: a missing in-network search is both an unticked item and a short log.
      const fields = result.reasons.flatMap((r) => refusalFields(r, proposed, rule)).filter((f, i, all) => all.findIndex((g) => g.field === f.field) === i);
      return refusal('rule-refused', `${result.reasons.map((r) => r.message).join(' ')} Nothing was saved.`, fields);
    }
    current = result.next;
  }
  return { ok: true, next: current };
}

/** Submit: date, channel, payer reference #, and the next follow-up (default: submitted on + the plan's turnaround). */
export function submitDecision(
  input: SaveInput,
  form: { submittedOn: IsoDate; submittedVia: ScaCase['submittedVia']; payerReference: string; nextFollowUp: IsoDate | null },
): SaveOutcome | RefusalDto {
  const c = input.loaded.record.case;
  const withFields: ScaCase = { ...c, submittedOn: form.submittedOn, submittedVia: form.submittedVia, payerReference: form.payerReference };
  const moved = moveThrough(input, withFields, ['Submitted']);
  if (!moved.ok) return moved;
  const { rule } = planFor(c, input.loaded.context);
  const nextFollowUp = form.nextFollowUp ?? addDays(moved.next.submittedOn ?? input.env.today, rule.turnaroundDays);
  return { next: { ...moved.next, nextFollowUp }, message: `${c.caseId} submitted via ${form.submittedVia}; next follow-up ${nextFollowUp}.` };
}

/** The Contacts row of a logged contact, offer or counter-offer. */
export interface ContactForm {
  readonly date: IsoDate;
  readonly type: ContactType;
  readonly direction: ContactEntry['direction'];
  readonly representative: string;
  readonly reference: string;
  readonly offeredRate: number | null;
  readonly offeredUnits: number | null;
  readonly offeredStart: IsoDate | null;
  readonly offeredEnd: IsoDate | null;
  readonly summary: string;
  readonly nextFollowUp: IsoDate | null;
  readonly status: 'In negotiation' | 'Approved (verbal)' | null;
}

/** Logs a payer contact to `Contacts`; optionally moves the case (In negotiation, Approved (verbal)) and sets the follow-up. */
export function contactDecision(input: SaveInput, form: ContactForm): SaveOutcome | RefusalDto {
  const c = input.loaded.record.case;
  let next = c;
  if (form.status !== null && form.status !== c.status) {
    const moved = moveThrough(input, c, [form.status]);
    if (!moved.ok) return moved;
    next = moved.next;
  }
  if (form.nextFollowUp !== null) next = { ...next, nextFollowUp: form.nextFollowUp };
  const entry: ContactEntry = {
    caseId: c.caseId,
    date: form.date,
    type: form.type,
    direction: form.direction,
    person: form.representative,
    summary: form.summary,
    offeredRate: form.offeredRate,
    offeredUnits: form.offeredUnits,
    nextStep: '',
    reference: form.reference,
    offeredStart: form.offeredStart,
    offeredEnd: form.offeredEnd,
  };
  return {
    next,
    logs: { contacts: [entry] },
    history: [{ field: 'Contacts', from: '', to: `${form.type} ${form.date}${form.reference ? ` ref ${form.reference}` : ''}` }],
    message: `${form.type} of ${form.date} logged for ${c.caseId}.`,
  };
}

/** The written terms form. */
export interface TermsForm {
  readonly writtenConfirmationOn: IsoDate | null;
  readonly scaNumber: string;
  readonly approvedCodes: readonly string[];
  readonly unitsApproved: number | null;
  readonly approvedRate: number | null;
  readonly startDate: IsoDate | null;
  readonly endDate: IsoDate | null;
  readonly agreementLink: string;
  readonly status: 'Approved (written)' | 'Active' | null;
}

/** Saves the written terms; Approved (written) / Active only when they are complete (the guards say what is missing). */
export function termsDecision(input: SaveInput, form: TermsForm): SaveOutcome | RefusalDto {
  const c = input.loaded.record.case;
  const { status, ...terms } = form;
  const withFields: ScaCase = { ...c, ...terms };
  if (status === null || status === c.status) return { next: withFields, message: `Written terms saved for ${c.caseId}.` };
  const path: Status[] = status === 'Active' && c.status !== 'Approved (written)' ? ['Approved (written)', 'Active'] : [status];
  const moved = moveThrough(input, withFields, path);
  if (!moved.ok) return moved;
  return { next: moved.next, message: `${c.caseId} is now ${status}.` };
}

/** Any other status change (Denied with a reason, Appealed, Assembling packet to resubmit, Closed, …). */
export function statusDecision(input: SaveInput, form: { to: Status; denialReason: DenialReason | ''; decisionOn: IsoDate | null }): SaveOutcome | RefusalDto {
  const c = input.loaded.record.case;
  const withFields: ScaCase = form.to === 'Denied' ? { ...c, denialReason: form.denialReason } : c;
  const moved = moveThrough(input, withFields, [form.to]);
  if (!moved.ok) return moved;
  const decided = form.decisionOn !== null && moved.next.decisionOn !== c.decisionOn ? { ...moved.next, decisionOn: form.decisionOn } : moved.next;
  return { next: decided, message: `${c.caseId} is now ${form.to}.` };
}
