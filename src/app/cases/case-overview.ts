import type { IsoDate } from '../../domain/calendar-date';
import type { Problem, ScaCase } from '../../domain/case';
import { caseProgress, type CaseProgress } from '../../domain/case-progress';
import type { Refusal } from '../../domain/guards';
import { nextMilestone } from '../../domain/next-milestone';
import { packetChecklist, type PacketChecklist } from '../../domain/packet';
import type { PlanRule } from '../../domain/plan-rule';
import { checkRowInvariants } from '../../domain/row-invariants';
import type { Settings } from '../../domain/settings';
import { transition } from '../../domain/transition';
import type { Status } from '../../domain/vocabulary';

/** What explaining a case needs: the case, its row, and the rules in force for it. */
export interface CaseOverviewInput {
  readonly case: ScaCase;
  readonly rowNumber: number;
  /** Problems found reading the row (bad cells, duplicate ID). */
  readonly rowProblems: readonly Problem[];
  readonly planRule: PlanRule;
  readonly inNetworkAttempts: number;
  readonly settings: Settings;
  readonly today: IsoDate;
}

/** A case explained: where it stands, its packet, what the next milestone still needs, its flags and problems. */
export interface CaseOverview {
  readonly case: ScaCase;
  readonly rowNumber: number;
  readonly progress: CaseProgress;
  readonly checklist: PacketChecklist;
  readonly nextStatus: Status | null;
  /** Why the case could not move to `nextStatus` today (empty when it could). */
  readonly missingForNext: readonly Refusal[];
  readonly flags: readonly string[];
  /** Bad cells and broken row rules, one message each. */
  readonly problems: readonly string[];
}

/** Explains a case with the domain's own rules: the checklist, the progress, and a dry-run transition to the next milestone. */
export function caseOverview(input: CaseOverviewInput): CaseOverview {
  const c = input.case;
  const ctx = { today: input.today, planRule: input.planRule, inNetworkAttempts: input.inNetworkAttempts, settings: input.settings };
  const nextStatus = nextMilestone(c.status);
  const dryRun = nextStatus ? transition(c, nextStatus, ctx) : null;
  const problems = [...input.rowProblems, ...checkRowInvariants(c, ctx)].map((p) => p.message);
  return {
    case: c,
    rowNumber: input.rowNumber,
    progress: caseProgress(c),
    checklist: packetChecklist(c, input.planRule, input.inNetworkAttempts),
    nextStatus,
    missingForNext: dryRun && !dryRun.ok ? dryRun.reasons : [],
    flags: lines(c.flags),
    problems: [...new Set(problems)],
  };
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
