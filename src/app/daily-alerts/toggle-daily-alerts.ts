import type { Clock } from '../../ports/clock';
import type { KeyValueStore } from '../../ports/key-value-store';
import type { SettingsSource } from '../../ports/settings-source';
import type { StatusBoard } from '../../ports/status-board';
import type { DailyTrigger, TriggerScheduler } from '../../ports/trigger-scheduler';
import { loadAlertsState, saveAlertsState, type AlertsState } from '../daily-check/alerts-health';
import { alertsStatusLine } from '../daily-check/status-lines';

/** The top-level function the daily trigger calls (listed in src/public.ts). */
export const DAILY_TRIGGER_HANDLER = 'onDailyTrigger';

export interface DailyAlertsPorts {
  readonly triggers: TriggerScheduler;
  readonly store: KeyValueStore;
  readonly settings: SettingsSource;
  readonly clock: Clock;
  readonly activeUser: () => string;
  /** Where "Daily alerts" on/off is shown (the Settings sheet). */
  readonly status: StatusBoard;
}

/** Where daily alerts stand for the person at the keyboard. */
export type DailyAlertsStatus =
  | { readonly kind: 'mine'; readonly trigger: DailyTrigger; readonly state: AlertsState | null }
  | { readonly kind: 'someone-else'; readonly state: AlertsState }
  | { readonly kind: 'off'; readonly state: AlertsState | null };

/** Add-on triggers belong to the user who made them: only their own can be seen or removed. */
export function dailyAlertsStatus(ports: DailyAlertsPorts): DailyAlertsStatus {
  const state = loadAlertsState(ports.store);
  const trigger = ports.triggers.findDaily(DAILY_TRIGGER_HANDLER);
  if (trigger) return { kind: 'mine', trigger, state };
  if (state?.on && state.by && state.by !== ports.activeUser()) return { kind: 'someone-else', state };
  return { kind: 'off', state };
}

/**
 * Installs the current user's daily trigger at the Settings hour in the spreadsheet's zone. Idempotent:
 * an existing trigger at the right hour is kept (never a second one); at another hour it is replaced.
 */
export function turnDailyAlertsOn(ports: DailyAlertsPorts): { readonly created: boolean; readonly state: AlertsState } {
  const hour = ports.settings.load().settings.alertHour;
  const timeZone = ports.clock.timeZone();
  const existing = ports.triggers.findDaily(DAILY_TRIGGER_HANDLER);
  const previous = loadAlertsState(ports.store);
  const unchanged = existing && previous?.on && previous.hour === hour && previous.timeZone === timeZone;
  if (unchanged) return { created: false, state: previous };
  if (existing) ports.triggers.remove(existing);
  ports.triggers.installDaily(DAILY_TRIGGER_HANDLER, hour, timeZone);
  const state: AlertsState = { on: true, by: ports.activeUser(), at: ports.clock.now().toISOString(), hour, timeZone };
  saveAlertsState(ports.store, state);
  ports.status.show([alertsStatusLine(state, ports.clock.timeZone())]);
  return { created: true, state };
}

/** Removes the current user's daily trigger. */
export function turnDailyAlertsOff(ports: DailyAlertsPorts): AlertsState {
  const existing = ports.triggers.findDaily(DAILY_TRIGGER_HANDLER);
  if (existing) ports.triggers.remove(existing);
  const previous = loadAlertsState(ports.store);
  const state: AlertsState = {
    on: false,
    by: ports.activeUser(),
    at: ports.clock.now().toISOString(),
    hour: previous?.hour ?? ports.settings.load().settings.alertHour,
    timeZone: ports.clock.timeZone(),
  };
  saveAlertsState(ports.store, state);
  ports.status.show([alertsStatusLine(state, ports.clock.timeZone())]);
  return state;
}
