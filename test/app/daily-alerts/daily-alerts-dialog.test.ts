import { chooseDailyAlerts } from '../../../src/app/daily-alerts/daily-alerts-dialog';
import { turnDailyAlertsOn } from '../../../src/app/daily-alerts/toggle-daily-alerts';
import { loadAlertsState, recordSuccessfulRun } from '../../../src/app/daily-check/alerts-health';
import { recipientPolicyFor } from '../../../src/app/daily-check/allowed-domains';
import { DEFAULT_SETTINGS } from '../../../src/domain/default-settings';
import { FixedClock } from '../../fakes/fixed-clock';
import { FixedSettingsSource } from '../../fakes/fixed-settings-source';
import { InMemoryStore } from '../../fakes/in-memory-store';
import { InMemoryTriggers } from '../../fakes/in-memory-triggers';
import { RecordingNotifier } from '../../fakes/recording-notifier';
import { RecordingStatusBoard } from '../../fakes/recording-status-board';

function setup(user = 'maria@clinic.example', recipients: string[] = ['maria@clinic.example']) {
  const ports = {
    recipients: () => recipients,
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

  describe('alerts run by someone else', () => {
    const byMaria = () => {
      const { ports, notifier } = setup();
      turnDailyAlertsOn(ports);
      recordSuccessfulRun(ports.store, new Date('2026-03-09T13:05:00Z'));
      const lee = { ...ports, triggers: new InMemoryTriggers(), activeUser: () => 'lee@clinic.example' };
      return { ports, lee, notifier };
    };

    it('says who runs them and when they last ran, and changes nothing after a no', () => {
      const { lee, notifier } = byMaria();
      notifier.answers.push(false);
      chooseDailyAlerts(lee, notifier);
      expect(notifier.alerts.at(-1)?.message).toMatch(
        /^Daily alerts are ON, run by maria@clinic\.example \(turned on Mon 9 Mar 2026 09:00; last ran Mon 9 Mar 2026 08:05\).*Take over daily alerts\?$/s,
      );
      expect(lee.triggers.installed).toHaveLength(0);
      expect(loadAlertsState(lee.store)).toMatchObject({ by: 'maria@clinic.example' });
    });

    it('lets another editor take over after a yes: their own trigger, and Settings names them', () => {
      const { lee, notifier } = byMaria();
      chooseDailyAlerts(lee, notifier);
      expect(lee.triggers.installed).toEqual([expect.objectContaining({ handler: 'onDailyTrigger', hour: 8 })]);
      expect(loadAlertsState(lee.store)).toMatchObject({ on: true, by: 'lee@clinic.example' });
      expect(lee.status.lines.get('Daily alerts')).toMatch(/^ON — turned on by lee@clinic\.example/);
      expect(notifier.alerts.at(-1)?.message).toMatch(/^You now run daily alerts/);
    });
  });

  describe('recipients outside the domain', () => {
    it('asks the sending account to confirm the outside domains by name, and records them for that account', () => {
      const { ports, notifier } = setup('maria@clinic.example', ['lee@clinic.example', 'x@partner.example', 'y@partner.example']);
      chooseDailyAlerts(ports, notifier);
      const question = notifier.alerts.find((a) => a.title === 'Email outside your domain')?.message ?? '';
      expect(question).toContain('outside clinic.example: partner.example (x@partner.example, y@partner.example)');
      expect(recipientPolicyFor(ports.store, 'maria@clinic.example').confirmed).toEqual(['partner.example']);
      expect(recipientPolicyFor(ports.store, 'lee@clinic.example').confirmed).toEqual([]);
    });

    it('allows nothing outside the domain after a no', () => {
      const { ports, notifier } = setup('maria@clinic.example', ['x@partner.example']);
      notifier.answers.push(true, false);
      chooseDailyAlerts(ports, notifier);
      expect(ports.triggers.installed).toHaveLength(1);
      expect(recipientPolicyFor(ports.store, 'maria@clinic.example').confirmed).toEqual([]);
      expect(notifier.alerts.map((a) => a.message)).toContain(
        'Nothing is sent to partner.example. Those addresses are listed in Settings and the Run log after each run.',
      );
    });

    it('does not ask when every recipient is in the domain', () => {
      const { ports, notifier } = setup();
      chooseDailyAlerts(ports, notifier);
      expect(notifier.alerts.map((a) => a.title)).not.toContain('Email outside your domain');
    });
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
    for (const key of [...ports.store.values.keys()]) ports.store.delete(key);
    turnDailyAlertsOn(ports);
    expect(ports.triggers.installed).toHaveLength(1);
  });
});
