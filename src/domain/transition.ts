/** The pure status transition: checks every guard and returns the next case plus the effects to run. */
import { addBusinessDays, type IsoDate } from './calendar-date';
import type { ScaCase } from './case';
import { CASE_COLUMNS, type CaseField } from './case-columns';
import { applyEffects, type Effect } from './effects';
import { refusalsFor, type Refusal } from './guards';
import { LIFECYCLE } from './lifecycle';
import type { PlanRule } from './plan-rule';
import type { Settings } from './settings';
import type { Status } from './vocabulary';

/** What a transition needs besides the case: today and the rules in force. */
export interface TransitionContext {
  /** Today in the spreadsheet's time zone. */
  readonly today: IsoDate;
  readonly planRule: PlanRule;
  /** In-network search attempts logged for the case. */
  readonly inNetworkAttempts: number;
  readonly settings: Settings;
  /** Who asked for the change (email), recorded in History. */
  readonly user?: string;
}

/** The next case and the effects to run, or every reason the change is refused. */
export type TransitionResult =
  | { readonly ok: true; readonly next: ScaCase; readonly effects: readonly Effect[] }
  | { readonly ok: false; readonly reasons: readonly Refusal[] };

/**
 * Submitted on for a (re)submission: kept when the user typed one for this round, today when blank or
 * when it predates the last decision (a resubmission after a denial; History keeps the old date).
 * @example submissionDate({ submittedOn: '2026-01-05', decisionOn: '2026-02-01' }, '2026-03-02') // '2026-03-02'
 */
export function submissionDate(c: Pick<ScaCase, 'submittedOn' | 'decisionOn'>, today: IsoDate): IsoDate {
  if (c.submittedOn === null) return today;
  if (c.decisionOn !== null && c.submittedOn <= c.decisionOn) return today;
  return c.submittedOn;
}

/** The field changes entering `to` implies, before guards and History. */
function fieldEffects(current: ScaCase, to: Status, ctx: TransitionContext): Effect[] {
  const rule = LIFECYCLE[to];
  const effects: Effect[] = [{ kind: 'setStatus', from: current.status, to }];
  if (to === 'Submitted') {
    const date = submissionDate(current, ctx.today);
    if (date !== current.submittedOn) effects.push({ kind: 'setSubmittedOn', date });
  }
  // A decision after an appeal is a new decision: the old date belongs to the denial being appealed.
  if (rule.decision && (current.decisionOn === null || current.status === 'Appealed')) {
    effects.push({ kind: 'setDecisionDate', date: ctx.today });
  }
  if (rule.followUp === 'set') {
    effects.push({ kind: 'setFollowUp', date: addBusinessDays(ctx.today, ctx.settings.followUpCadenceDays) });
  } else if (rule.followUp === 'clear' && current.nextFollowUp !== null) {
    effects.push({ kind: 'clearFollowUp' });
  }
  return effects;
}

const HEADER: Readonly<Partial<Record<CaseField, string>>> = Object.fromEntries(CASE_COLUMNS.map((c) => [c.field, c.header]));
const TRACKED: readonly ('status' | 'submittedOn' | 'decisionOn' | 'nextFollowUp')[] = ['status', 'submittedOn', 'decisionOn', 'nextFollowUp'];

/** One History entry per field the change touches. */
function historyEffects(before: ScaCase, after: ScaCase, user: string | undefined): Effect[] {
  return TRACKED.filter((field) => before[field] !== after[field]).map((field) => ({
    kind: 'appendHistory' as const,
    field,
    column: HEADER[field] ?? field,
    from: before[field] ?? '',
    to: after[field] ?? '',
    ...(user !== undefined ? { by: user } : {}),
  }));
}

/**
 * Moves `current` to status `to`: refused with every failing guard, or the next case and its effects
 * (status, Submitted on / Decision on when due, next follow-up = today + cadence business days when
 * waiting on the payer, History entries). Moving to the current status is a no-op.
 * @example transition(submittedCase, 'In negotiation', { today: '2026-03-06', … }) // follow-up '2026-03-13' with a 5-day cadence
 */
export function transition(current: ScaCase, to: Status, ctx: TransitionContext): TransitionResult {
  if (to === current.status) return { ok: true, next: current, effects: [] };
  const changes = fieldEffects(current, to, ctx);
  const proposed = applyEffects(current, changes);
  // Read on demand: a guard that never looks at the plan rule or the in-network log costs no sheet read (onEdit).
  const reasons = refusalsFor(proposed, {
    from: current.status,
    get planRule() {
      return ctx.planRule;
    },
    get inNetworkAttempts() {
      return ctx.inNetworkAttempts;
    },
  });
  if (reasons.length > 0) return { ok: false, reasons };
  return { ok: true, next: proposed, effects: [...changes, ...historyEffects(current, proposed, ctx.user)] };
}
