import { startOfDayIn } from '../../domain/calendar-date';
import { inertText } from '../../domain/inert-text';
import { mapVisitsHeaders } from '../../domain/terms-visits/visits-sheet';
import { headerValues } from '../sheet-values';
import { SHEETS } from '../sheet-names';
import { TrackerNotSetUpError } from '../tracker-not-set-up-error';

/** A visit to write: calendar date in the spreadsheet's zone, person text made inert. */
export interface NewVisit {
  readonly caseId: string;
  readonly dateOfService: string;
  readonly code: string;
  readonly units: number;
  readonly note: string;
}

/** Appends one visit below the last row of Visits (appendRow), its cells placed by header; returns its 1-based row. */
export function appendVisit(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, timeZone: string, visit: NewVisit): number {
  const sheet = spreadsheet.getSheetByName(SHEETS.visits);
  if (!sheet) throw new TrackerNotSetUpError('There is no Visits sheet yet. Run Extensions ▸ SCA Tracker ▸ Set up or repair tracker first.');
  const header = headerValues(sheet);
  const { columns, missing } = mapVisitsHeaders(header);
  if (['caseId', 'dateOfService', 'code', 'units'].some((f) => missing.includes(f as never))) {
    throw new TrackerNotSetUpError('The Visits sheet is missing a column. Run Extensions ▸ SCA Tracker ▸ Set up or repair tracker first.');
  }
  const row: unknown[] = new Array<unknown>(header.length).fill('');
  const put = (index: number | undefined, value: unknown): void => {
    if (index !== undefined) row[index] = value;
  };
  put(columns.caseId, visit.caseId);
  put(columns.dateOfService, startOfDayIn(visit.dateOfService, timeZone));
  put(columns.code, inertText(visit.code));
  put(columns.units, visit.units);
  put(columns.note, inertText(visit.note));
  // appendRow writes below the last row with content (the row after getLastRow) and grows a full sheet: two
  // calls, and a row a person typed there meanwhile is never overwritten. The caller holds the document lock.
  const rowNumber = sheet.getLastRow() + 1;
  sheet.appendRow(row);
  return rowNumber;
}
