/**
 * The one list of functions Apps Script can see. The build generates a top-level stub for each export.
 * Each is a few lines of wiring into src/app; names ending in '_' would be private to google.script.run.
 */
export { onOpen, onInstall } from './app/menu';
export { setUpTracker } from './app/set-up-tracker';
export { openSettings } from './app/open-settings';
export { showHelp } from './app/show-help';
export { newCase } from './app/new-case-action';
export { onEdit } from './app/on-edit/on-edit';
export { openSidebar } from './app/open-sidebar-action';
export { checkSelectedCase } from './app/check-selected-case-action';
export { getSidebarState } from './app/sidebar-state-action';
export {
  getSelectionKey,
  getCaseState,
  searchCases,
  selectCase,
  getRequestLetter,
  setPacketItem,
  addInNetworkAttempt,
  submitCase,
  logContact,
  setNextFollowUp,
  saveWrittenTerms,
  changeStatus,
  startRenewal,
  acknowledgeAlert,
  createCase,
} from './app/sidebar/sidebar-functions';
export { onDailyTrigger, runDailyCheckNow, toggleDailyAlerts } from './app/daily-check/daily-check-actions';
export { showPilotReview } from './app/pilot-review/show-pilot-review';
export { logVisit } from './app/visits/log-visit-action';
export { getTermsLines, saveTermsLines } from './app/visits/terms-lines-action';
export { importExistingTracker, getImportSources, previewImport, importCases } from './app/import/import-actions';
