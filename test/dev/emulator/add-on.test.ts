import { clockEvent } from '../../../dev/emulator/event-objects';
import { createTestEnvironment, FIXTURES } from './environment-factory';

const setup = () => {
  const env = createTestEnvironment({ now: '2026-03-09T13:00:00Z' });
  return { env, addOn: env.loadBundle(FIXTURES) };
};

describe('AddOn', () => {
  describe('fireOnOpen', () => {
    it('passes authMode and user, defaulting to LIMITED', () => {
      const { addOn } = setup();
      addOn.fireOnOpen();
      expect(addOn.run('lastOpen')).toEqual({ mode: 'LIMITED', user: 'coordinator@clinic.example', session: 'coordinator@clinic.example' });
    });

    it('rebuilds the menus from scratch on each open', () => {
      const { env, addOn } = setup();
      (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getUi().createMenu('Stale').addToUi();
      addOn.fireOnOpen('NONE');
      expect(env.ui.menus.map((m) => m.title)).toEqual(['SCA Tracker']);
    });

    it('restores the previous auth mode afterwards', () => {
      const { env, addOn } = setup();
      addOn.fireOnOpen('NONE');
      expect(() => (env.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getDocumentProperties()).not.toThrow();
    });
  });

  describe('fireOnInstall', () => {
    it('runs onInstall in FULL, which builds the menu', () => {
      const { env, addOn } = setup();
      addOn.fireOnInstall();
      expect(addOn.run('lastOpen')).toMatchObject({ mode: 'FULL' });
      expect(env.ui.menus).toHaveLength(1);
    });
  });

  describe('run', () => {
    it('runs in the given auth mode', () => {
      const { addOn } = setup();
      expect(() => addOn.run('doWork', [], 'NONE')).toThrow(/AuthMode.NONE/);
      expect(addOn.run('doWork', [], 'LIMITED')).toBe('done');
    });
  });

  describe('time-driven event object', () => {
    it('gives the firing instant in UTC fields', () => {
      expect(clockEvent(new Date('2026-03-08T07:04:05Z'), '42')).toEqual({
        authMode: 'FULL',
        triggerUid: '42',
        year: 2026,
        month: 3,
        'day-of-month': 8,
        'day-of-week': 7,
        'week-of-year': 10,
        hour: 7,
        minute: 4,
        second: 5,
        timezone: 'UTC',
      });
    });
  });
});
