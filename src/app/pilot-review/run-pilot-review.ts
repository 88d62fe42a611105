import type { ScaCase } from '../../domain/case';
import type { LineUsage } from '../../domain/pilot-lines';
import { computePilotMetrics } from '../../domain/pilot-metrics';
import { pilotReportLayout } from '../../domain/pilot-report';
import { safeText } from '../../domain/safe-values';
import type { CaseRepository } from '../../ports/case-repository';
import type { Clock } from '../../ports/clock';
import type { PilotReviewPage } from '../../ports/pilot-review-page';
import type { StatusHistory } from '../../ports/status-history';
import { UserFacingError } from '../user-facing-error';
import { parseReviewParameters } from './review-parameters';

/** What the Pilot review needs: cases, their status history, the page, and today's date. */
export interface PilotReviewPorts {
  readonly cases: Pick<CaseRepository, 'loadAll'>;
  readonly history: StatusHistory;
  readonly page: PilotReviewPage;
  readonly clock: Pick<Clock, 'today' | 'timeZone'>;
  /** Terms lines and their units used, for the per-code sections (absent: no per-code sections). */
  readonly lines?: (cases: readonly ScaCase[]) => LineUsage;
}

/**
 * Reads the manager's parameters first (bad ones are refused before anything is read or written), then
 * the cases and History in one read each, and shows the aggregate report. Returns the period's case counts.
 * @throws UserFacingError 'bad-parameters' when a date is not a date or To is before From.
 */
export function runPilotReview(ports: PilotReviewPorts): { readonly caseCount: number; readonly decided: number; readonly open: number } {
  const parameters = parseReviewParameters(ports.page.readParameters(), ports.clock.today(), ports.clock.timeZone());
  if (!parameters.ok) throw new UserFacingError('bad-parameters', parameters.message);
  const cases = ports.cases.loadAll().records.flatMap((r) => (r.case ? [r.case] : []));
  const metrics = computePilotMetrics(cases, ports.history.statusChanges(), parameters.period, parameters.filter, ports.lines?.(cases));
  ports.page.show({
    filled: parameters.filled,
    choices: { payers: distinct(cases, (c) => c.payer), serviceLines: distinct(cases, (c) => c.serviceLine) },
    report: pilotReportLayout(metrics),
  });
  return { caseCount: metrics.caseCount, decided: metrics.decidedCount, open: metrics.openCount };
}

/** The distinct non-blank values of a field (first spelling wins, case-insensitive), sorted for a dropdown. */
function distinct(cases: readonly ScaCase[], pick: (c: ScaCase) => unknown): string[] {
  const seen = new Map<string, string>();
  for (const c of cases) {
    const value = safeText(pick(c));
    if (value && !seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
