import { chooseDailyAlerts } from '../../../src/app/daily-alerts/daily-alerts-dialog';
import { turnDailyAlertsOn, type DailyAlertsPorts } from '../../../src/app/daily-alerts/toggle-daily-alerts';
import { loadAlertsState } from '../../../src/app/daily-check/alerts-health';
import { DEFAULT_SETTINGS } from '../../../src/domain/default-settings';
import { FixedClock } from '../../fakes/fixed-clock';
import { FixedSettingsSource } from '../../fakes/fixed-settings-source';
import { InMemoryStore } from '../../fakes/in-memory-store';
import { InMemoryTriggers } from '../../fakes/in-memory-triggers';
import { RecordingNotifier } from '../../fakes/recording-notifier';
import { RecordingStatusBoard } from '../../fakes/recording-status-board';

function setup(user = 'maria@clinic.example') {
  const ports = {
    triggers: new InMemoryTriggers(),
    store: new InMemoryStore(),
    settings: new FixedSettingsSource({ ...DEFAULT_SETTINGS, alertHour: 8 }),
    clock: new FixedClock(new Date('2026-03-09T14:00:00Z'), 'America/Chicago'),
    activeUser: () => user,
    status: new RecordingStatusBoard(),
  };
  return { ports, notifier: new RecordingNotifier() };
}

describe('chooseDailyAlerts', () => {
  it('turns alerts on after a yes, at the Settings hour in the spreadsheet zone', () => {
    const { ports, notifier } = setup();
    chooseDailyAlerts(ports, notifier);
    expect(ports.triggers.installed).toEqual([expect.objectContaining({ handler: 'onDailyTrigger', hour: 8, timeZone: 'America/Chicago' })]);
    expect(loadAlertsState(ports.store)).toMatchObject({ on: true, by: 'maria@clinic.example', hour: 8 });
    expect(ports.status.lines.get('Daily alerts')).toBe(
      'ON — turned on by maria@clinic.example on Mon 9 Mar 2026 09:00; runs every day around 08:00 (America/Chicago)',
    );
  });

  it('changes nothing when the answer is no', () => {
    const { ports, notifier } = setup();
    notifier.answers.push(false);
    chooseDailyAlerts(ports, notifier);
    expect(ports.triggers.installed).toHaveLength(0);
  });

  it('keeps exactly one trigger when asked a second time and told to keep them on', () => {
    const { ports, notifier } = setup();
    chooseDailyAlerts(ports, notifier);
    notifier.answers.push(false);
    chooseDailyAlerts(ports, notifier);
    expect(ports.triggers.installed).toHaveLength(1);
    expect(notifier.alerts.at(-1)?.message).toContain('Turn them OFF?');
  });

  it('turns them off after a yes to the second question', () => {
    const { ports, notifier } = setup();
    chooseDailyAlerts(ports, notifier);
    chooseDailyAlerts(ports, notifier);
    expect(ports.triggers.installed).toHaveLength(0);
    expect(loadAlertsState(ports.store)).toMatchObject({ on: false });
    expect(ports.status.lines.get('Daily alerts')).toMatch(/^OFF — turned off by maria@clinic.example/);
  });

  it('tells another user who turned alerts on instead of installing a second trigger', () => {
    const { ports, notifier } = setup();
    turnDailyAlertsOn(ports);
    const other: DailyAlertsPorts = { ...ports, triggers: new InMemoryTriggers(), activeUser: () => 'lee@clinic.example' };
    chooseDailyAlerts(other, notifier);
    expect(notifier.alerts.at(-1)?.message).toContain('installed by maria@clinic.example');
  });
});

describe('turnDailyAlertsOn', () => {
  it('is idempotent: a second call keeps the one trigger', () => {
    const { ports } = setup();
    expect(turnDailyAlertsOn(ports).created).toBe(true);
    expect(turnDailyAlertsOn(ports).created).toBe(false);
    expect(ports.triggers.installed).toHaveLength(1);
  });

  it('moves the trigger when the Settings hour changed', () => {
    const { ports } = setup();
    turnDailyAlertsOn(ports);
    ports.settings.settings = { ...DEFAULT_SETTINGS, alertHour: 6 };
    expect(turnDailyAlertsOn(ports).created).toBe(true);
    expect(ports.triggers.installed).toEqual([expect.objectContaining({ hour: 6 })]);
  });

  it('never adds a second trigger when the record of it was lost', () => {
    const { ports } = setup();
    turnDailyAlertsOn(ports);
    ports.store.values.clear();
    turnDailyAlertsOn(ports);
    expect(ports.triggers.installed).toHaveLength(1);
  });
});
