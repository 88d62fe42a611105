import { formatDisplayDate } from '../../domain/display-date';
import { addressKey } from '../../domain/email-address';
import { isAllowedRecipient, type RecipientPolicy } from '../../domain/mail-recipients';
import { recipientPolicyFor } from './allowed-domains';
import { escapeHtml } from '../../domain/html-escape';
import type { KeyValueStore } from '../../ports/key-value-store';
import type { TriggerScheduler } from '../../ports/trigger-scheduler';
import { loadAlertsState, firstNoticeToday, noteReauthorizationNeeded, clearReauthorizationNeeded } from './alerts-health';
import { runDailyCheck, type DailyCheckPorts } from './run-daily-check';
import { isLockBusy, recordUnfinishedRun } from './run-record';
import { errorMessage } from '../error-text';
import { DAILY_TRIGGER_HANDLER } from '../daily-alerts/toggle-daily-alerts';
import { claimDay, releaseDay } from './day-claim';

export interface UnattendedPorts extends DailyCheckPorts {
  readonly triggers: TriggerScheduler;
  /** The account the trigger runs as: told about failures even when Settings cannot be read. */
  readonly effectiveUser: () => string;
  readonly spreadsheetUrl: string;
  /** Where "already told today" is recorded; must work when document properties do not. */
  readonly noticeStore: KeyValueStore;
}

/**
 * The time trigger's run. Apps Script sends no failure email for add-on triggers, so nothing may fail
 * silently here: a missing authorization is noted for the next person who opens the spreadsheet, and an
 * error lands in Run log and in one email a day to the alert recipients and the trigger's owner.
 */
export function runUnattended(ports: UnattendedPorts): void {
  const today = ports.clock.today();
  if (ports.triggers.authorizationRequired()) {
    noteReauthorizationNeeded(ports.noticeStore, today);
    recordUnfinishedRun(ports, 'daily trigger', 'needs re-authorization: open the spreadsheet and choose SCA Tracker ▸ Turn daily alerts on/off', 'SCA Tracker needs your permission again');
    return;
  }
  clearReauthorizationNeeded(ports.noticeStore);
  if (retiredTrigger(ports)) return;
  let claimedBy: string | null = null;
  try {
    claimedBy = claimDay(ports.lock, ports.store, today, ports.effectiveUser());
  } catch (error) {
    if (isLockBusy(error)) {
      recordUnfinishedRun(ports, 'daily trigger', 'skipped: another run held the tracker for 30 seconds');
      return;
    }
    // The claim could not be written (a full property store): run anyway. The digest ledger still keeps
    // every address to one email a day, and the run reports whatever is broken.
    console.error(error);
  }
  if (claimedBy !== null) {
    recordUnfinishedRun(ports, 'daily trigger', `skipped: today's check already ran (${claimedBy}'s trigger)`);
    return;
  }
  try {
    runDailyCheck(ports, 'daily trigger');
  } catch (error) {
    releaseDay(ports.store, today);
    if (isLockBusy(error)) {
      // Another run (often another user's trigger) holds the tracker and is doing this work: nothing is
      // lost, so no error email. Should runs keep being skipped, the 36-hour missed-run notice says so.
      recordUnfinishedRun(ports, 'daily trigger', 'skipped: another run held the tracker for 30 seconds');
      return;
    }
    // runDailyCheck has logged it; Apps Script tells nobody about an add-on trigger's failure, so we do.
    if (errorEmailDue(ports, today)) reportError(ports, errorMessage(error), today);
  }
}

/**
 * A trigger whose owner no longer runs the alerts (someone took over, or turned them off) removes itself
 * instead of sending from an account that is no longer the clinic's sender. True when it did.
 */
function retiredTrigger(ports: UnattendedPorts): boolean {
  const state = loadAlertsState(ports.store);
  const me = ports.effectiveUser();
  if (!state || !state.by || me === '') return false;
  if (state.on && addressKey(state.by) === addressKey(me)) return false;
  const mine = ports.triggers.findDaily(DAILY_TRIGGER_HANDLER);
  if (mine) ports.triggers.remove(mine);
  const why = state.on ? `daily alerts are now run by ${state.by}` : `daily alerts were turned off by ${state.by}`;
  recordUnfinishedRun(ports, 'daily trigger', `retired: ${why}; the trigger of ${me} removed itself`);
  return true;
}

/**
 * Once a day — but if even that can't be recorded (the property store may be what failed), the email goes
 * out anyway: a failure told twice beats a failure told never.
 */
function errorEmailDue(ports: UnattendedPorts, today: string): boolean {
  try {
    return firstNoticeToday(ports.noticeStore, 'error-email', today);
  } catch (storeError) {
    console.error(storeError);
    return true;
  }
}

function reportError(ports: UnattendedPorts, message: string, today: string): void {
  const subject = `SCA Tracker: the daily check failed — ${formatDisplayDate(today)}`;
  const text = [
    `The daily check of "${ports.spreadsheetName}" stopped with this error:`,
    '',
    message,
    '',
    'The check did not complete: flags and digests may be missing or out of date (the message above says how far',
    'it got). Open the spreadsheet, see the Run log sheet, and use',
    'SCA Tracker ▸ Run daily check now once the cause is fixed; nobody gets a digest twice. You get this email at most once a day.',
    '',
    ports.spreadsheetUrl,
  ].join('\n');
  const html = `<pre style="font-family:Arial,sans-serif;white-space:pre-wrap">${escapeHtml(text)}</pre>`;
  for (const to of errorRecipients(ports)) {
    try {
      ports.mailer.send({ to, subject, text, html });
    } catch (mailError) {
      console.error(mailError);
    }
  }
}

function errorRecipients(ports: UnattendedPorts): string[] {
  const addresses: string[] = [];
  try {
    addresses.push(...ports.settings.load().settings.alertRecipients);
  } catch {
    // Settings may be what is broken: the trigger's owner still hears about it.
  }
  addresses.push(ports.effectiveUser());
  const allowed = allowedFor(ports);
  const seen = new Set<string>();
  return addresses.filter((a) => {
    const key = addressKey(a);
    if (!allowed(a) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The error email obeys the same recipient domains as the digest; with the store unreadable, the sender's own domain. */
function allowedFor(ports: UnattendedPorts): (address: string) => boolean {
  let policy: RecipientPolicy;
  try {
    policy = recipientPolicyFor(ports.store, ports.effectiveUser());
  } catch {
    policy = { sender: ports.effectiveUser(), confirmed: [] };
  }
  return (address) => isAllowedRecipient(address, policy);
}
