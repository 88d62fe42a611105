/**
 * Every sidebar save runs here: under the document lock it finds the case by Case ID, refuses with
 * 'row-changed' (and what changed) when the row is not what the sidebar read, lets the use case decide
 * (domain guards), refuses a change that would break a row rule, then writes only the changed cells as
 * inert text (one write per run of adjacent columns), appends the log rows and History, and flushes
 * before the lock is released. Answers the case's fresh state, built from what was written.
 */
import { LockBusyError, LockServiceLock } from '../../apps-script/lock-service-lock';
import type { ScaCase } from '../../domain/case';
import { caseChanges } from '../../domain/case-changes';
import { CASE_COLUMNS } from '../../domain/case-columns';
import { checkRowInvariants } from '../../domain/row-invariants';
import { isRefusalCode } from '../../domain/guards';
import { refusalFields } from '../../domain/refusal-fields';
import { attemptsFor } from '../../domain/in-network-search-sheet';
import type { BasedOnDto } from '../../dto/based-on';
import type { RefusalDto } from '../../dto/refusal';
import type { CaseStateResultDto } from '../../dto/server-functions';
import { toCaseRecord } from '../../sheets/case-record';
import { changedValues, displayValues, writeCaseFields } from '../../sheets/case-row-session';
import { activeUserEmail } from '../tracker-services';
import { lazy } from '../../sheets/case-context-reader';
import { appendHistory, appendLogs, type LogRows } from './log-rows';
import { loadCase, sidebarEnv, stateOf, type LoadedCase, type SidebarEnv } from './case-reads';
import { planFor } from './case-state';
import { refusal } from './refusal';

const LOCK_TIMEOUT_MS = 10_000;

/** What a use case decided: the case as it should be, log rows, extra History lines, a confirmation. */
export interface SaveOutcome {
  readonly next: ScaCase;
  readonly logs?: LogRows;
  readonly history?: readonly { readonly field: string; readonly from: string; readonly to: string }[];
  readonly message: string;
}

/** What a use case decides from. */
export interface SaveInput {
  readonly env: SidebarEnv;
  readonly loaded: LoadedCase;
  readonly user: string;
}

const FIELD_OF_HEADER = new Map<string, string>(CASE_COLUMNS.map((c) => [c.header, c.field]));

/** Runs a save of `caseId` based on `basedOn`; `decide` applies the domain rules. */
export function runCaseSave(caseId: string, basedOn: BasedOnDto, decide: (input: SaveInput) => SaveOutcome | RefusalDto): CaseStateResultDto {
  const env = sidebarEnv();
  const user = activeUserEmail();
  try {
    return new LockServiceLock().withLock(LOCK_TIMEOUT_MS, () => saveLocked(env, user, caseId, basedOn, decide));
  } catch (error) {
    if (error instanceof LockBusyError) return refusal('busy', error.message);
    throw error;
  }
}

function saveLocked(
  env: SidebarEnv,
  user: string,
  caseId: string,
  basedOn: BasedOnDto,
  decide: (input: SaveInput) => SaveOutcome | RefusalDto,
): CaseStateResultDto {
  const result = loadCase(env, caseId, { kind: 'by-id' });
  if (!result.ok) return { ...result, message: `${result.message} Nothing was saved.` };
  const { loaded } = result;
  if (loaded.record.fingerprint !== basedOn.fingerprint) {
    const changed = changedValues(basedOn.values, displayValues(loaded.row, env.timeZone));
    const what = changed.length > 0 ? ` (${changed.map((c) => c.field).join(', ')})` : '';
    return refusal('row-changed', `${caseId} changed on the sheet since you opened it${what}; nothing was saved. The case has been reloaded — check it and try again.`, [], changed);
  }
  const outcome = decide({ env, loaded, user });
  if ('reason' in outcome) return outcome;
  const changes = caseChanges(loaded.record.case, outcome.next);
  // A status change has passed transition()'s guards — the rule set a Status typed in the sheet meets;
  // other changes must not break a row rule the row kept (e.g. ticking In-network search short of attempts).
  const broken = 'status' in changes ? null : introducedProblems(loaded, outcome.next);
  if (broken) return broken;

  // Acknowledgements are read lazily: read them before appending, or the new one would be counted twice.
  if (outcome.logs?.acknowledgements) loaded.context.acknowledgements();
  const { applied, cells } = writeCaseFields(loaded.row, changes, env.timeZone);
  appendLogs(env, user, outcome.logs ?? {}, loaded.context.logSheets);
  appendHistory(env, [
    ...applied.map((a) => ({ at: env.now, user, caseId: loaded.record.case.caseId, field: a.header, from: a.from, to: a.to, via: 'sidebar' as const })),
    ...(outcome.history ?? []).map((h) => ({ at: env.now, user, caseId: loaded.record.case.caseId, ...h, via: 'sidebar' as const })),
  ]);
  // The lock flushes before it is released (LockServiceLock): no second flush here.

  const after = toCaseRecord(cells, loaded.row.rowNumber, loaded.row.layout, loaded.recordContext);
  if (!after.case) return refusal('case-not-found', `${caseId} is no longer readable on the Cases sheet.`);
  const logs = outcome.logs ?? {};
  const reloaded: LoadedCase = {
    ...loaded,
    row: { ...loaded.row, cells, record: after },
    record: { ...after, fingerprint: after.fingerprint, case: after.case },
    context: {
      ...loaded.context,
      attempts: [...loaded.context.attempts, ...(logs.attempts ?? [])],
      contacts: [...loaded.context.contacts, ...(logs.contacts ?? [])],
      acknowledgements: logs.acknowledgements ? lazy(() => [...loaded.context.acknowledgements(), ...(logs.acknowledgements ?? [])]) : loaded.context.acknowledgements,
      documents: [...loaded.context.documents, ...(logs.documents ?? [])],
    },
  };
  return stateOf(env, reloaded, outcome.message);
}

/** A refusal when the change would break a row rule the row did not already break (the same rules a hand edit meets). */
function introducedProblems(loaded: LoadedCase, next: ScaCase): RefusalDto | null {
  const { rule } = planFor(next, loaded.context);
  const ctx = { planRule: rule, inNetworkAttempts: attemptsFor(next.caseId, loaded.context.attempts).length };
  const before = new Set(checkRowInvariants(loaded.record.case, ctx).map((p) => p.code));
  const added = checkRowInvariants(next, ctx).filter((p) => !before.has(p.code));
  if (added.length === 0) return null;
  const fields = added.flatMap((p) => {
    const column = p.column ? FIELD_OF_HEADER.get(p.column) : undefined;
    if (column) return [{ field: column, code: p.code, message: p.message }];
    const placed = isRefusalCode(p.code) ? refusalFields({ code: p.code, message: p.message }, next, rule) : [];
    return placed.length > 0 ? placed : [{ field: 'status', code: p.code, message: p.message }];
  });
  return refusal('rule-refused', `${added.map((p) => p.message).join(' ')} Nothing was saved.`, fields);
}
