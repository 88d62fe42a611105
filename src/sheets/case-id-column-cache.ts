import { readCaseLayout } from './case-sheet-layout';
import { SHEETS } from './sheet-names';

/**
 * The 1-based Case ID column of the Cases sheet, remembered in the document cache so the sidebar's
 * selection poll reads one cell instead of the header row. Every full layout read refreshes it
 * (rememberCaseIdColumn); a miss reads the layout once.
 */
const KEY = 'sca-tracker.caseIdColumn';
const SIX_HOURS_S = 6 * 60 * 60;

function documentCache(): GoogleAppsScript.Cache.Cache | null {
  try {
    return typeof CacheService === 'undefined' ? null : CacheService.getDocumentCache();
  } catch {
    return null;
  }
}

/** Stores the 1-based Case ID column (or forgets it when undefined). */
export function rememberCaseIdColumn(column: number | undefined): void {
  const cache = documentCache();
  if (!cache) return;
  if (column === undefined) cache.remove(KEY);
  else cache.put(KEY, String(column), SIX_HOURS_S);
}

/** The 1-based Case ID column: from the cache (unless `fresh`), or read from the Cases header (then cached). */
export function cachedCaseIdColumn(spreadsheet: () => GoogleAppsScript.Spreadsheet.Spreadsheet, fresh = false): number | undefined {
  const hit = fresh ? NaN : Number(documentCache()?.get(KEY) ?? NaN);
  if (Number.isInteger(hit) && hit >= 1) return hit;
  const sheet = spreadsheet().getSheetByName(SHEETS.cases);
  if (!sheet) return undefined;
  const column = readCaseLayout(sheet).map.columns.caseId;
  const oneBased = column === undefined ? undefined : column + 1;
  rememberCaseIdColumn(oneBased);
  return oneBased;
}
