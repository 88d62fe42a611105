import { LockBusyError } from '../apps-script/lock-service-lock';
import { TrackerNotSetUpError } from '../sheets/tracker-not-set-up-error';
import { UserFacingError } from './user-facing-error';

/** Runs `work`, turning the adapters' expected failures (no Cases sheet, lock busy) into UserFacingErrors with their reason. */
export function withTrackerErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof TrackerNotSetUpError || error instanceof LockBusyError) throw new UserFacingError(error.reason, error.message);
    throw error;
  }
}
