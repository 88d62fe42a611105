import { createTestEnvironment, FIXTURES } from './environment-factory';

const setup = () => {
  const env = createTestEnvironment({ now: '2026-03-09T14:07:30Z', scriptTimeZone: 'America/Los_Angeles' });
  return { env, addOn: env.loadBundle(FIXTURES) };
};
const builder = (env: ReturnType<typeof setup>['env']) =>
  (env.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp).newTrigger('dailyCheck').timeBased();

describe('ScriptApp', () => {
  describe('newTrigger().timeBased()', () => {
    it('records a daily trigger in the script time zone by default', () => {
      const { env, addOn } = setup();
      addOn.run('installDaily');
      expect(env.triggers).toEqual([
        expect.objectContaining({ handlerFunction: 'dailyCheck', kind: 'CLOCK', owner: 'coordinator@clinic.example', everyDays: 1, atHour: 9, timeZone: 'America/Los_Angeles' }),
      ]);
    });

    it('honours inTimezone and nearMinute', () => {
      const { env } = setup();
      builder(env).everyDays(1).atHour(7).nearMinute(30).inTimezone('America/New_York').create();
      expect(env.triggers[0]).toMatchObject({ atHour: 7, nearMinute: 30, timeZone: 'America/New_York' });
    });

    it('throws when an add-on asks for a trigger more often than hourly (everyMinutes)', () => {
      const { env } = setup();
      expect(() => builder(env).everyMinutes(30)).toThrow(/more frequently than once per hour/);
    });

    it.each([0, 3, 24])('refuses everyHours(%i)', (n) => {
      const { env } = setup();
      expect(() => builder(env).everyHours(n)).toThrow('Invalid argument: hours');
    });

    it('throws when the same user creates a second time-based trigger in the document', () => {
      const { env, addOn } = setup();
      addOn.run('installDaily');
      expect(() => addOn.run('installTrigger', ['alertFromTrigger'])).toThrow(
        'This add-on has created too many time-based triggers in this document for this Google user account.',
      );
      expect(env.triggers).toHaveLength(1);
    });

    it('lets another user create their own time-based trigger', () => {
      const { env, addOn } = setup();
      addOn.run('installDaily');
      env.setActiveUser('biller@clinic.example');
      expect(() => addOn.run('installDaily')).not.toThrow();
      expect(env.triggers.map((t) => t.owner)).toEqual(['coordinator@clinic.example', 'biller@clinic.example']);
    });

    it('needs a frequency', () => {
      const { env } = setup();
      expect(() => builder(env).create()).toThrow(/frequency/);
    });
  });

  describe('forSpreadsheet', () => {
    it('creates onEdit and onOpen triggers for this spreadsheet, one of each type', () => {
      const { env } = setup();
      const app = env.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
      app.newTrigger('handleEdit').forSpreadsheet(env.spreadsheet).onEdit().create();
      app.newTrigger('handleOpen').forSpreadsheet(env.spreadsheet).onOpen().create();
      expect(() => app.newTrigger('other').forSpreadsheet(env.spreadsheet).onEdit().create()).toThrow(/too many edit triggers/);
      expect(env.triggers.map((t) => t.kind)).toEqual(['ON_EDIT', 'ON_OPEN']);
    });

    it('refuses another spreadsheet', () => {
      const { env } = setup();
      const app = env.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
      expect(() => app.newTrigger('x').forSpreadsheet('another-id')).toThrow(/document they are installed in/);
    });
  });

  describe('getUserTriggers / getProjectTriggers / deleteTrigger', () => {
    it("lists only the current user's triggers and deletes them", () => {
      const { env } = setup();
      const app = env.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
      builder(env).everyDays(1).atHour(9).create();
      env.setActiveUser('biller@clinic.example');
      expect(app.getUserTriggers(env.spreadsheet)).toHaveLength(0);
      env.setActiveUser('coordinator@clinic.example');
      const [t] = app.getProjectTriggers();
      expect(t?.getHandlerFunction()).toBe('dailyCheck');
      expect(t?.getEventType()).toBe(app.EventType.CLOCK);
      expect(t?.getTriggerSource()).toBe(app.TriggerSource.CLOCK);
      app.deleteTrigger(t as GoogleAppsScript.Script.Trigger);
      expect(env.triggers).toHaveLength(0);
    });

  });

  describe('triggers of two users (reference: "Installable triggers always run under the account of the person who created them"; "A given account can\'t see triggers installed from a second account, even though the first account can still activate those triggers" — Apps Script docs › guides/triggers/installable)', () => {
    it("fires each user's own daily trigger as that user, and shows each user only their own", () => {
      const { env, addOn } = setup();
      const app = env.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
      addOn.run('installDaily');
      env.setActiveUser('biller@clinic.example');
      addOn.run('installDaily');
      expect(app.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([env.triggers[1]?.id]);
      expect(app.getUserTriggers(env.spreadsheet)).toHaveLength(1);
      expect(addOn.fireTimeTriggers()).toEqual(['dailyCheck', 'dailyCheck']);
      expect(() => app.deleteTrigger({ getUniqueId: () => env.triggers[0]?.id } as GoogleAppsScript.Script.Trigger)).toThrow(/permission/);
    });

    it('runs no trigger of a user who lost access to the spreadsheet; the other users\' keep running', () => {
      const { env, addOn } = setup();
      addOn.run('installDaily');
      env.setActiveUser('biller@clinic.example');
      addOn.run('installDaily');
      env.revokeAccess('coordinator@clinic.example');
      expect(env.triggers.map((t) => t.owner)).toEqual(['biller@clinic.example']);
      expect(addOn.fireTimeTriggers()).toEqual(['dailyCheck']);
    });
  });

  describe('authorization', () => {
    it('throws for newTrigger in AuthMode.LIMITED', () => {
      const { addOn } = setup();
      expect(() => addOn.run('installDaily', [], 'LIMITED')).toThrow(/permission to call ScriptApp.newTrigger/);
    });

    it('reports getAuthorizationInfo(FULL) status from the environment', () => {
      const { env, addOn } = setup();
      const status = () => addOn.run('callService', ['ScriptApp.getAuthorizationInfo', ['FULL']]) as GoogleAppsScript.Script.AuthorizationInfo;
      expect(status().getAuthorizationStatus()).toBe('NOT_REQUIRED');
      expect(status().getAuthorizationUrl()).toBeNull();
      env.setAuthorizationRequired(true);
      expect(status().getAuthorizationStatus()).toBe('REQUIRED');
      expect(status().getAuthorizationUrl()).toMatch(/^https:/);
    });
  });

  describe('fireTimeTriggers', () => {
    it('runs each clock trigger as its owner with the time-driven event object', () => {
      const { env, addOn } = setup();
      addOn.run('installDaily');
      expect(addOn.fireTimeTriggers()).toEqual(['dailyCheck']);
      expect(env.logs).toContain('daily check at 14:7 UTC');
    });

    it('skips triggers whose handler does not exist', () => {
      const { addOn } = setup();
      addOn.run('installTrigger', ['removedFunction']);
      expect(addOn.fireTimeTriggers()).toEqual([]);
    });
  });
});
