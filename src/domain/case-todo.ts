/**
 * The sidebar's to-do list: what blocks the case's next milestone (`now`) and what later milestones will
 * need (`later`), from the same guards a sheet edit goes through. One line per thing to do, never twice:
 * a missing required packet item is one line (the in-network search line carries the attempts count),
 * and the submission's own details (Submitted on / via) are not to-dos before submitting — the Submit form
 * asks for them.
 */
import type { IsoDate } from './calendar-date';
import type { ScaCase } from './case';
import { notActiveOnVerbal, writtenTermsComplete, type Refusal } from './guards';
import { nextMilestone } from './next-milestone';
import { packetChecklist } from './packet';
import type { PlanRule } from './plan-rule';
import type { Settings } from './settings';
import { transition } from './transition';
import type { Status } from './vocabulary';

/** One thing to do: a stable code, a sentence, and the form field that fixes it (null when none). */
export interface TodoItem {
  readonly code: string;
  readonly message: string;
  readonly field: string | null;
}

export interface CaseTodo {
  /** The milestone the case works toward (null when none is ahead). */
  readonly towards: Status | null;
  readonly now: readonly TodoItem[];
  readonly later: readonly TodoItem[];
}

/** What the to-do list needs besides the case. */
export interface TodoContext {
  readonly today: IsoDate;
  readonly planRule: PlanRule;
  readonly inNetworkAttempts: number;
  readonly settings: Settings;
}

/** The written-terms fields as form fields, in the order the guard lists them. */
const TERM_FIELDS: readonly (readonly [header: string, field: string])[] = [
  ['SCA #', 'scaNumber'],
  ['Approved codes', 'approvedCodes'],
  ['Units approved', 'unitsApproved'],
  ['Approved rate', 'approvedRate'],
  ['Start date', 'startDate'],
  ['End date', 'endDate'],
];

/** The packet's missing required items, one line each, in checklist order (counts agree with the checklist). */
function packetItems(c: ScaCase, ctx: TodoContext): TodoItem[] {
  const checklist = packetChecklist(c, ctx.planRule, ctx.inNetworkAttempts);
  return checklist.items
    .filter((line) => line.required && !line.done)
    .map((line) => ({ code: `packet:${line.item}`, message: `${line.item}: ${line.needs}`, field: `packet:${line.item}` }));
}

/** A written-terms refusal as one line per missing field (and one for start after end). */
function termItems(c: ScaCase): TodoItem[] {
  const items: TodoItem[] = [];
  const present: Readonly<Record<string, boolean>> = {
    scaNumber: c.scaNumber !== '',
    approvedCodes: c.approvedCodes.length > 0,
    unitsApproved: c.unitsApproved !== null,
    approvedRate: c.approvedRate !== null,
    startDate: c.startDate !== null,
    endDate: c.endDate !== null,
  };
  for (const [header, field] of TERM_FIELDS) {
    if (!present[field]) items.push({ code: 'written_terms_incomplete', message: `Fill ${header} from the written terms.`, field });
  }
  if (c.startDate !== null && c.endDate !== null && c.startDate > c.endDate) {
    items.push({ code: 'written_terms_incomplete', message: `Start date ${c.startDate} is after End date ${c.endDate}.`, field: 'endDate' });
  }
  return items;
}

const CONFIRMATION_ITEM: TodoItem = {
  code: 'written_confirmation_missing',
  message: 'Enter Written confirmation on: the date the written terms arrived.',
  field: 'writtenConfirmationOn',
};

/** One refusal as to-do lines. */
function itemsFor(refusal: Refusal, c: ScaCase, ctx: TodoContext, towards: Status): TodoItem[] {
  switch (refusal.code) {
    case 'packet_incomplete':
    case 'in_network_search_short':
      return packetItems(c, ctx);
    case 'submission_not_recorded':
      // Before submitting, the Submit form asks for the date and channel: not a to-do of its own.
      return towards === 'Submitted' ? [] : [{ code: refusal.code, message: refusal.message, field: c.submittedOn === null ? 'submittedOn' : 'submittedVia' }];
    case 'written_terms_incomplete':
      return termItems(c);
    case 'written_confirmation_missing':
      return [CONFIRMATION_ITEM];
    case 'denial_reason_missing':
      return [{ code: refusal.code, message: refusal.message, field: 'denialReason' }];
    case 'transition_not_allowed':
      return [{ code: refusal.code, message: refusal.message, field: 'status' }];
  }
}

/** Lines not seen before, by code + field + message. */
function distinct(items: readonly TodoItem[], seen: Set<string>): TodoItem[] {
  const out: TodoItem[] = [];
  for (const item of items) {
    const key = `${item.code}|${item.field ?? ''}|${item.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** What the written-terms milestone will need, for a case still before it. */
function laterNeeds(c: ScaCase, towards: Status): TodoItem[] {
  if (towards !== 'Submitted') return [];
  const items: TodoItem[] = [];
  if (writtenTermsComplete(c) !== null) items.push(...termItems(c));
  if (notActiveOnVerbal(c) !== null) items.push(CONFIRMATION_ITEM);
  return items;
}

/**
 * The to-do list of `c`: `now` = every guard refusing a dry-run move to the next milestone (transition()),
 * one line per missing thing; `later` = what the written terms will need when the case is still before
 * submission. Empty lists when nothing is ahead (Active, Denied, Closed).
 * @example caseTodo(identifiedCase, ctx).now.map((t) => t.field) // ['packet:Clinical summary', …]
 */
export function caseTodo(c: ScaCase, ctx: TodoContext): CaseTodo {
  const towards = nextMilestone(c.status);
  if (towards === null) return { towards, now: [], later: [] };
  const dryRun = transition(c, towards, ctx);
  const seen = new Set<string>();
  const now = dryRun.ok ? [] : distinct(dryRun.reasons.flatMap((r) => itemsFor(r, c, ctx, towards)), seen);
  const later = distinct(laterNeeds(c, towards), seen);
  return { towards, now, later };
}
