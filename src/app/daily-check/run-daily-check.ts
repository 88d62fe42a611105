import { computeAlerts } from '../../domain/alerts';
import { addLineAlerts, type LineAlertsPort } from '../visits/daily-line-alerts';
import { buildDigests } from '../../domain/digest';
import { flagsByCase } from '../../domain/flags';
import { planRuleFor } from '../../domain/plan-rule-lookup';
import { formatProblems } from '../../domain/problems-text';
import { caseIdKey } from '../../domain/case-id';
import { attemptCounts, type InNetworkAttempt } from '../../domain/in-network-search-sheet';
import type { PlanRule } from '../../domain/plan-rule';
import { checkRowInvariants } from '../../domain/row-invariants';
import { brokenTrackerMessage, trackerGaps } from '../../domain/tracker-gaps';
import type { ScaCase } from '../../domain/case';
import type { AddOnCells, CaseRecord, CaseRepository } from '../../ports/case-repository';
import type { Clock } from '../../ports/clock';
import type { DocumentLock } from '../../ports/document-lock';
import type { ListableStore } from '../../ports/key-value-store';
import type { Mailer } from '../../ports/mailer';
import type { RunLog, RunLogEntry } from '../../ports/run-log';
import type { PlanRulesSource, SettingsSource } from '../../ports/settings-source';
import type { StatusBoard } from '../../ports/status-board';
import { unacknowledgedAlerts, type Acknowledgement } from '../../domain/acknowledgement';
import { recordSuccessfulRun } from './alerts-health';
import { sendDigests } from './send-digests';
import type { DailyCheckSummary } from './daily-check-summary';
import { lastCheckLine } from './status-lines';
import { isLockBusy, recordUnfinishedRun } from './run-record';
import { errorMessage } from '../error-text';
import { UserFacingError } from '../user-facing-error';
import { mailRowProblems } from '../../domain/mail-row-problems';
import { recipientPolicyFor } from './allowed-domains';

export interface DailyCheckPorts {
  readonly cases: CaseRepository;
  readonly settings: SettingsSource;
  readonly planRules: PlanRulesSource;
  readonly mailer: Mailer;
  readonly store: ListableStore;
  /** The account digests are sent from (the trigger's owner; the user at the keyboard for a menu run). */
  readonly sendingAccount: () => string;
  readonly lock: DocumentLock;
  readonly clock: Clock;
  readonly runLog: RunLog;
  /** Alerts acknowledged in the sidebar (the Acknowledgements log): the digest leaves out the quiet ones. */
  readonly acknowledgements?: () => readonly Acknowledgement[];
  /** Where "Last daily check" is shown (the Settings sheet). */
  readonly status: StatusBoard;
  /** Link to a row of the Cases sheet (spreadsheet URL with gid and range). */
  readonly rowLink: (rowNumber: number) => string;
  readonly spreadsheetName: string;
  /** The In-network search log, read once: evidence for the packet's in-network search item. */
  readonly inNetworkAttempts: () => readonly InNetworkAttempt[];
  /** Gives hand-typed rows their Case ID first, so their flags have a row to land on. */
  readonly assignMissingIds?: () => number;
  /** Keeps Terms and Visits and adds the per-line alerts (absent: whole-case alerts only). */
  readonly lineAlerts?: LineAlertsPort;
}

export type { DailyCheckSummary } from './daily-check-summary';

/** The lock is held for the whole check; another run waits this long before giving up. */
const LOCK_TIMEOUT_MS = 30_000;

/**
 * The daily check: one batched read of cases, plan rules and settings; alerts from the domain; Flags and
 * Problems written for every case in batched writes (stale flags cleared); one digest per recipient.
 */
export function runDailyCheck(ports: DailyCheckPorts, run: RunLogEntry['run']): DailyCheckSummary {
  const started = ports.clock.now();
  let summary: DailyCheckSummary;
  try {
    summary = ports.lock.withLock(LOCK_TIMEOUT_MS, () => check(ports));
  } catch (error) {
    // A busy lock is not a failure: the caller decides (the menu says "try again", the trigger skips).
    if (!isLockBusy(error)) recordUnfinishedRun(ports, run, `FAILED: ${errorMessage(error)}`, errorMessage(error));
    throw error;
  }
  // The time of the last good run feeds the missed-run notice; a full property store must not turn a done
  // check into a silent one, so the run is still logged, with what could not be recorded.
  const notRecorded = tryRecordSuccessfulRun(ports);
  const emailErrors = notRecorded ? [...summary.emails.errors, notRecorded] : summary.emails.errors;
  ports.status.show([lastCheckLine(started, ports.clock.timeZone(), summary)]);
  ports.runLog.append({
    at: started,
    run,
    casesRead: summary.casesRead,
    alerts: summary.alerts,
    emailsSent: summary.emails.sent,
    emailsPending: summary.emails.pending,
    problems: summary.rowsWithProblems,
    durationMs: ports.clock.now().getTime() - started.getTime(),
    outcome: emailErrors.length ? `ok; email errors: ${emailErrors.join('; ')}` : 'ok',
  });
  return summary;
}

/** '' when the run's time was recorded, else why not. */
function tryRecordSuccessfulRun(ports: DailyCheckPorts): string {
  try {
    recordSuccessfulRun(ports.store, ports.clock.now());
    return '';
  } catch (error) {
    return `the time of this run could not be recorded (${errorMessage(error)})`;
  }
}

function check(ports: DailyCheckPorts): DailyCheckSummary {
  ports.assignMissingIds?.();
  const today = ports.clock.today();
  const { settings, problems: settingsProblems } = ports.settings.load();
  const { rules } = ports.planRules.load();
  const ruleFor = (payer: string): PlanRule => planRuleFor(payer, rules, settings.defaultTurnaroundDays);
  const table = ports.cases.loadAll();
  // A tracker without Cases, its Case ID column or Settings would log an "ok" run that flags and tells
  // nobody: that is a failed run, and it says what is missing and what fixes it.
  const gaps = trackerGaps({ cases: table.sheetProblems, settings: settingsProblems });
  if (gaps.length > 0) throw new UserFacingError('tracker-not-set-up', brokenTrackerMessage(gaps));
  const records = table.records.filter((r): r is CaseRecord & { case: ScaCase } => r.case !== null);
  const cases = records.map((r) => r.case);
  const alerts = addLineAlerts(ports.lineAlerts, { cases, today, settings, ruleFor }, (kept) => computeAlerts(kept, today, settings, ruleFor));
  const flags = flagsByCase(alerts);
  // The In-network search log is read on first need: only a ticked box on a case still waiting for a
  // decision asks for its attempts (checkRowInvariants reads the count last), so many runs never read it.
  let attempts: ReadonlyMap<string, number> | undefined;
  const attemptsOf = (caseId: string): number => (attempts ??= attemptCounts(ports.inNetworkAttempts())).get(caseIdKey(caseId)) ?? 0;
  const policy = recipientPolicyFor(ports.store, ports.sendingAccount());
  // Bad cells and broken row rules, the same as onEdit writes: a run never erases what onEdit reported.
  const cells: AddOnCells[] = [];
  let rowsWithProblems = 0;
  for (const { case: c, problems } of records) {
    const context = {
      planRule: ruleFor(c.payer),
      get inNetworkAttempts() {
        return attemptsOf(c.caseId);
      },
      planRules: rules,
    };
    const text = formatProblems([...problems, ...checkRowInvariants(c, context), ...mailRowProblems(c, policy)]);
    if (text) rowsWithProblems += 1;
    // Every case with an ID is rewritten from scratch: a flag or problem that no longer applies is cleared.
    if (c.caseId) cells.push({ caseId: c.caseId, flags: flags.get(c.caseId) ?? '', problems: text });
  }
  ports.cases.writeAddOnCells(cells);
  const rowOf = new Map(records.map((r) => [r.case.caseId, r.rowNumber]));
  // Acknowledgements only quiet alerts: a run without alerts does not read their log.
  const acks = alerts.length === 0 ? [] : (ports.acknowledgements?.() ?? []);
  const digestAlerts = acks.length === 0 ? alerts : unacknowledgedAlerts(alerts, acks, new Map(cases.map((c) => [caseIdKey(c.caseId), c])), today, settings.endDateTiers);
  const digests = buildDigests(digestAlerts, cases, {
    today,
    settings,
    rowLink: (caseId) => ports.rowLink(rowOf.get(caseId) ?? 1),
    rowNumber: (caseId) => rowOf.get(caseId) ?? 1,
    knownPayers: rules.map((rule) => rule.payer),
  });
  return {
    casesRead: records.length,
    alerts: alerts.length,
    casesFlagged: flags.size,
    rowsWithProblems,
    settingsProblems: settingsProblems.length,
    emails: sendDigests(digests, ports.mailer, ports.store, today, policy),
  };
}
