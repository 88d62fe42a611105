import { UserFacingError } from './user-facing-error';
import { errorDetail, errorMessage } from './error-text';

/**
 * Runs a menu action: a UserFacingError becomes a plain alert; anything else is logged with its stack and
 * shown as a short apology, so a clinic never sees a raw stack trace and we still have it in the logs.
 */
export function menuAction<T>(title: string, work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    const ui = SpreadsheetApp.getUi();
    if (error instanceof UserFacingError) {
      ui.alert(title, error.message, ui.ButtonSet.OK);
      return undefined;
    }
    console.error(errorDetail(error));
    const detail = errorMessage(error);
    // Not "nothing was changed": work done before the error (e.g. Case IDs given to rows) stays done.
    ui.alert(title, `Something went wrong and the action stopped. Anything it finished before the error (such as Case IDs given to new rows) is kept; the rest was not done.\n\n${detail}`, ui.ButtonSet.OK);
    return undefined;
  }
}

/** Runs a google.script.run handler: a UserFacingError crosses as {reason, message} JSON. */
export function serverCall<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof UserFacingError) throw error.toWire();
    throw error;
  }
}
