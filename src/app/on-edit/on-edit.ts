import { handleCasesEdit } from './handle-cases-edit';
import { handleTermsVisitsEdit } from '../visits/handle-visits-edit';
import { errorDetail } from '../error-text';
import { editRangeFacts } from './edit-range-facts';

/**
 * The onEdit simple trigger (AuthMode.LIMITED, 30 s, no email). A simple trigger's error is shown to nobody,
 * so it is logged with its stack instead of thrown: a failed check must never block the user's typing.
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e || !e.range) return;
  // Both handlers ask the edited range where it is: asked of Google once.
  const event = { ...e, range: editRangeFacts(e.range) };
  try {
    handleCasesEdit(event);
    handleTermsVisitsEdit(event);
  } catch (error) {
    console.error(errorDetail(error));
  }
}
