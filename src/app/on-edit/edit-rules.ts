/**
 * The bridge from a hand edit to the domain's rules: transition() for a typed Status, the row invariants
 * for a ticked packet box and for every edited row. No rule is decided here; this file only supplies the
 * context lazily, so Plan rules, In-network search and Settings are read only when a rule looks at them.
 */
import type { IsoDate } from '../../domain/calendar-date';
import type { Problem, ScaCase } from '../../domain/case';
import type { CaseField } from '../../domain/case-columns';
import type { Effect } from '../../domain/effects';
import type { PlanRule } from '../../domain/plan-rule';
import { checkRowInvariants, type InvariantContext } from '../../domain/row-invariants';
import type { Settings } from '../../domain/settings';
import { transition, type TransitionContext } from '../../domain/transition';
import type { PacketItem } from '../../domain/vocabulary';
import type { EditSources } from './edit-sources';

/** What the rules of an edit need: the calendar, the Service line list, and the other sheets on demand. */
export interface RuleContext {
  readonly timeZone: string;
  readonly today: IsoDate;
  readonly serviceLines: readonly string[];
  readonly sources: EditSources;
}

/** A cell an allowed change asks the add-on to write (null clears it). */
export interface EffectWrite {
  readonly field: CaseField;
  readonly value: IsoDate | null;
}

/** Allowed (with the cells to write) or refused (with every reason). */
export type Verdict = { readonly ok: true; readonly writes: readonly EffectWrite[] } | { readonly ok: false; readonly reasons: readonly Problem[] };

/** Rule context for one case, each source read only when a rule reads the property. */
function caseContext(c: ScaCase, ctx: RuleContext): TransitionContext & InvariantContext {
  return {
    today: ctx.today,
    get planRule(): PlanRule {
      return ctx.sources.planRule(c.payer);
    },
    get inNetworkAttempts(): number {
      return ctx.sources.inNetworkAttempts(c.caseId);
    },
    get planRules(): readonly PlanRule[] {
      return ctx.sources.planRules();
    },
    get settings(): Settings {
      return ctx.sources.settings();
    },
  };
}

/** A typed Status: the domain's transition from the status before the edit (Identified for a new row). */
export function statusVerdict(before: ScaCase | null, after: ScaCase, ctx: RuleContext): Verdict {
  const current: ScaCase = before ? { ...after, status: before.status } : { ...after, status: 'Identified' };
  const result = transition(current, after.status, caseContext(after, ctx));
  if (!result.ok) return { ok: false, reasons: result.reasons.map((r) => ({ code: r.code, message: r.message, column: 'Status' })) };
  return { ok: true, writes: result.effects.flatMap(effectWrite) };
}

/** A packet box: unticking is always allowed; ticking must not break a row rule about that item. */
export function packetVerdict(_before: ScaCase | null, after: ScaCase, item: PacketItem, ctx: RuleContext): Verdict {
  if (!after.packet[item]) return { ok: true, writes: [] };
  const header = `Packet: ${item}`;
  const broken = checkRowInvariants(after, caseContext(after, ctx)).filter((p) => p.column === header);
  return broken.length > 0 ? { ok: false, reasons: broken } : { ok: true, writes: [] };
}

/** The row rules a row breaks as it stands (for its Problems cell and for pasted rows). */
export function rowRuleProblems(c: ScaCase, ctx: RuleContext): Problem[] {
  return checkRowInvariants(c, caseContext(c, ctx));
}

function effectWrite(effect: Effect): EffectWrite[] {
  switch (effect.kind) {
    case 'setSubmittedOn':
      return [{ field: 'submittedOn', value: effect.date }];
    case 'setDecisionDate':
      return [{ field: 'decisionOn', value: effect.date }];
    case 'setFollowUp':
      return [{ field: 'nextFollowUp', value: effect.date }];
    case 'clearFollowUp':
      return [{ field: 'nextFollowUp', value: null }];
    case 'setStatus': // the user typed it
    case 'appendHistory': // History is written from the cells actually changed
      return [];
  }
}
