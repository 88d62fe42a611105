import { LockBusyError } from '../../apps-script/lock-service-lock';
import type { VisitsRefusal } from '../../dto/visits';
import { TrackerNotSetUpError } from '../../sheets/tracker-not-set-up-error';

/** Runs a visits/terms server call: a busy lock or a missing sheet becomes a refusal the sidebar can act on. */
export function visitsCall<T>(work: () => T): T | VisitsRefusal {
  try {
    return work();
  } catch (error) {
    if (error instanceof LockBusyError) return { ok: false, reason: 'busy', message: error.message };
    if (error instanceof TrackerNotSetUpError) return { ok: false, reason: 'tracker-not-set-up', message: error.message };
    throw error;
  }
}
