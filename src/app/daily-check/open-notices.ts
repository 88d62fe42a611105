import { DocumentCacheStore } from '../../apps-script/document-cache-store';
import { DocumentPropertiesStore } from '../../apps-script/document-properties-store';
import { calendarDateOf, type IsoDate } from '../../domain/calendar-date';
import { formatDisplayDate } from '../../domain/display-date';
import { formatInstantIn } from '../../domain/instant-text';
import type { KeyValueStore } from '../../ports/key-value-store';
import { FallbackStore } from '../fallback-store';
import { firstNoticeToday, missedRunNotice, reauthorizationNeededSince } from './alerts-health';

/**
 * What to tell someone who opens the spreadsheet: daily alerts that silently stopped (every time — it is
 * the complaint reminder tools get most), and a needed re-authorization (at most once a day).
 */
export function openNotices(store: KeyValueStore, now: Date, timeZone: string): string[] {
  const notices: string[] = [];
  const missed = missedRunNotice(store, now, (d) => formatInstantIn(d, timeZone));
  if (missed) notices.push(missed);
  const since: IsoDate | null = reauthorizationNeededSince(store);
  if (since && firstNoticeToday(store, 'reauthorize', calendarDateOf(now, timeZone))) {
    notices.push(
      `SCA Tracker needs your permission again to run daily alerts (since ${formatDisplayDate(since)}). ` +
        'Choose Extensions ▸ SCA Tracker ▸ Turn daily alerts on/off and accept the request.',
    );
  }
  return notices;
}

/** Shows the open notices as toasts. Never throws: a notice must not cost anyone the menu. */
export function showOpenNotices(): void {
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    // The same store the trigger writes its notices to: properties, or the cache when properties are full.
    const store = new FallbackStore(new DocumentPropertiesStore(), new DocumentCacheStore());
    const notices = openNotices(store, new Date(), spreadsheet.getSpreadsheetTimeZone());
    for (const notice of notices) spreadsheet.toast(notice, 'SCA Tracker', 30);
  } catch (error) {
    console.error(error);
  }
}
