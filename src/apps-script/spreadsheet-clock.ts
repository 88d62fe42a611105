import { calendarDateOf, type IsoDate } from '../domain/calendar-date';
import type { Clock } from '../ports/clock';

/** Real time, read in the spreadsheet's zone (the script's zone is the developer's, never the clinic's). */
export class SpreadsheetClock implements Clock {
  private zone: string | undefined;

  /** `spreadsheet` when the caller has it already: getting the active one again is a round trip. */
  constructor(private readonly spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  now(): Date {
    return new Date();
  }

  timeZone(): string {
    this.zone ??= (this.spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet()).getSpreadsheetTimeZone();
    return this.zone;
  }

  today(): IsoDate {
    return calendarDateOf(this.now(), this.timeZone());
  }
}
