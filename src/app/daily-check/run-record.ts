import type { Clock } from '../../ports/clock';
import type { RunLog, RunLogEntry } from '../../ports/run-log';
import type { StatusBoard } from '../../ports/status-board';
import { failedCheckLine } from './status-lines';

interface RecordPorts {
  readonly runLog: RunLog;
  readonly status: StatusBoard;
  readonly clock: Clock;
}

/**
 * Records a run that did not complete: a Run log line and, when it failed, the "Last daily check" status.
 * Best effort: the sheet itself may be what failed, and recording must never hide the original error.
 */
export function recordUnfinishedRun(ports: RecordPorts, run: RunLogEntry['run'], outcome: string, failure?: string): void {
  try {
    ports.runLog.append({
      at: ports.clock.now(),
      run,
      casesRead: 0,
      alerts: 0,
      emailsSent: 0,
      emailsPending: 0,
      problems: 0,
      durationMs: 0,
      outcome,
    });
    if (failure !== undefined) ports.status.show([failedCheckLine(ports.clock.now(), ports.clock.timeZone(), failure)]);
  } catch (recordError) {
    console.error(recordError);
  }
}

/** A DocumentLock that could not be had: another run holds the tracker. */
export function isLockBusy(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { reason?: unknown }).reason === 'busy';
}
