/**
 * What the add-on showed while one action ran: the alerts, toasts and dialogs env.ui recorded since it
 * started (the records only grow), the exception it threw, and the action's own outcome.
 */
import type { UiRecord } from '../emulator/api';
import type { ActionEvents } from './view-types';

export type Outcome = Partial<Pick<ActionEvents, 'rejection' | 'notice'>> | void;

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function eventsDuring(ui: UiRecord, action: () => Outcome): ActionEvents {
  const before = { alerts: ui.alerts.length, toasts: ui.toasts.length, dialogs: ui.dialogs.length };
  // If a record was ever reset, everything in it is new.
  const start = (list: readonly unknown[], count: number): number => (count > list.length ? 0 : count);
  let outcome: Outcome = undefined;
  let error: string | null = null;
  try {
    outcome = action();
  } catch (thrown) {
    error = messageOf(thrown);
  }
  const firstDialog = start(ui.dialogs, before.dialogs);
  return {
    alerts: ui.alerts.slice(start(ui.alerts, before.alerts)).map((a) => ({ title: a.title, prompt: a.prompt })),
    toasts: ui.toasts.slice(start(ui.toasts, before.toasts)).map((t) => ({ title: t.title, message: t.message })),
    dialogs: ui.dialogs.slice(firstDialog).map((d, i) => ({ index: firstDialog + i, title: d.title, modal: d.modal, width: d.width, height: d.height })),
    error,
    rejection: outcome?.rejection ?? null,
    notice: outcome?.notice ?? null,
  };
}
