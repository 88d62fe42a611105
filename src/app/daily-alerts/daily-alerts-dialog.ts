import type { Notifier } from '../../ports/notifier';
import { dailyAlertsStatus, turnDailyAlertsOff, turnDailyAlertsOn, type DailyAlertsPorts } from './toggle-daily-alerts';

const TITLE = 'Daily alerts';

function hourText(hour: number, timeZone: string): string {
  return `${String(hour).padStart(2, '0')}:00 (${timeZone})`;
}

/**
 * "Turn daily alerts on/off": says where alerts stand and asks before changing anything, so a second
 * click never installs a second trigger and nobody turns alerts off by accident.
 */
export function chooseDailyAlerts(ports: DailyAlertsPorts, notifier: Notifier): void {
  const status = dailyAlertsStatus(ports);
  if (status.kind === 'someone-else') {
    notifier.alert(
      TITLE,
      `Daily alerts are ON, installed by ${status.state.by}: every day around ${hourText(status.state.hour, status.state.timeZone)}. ` +
        `Only ${status.state.by} can turn them off (a trigger belongs to the person who made it).`,
    );
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
    }
    return;
  }
  const hour = ports.settings.load().settings.alertHour;
  const question =
    `Daily alerts are OFF. Turn them ON? Every day around ${hourText(hour, ports.clock.timeZone())} the tracker will ` +
    'flag cases that need action and email one digest to each owner and to the alert recipients in Settings, sent from your account.';
  if (!notifier.confirm(TITLE, question)) return;
  const { state } = turnDailyAlertsOn(ports);
  notifier.alert(TITLE, `Daily alerts are ON: every day around ${hourText(state.hour, state.timeZone)}. "Run daily check now" runs one at once.`);
}
