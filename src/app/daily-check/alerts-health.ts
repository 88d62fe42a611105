import type { IsoDate } from '../../domain/calendar-date';
import type { KeyValueStore } from '../../ports/key-value-store';

const LAST_SUCCESS_KEY = 'sca.lastSuccessfulRun';
const ALERTS_STATE_KEY = 'sca.dailyAlerts';
const NOTICE_KEY_PREFIX = 'sca.noticeSent.';

/** A daily check that has not succeeded for this long means alerts silently stopped. */
export const MISSED_RUN_HOURS = 36;

/** Who turned daily alerts on, when, and at which hour: shown in Settings and used to spot missed runs. */
export interface AlertsState {
  readonly on: boolean;
  readonly by: string;
  /** ISO instant when the state last changed. */
  readonly at: string;
  readonly hour: number;
  readonly timeZone: string;
}

export function recordSuccessfulRun(store: KeyValueStore, at: Date): void {
  store.set(LAST_SUCCESS_KEY, at.toISOString());
}

export function lastSuccessfulRun(store: KeyValueStore): Date | null {
  const raw = store.get(LAST_SUCCESS_KEY);
  const at = raw ? new Date(raw) : null;
  return at && !Number.isNaN(at.getTime()) ? at : null;
}

export function loadAlertsState(store: KeyValueStore): AlertsState | null {
  const raw = store.get(ALERTS_STATE_KEY);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<AlertsState>;
    if (typeof v.on !== 'boolean' || typeof v.at !== 'string') return null;
    return { on: v.on, by: String(v.by ?? ''), at: v.at, hour: Number(v.hour ?? 0), timeZone: String(v.timeZone ?? '') };
  } catch {
    return null;
  }
}

export function saveAlertsState(store: KeyValueStore, state: AlertsState): void {
  store.set(ALERTS_STATE_KEY, JSON.stringify(state));
}

/**
 * The plain sentence to show when alerts are on but no check has succeeded for MISSED_RUN_HOURS
 * (counted from the last success, or from when alerts were turned on); null when all is well.
 */
export function missedRunNotice(store: KeyValueStore, now: Date, formatInstant: (d: Date) => string): string | null {
  const state = loadAlertsState(store);
  if (!state?.on) return null;
  const last = lastSuccessfulRun(store);
  const since = last ?? new Date(state.at);
  const hours = (now.getTime() - since.getTime()) / 3_600_000;
  if (hours <= MISSED_RUN_HOURS) return null;
  return last
    ? `Daily alerts have not run since ${formatInstant(last)}. Flags and emails may be out of date: use "Run daily check now", then "Turn daily alerts on/off" to reinstall them.`
    : `Daily alerts were turned on ${formatInstant(since)} but have never run. Use "Run daily check now", then "Turn daily alerts on/off" to reinstall them.`;
}

/** True the first time it is asked for `kind` on `today`, false after: notices go out at most once a day. */
export function firstNoticeToday(store: KeyValueStore, kind: 'error-email' | 'reauthorize', today: IsoDate): boolean {
  const key = `${NOTICE_KEY_PREFIX}${kind}`;
  if (store.get(key) === today) return false;
  store.set(key, today);
  return true;
}

/** Marks that the user must re-authorize; onOpen tells them (at most once a day). */
export function noteReauthorizationNeeded(store: KeyValueStore, today: IsoDate): void {
  store.set('sca.reauthorizeSince', today);
}

export function clearReauthorizationNeeded(store: KeyValueStore): void {
  store.delete('sca.reauthorizeSince');
}

export function reauthorizationNeededSince(store: KeyValueStore): IsoDate | null {
  return store.get('sca.reauthorizeSince');
}
