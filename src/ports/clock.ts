import type { IsoDate } from '../domain/calendar-date';

/** What time it is, and which calendar the clinic's spreadsheet lives in. */
export interface Clock {
  now(): Date;
  /** The spreadsheet's time zone (not the script's): the clinic's calendar. */
  timeZone(): string;
  /** Today's calendar date in the spreadsheet's zone. */
  today(): IsoDate;
}
