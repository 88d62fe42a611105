import { formatInstantIn } from '../../domain/instant-text';
import type { Notifier } from '../../ports/notifier';
import { lastSuccessfulRun, type AlertsState } from '../daily-check/alerts-health';
import { confirmMailDomains, type MailDomainsPorts } from './confirm-mail-domains';
import { dailyAlertsStatus, turnDailyAlertsOff, turnDailyAlertsOn, type DailyAlertsPorts } from './toggle-daily-alerts';

const TITLE = 'Daily alerts';

function hourText(hour: number, timeZone: string): string {
  return `${String(hour).padStart(2, '0')}:00 (${timeZone})`;
}

/**
 * "Turn daily alerts on/off": says where alerts stand and asks before changing anything, so a second
 * click never installs a second trigger and nobody turns alerts off by accident. Alerts run by someone
 * else can be taken over (they may have left, or lost access), after a confirmation that names them.
 */
export function chooseDailyAlerts(ports: DailyAlertsPorts & MailDomainsPorts, notifier: Notifier): void {
  const status = dailyAlertsStatus(ports);
  if (status.kind === 'someone-else') {
    offerTakeOver(ports, notifier, status.state);
    return;
  }
  if (status.kind === 'mine') {
    const at = status.state ? ` at ${hourText(status.state.hour, status.state.timeZone)}` : '';
    if (notifier.confirm(TITLE, `Daily alerts are ON${at}, sent from your account. Turn them OFF?`)) {
      turnDailyAlertsOff(ports);
      notifier.alert(TITLE, 'Daily alerts are now OFF. Flags will not be updated and no digest will be sent until you turn them on again.');
    } else {
      const { created, state } = turnDailyAlertsOn(ports);
      if (created) notifier.alert(TITLE, `Daily alerts stay ON, now at ${hourText(state.hour, state.timeZone)} (from Settings).`);
      confirmMailDomains(ports, notifier);
    }
    return;
  }
  const hour = ports.settings.load().settings.alertHour;
  const question =
    `Daily alerts are OFF. Turn them ON? Every day around ${hourText(hour, ports.clock.timeZone())} the tracker will ` +
    'flag cases that need action and email one digest to each owner and to the alert recipients in Settings, sent from your account.';
  if (!notifier.confirm(TITLE, question)) return;
  const { state } = turnDailyAlertsOn(ports);
  confirmMailDomains(ports, notifier);
  notifier.alert(TITLE, `Daily alerts are ON: every day around ${hourText(state.hour, state.timeZone)}. "Run daily check now" runs one at once.`);
}

/** Who runs the alerts and when they last ran; then, after a yes, the alerts run from this user's account. */
function offerTakeOver(ports: DailyAlertsPorts & MailDomainsPorts, notifier: Notifier, state: AlertsState): void {
  const zone = ports.clock.timeZone();
  const last = lastSuccessfulRun(ports.store);
  const question =
    `Daily alerts are ON, run by ${state.by} (turned on ${formatInstantIn(new Date(state.at), zone)}; ` +
    `${last ? `last ran ${formatInstantIn(last, zone)}` : 'no run has succeeded yet'}), every day around ${hourText(state.hour, state.timeZone)}. ` +
    `Digests are sent from ${state.by}'s account.\n\n` +
    `If ${state.by} has left or lost access, you can take over: the alerts will run from your account, ${ports.activeUser()}, ` +
    `and ${state.by}'s trigger stops at its next run. Take over daily alerts?`;
  if (!notifier.confirm(TITLE, question)) return;
  const taken = turnDailyAlertsOn(ports);
  confirmMailDomains(ports, notifier);
  notifier.alert(
    TITLE,
    `You now run daily alerts: every day around ${hourText(taken.state.hour, taken.state.timeZone)}, sent from your account. ${state.by} can no longer send them.`,
  );
}
