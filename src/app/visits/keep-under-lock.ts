import { planRuleFor } from '../../domain/plan-rule-lookup';
import type { ScaCase } from '../../domain/case';
import { SheetPlanRulesSource } from '../../sheets/sheet-plan-rules-source';
import { trackerServices, type TrackerServices } from '../tracker-services';
import { keepTermsAndVisits, type KeepOutcome } from './keep-terms-and-visits';

/** How long an edit or a sidebar call waits for another execution before giving up. */
const LOCK_TIMEOUT_MS = 10_000;

/**
 * Takes the document lock, reads the cases and plan rules under it, runs `before` (e.g. appending a visit,
 * after verifying its case), then keeps Terms and Visits. Throws LockBusyError when the lock is busy.
 * `services` when the caller wired them already (each wiring asks for the spreadsheet and its zone again).
 */
export function keepUnderLock<T>(before: (cases: readonly ScaCase[]) => T, services: TrackerServices = trackerServices()): { value: T; outcome: KeepOutcome } {
  const { spreadsheet } = services;
  return services.lock.withLock(LOCK_TIMEOUT_MS, () => {
    const cases = services.cases.loadAll().records.flatMap((r) => (r.case ? [r.case] : []));
    const value = before(cases);
    const { rules } = new SheetPlanRulesSource(spreadsheet).load();
    const outcome = keepTermsAndVisits({ spreadsheet, timeZone: services.clock.timeZone(), cases, planRuleFor: (payer) => planRuleFor(payer, rules) });
    return { value, outcome };
  });
}
