/** The event objects Apps Script passes to onOpen, onEdit, onInstall and time-driven trigger functions. */
import type { AuthModeName } from './auth';

export interface ClockEvent {
  authMode: 'FULL';
  triggerUid: string;
  year: number;
  month: number;
  'day-of-month': number;
  'day-of-week': number;
  'week-of-year': number;
  hour: number;
  minute: number;
  second: number;
  timezone: 'UTC';
}

/** A time-driven trigger's event: the firing instant's fields in UTC (day-of-week 1 = Monday). */
export function clockEvent(now: Date, triggerUid: string): ClockEvent {
  const startOfYear = Date.UTC(now.getUTCFullYear(), 0, 1);
  const dayOfYear = Math.floor((now.getTime() - startOfYear) / 86_400_000);
  return {
    authMode: 'FULL',
    triggerUid,
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    'day-of-month': now.getUTCDate(),
    'day-of-week': now.getUTCDay() === 0 ? 7 : now.getUTCDay(),
    'week-of-year': Math.floor(dayOfYear / 7) + 1,
    hour: now.getUTCHours(),
    minute: now.getUTCMinutes(),
    second: now.getUTCSeconds(),
    timezone: 'UTC',
  };
}

export interface OpenEvent {
  authMode: AuthModeName;
  source: GoogleAppsScript.Spreadsheet.Spreadsheet;
  user: GoogleAppsScript.Base.User;
  triggerUid?: string;
}

export interface EditEvent extends OpenEvent {
  range: GoogleAppsScript.Spreadsheet.Range;
  value?: string;
  oldValue?: string;
}

/** The installable onChange event ("Event Objects" › Change): what kind of change, no range. */
export interface ChangeEvent extends OpenEvent {
  changeType: 'EDIT' | 'INSERT_ROW' | 'INSERT_COLUMN' | 'REMOVE_ROW' | 'REMOVE_COLUMN' | 'INSERT_GRID' | 'REMOVE_GRID' | 'FORMAT' | 'OTHER';
}
